"""LinkedIn's data export: ``Positions.csv`` or the whole export ``.zip``.

Each position becomes a chapter (organisation, role, start, end, the
description in its notes) and a "joined" event on its first day. LinkedIn
writes dates as ``Jan 2020`` and sometimes as a bare year; an empty
``Finished On`` means the role is ongoing. Rows are numbered as a
spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Chapter, Entry
from careersquiggle.services.formats.parsed import (
    Parsed,
    at,
    csv_kind,
    csv_table,
    not_this,
    split_title,
)
from careersquiggle.services.formats.source import Source, decode, member_names, read_member

HEADER = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
REQUIRED = ("Company Name", "Title", "Started On")
MEMBER = "positions.csv"
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{4})$")


def parse(source: Source) -> Parsed:
    if source.is_zip():
        with source.zip() as archive:
            names = [n for n in member_names(archive)
                     if PurePosixPath(n).name.lower() == MEMBER]
            if not names:
                raise ValidationError(
                    "the zip has no Positions.csv in it; is it a LinkedIn data export?")
            # The shortest path is the export's own file, not a copy in a subfolder.
            name = min(names, key=len)
            with at(name):
                return parse_text(decode(read_member(archive, name)))
    return parse_text(source.text())


def parse_text(text: str) -> Parsed:
    header, rows = csv_table(text)
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        raise not_this("linkedin", csv_kind(header),
                       f"the first line must be the header {','.join(HEADER)}")
    parsed = Parsed()
    for row_no, values in rows:
        if len(values) > len(header):
            raise ValidationError(
                f"row {row_no}: {len(values)} values for {len(header)} columns "
                "(a comma outside quotes?)")
        row = dict(zip(header, (v.strip() for v in values), strict=False))
        with at(f"row {row_no}"):
            _position(row, row_no, parsed)
    return parsed


def linkedin_date(text: str, column: str) -> FuzzyDate:
    """'Jan 2020', 'January 2020', '2019' (and, to be kind, '2020-01')."""
    m = _MONTH_YEAR.match(text)
    if m and m.group(1)[:3].lower() in _MONTHS:
        return FuzzyDate(int(m.group(2)), _MONTHS[m.group(1)[:3].lower()])
    try:
        return FuzzyDate.parse(text)
    except ValidationError:
        raise ValidationError(
            f"'{text}' in {column} is not a date like Jan 2020 or 2020") from None


def _position(row: dict[str, str], row_no: int, parsed: Parsed) -> None:
    company, role = row.get("Company Name", ""), row.get("Title", "")
    if not company and not role:
        parsed.ignored.append(f"row {row_no}: no company and no title")
        return
    if not row.get("Started On"):
        parsed.ignored.append(f"row {row_no} ({company or role}): no start date")
        return
    start = linkedin_date(row["Started On"], "Started On")
    end = linkedin_date(row["Finished On"], "Finished On") if row.get("Finished On") else None
    notes = row.get("Description", "")
    if row.get("Location"):
        notes = f"{notes}\n\nLocation: {row['Location']}".strip()
    title = f"{role} at {company}" if role and company else role or company
    parsed.chapters.append(Chapter.create(
        title=split_title(title)[0], start=start, end=end, organisation=company,
        role=role, notes=notes))
    joined = f"Joined {company} as {role}" if role and company else f"Joined {company or role}"
    parsed.entries.append(Entry.create(kind="event", title=split_title(joined)[0], date=start))
