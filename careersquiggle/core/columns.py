"""Entries as columns: what drawing and listing need, without one Python object per entry.

A lifetime of entries (100k) must stay instant, so the window works from
numpy arrays and plain lists; a full :class:`Entry` is fetched only when one
is opened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from careersquiggle.core.model import Entry
from careersquiggle.core.packed import KIND_CODES, NO_FEEL


@dataclass
class EntryColumns:
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    pos: np.ndarray = field(default_factory=lambda: np.empty(0))
    feel: np.ndarray = field(default_factory=lambda: np.empty(0))  # NaN: no feel
    kind: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int8))
    private: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    # Text columns; empty when only the points were loaded (the first phase of a big load).
    dates: list[str] = field(default_factory=list)  # as written
    titles: list[str] = field(default_factory=list)
    tags: list[str] | None = None  # space-separated; None: fetched when shown
    key: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))  # key moments

    def __len__(self) -> int:
        return int(self.ids.size)

    @property
    def has_text(self) -> bool:
        return len(self.titles) == len(self)

    def row_of(self, entry_id: int | None) -> int | None:
        if entry_id is None:
            return None
        hit = np.flatnonzero(self.ids == entry_id)
        return int(hit[0]) if hit.size else None

    def take(self, mask_or_index: np.ndarray) -> EntryColumns:
        idx = (np.flatnonzero(mask_or_index) if mask_or_index.dtype == bool
               else np.asarray(mask_or_index))
        text = self.has_text

        def pick(values: list[str]) -> list[str]:
            return [values[i] for i in idx] if text else []
        return EntryColumns(
            self.ids[idx], self.pos[idx], self.feel[idx], self.kind[idx], self.private[idx],
            pick(self.dates), pick(self.titles), None if self.tags is None else pick(self.tags),
            self.key[idx] if self.key.size == len(self) else np.zeros(idx.size, dtype=bool),
        )

    def sorted(self) -> EntryColumns:
        """Oldest first (ties by id): sorting here beats an index walk in SQLite."""
        order = _order(self.pos, self.ids)
        if np.array_equal(order, np.arange(order.size)):
            return self
        return self.take(order)

    @classmethod
    def from_points(cls, rows: Sequence[tuple[Any, ...]]) -> EntryColumns:
        """Positions only, from (id, pos, packed) rows of POINT_COLUMNS: enough to draw,
        converted by numpy in one go."""
        if not rows:
            return cls()
        table = np.array(rows, dtype=float)
        return cls.from_packed(table[:, 0], table[:, 1], table[:, 2])

    @classmethod
    def from_packed(cls, ids: np.ndarray, pos: np.ndarray, packed: np.ndarray
                    ) -> EntryColumns:
        """From the three columns of POINT_COLUMNS (as read, or as kept by db/shape.py)."""
        packed = packed.astype(np.int64)
        feel = ((packed >> 4) - 128).astype(float)
        feel[feel == NO_FEEL] = np.nan
        return cls(
            ids=ids.astype(np.int64), pos=pos.astype(float), feel=feel,
            kind=(packed & 3).astype(np.int8), private=(packed & 4).astype(bool),
            key=(packed & 8).astype(bool),
        )

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[Any, ...]]) -> EntryColumns:
        """From (id, date, pos, kind, feel, title, private, key moment[, tags]) tuples."""
        n = len(rows)
        if not n:
            return cls(tags=[])
        if len(rows[0]) == 8:
            ids, dates, pos, kinds, feels, titles, private, key = zip(*rows, strict=True)
            tags = None
        else:
            ids, dates, pos, kinds, feels, titles, private, key, tags = zip(*rows, strict=True)
        return cls(
            ids=np.fromiter(ids, dtype=np.int64, count=n),
            pos=np.fromiter(pos, dtype=float, count=n),
            feel=np.fromiter((np.nan if f is None else f for f in feels), dtype=float, count=n),
            kind=np.fromiter((KIND_CODES[k] for k in kinds), dtype=np.int8, count=n),
            private=np.fromiter(private, dtype=bool, count=n),
            dates=list(dates), titles=list(titles),
            tags=None if tags is None else [t or "" for t in tags],
            key=np.fromiter(key, dtype=bool, count=n),
        )

    @classmethod
    def from_entries(cls, entries: Sequence[Entry]) -> EntryColumns:
        return cls.from_rows([
            (e.id or 0, str(e.date), e.date.position(), e.kind.value, e.feel, e.title, e.private,
             e.key_moment, " ".join(e.tags)) for e in entries
        ])


def _order(pos: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """np.lexsort((ids, pos)), six times quicker in the usual case: positions are whole
    seconds and the ids come ascending (as the journal reads them), so (position, index)
    packs into one int64 whose plain sort is the order (no index sort, no stable sort)."""
    n = pos.size
    bits = max(1, int(n).bit_length())
    if n < 2 or not np.all(ids[1:] > ids[:-1]):
        return np.lexsort((ids, pos))
    limit = float(1 << (62 - bits))
    if not -limit < pos.min() <= pos.max() < limit:  # (NaN fails this too)
        return np.lexsort((ids, pos))
    whole = pos.astype(np.int64)
    if not np.array_equal(whole, pos):
        return np.lexsort((ids, pos))
    key = (whole << bits) | np.arange(n, dtype=np.int64)
    key.sort()
    out: np.ndarray = key & ((1 << bits) - 1)
    return out
