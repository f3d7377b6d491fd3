"""LinkedIn's data export: ``Positions.csv``, ``Education.csv``, or the whole export ``.zip``.

Each position becomes a chapter (organisation, role, start, end, the
description and location in its notes), known by company, title and start;
the events between them are worked out in ``linkedin_career``. Each
education (``School Name, Start Date, End Date, Notes, Degree Name,
Activities``) becomes a chapter too, known by school and start, with
"Started …" and "Completed …" events. LinkedIn writes dates as ``Jan 2020``
or a bare year; an empty end (or ``Present``) means ongoing. Rows are
numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from pathlib import PurePosixPath
from typing import Any

from careersquiggle.core.dates import FuzzyDate, parse_date
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Chapter, Entry
from careersquiggle.services.formats import refusals
from careersquiggle.services.formats.linkedin_career import Role, events
from careersquiggle.services.formats.parsed import (
    Parsed,
    csv_kind,
    csv_table,
    not_this,
    split_title,
)
from careersquiggle.services.formats.source import Source, decode, member_names, read_member

HEADER = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
REQUIRED = ("Company Name", "Title", "Started On")
EDU_HEADER = ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]
EDU_REQUIRED = ("School Name", "Start Date")
MEMBERS = ("positions.csv", "education.csv")
_ONGOING = {"", "present", "now", "current"}
# Other files of a LinkedIn export: a zip holding these but no Positions.csv is LinkedIn's.
_LINKEDIN_FILES = ("Profile.csv", "Connections.csv", "Skills.csv", "Languages.csv",
                   "Registration.csv", "Invitations.csv", "Certifications.csv")


def parse(source: Source) -> Parsed:
    refusals.check_folder(source)
    parsed = Parsed(source="linkedin", legacy_key=legacy_key)
    roles: list[Role] = []
    if source.is_zip():
        found = _members(source)
        if "positions.csv" not in found:
            raise ValidationError(_no_positions(found))
        for member in MEMBERS:
            if member in found:
                name, text = found[member]
                _read(text, parsed, roles, f"{name}: ")
    else:
        _read(source.text(), parsed, roles, "")
    for ev in events(roles):
        parsed.add("entries", Entry.create(kind="event", title=split_title(ev.title)[0],
                                           date=ev.date), ev.key)
    return parsed


_JOINED = re.compile(r"^Joined (.+) as (.+)$")


def legacy_key(what: str, item: Any, key: str | None) -> Hashable:
    """An import from before sources were kept made a chapter per role and a "Joined
    <Company> as <Role>" event on its start: known again by company, title and start."""
    if what == "chapters":
        return (item.organisation.casefold(), item.role.casefold(), str(item.start))
    if key is not None:
        parts = key.split("|")
        if parts[0] == "position" and parts[-1] == "start" and len(parts) == 5:
            return tuple(parts[1:4])
        return key
    m = _JOINED.match(item.title)
    if m is None:
        found: Hashable = item.content_key()
        return found
    return (m.group(1).casefold(), m.group(2).casefold(), str(item.date))


def _members(source: Source) -> dict[str, tuple[str, str]]:
    """Positions.csv and Education.csv in the zip: lower-case name -> (name, text)."""
    with source.zip() as archive:
        names = member_names(archive)
        out: dict[str, tuple[str, str]] = {}
        # The shortest path is the export's own file, not a copy in a subfolder.
        for name in sorted(names, key=len):
            low = PurePosixPath(name).name.lower()
            if low in MEMBERS and low not in out:
                out[low] = (name, decode(read_member(archive, name)))
        if not out:
            out["*others"] = ("", " ".join(PurePosixPath(n).name for n in names))
        return out


def _no_positions(found: dict[str, tuple[str, str]]) -> str:
    others = found.get("*others", ("", ""))[1].split()
    if "education.csv" in found or any(n in others for n in _LINKEDIN_FILES):
        return ("this LinkedIn export has no Positions.csv; ask LinkedIn for the full "
                "archive (Settings → Data privacy → Get a copy of your data, with Positions)")
    return ("the zip has no Positions.csv in it, so it is not a LinkedIn data export; "
            "export your data from LinkedIn and import its .zip")


def _read(text: str, parsed: Parsed, roles: list[Role], prefix: str) -> None:
    header, rows = csv_table(text)
    if all(h in header for h in REQUIRED):
        read_row, width = _position, len(header)
    elif all(h in header for h in EDU_REQUIRED):
        read_row, width = _education, len(header)
    else:
        foreign = refusals.foreign_csv(header)
        if foreign:
            raise ValidationError(foreign)
        raise not_this("linkedin", csv_kind(header),
                       f"the first line must be the header {','.join(HEADER)}")
    for row_no, values in rows:
        where = f"{prefix}row {row_no}"
        with parsed.item(where):
            if len(values) > width:
                raise ValidationError(fill(translate(
                    "Imports", "%1 values for %2 columns (a comma outside quotes?)"),
                    len(values), width))
            row = dict(zip(header, (v.strip() for v in values), strict=False))
            read_row(row, where, parsed, roles)


def linkedin_date(text: str, column: str) -> FuzzyDate:
    """'Jan 2020', 'January 2020', '2019' (and, to be kind, '2020-01'): the one date parser."""
    try:
        return parse_date(text)
    except ValidationError:
        raise ValidationError(
            fill(translate("Imports", "'%1' in %2 is not a date like Jan 2020 or 2020"), text,
                 column)) from None


def _end(text: str, column: str) -> FuzzyDate | None:
    return None if text.strip().casefold() in _ONGOING else linkedin_date(text, column)


def _position(row: dict[str, str], where: str, parsed: Parsed, roles: list[Role]) -> None:
    company, role = row.get("Company Name", ""), row.get("Title", "")
    if not company and not role:
        parsed.ignored.append(f"{where}: no company and no title")
        return
    if not row.get("Started On"):
        parsed.ignored.append(f"{where} ({company or role}): no start date")
        return
    start = linkedin_date(row["Started On"], "Started On")
    end = _end(row.get("Finished On", ""), "Finished On")
    notes = row.get("Description", "")
    if row.get("Location"):
        notes = f"{notes}\n\nLocation: {row['Location']}".strip()
    title = f"{role} at {company}" if role and company else role or company
    key = f"position|{company.casefold()}|{role.casefold()}|{start}"
    parsed.add("chapters", Chapter.create(
        title=split_title(title)[0], start=start, end=end, organisation=company,
        role=role, notes=notes), key, where)
    roles.append(Role(key, company, role, start, end))


def _education(row: dict[str, str], where: str, parsed: Parsed, roles: list[Role]) -> None:
    school, degree = row.get("School Name", ""), row.get("Degree Name", "")
    if not school:
        parsed.ignored.append(f"{where}: no school name")
        return
    if not row.get("Start Date"):
        parsed.ignored.append(f"{where} ({school}): no start date")
        return
    start = linkedin_date(row["Start Date"], "Start Date")
    end = _end(row.get("End Date", ""), "End Date")
    notes = "\n\n".join(x for x in (row.get("Notes", ""), row.get("Activities", "")) if x)
    title = f"{degree} at {school}" if degree else school
    key = f"education|{school.casefold()}|{start}"
    parsed.add("chapters", Chapter.create(
        title=split_title(title)[0], start=start, end=end, organisation=school,
        role=degree, notes=notes), key, where)
    what = degree or "studies"
    parsed.add("entries", Entry.create(kind="event", title=split_title(
        f"Started {what} at {school}")[0], date=start), f"{key}|start", where)
    if end is not None:
        parsed.add("entries", Entry.create(kind="event", title=split_title(
            f"Completed {what} at {school}")[0], date=end), f"{key}|end", where)
