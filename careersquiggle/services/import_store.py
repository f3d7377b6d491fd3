"""Storage for imports that know their source (``journal.imports``): read what is held,
write a plan, put updated rows back.

The rules (what counts as held, what is updated, what the user's edits keep)
live in ``formats/identity.py``; this part only moves rows, all of a plan in
one transaction. Ids for new rows are handed out inside that transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from careersquiggle.core.model import Chapter, Entry
from careersquiggle.db import sql
from careersquiggle.services.changes import Changes

if TYPE_CHECKING:  # the formats package loads only for an import, not for quick capture
    from careersquiggle.services.formats.identity import Held, Step
    from careersquiggle.services.journal import Journal

_COLUMNS = {"entries": sql.ENTRY_COLUMNS, "chapters": sql.CHAPTER_COLUMNS}
# A row's source columns: (source, source_id, source_data), all None for one made here.
Source = tuple[Any, Any, Any]
# One row an import updated: what, the item as it was, its source columns as they were.
Before = tuple[str, Entry | Chapter, Source]


@dataclass
class Applied:
    """What a plan did: ids added and updated, and how to put updated rows back (undo)."""

    added: Changes = field(default_factory=Changes)
    updated: Changes = field(default_factory=Changes)
    before: list[Before] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        return self.added | self.updated


def _item(what: str, row: tuple[Any, ...]) -> Entry | Chapter:
    return sql.entry_from_row(row) if what == "entries" else sql.chapter_from_row(row)


def _values(item: Entry | Chapter) -> dict[str, Any]:
    return sql.entry_values(item) if isinstance(item, Entry) else sql.chapter_values(item)


def _ids(rows: dict[str, set[int]]) -> Changes:
    return Changes(entries=frozenset(rows["entries"]), chapters=frozenset(rows["chapters"]))


class Imports:
    """The import part of one journal."""

    def __init__(self, journal: Journal):
        self._j = journal

    def held(self, source: str, kinds: set[str]) -> list[Held]:
        """Items of ``kinds`` imported from ``source``, and those with no source at all
        (made here, or imported before sources were kept)."""
        from careersquiggle.services.formats.identity import Held

        out: list[Held] = []
        with self._j._read() as c:
            for what in sorted(kinds):
                found = c.execute(
                    f"SELECT {_COLUMNS[what]}, source, source_id, source_data FROM {what} e "
                    "WHERE source = ? OR source IS NULL ORDER BY id", (source,)).fetchall()
                for row in found:
                    src, key, data = row[-3:]
                    imported = json.loads(data) if data else None
                    out.append(Held(what, _item(what, row[:-3]), key if src == source else None,
                                    imported))
        return out

    def apply(self, source: str, steps: list[Step], dry_run: bool = False) -> Applied:
        """Write the plan, all or nothing. A dry run writes nothing."""
        done = Applied()
        if dry_run:
            return done
        added: dict[str, set[int]] = {"entries": set(), "chapters": set()}
        updated: dict[str, set[int]] = {"entries": set(), "chapters": set()}
        now = self._j.now_text()
        # Rows already holding this key and snapshot need no write (the same file again).
        steps = [st for st in steps if st.action != "same" or st.held is None
                 or st.held.key != st.key or st.held.imported != st.snapshot]
        with self._j._write() as c:
            next_id = {w: int(c.execute(f"SELECT coalesce(max(id), 0) FROM {w}").fetchone()[0]) + 1
                       for w in added}
            for step in steps:
                what = step.incoming.what
                data = json.dumps(step.snapshot, ensure_ascii=False, sort_keys=True)
                if step.action == "add":
                    item = step.write
                    assert item is not None
                    ident = next_id[what]
                    next_id[what] += 1
                    self._insert(c, what, item, ident, item.created_at or now,
                                 item.updated_at or now)
                    added[what].add(ident)
                else:
                    assert step.held is not None and step.held.item.id is not None
                    ident = step.held.item.id
                    if step.action == "update":
                        assert step.write is not None
                        done.before.append((what, step.held.item, self._source(c, what, ident)))
                        self._put(c, what, ident, step.write, now)
                        updated[what].add(ident)
                sql.update(c, what, ident, {"source": source, "source_id": step.key,
                                            "source_data": data})
        done.added, done.updated = _ids(added), _ids(updated)
        return done

    def restore(self, before: list[Before]) -> Changes:
        """Put updated rows back as they were (and their source columns): undoing an import."""
        ids: dict[str, set[int]] = {"entries": set(), "chapters": set()}
        with self._j._write() as c:
            for what, item, (src, src_id, data) in before:
                assert item.id is not None
                if not c.execute(f"SELECT 1 FROM {what} WHERE id = ?", (item.id,)).fetchone():
                    continue  # deleted since: nothing to put back
                self._put(c, what, item.id, item, item.updated_at or self._j.now_text())
                sql.update(c, what, item.id, {"source": src, "source_id": src_id,
                                              "source_data": data})
                ids[what].add(item.id)
        return _ids(ids)

    def current(self, before: list[Before]) -> list[Before]:
        """The rows named in ``before`` as they are now (what a redo puts back)."""
        out: list[Before] = []
        with self._j._read() as c:
            for what, item, _ in before:
                row = c.execute(f"SELECT {_COLUMNS[what]}, source, source_id, source_data "
                                f"FROM {what} e WHERE id = ?", (item.id,)).fetchone()
                if row is not None:
                    out.append((what, _item(what, row[:-3]), tuple(row[-3:])))
        return out

    @staticmethod
    def _source(c: Any, what: str, ident: int) -> Source:
        row = c.execute(f"SELECT source, source_id, source_data FROM {what} WHERE id = ?",
                        (ident,)).fetchone()
        return (row[0], row[1], row[2])

    @staticmethod
    def _insert(c: Any, what: str, item: Entry | Chapter, ident: int, created: str,
                updated: str) -> None:
        if isinstance(item, Entry):
            sql.insert_entry(c, item, ident, created, updated)
        else:
            sql.insert(c, what, {"id": ident, **sql.chapter_values(item), "created_at": created,
                                 "updated_at": updated})

    @staticmethod
    def _put(c: Any, what: str, ident: int, item: Entry | Chapter, stamp: str) -> None:
        sql.update(c, what, ident, {**_values(item), "updated_at": stamp})
        if isinstance(item, Entry):
            sql.set_tags(c, ident, item.tags)
