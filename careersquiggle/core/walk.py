"""Walking the squiggle with the keyboard: which moment comes next.

Pure numpy over time positions, so a screen-reader user's cursor moves the
same way in every view, and tests check it without a screen. Moments are
taken in time order (ties keep their given order); every function returns an
index into the positions it was given, or None when there is nothing there.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

_SECONDS_PER_DAY = 86400


def order(x: np.ndarray) -> np.ndarray:
    """Indices of the moments from the oldest to the newest."""
    return np.argsort(x, kind="stable")


def rank(x: np.ndarray, index: int) -> int:
    """Where a moment comes in time order (0 is the oldest)."""
    return int(np.flatnonzero(order(x) == index)[0])


def step(x: np.ndarray, current: int | None, delta: int) -> int | None:
    """The moment ``delta`` places later (negative: earlier), stopping at either end.
    From no moment, forward starts at the oldest and backward at the newest."""
    if not x.size:
        return None
    ordered = order(x)
    if current is None:
        return int(ordered[0 if delta > 0 else -1])
    here = int(np.flatnonzero(ordered == current)[0])
    return int(ordered[min(max(here + delta, 0), ordered.size - 1)])


def years(x: np.ndarray) -> np.ndarray:
    """The calendar year of each position (seconds since 1970, UTC)."""
    days = np.floor(x / _SECONDS_PER_DAY).astype("datetime64[D]")
    return days.astype("datetime64[Y]").astype(np.int64) + 1970


def _first_from(x: np.ndarray, lo: float, hi: float = np.inf) -> int | None:
    """The oldest moment with lo <= x < hi."""
    inside = np.flatnonzero((x >= lo) & (x < hi))
    if not inside.size:
        return None
    return int(inside[np.argmin(x[inside])])


def by_year(x: np.ndarray, current: int | None, direction: int) -> int | None:
    """The first moment of the next (direction > 0) or previous year that has moments."""
    if not x.size:
        return None
    if current is None:
        return step(x, None, direction)
    ys = years(x)
    here = ys[current]
    other = ys[ys > here] if direction > 0 else ys[ys < here]
    if not other.size:
        return current
    target = other.min() if direction > 0 else other.max()
    candidates = np.flatnonzero(ys == target)
    return int(candidates[np.argmin(x[candidates])])


def by_chapter(x: np.ndarray, starts: Sequence[float], current: int | None,
               direction: int) -> int | None:
    """The first moment of the next or previous chapter (chapters given by their start
    positions). Backward from inside a chapter goes to its first moment, like Ctrl+←
    over words; chapters without moments are skipped."""
    if not x.size:
        return None
    if current is None:
        return step(x, None, direction)
    bounds = sorted(set(float(s) for s in starts))
    here = float(x[current])
    if direction > 0:
        for s in bounds:
            if s > here:
                hit = _first_from(x, s)
                if hit is not None and x[hit] > here:
                    return hit
        return current
    for s in reversed(bounds):
        if s <= here:
            hit = _first_from(x, s)
            if hit is not None and x[hit] < here:
                return hit
    return current
