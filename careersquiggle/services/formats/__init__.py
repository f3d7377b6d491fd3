"""Imports and text exports, one small module per format.

Every parser reads and validates the WHOLE file into core objects before
anything touches the journal. A file with an invalid item is refused whole,
naming the first; with ``skip_invalid`` the valid items are imported and each
skipped one is listed. Items that carry their source's identity (jrnl, Day
One, LinkedIn) go through ``identity.plan`` (add, update, or already held) and
``journal.imports.apply``; our own JSON and CSV go to ``Journal.import_batch``.
Either way it is all or nothing in one transaction. The window and the
terminal both come through here.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only to type-check: importing it here would load SQLAlchemy
    from careersquiggle.services.journal import Journal

from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from careersquiggle.services.changes import Changes
from careersquiggle.services.files import atomic_write
from careersquiggle.services.formats import identity
from careersquiggle.services.formats.parsed import Parsed
from careersquiggle.services.formats.source import Source
from careersquiggle.services.report import ImportReport

Imports = Context("Imports")


@dataclass(frozen=True)
class Format:
    name: str  # as typed after `import` / `export`
    label: str  # as shown in the window
    module: str
    patterns: str = ""  # file-chooser filter
    suffix: str = ""  # of an exported file

    def shown_label(self) -> str:
        return translate("Formats", self.label)


IMPORTS = {f.name: f for f in (
    Format("linkedin", QT_TRANSLATE_NOOP(
        "Formats", "LinkedIn data export (.zip, Positions.csv or Education.csv)"), "linkedin",
        "*.csv *.zip"),
    Format("jrnl", QT_TRANSLATE_NOOP("Formats", "jrnl JSON export"), "jrnl", "*.json"),
    Format("dayone", QT_TRANSLATE_NOOP("Formats", "Day One JSON export (.zip or .json)"),
           "dayone", "*.zip *.json"),
    Format("json", QT_TRANSLATE_NOOP("Formats", "Career Squiggle JSON"), "json_format", "*.json"),
    Format("csv", QT_TRANSLATE_NOOP("Formats", "Career Squiggle CSV"), "csv_format", "*.csv"),
)}
EXPORTS = {f.name: f for f in (
    Format("json", QT_TRANSLATE_NOOP("Formats", "Career Squiggle JSON (everything, lossless)"),
           "json_format", "*.json", ".json"),
    Format("csv", QT_TRANSLATE_NOOP("Formats", "CSV for spreadsheets"), "csv_format", "*.csv",
           ".csv"),
    Format("markdown", QT_TRANSLATE_NOOP("Formats", "Markdown, to read"), "markdown", "*.md",
           ".md"),
)}
CSV_TABLES = ("entries", "checkins", "chapters")
# What an import of our own JSON may also have added (names the crossroads views use).
CROSSROADS = Changes(other=frozenset({"options", "intent", "plan"}))


def _module(fmt: Format) -> ModuleType:
    return importlib.import_module(f"{__name__}.{fmt.module}")


def parse(fmt: str, source: Source) -> Parsed:
    """Read and validate the whole file; a problem is one message naming the file."""
    if fmt not in IMPORTS:
        raise JournalError(fill(translate(
            "Imports", "cannot import from '%1'; choose one of %2"), fmt, ', '.join(IMPORTS)))
    try:
        parsed: Parsed = _module(IMPORTS[fmt]).parse(source)
        return parsed
    except JournalError as exc:
        # One line, even when the message quotes a value that held a line break.
        text = " ".join(str(exc).splitlines())
        named = text if source.name in text else f"{source.name}: {text}"
        raise type(exc)(named) from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
        # A shape no parser check foresaw: still one clear line, never a traceback.
        raise ValidationError(
            fill(translate("Imports", "%1: could not be read as %2 (%3)"), source.name,
                 translate("Formats", IMPORTS[fmt].label), exc)) from None


def import_source(journal: Journal, fmt: str, source: Source, dry_run: bool = False,
                  skip_invalid: bool = False) -> tuple[ImportReport, Changes]:
    """Import a file (or, with ``dry_run``, only report what would happen).

    The changes name what was added and updated; ``report.added_ids`` and
    ``report.before`` are what undo needs.
    """
    parsed = parse(fmt, source)
    if parsed.invalid and not skip_invalid:
        more = len(parsed.invalid) - 1
        also = Imports.tr(" (and %n more)", "", more) if more else ""
        first = " ".join(parsed.invalid[0].splitlines())  # one line, always
        raise ValidationError(
            fill(translate(
                "Imports",
                "%1: %2%3; nothing was imported (skip invalid items to import the rest)"),
                source.name, first, also))
    report = ImportReport(source=source.name, dry_run=dry_run)
    report.ignored.extend(parsed.ignored)
    report.invalid.extend(parsed.invalid)
    report.left_out.update(parsed.left_out)
    if parsed.source is not None:
        changes = _import_identified(journal, parsed, report, dry_run)
    else:
        changes = journal.import_batch(report, parsed.entries, parsed.checkins,
                                       parsed.chapters, dry_run=dry_run)
        report.added_ids = changes
    if parsed.finish is not None:
        parsed.finish(journal, report, dry_run)
        if not dry_run:
            changes |= CROSSROADS
    return report, changes


def _import_identified(journal: Journal, parsed: Parsed, report: ImportReport,
                       dry_run: bool) -> Changes:
    source = parsed.source
    assert source is not None
    kinds = {inc.what for inc in parsed.incoming}
    held = journal.imports.held(source, kinds) if kinds else []
    steps = identity.plan(source, parsed.incoming, held, parsed.legacy_key)
    describe(steps, report)
    applied = journal.imports.apply(source, steps, dry_run=dry_run)
    report.added_ids, report.before = applied.added, applied.before
    return applied.changes


def describe(steps: list[identity.Step], report: ImportReport) -> None:
    """Put the plan into the report's words."""
    rules = []
    seen = Counter((s.incoming.what, s.incoming.key) for s in steps)
    for step in steps:
        what = step.incoming.what
        name = f"{_ONE[what]} '{step.incoming.item.title}'"
        if seen[(what, step.incoming.key)] > 1:
            report.count(report.twins, what)
        if step.action == "add":
            report.count(report.added, what)
            continue
        # Held items are named as the journal shows them (before this import).
        assert step.held is not None
        name = f"{_ONE[what]} '{step.held.item.title}'"
        if step.action == "update" and step.write is not None:
            report.count(report.updated, what)
            now = f" (now '{step.write.title}')" if "title" in step.changed else ""
            report.updated_items.append(f"{name}: {', '.join(step.changed)}{now}")
        else:
            report.count(report.duplicates, what)
            rules.append(step.rule)
        if step.kept:
            report.kept.append(f"{name}: {', '.join(step.kept)}")
    if rules:
        report.held_rule = "; ".join(dict.fromkeys(rules))


_ONE = {"entries": "entry", "chapters": "chapter"}


def export_text(journal: Journal, fmt: str, table: str = "entries") -> str:
    """The whole journal as text, private entries included: text exports are the owner's copy.

    ``table`` chooses what a CSV file holds: entries, checkins or chapters.
    """
    if fmt not in EXPORTS:
        raise JournalError(fill(translate(
            "Imports", "cannot export to '%1' as text; choose one of %2"),
            fmt, ', '.join(EXPORTS)))
    if table not in CSV_TABLES:
        raise JournalError(fill(translate(
            "Imports", "there is no table '%1'; choose one of %2"),
            table, ', '.join(CSV_TABLES)))
    if fmt != "csv" and table != "entries":
        raise JournalError(fill(translate(
            "Imports", "only csv exports one table at a time, not %1"), fmt))
    module = _module(EXPORTS[fmt])
    text: str = module.export(journal, table) if fmt == "csv" else module.export(journal)
    return text


def write_text_file(path: Path | str, text: str) -> None:
    """Write all of ``text`` or nothing, readable by the owner only (it holds private entries)."""
    atomic_write(path, text.encode("utf-8"))
