"""The squiggle as arrays: where each entry sits, its marker, and the line.

Pure numpy, no Qt: the window and the picture export draw from this, and
tests check it without a screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np

from careersquiggle.core.columns import KIND_CODES, EntryColumns
from careersquiggle.core.curve import envelope, pchip, sample_curve
from careersquiggle.core.model import CheckIn, Entry, Kind

FEEL_LENS = "feel"
DRIVE_LENS = "drive"
LENSES = (FEEL_LENS, DRIVE_LENS)


class Marker(IntEnum):
    EVENT = 0
    SHIFT = 1
    WINDFALL = 2
    SETBACK = 3
    NOTE = 4


def marker_of(e: Entry) -> Marker:
    if e.kind is Kind.EVENT:
        return Marker.EVENT
    if e.kind is Kind.SHIFT:
        return Marker.SHIFT
    if e.kind is Kind.SHOCK:
        return Marker.WINDFALL if e.is_windfall else Marker.SETBACK
    return Marker.NOTE


def drive_value(c: CheckIn) -> float:
    """Mean of autonomy, mastery and purpose (0..10) rescaled to the feel range (-5..5)."""
    return c.drive - 5.0


@dataclass
class SquiggleData:
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    marker: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int8))
    felt: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    # The line: anchor points (the values it passes through) and a dense sampling of it.
    anchor_x: np.ndarray = field(default_factory=lambda: np.empty(0))
    anchor_y: np.ndarray = field(default_factory=lambda: np.empty(0))
    titles: list[str] = field(default_factory=list)
    lens: str = FEEL_LENS
    # As written ('2019-03') and the feel given (NaN: none): what a screen reader is told.
    dates: list[str] = field(default_factory=list)
    feel: np.ndarray = field(default_factory=lambda: np.empty(0))

    def __len__(self) -> int:
        return int(self.ids.size)

    def curve(self, samples: int = 1200, lo: float | None = None,
              hi: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The line sampled for drawing (only the visible part when lo/hi are given).

        When more anchors are in view than there are samples, the anchors' per-column
        envelope is drawn instead: no detail a screen could show is lost.
        """
        if lo is not None and hi is not None and hi > lo:
            n_inside = np.count_nonzero((self.anchor_x >= lo) & (self.anchor_x <= hi))
            if n_inside > samples:
                return envelope(self.anchor_x, self.anchor_y, lo, hi, samples // 2)
        xs, ys = sample_curve(self.anchor_x, self.anchor_y, samples, lo, hi)
        return self._flat_ends(xs, ys, lo, hi)

    def _flat_ends(self, xs: np.ndarray, ys: np.ndarray, lo: float | None,
                   hi: float | None) -> tuple[np.ndarray, np.ndarray]:
        """Entries before the first value or after the last sit on a level line (the curve
        stays flat beyond its ends), so draw that line out to them."""
        if not self.anchor_x.size or not self.x.size:
            return xs, ys
        first, last = self.x.min(), self.x.max()
        if lo is not None:
            first = max(first, lo)
        if hi is not None:
            last = min(last, hi)
        if first < self.anchor_x[0]:
            xs, ys = np.r_[first, self.anchor_x[0], xs], np.r_[self.anchor_y[0], self.anchor_y[0],
                                                               ys]
        if last > self.anchor_x[-1]:
            xs, ys = np.r_[xs, self.anchor_x[-1], last], np.r_[ys, self.anchor_y[-1],
                                                               self.anchor_y[-1]]
        return xs, ys

    def span(self) -> tuple[float, float] | None:
        xs = np.concatenate([self.x, self.anchor_x])
        if xs.size == 0:
            return None
        return float(xs.min()), float(xs.max())

    def index_of(self, entry_id: int) -> int | None:
        hit = np.flatnonzero(self.ids == entry_id)
        return int(hit[0]) if hit.size else None


def build(entries: Sequence[Entry], checkins: Sequence[CheckIn] = (),
          lens: str = FEEL_LENS) -> SquiggleData:
    """Place entries on the squiggle of the chosen lens (see :func:`build_columns`)."""
    return build_columns(EntryColumns.from_entries(entries), checkins, lens)


def markers(kind: np.ndarray, feel: np.ndarray) -> np.ndarray:
    m = np.full(kind.size, Marker.NOTE, dtype=np.int8)
    m[kind == KIND_CODES["event"]] = Marker.EVENT
    m[kind == KIND_CODES["shift"]] = Marker.SHIFT
    shock = kind == KIND_CODES["shock"]
    m[shock & (np.nan_to_num(feel, nan=0.0) > 0)] = Marker.WINDFALL
    m[shock & ~(np.nan_to_num(feel, nan=0.0) > 0)] = Marker.SETBACK
    return m


def build_columns(cols: EntryColumns, checkins: Sequence[CheckIn] = (), lens: str = FEEL_LENS
                  ) -> SquiggleData:
    """Feel lens: the line passes through entries that have a feel; the others sit on the
    line at their date. Drive lens: the line passes through the check-ins' mean drive, and
    every entry sits on it."""
    n = len(cols)
    x, feel = cols.pos, cols.feel
    if lens == DRIVE_LENS:
        ax = np.fromiter((c.date.position() for c in checkins), dtype=float, count=len(checkins))
        ay = np.fromiter((drive_value(c) for c in checkins), dtype=float, count=len(checkins))
        felt = np.zeros(n, dtype=bool)
    else:
        felt = ~np.isnan(feel)
        ax, ay = x[felt], feel[felt]
    order = np.argsort(ax, kind="stable")
    ax, ay = ax[order], ay[order]
    y = pchip(ax, ay, x) if ax.size else np.zeros(n)
    if lens != DRIVE_LENS:
        y[felt] = feel[felt]
    return SquiggleData(
        ids=cols.ids, x=x, y=y, marker=markers(cols.kind, feel), felt=felt,
        anchor_x=ax, anchor_y=ay, titles=cols.titles, lens=lens, dates=cols.dates, feel=feel,
    )
