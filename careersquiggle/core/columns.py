"""Entries as columns: what drawing and listing need, without one Python object per entry.

A lifetime of entries (100k) must stay instant, so the window works from
numpy arrays and plain lists; a full :class:`Entry` is fetched only when one
is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from careersquiggle.core.model import KINDS, Entry

KIND_CODES = {k: i for i, k in enumerate(KINDS)}  # event 0, shift 1, shock 2, note 3


@dataclass
class EntryColumns:
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    pos: np.ndarray = field(default_factory=lambda: np.empty(0))
    feel: np.ndarray = field(default_factory=lambda: np.empty(0))  # NaN: no feel
    kind: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int8))
    private: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    dates: list[str] = field(default_factory=list)  # as written
    titles: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # space-separated, sorted

    def __len__(self) -> int:
        return int(self.ids.size)

    def row_of(self, entry_id: int | None) -> int | None:
        if entry_id is None:
            return None
        hit = np.flatnonzero(self.ids == entry_id)
        return int(hit[0]) if hit.size else None

    def take(self, mask: np.ndarray) -> EntryColumns:
        idx = np.flatnonzero(mask)
        return EntryColumns(
            self.ids[idx], self.pos[idx], self.feel[idx], self.kind[idx], self.private[idx],
            [self.dates[i] for i in idx], [self.titles[i] for i in idx],
            [self.tags[i] for i in idx],
        )

    @classmethod
    def from_rows(cls, rows: Sequence[tuple]) -> EntryColumns:
        """From (id, date, pos, kind, feel, title, private, tags) tuples, oldest first."""
        n = len(rows)
        if not n:
            return cls()
        ids, dates, pos, kinds, feels, titles, private, tags = zip(*rows)
        return cls(
            ids=np.fromiter(ids, dtype=np.int64, count=n),
            pos=np.fromiter(pos, dtype=float, count=n),
            feel=np.fromiter((np.nan if f is None else f for f in feels), dtype=float, count=n),
            kind=np.fromiter((KIND_CODES[k] for k in kinds), dtype=np.int8, count=n),
            private=np.fromiter(private, dtype=bool, count=n),
            dates=list(dates), titles=list(titles), tags=[t or "" for t in tags],
        )

    @classmethod
    def from_entries(cls, entries: Sequence[Entry]) -> EntryColumns:
        return cls.from_rows([
            (e.id or 0, str(e.date), e.date.position(), e.kind.value, e.feel, e.title, e.private,
             " ".join(e.tags)) for e in entries
        ])
