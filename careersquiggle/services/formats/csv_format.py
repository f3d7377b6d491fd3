"""CSV: one table per file, for spreadsheets.

``export csv`` writes the entries, one row per entry; ``--checkins`` and
``--chapters`` write those tables instead. The header says which table a
file holds, so ``import csv`` reads any of the three back. Columns may come
in any order and the optional ones may be left out; other columns are
refused. Tags are separated by spaces; ``private`` is ``yes`` or ``no``;
dates are written as given (``2014``, ``2014-03``, ``2014-03-03``). Rows are
numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # loaded only to type-check: importing it here would load SQLAlchemy
    from careersquiggle.services.journal import Journal

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services.formats import refusals
from careersquiggle.services.formats.parsed import (
    Parsed,
    csv_kind,
    csv_table,
    not_this,
    zip_not_expected,
)
from careersquiggle.services.formats.source import Source

ENTRY_COLUMNS = ["id", "kind", "title", "date", "feel", "tags", "private", "notes",
                 "shift_from", "shift_to", "created_at", "updated_at"]
CHECKIN_COLUMNS = ["id", "date", "autonomy", "mastery", "purpose", "note",
                   "created_at", "updated_at"]
CHAPTER_COLUMNS = ["id", "title", "organisation", "role", "start", "end", "notes",
                   "created_at", "updated_at"]
TABLES = {  # table -> (columns, required columns)
    "entries": (ENTRY_COLUMNS, ("kind", "title", "date")),
    "checkins": (CHECKIN_COLUMNS, ("date", "autonomy", "mastery", "purpose")),
    "chapters": (CHAPTER_COLUMNS, ("title", "start")),
}
_YES, _NO = {"yes", "true", "1", "y"}, {"no", "false", "0", "n", ""}


# -- writing -----------------------------------------------------------------
def _entry_row(e: Entry) -> list[Any]:
    return [e.id, e.kind.value, e.title, str(e.date), "" if e.feel is None else e.feel,
            " ".join(e.tags), "yes" if e.private else "no", e.notes, e.shift_from,
            e.shift_to, e.created_at, e.updated_at]


def _checkin_row(c: CheckIn) -> list[Any]:
    return [c.id, str(c.date), c.autonomy, c.mastery, c.purpose, c.note,
            c.created_at, c.updated_at]


def _chapter_row(c: Chapter) -> list[Any]:
    return [c.id, c.title, c.organisation, c.role, str(c.start), str(c.end) if c.end else "",
            c.notes, c.created_at, c.updated_at]


def export(journal: Journal, table: str = "entries") -> str:
    """One table of the journal as CSV text (private entries included: it is your data)."""
    columns, _ = TABLES[table]
    tables: dict[str, tuple[Callable[[], Sequence[Any]], Callable[[Any], list[Any]]]] = {
        "entries": (journal.entries, _entry_row),
        "checkins": (journal.checkins, _checkin_row),
        "chapters": (journal.chapters, _chapter_row),
    }
    fetch, to_row = tables[table]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(to_row(item) for item in fetch())
    return out.getvalue()


# -- reading -----------------------------------------------------------------
def parse(source: Source) -> Parsed:
    if source.is_zip():
        raise zip_not_expected("csv")
    return parse_text(source.text())


def parse_text(text: str) -> Parsed:
    header, rows = csv_table(text)
    table = _table(header)
    parsed = Parsed()
    for row_no, values in rows:
        with parsed.item(f"row {row_no}"):
            if len(values) != len(header):
                raise ValidationError(fill(translate(
                    "Imports", "%1 values for %2 columns"), len(values), len(header)))
            _add(table, dict(zip(header, values, strict=True)), parsed)
    return parsed


def _table(header: list[str]) -> str:
    """Which table the header names; refuses unknown, missing or repeated columns."""
    for table, (columns, required) in TABLES.items():
        if set(required) <= set(header):
            unknown = [h for h in header if h not in columns]
            if unknown:
                raise ValidationError(
                    fill(translate(
                        "Imports", "the header has a column export csv never writes: '%1'"),
                        unknown[0]))
            if len(set(header)) != len(header):
                raise ValidationError(translate(
                    "Imports", "a column appears twice in the header"))
            return table
    foreign = refusals.foreign_csv(header)
    if foreign:
        raise ValidationError(foreign)
    found = csv_kind(header)
    raise not_this("csv", None if found == "csv" else found,
                   "the first line must be the header that export csv writes, e.g. "
                   + ",".join(ENTRY_COLUMNS))


def _id(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValidationError(fill(translate(
            "Imports", "id must be a positive whole number, not '%1'"), text))
    return int(text)


def _private(text: str) -> bool:
    word = text.strip().casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValidationError(fill(translate(
        "Imports", "private must be yes or no, not '%1'"), text))


def _common(row: dict[str, str]) -> dict[str, Any]:
    return {"id": _id(row.get("id", "")),
            "created_at": row.get("created_at", "").strip() or None,
            "updated_at": row.get("updated_at", "").strip() or None}


def _add(table: str, row: dict[str, str], parsed: Parsed) -> None:
    if table == "entries":
        parsed.entries.append(Entry.create(
            kind=row["kind"], title=row["title"], date=row["date"], feel=row.get("feel"),
            notes=row.get("notes", ""), tags=row.get("tags", ""),
            private=_private(row.get("private", "")), shift_from=row.get("shift_from", ""),
            shift_to=row.get("shift_to", ""), **_common(row)))
    elif table == "checkins":
        parsed.checkins.append(CheckIn.create(
            date=row["date"], autonomy=row["autonomy"], mastery=row["mastery"],
            purpose=row["purpose"], note=row.get("note", ""), **_common(row)))
    else:
        parsed.chapters.append(Chapter.create(
            title=row["title"], start=row["start"], end=row.get("end") or None,
            organisation=row.get("organisation", ""), role=row.get("role", ""),
            notes=row.get("notes", ""), **_common(row)))
