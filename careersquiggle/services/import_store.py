"""Storage for imports that know their source: read what is held, write a plan.

The rules (what counts as held, what is updated, what the user's edits keep)
live in ``formats/identity.py``; this module only moves rows, all of a plan in
one transaction. Ids for new rows are handed out inside that transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select

from careersquiggle.db.models import ChapterRow, EntryRow, TagRow
from careersquiggle.services import rows
from careersquiggle.services.changes import Changes
from careersquiggle.services.formats.identity import Held, Step

_MODELS: dict[str, Any] = {"entries": EntryRow, "chapters": ChapterRow}
# (what, the item as it was, its (source, source_id, source_data) as they were)
Before = list[tuple[str, Any, tuple]]


@dataclass
class Applied:
    """What a plan did: ids added and updated, and how to put updated rows back (undo)."""

    added: Changes = field(default_factory=Changes)
    updated: Changes = field(default_factory=Changes)
    before: Before = field(default_factory=list)  # per updated row

    @property
    def changes(self) -> Changes:
        return self.added | self.updated


def _item(what: str, row):
    if what == "entries":
        return rows.entry_from_columns(row, tuple(sorted(t.tag for t in row.tags)))
    return rows.chapter_from_row(row)


def held(journal, source: str, kinds: set[str]) -> list[Held]:
    """Items of ``kinds`` imported from ``source``, and those with no source at all
    (made here, or imported before sources were kept)."""
    out: list[Held] = []
    # Plain rows, not ORM objects: a journal of thousands is read in a fraction of the time.
    with journal.read_session() as s:
        for what in sorted(kinds):
            t = _MODELS[what].__table__
            stmt = select(t).where(or_(t.c.source == source, t.c.source.is_(None)))
            tags: dict[int, list[str]] = {}
            if what == "entries":
                ids = stmt.with_only_columns(t.c.id).scalar_subquery()
                for eid, tag in s.execute(select(TagRow.entry_id, TagRow.tag)
                                          .where(TagRow.entry_id.in_(ids))):
                    tags.setdefault(eid, []).append(tag)
            for row in s.execute(stmt):
                item = (rows.entry_from_columns(row, tuple(sorted(tags.get(row.id, ()))))
                        if what == "entries" else rows.chapter_from_row(row))
                imported = json.loads(row.source_data) if row.source_data else None
                key = row.source_id if row.source == source else None
                out.append(Held(what, item, key, imported))
    return out


def apply(journal, source: str, steps: list[Step], dry_run: bool = False) -> Applied:
    """Write the plan, all or nothing. A dry run writes nothing."""
    done = Applied()
    if dry_run:
        return done
    added: dict[str, set[int]] = {"entries": set(), "chapters": set()}
    updated: dict[str, set[int]] = {"entries": set(), "chapters": set()}
    now = journal.now_text()
    # Rows already holding this key and snapshot need no write (the same file again).
    steps = [st for st in steps if st.action != "same" or st.held is None
             or st.held.key != st.key or st.held.imported != st.snapshot]
    with journal.write_session() as s:
        next_id = {w: (s.scalar(select(m.id).order_by(m.id.desc()).limit(1)) or 0) + 1
                   for w, m in _MODELS.items()}
        found = _rows(s, steps)
        for step in steps:
            what = step.incoming.what
            model = _MODELS[what]
            data = json.dumps(step.snapshot, ensure_ascii=False, sort_keys=True)
            if step.action == "add":
                item: Any = step.write
                row = model(id=next_id[what], created_at=item.created_at or now,
                            updated_at=item.updated_at or now)
                next_id[what] += 1
                if model is EntryRow:
                    row.tags = []
                _fill(what, row, item)
                s.add(row)
                added[what].add(row.id)
            else:
                assert step.held is not None  # every step but "add" names what it found
                row = found[(what, step.held.item.id)]
                if step.action == "update":
                    done.before.append((what, step.held.item,
                                        (row.source, row.source_id, row.source_data)))
                    _fill(what, row, step.write)
                    row.updated_at = now
                    updated[what].add(row.id)
            row.source, row.source_id, row.source_data = source, step.key, data
    done.added = Changes(entries=frozenset(added["entries"]), chapters=frozenset(added["chapters"]))
    done.updated = Changes(entries=frozenset(updated["entries"]),
                           chapters=frozenset(updated["chapters"]))
    return done


def _rows(s, steps: list[Step]) -> dict[tuple[str, int | None], Any]:
    """The held rows the steps name, read in a few queries rather than one per row."""
    ids: dict[str, list[int | None]] = {"entries": [], "chapters": []}
    for st in steps:
        if st.held is not None:
            ids[st.incoming.what].append(st.held.item.id)
    out = {}
    for what, wanted in ids.items():
        model = _MODELS[what]
        for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
            for row in s.scalars(select(model).where(model.id.in_(wanted[start:start + 500]))):
                out[(what, row.id)] = row
    return out


def restore(journal, before: Before) -> Changes:
    """Put updated rows back as they were (and their source columns): undoing an import."""
    ids: dict[str, set[int]] = {"entries": set(), "chapters": set()}
    with journal.write_session() as s:
        for what, item, (src, src_id, data) in before:
            row = s.get(_MODELS[what], item.id)
            if row is None:
                continue  # deleted since: nothing to put back
            _fill(what, row, item)
            row.updated_at = item.updated_at
            row.source, row.source_id, row.source_data = src, src_id, data
            ids[what].add(item.id)
    return Changes(entries=frozenset(ids["entries"]), chapters=frozenset(ids["chapters"]))


def _fill(what: str, row, item) -> None:
    if what == "entries":
        rows.fill_entry_row(row, item)
    else:
        rows.fill_chapter_row(row, item)


def current(journal, before: Before) -> Before:
    """The rows named in ``before`` as they are now (what a redo puts back)."""
    out = []
    with journal.read_session() as s:
        for what, item, _ in before:
            row = s.get(_MODELS[what], item.id)
            if row is not None:
                out.append((what, _item(what, row), (row.source, row.source_id, row.source_data)))
    return out
