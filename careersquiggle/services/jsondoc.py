"""The lossless JSON document: ``export json`` / ``import json``."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.core.serial import chapter_to_dict, checkin_to_dict, entry_to_dict  # noqa: F401
from careersquiggle.services import crossroads_doc
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport

FORMAT = "careersquiggle"
VERSION = 1


def export_document(journal: Journal, now: dt.datetime | None = None) -> dict[str, Any]:
    now = now or journal.clock()
    entries = [entry_to_dict(e) for e in journal.entries()]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "entries": entries,
        "checkins": [checkin_to_dict(c) for c in journal.checkins()],
        "chapters": [chapter_to_dict(c) for c in journal.chapters()],
        # options, intent, plan; also marks reflection notes with their prompt
        **crossroads_doc.export_sections(journal, entries),
    }


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# -- reading -----------------------------------------------------------------
_ENTRY_KEYS = ("id", "kind", "title", "date", "feel", "notes", "tags", "private",
               "shift_from", "shift_to", "key_moment", "created_at", "updated_at")
_CHECKIN_KEYS = ("id", "date", "autonomy", "mastery", "purpose", "note",
                 "created_at", "updated_at")
_CHAPTER_KEYS = ("id", "title", "organisation", "role", "start", "end", "notes",
                 "created_at", "updated_at")


def parse_text(text: str) -> Any:
    """Any JSON value: :func:`read_document` checks that it is one of our documents."""
    if not text.strip():
        raise ValidationError(translate(
            "JsonDoc", "the file is empty"))
    try:
        doc = json.loads(text)
    except RecursionError:
        raise ValidationError(translate(
            "JsonDoc", "the JSON is nested too deeply to be a journal")) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            fill(translate(
                "JsonDoc", "not valid JSON (line %1, column %2: %3)"),
                exc.lineno, exc.colno, exc.msg)
        ) from None
    return doc


def _pick(item: Any, keys: tuple[str, ...], required: tuple[str, ...],
          where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ValidationError(fill(translate(
            "JsonDoc", "%1 is not an object"), where))
    missing = [k for k in required if k not in item]
    if missing:
        raise ValidationError(fill(translate(
            "JsonDoc", "%1 has no '%2'"), where, missing[0]))
    picked = {k: item[k] for k in keys if k in item and k != "id"}
    ident = item.get("id")
    # SQLite's integers stop at 2**63 - 1.
    if ident is not None and (not isinstance(ident, int) or isinstance(ident, bool)
                              or not 1 <= ident < 2**63):
        raise ValidationError(fill(translate(
            "JsonDoc", "%1: 'id' must be a positive whole number"), where))
    picked["id"] = ident
    for stamp in ("created_at", "updated_at"):
        if picked.get(stamp) is not None and not isinstance(picked[stamp], str):
            raise ValidationError(fill(translate(
                "JsonDoc", "%1: '%2' must be text"), where, stamp))
    return picked


def _section(doc: dict[str, Any], name: str) -> list[Any]:
    items = doc.get(name, [])
    if not isinstance(items, list):
        raise ValidationError(fill(translate(
            "JsonDoc", "'%1' must be a list"), name))
    return items


def read_document(doc: Any, invalid: list[str] | None = None
                  ) -> tuple[list[Entry], list[CheckIn], list[Chapter]]:
    """Validate a whole document; raise ValidationError naming the first bad item, or,
    given an ``invalid`` list, note each bad item there ("entry 3: why") and go on."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(translate(
            "JsonDoc",
            'this is not a Career Squiggle JSON export (no "format": "careersquiggle")'))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError(translate(
            "JsonDoc", "the document has no valid 'version'"))
    if version > VERSION:
        raise ValidationError(
            fill(translate(
                "JsonDoc",
                "the document is version %1, newer than this app understands (%2); update the "
                "app"), version, VERSION)
        )
    entries: list[Entry] = []
    checkins: list[CheckIn] = []
    chapters: list[Chapter] = []
    sections: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], Any, list[Any]], ...] = (
        ("entries", "entry", _ENTRY_KEYS, ("kind", "title", "date"), Entry, entries),
        ("checkins", "check-in", _CHECKIN_KEYS, ("date", "autonomy", "mastery", "purpose"),
         CheckIn, checkins),
        ("chapters", "chapter", _CHAPTER_KEYS, ("title", "start"), Chapter, chapters),
    )
    for name, label, keys, required, cls, out in sections:
        for n, item in enumerate(_section(doc, name), 1):
            where = f"{label} {n}"
            try:
                fields = _pick(item, keys, required, where)  # names `where` itself
                try:
                    out.append(cls.create(**fields))
                except ValidationError as exc:
                    raise ValidationError(f"{where}: {exc}") from None
            except ValidationError as exc:
                if invalid is None:
                    raise
                invalid.append(str(exc))
    return entries, checkins, chapters


def import_text(journal: Journal, text: str, source: str = "",
                dry_run: bool = False) -> ImportReport:
    doc = parse_text(text)
    entries, checkins, chapters = read_document(doc)
    crossroads = crossroads_doc.read_sections(doc, entries)  # validated before any write
    report = ImportReport(source=source)
    journal.import_batch(report, entries, checkins, chapters, dry_run=dry_run)
    crossroads_doc.import_sections(journal, crossroads, report, dry_run)
    return report
