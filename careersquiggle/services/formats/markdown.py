"""Markdown: the journal as something to read, grouped by year and by chapter.

It holds everything, private entries included (marked as such): it is the
owner's own copy. Titles are escaped so they cannot turn into Markdown
structure; notes keep their own Markdown but sit in a quote block, so a line
starting with ``#`` in a note never becomes a heading of the journal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only to type-check: importing it here would load SQLAlchemy
    from careersquiggle.services.journal import Journal

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.model import Chapter, CheckIn, Entry, Kind

JournalDoc = Context("JournalDoc")

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _quote(text: str) -> list[str]:
    return [f"> {line}".rstrip() for line in text.strip().splitlines()]


def _span(ch: Chapter) -> str:
    end = ch.end.label() if ch.end else JournalDoc.tr("ongoing")
    return f"{ch.start.label()} – {end}"


def _chapter_of(entry: Entry, chapters: list[Chapter]) -> int | None:
    """Index of the chapter the entry falls in; with overlaps, the one that began last."""
    pos, found = entry.date.position(), None
    for i, ch in enumerate(chapters):  # ordered by start
        if ch.start.start_position() <= pos and (ch.end is None or pos < ch.end.end_position()):
            found = i
    return found


def _entry(e: Entry) -> list[str]:
    meta = [e.date.label(), e.kind.label]
    if e.feel is not None:
        meta.append(fill(JournalDoc.tr("feel %1"), f"{e.feel:+d}"))
    if e.tags:
        meta.append(fill(JournalDoc.tr("tags: %1"), ", ".join(e.tags)))
    if e.private:
        meta.append(JournalDoc.tr("private"))
    out = [f"#### {escape(e.title)}", "", f"*{escape(' · '.join(meta))}*"]
    if e.kind is Kind.SHIFT and (e.shift_from or e.shift_to):
        out += ["", fill(JournalDoc.tr("From: %1"), escape(e.shift_from or "—")) + "  ",
                fill(JournalDoc.tr("To: %1"), escape(e.shift_to or "—"))]
    if e.notes.strip():
        out += [""] + _quote(e.notes)
    return out + [""]


def _checkins(items: list[CheckIn]) -> list[str]:
    heads = [JournalDoc.tr("date"), JournalDoc.tr("autonomy"), JournalDoc.tr("mastery"),
             JournalDoc.tr("purpose"), JournalDoc.tr("note")]
    out = ["### " + JournalDoc.tr("Check-ins"), "", "| " + " | ".join(heads) + " |",
           "| --- | ---: | ---: | ---: | --- |"]
    for c in items:
        out.append(f"| {c.date.label()} | {c.autonomy} | {c.mastery} | {c.purpose} "
                   f"| {escape(c.note)} |")
    return out + [""]


def render(entries: list[Entry], checkins: Sequence[CheckIn], chapters: list[Chapter],
           today: dt.date) -> str:
    counts = fill(JournalDoc.tr("%1, %2, %3"), JournalDoc.tr("%n entries", "", len(entries)),
                  JournalDoc.tr("%n chapters", "", len(chapters)),
                  JournalDoc.tr("%n check-ins", "", len(checkins)))
    out = ["# " + JournalDoc.tr("Career journal"), "",
           fill(JournalDoc.tr("Exported on %1: %2. This copy holds everything, private entries "
                              "included."), FuzzyDate.from_date(today).label(), counts), ""]
    if chapters:
        out += ["## " + JournalDoc.tr("Chapters"), ""]
        for ch in chapters:
            # Say who and where only when the title does not already say it.
            who = ", ".join(x for x in (ch.role, ch.organisation) if x and x not in ch.title)
            out.append(f"- **{escape(ch.title)}** ({_span(ch)})" + (f": {escape(who)}" if who
                                                                    else ""))
        out.append("")
    checkins_by_year: dict[int, list[CheckIn]] = defaultdict(list)
    for c in checkins:
        checkins_by_year[c.date.year].append(c)
    entries_by_year = {y: list(g) for y, g in groupby(entries, key=lambda e: e.date.year)}
    introduced: set[int] = set()
    for year in sorted(set(entries_by_year) | set(checkins_by_year)):
        out += [f"## {year}", ""]
        groups: dict[int | None, list[Entry]] = {}  # keeps the order of first appearance
        for e in entries_by_year.get(year, []):
            groups.setdefault(_chapter_of(e, chapters), []).append(e)
        for index, items in groups.items():
            if index is not None:
                ch = chapters[index]
                out += [f"### {escape(ch.title)}", ""]
                if index in introduced:
                    out += ["*" + JournalDoc.tr("continued") + "*", ""]
                else:
                    introduced.add(index)
                    out += [f"*{escape(_span(ch))}*", ""]
                    out += (_quote(ch.notes) + [""]) if ch.notes.strip() else []
            elif chapters:
                out += ["### " + JournalDoc.tr("Outside any chapter"), ""]
            for e in items:
                out += _entry(e)
        if checkins_by_year.get(year):
            out += _checkins(checkins_by_year[year])
    return "\n".join(out).rstrip() + "\n"


def export(journal: Journal) -> str:
    return render(journal.entries(), journal.checkins(), journal.chapters(),
                  journal.clock().date())
