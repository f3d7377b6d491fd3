"""What every import parser returns, and the small helpers they share."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from careersquiggle.core.model import TITLE_MAX, Chapter, CheckIn, Entry
from careersquiggle.services.formats.identity import Incoming, content

# How each format is named in messages ("this is not <label>").
LABELS = {  # translated where used: label(fmt)
    "json": QT_TRANSLATE_NOOP("Imports", "a Career Squiggle JSON export"),
    "csv": QT_TRANSLATE_NOOP("Imports", "a Career Squiggle CSV export"),
    "jrnl": QT_TRANSLATE_NOOP("Imports", "a jrnl JSON export"),
    "dayone": QT_TRANSLATE_NOOP("Imports", "a Day One export"),
    "linkedin": QT_TRANSLATE_NOOP("Imports", "a LinkedIn Positions.csv"),
}


def label(fmt: str) -> str:
    """'a jrnl JSON export', in the reader's language."""
    return translate("Imports", LABELS[fmt])


@dataclass
class Parsed:
    """A whole file, validated, as core objects ready to import.

    A format whose items carry an identity (jrnl, Day One, LinkedIn) names its
    ``source`` and puts them in ``incoming``; our own JSON and CSV use the lists.
    """

    source: str | None = None
    incoming: list[Incoming] = field(default_factory=list)
    # How items imported before sources were kept are recognised (identity.Legacy).
    legacy_key: Callable[[str, Any, str | None], Hashable] = content
    entries: list[Entry] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # one reason per item not imported
    left_out: dict[str, int] = field(default_factory=dict)  # e.g. {"photos": 3}
    invalid: list[str] = field(default_factory=list)  # "entry 3: why", for --skip-invalid
    # Work that must follow the batch, e.g. our own JSON's crossroads sections, which
    # link to entries by content: finish(journal, report, dry_run).
    finish: Callable[[Any, Any, bool], None] | None = None

    def leave_out(self, what: str, n: int) -> None:
        if n:
            self.left_out[what] = self.left_out.get(what, 0) + n

    def add(self, what: str, item: Entry | Chapter, key: str, where: str = "") -> None:
        self.incoming.append(Incoming(what, item, key, where))

    @contextlib.contextmanager
    def item(self, where: str) -> Iterator[None]:
        """Read one item; a problem with it is noted (with its place) and the file read on,
        so that all of them can be listed, or the valid ones imported (--skip-invalid)."""
        try:
            yield
        except ValidationError as exc:
            self.invalid.append(f"{where}: {exc}")


@contextlib.contextmanager
def at(where: str) -> Iterator[None]:
    """Put the place (``entry 3``, ``row 7``) in front of any validation message."""
    try:
        yield
    except ValidationError as exc:
        raise ValidationError(f"{where}: {exc}") from None


def split_title(text: str) -> tuple[str, str]:
    """A title short enough to keep, and what did not fit (to go in the notes)."""
    text = " ".join(text.split())
    if len(text) <= TITLE_MAX:
        return text, ""
    cut = text.rfind(" ", 0, TITLE_MAX - 1)
    cut = cut if cut > TITLE_MAX // 2 else TITLE_MAX - 1
    return text[:cut].rstrip() + "…", text


def title_and_notes(title: str, notes: str) -> tuple[str, str]:
    """Keep an over-long title whole by moving it into the notes."""
    short, whole = split_title(title)
    if whole:
        notes = f"{whole}\n\n{notes}" if notes else whole
    return short, notes


def csv_table(text: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header and the non-blank rows, numbered as a spreadsheet shows them (header = 1).

    Strict quoting, so a file cut short inside a quoted field is an error
    rather than a silently shortened last row.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)

    def problem(row_no: int, exc: csv.Error) -> ValidationError:
        hint = "; the file may be cut short" if "end of data" in str(exc) else ""
        return ValidationError(fill(translate(
            "Imports", "row %1: not readable as CSV (%2%3)"), row_no, exc, hint))

    try:
        header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise problem(1, exc) from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        row_no = 1
        try:
            for row_no, values in enumerate(reader, 2):
                if any(v.strip() for v in values):
                    yield row_no, values
        except csv.Error as exc:
            raise problem(row_no + 1, exc) from None

    return header, rows()


# -- telling a file of another format apart ------------------------------------
def json_kind(doc: Any) -> str | None:
    """Which known JSON export ``doc`` looks like, if any."""
    if not isinstance(doc, dict):
        return None
    if doc.get("format") == "careersquiggle":
        return "json"
    if isinstance(doc.get("entries"), list):
        if "metadata" in doc:
            return "dayone"
        if isinstance(doc.get("tags"), dict):
            return "jrnl"
    return None


def csv_kind(header: list[str]) -> str | None:
    names = set(header)
    if {"Company Name", "Title", "Started On"} <= names:
        return "linkedin"
    if {"kind", "title", "date"} <= names or {"autonomy", "mastery"} <= names \
            or {"title", "start"} <= names:
        return "csv"
    return None


def not_this(expected: str, found: str | None, detail: str = "") -> ValidationError:
    """'this is not a jrnl JSON export; it looks like a Day One export (import it as dayone)'."""
    if found and found != expected:
        return ValidationError(fill(translate(
            "Imports", "this is not %1; it looks like %2 (import it as %3)"), label(expected),
            label(found), found))
    if detail:
        return ValidationError(fill(translate("Imports", "this is not %1 (%2)"),
                                    label(expected), detail))
    return ValidationError(fill(translate("Imports", "this is not %1"), label(expected)))


def zip_not_expected(expected: str) -> ValidationError:
    return ValidationError(fill(translate(
        "Imports", "this is a zip archive, not %1"), label(expected)))


def journal_note(item: dict[str, Any], title: str, body: str, date: Any) -> Entry:
    """A diary entry from another app as a note: tags kept, starred as a `starred` tag."""
    tags = item.get("tags") or []
    if not isinstance(tags, list):
        raise ValidationError(translate(
            "Imports", "'tags' must be a list"))
    starred = item.get("starred", False)
    if not isinstance(starred, bool):
        raise ValidationError(translate(
            "Imports", "'starred' must be true or false"))
    title, notes = title_and_notes(title, body)
    return Entry.create(kind="note", title=title, date=date, notes=notes,
                        tags=[*tags, "starred"] if starred else tags)
