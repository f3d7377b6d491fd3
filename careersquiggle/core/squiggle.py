"""The squiggle as arrays: where each entry sits, its marker, and the line.

Pure numpy, no Qt: the window and the picture export draw from this, and
tests check it without a screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np

from careersquiggle.core import trend
from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.curve import pchip
from careersquiggle.core.model import CheckIn, Entry, Kind
from careersquiggle.core.packed import KIND_CODES

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


@dataclass
class SquiggleData:
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    x: np.ndarray = field(default_factory=lambda: np.empty(0))
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    marker: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int8))
    felt: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    key: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))  # key moments
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
        """The line as drawn ``samples`` pixels wide from lo to hi (default: everything)."""
        xs, ys, *_ = self.line(lo, hi, samples)
        return xs, ys

    def line(self, lo: float | None, hi: float | None, width_px: float, pad: float = 0.0
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]:
        """(xs, ys, band_low, band_high, weight) of the line in a view ``width_px`` wide:
        through the values when few are in view, their smoothed trend when they crowd
        (see :func:`careersquiggle.core.trend.line`), level out to the first and last entry."""
        span = self.span()
        if span is None:
            e = np.empty(0)
            return e, e, e, e, 0.0
        lo = span[0] if lo is None else lo
        hi = span[1] if hi is None else hi
        xs, ys, low, high, weight = trend.line(self.anchor_x, self.anchor_y, lo, hi, width_px,
                                               pad=pad)
        lo, hi = lo - (hi - lo) * pad, hi + (hi - lo) * pad
        fx, fy = self._flat_ends(xs, ys, lo, hi)
        if fx.size != xs.size:  # the level ends carry no spread
            _, low = self._flat_ends(xs, low, lo, hi)
            _, high = self._flat_ends(xs, high, lo, hi)
        return fx, fy, low, high, weight

    def _flat_ends(self, xs: np.ndarray, ys: np.ndarray, lo: float | None,
                   hi: float | None) -> tuple[np.ndarray, np.ndarray]:
        """Entries before the first value or after the last sit on a level line (the curve
        stays flat beyond its ends), so draw that line out to them."""
        if not self.anchor_x.size or not self.x.size:
            return xs, ys
        first, last = self._entries_span()
        if lo is not None:
            first = max(first, lo)
        if hi is not None:
            last = min(last, hi)
        # Level at the line's own ends (the trend's, when it is the trend).
        y0 = ys[0] if ys.size else self.anchor_y[0]
        y1 = ys[-1] if ys.size else self.anchor_y[-1]
        if first < self.anchor_x[0]:
            start = xs[0] if xs.size else self.anchor_x[0]
            xs, ys = np.r_[first, start, xs], np.r_[y0, y0, ys]
        if last > self.anchor_x[-1]:
            end = xs[-1] if xs.size else self.anchor_x[-1]
            xs, ys = np.r_[xs, end, last], np.r_[ys, y1, y1]
        return xs, ys

    def span(self) -> tuple[float, float] | None:
        """From the first to the last entry or value (kept: every pan and zoom step asks)."""
        key = (id(self.x), id(self.anchor_x), self.x.size, self.anchor_x.size)
        if getattr(self, "_span", (None, None))[0] != key:
            xs = np.concatenate([self.x, self.anchor_x])
            self._span = (key, None if xs.size == 0 else (float(xs.min()), float(xs.max())))
        return self._span[1]

    def _entries_span(self) -> tuple[float, float]:
        key = (id(self.x), self.x.size)
        if getattr(self, "_x_span", (None, None))[0] != key:
            self._x_span = (key, (float(self.x.min()), float(self.x.max())))
        return self._x_span[1]

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
        ax, _ids, a, m, p = CheckIns.of(checkins).columns()
        ay = (a + m + p) / 3.0 - 5.0  # CheckIn.drive of each, on the feel scale (-5..5)
        felt = np.zeros(n, dtype=bool)
    else:
        felt = ~np.isnan(feel)
        ax, ay = x[felt], feel[felt]
    if not np.all(ax[1:] >= ax[:-1]):  # (the journal's own columns already are in order)
        order = np.argsort(ax, kind="stable")
        ax, ay = ax[order], ay[order]
    if lens == DRIVE_LENS:
        y = pchip(ax, ay, x) if ax.size else np.zeros(n)
    else:
        # Through the entries that have a feel, so only the others need the curve.
        y = np.where(felt, feel, 0.0)
        if ax.size and not felt.all():
            y[~felt] = pchip(ax, ay, x[~felt])
    return SquiggleData(
        ids=cols.ids, x=x, y=y, marker=markers(cols.kind, feel), felt=felt,
        key=cols.key if cols.key.size == n else np.zeros(n, dtype=bool),
        anchor_x=ax, anchor_y=ay, titles=cols.titles, lens=lens, dates=cols.dates, feel=feel,
    )
