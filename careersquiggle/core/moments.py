"""Which entries get a full marker (and may get a label) when the view is crowded.

When every entry in view fits, every entry is a moment, as always. When they
crowd, the ones that tell the story win: entries marked as key moments, those
at a chapter's start or end, the highest and lowest feel of each region of the
view, then shifts and shocks (the strongest first), then events. Moments keep
a few pixels apart so they never pile up; all other entries are faint dots.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from careersquiggle.core.squiggle import Marker

SPACING_PX = 14.0  # moments keep this far apart (about one marker's width)
REGION_PX = 150.0  # a region of the view has its own high and its own low
PX_PER_MOMENT = 24.0  # about one moment per this many pixels of width: a story, not a census

# Priorities: a higher tier always wins; within a tier, stronger feelings first.
KEY, EDGE, PEAK, TURN, EVENT = 500.0, 400.0, 300.0, 200.0, 100.0


def limit_for(width_px: float) -> int:
    return max(8, int(width_px / PX_PER_MOMENT))


def priorities(x: np.ndarray, y: np.ndarray, marker: np.ndarray, key: np.ndarray,
               felt: np.ndarray, lo: float, hi: float, width_px: float,
               edges: np.ndarray, level: np.ndarray | None = None) -> np.ndarray:
    """A priority per entry (arrays of the entries in view); -inf: never a moment.

    ``level``: the line's value at each entry; among equally strong feelings, the
    one where the line itself peaks (or dips) wins, so moments follow the shape."""
    n = x.size
    level = np.zeros(n) if level is None else np.clip(level, -5, 5)
    strength = np.abs(np.where(felt, y, 0.0)) + 0.05 * np.abs(level)
    prio = np.full(n, -np.inf)
    prio[marker == Marker.EVENT] = EVENT + strength[marker == Marker.EVENT]
    turn = (marker == Marker.SHIFT) | (marker == Marker.WINDFALL) | (marker == Marker.SETBACK)
    prio[turn] = TURN + strength[turn]
    px = (x - lo) / (hi - lo) * width_px
    # The highs and lows of each region (felt entries that are not plain notes).
    able = felt & (marker != Marker.NOTE)
    if able.any():
        region = (px // REGION_PX).astype(np.int64)
        idx = np.flatnonzero(able)
        for values in (y[idx] + 0.05 * level[idx], -y[idx] - 0.05 * level[idx]):  # high, low
            best = idx[_best_per_group(region[idx], values)]
            prio[best] = np.maximum(prio[best], PEAK + strength[best])
    # The entry nearest each chapter edge in view (within a few pixels of it).
    edges = np.asarray(edges, dtype=float)
    edges = edges[(edges >= lo) & (edges <= hi)]
    if edges.size and n:
        order = np.argsort(x, kind="stable")
        sx = x[order]
        reach = 6.0 / width_px * (hi - lo)
        after = np.clip(np.searchsorted(sx, edges), 0, n - 1)
        before = np.maximum(after - 1, 0)
        cand = np.where(np.abs(sx[before] - edges) < np.abs(sx[after] - edges), before, after)
        near = np.abs(sx[cand] - edges) <= reach
        hit = order[cand[near]]
        hit = hit[marker[hit] != Marker.NOTE]
        prio[hit] = np.maximum(prio[hit], EDGE + strength[hit])
    prio[key] = KEY + strength[key]
    return prio


def choose(x: npt.ArrayLike, y: np.ndarray, marker: np.ndarray, key: np.ndarray,
           felt: np.ndarray, lo: float, hi: float, width_px: float, height_px: float,
           y_range: tuple[float, float], edges: npt.ArrayLike = (), limit: int | None = None,
           level: np.ndarray | None = None) -> np.ndarray:
    """Indices (into the given arrays) of the entries to draw as full markers, best first.

    ``x``, ``y``: where each entry is drawn; ``key``: marked as a key moment;
    ``felt``: has a feel of its own; ``edges``: chapter starts and ends;
    ``level``: the line's value at each entry.
    """
    x = np.asarray(x, dtype=float)
    limit = limit_for(width_px) if limit is None else limit
    visible = np.flatnonzero((x >= lo) & (x <= hi))
    if visible.size <= limit or hi <= lo:
        return visible  # room for all of them: every entry is a moment
    vx, vy = x[visible], y[visible]
    prio = priorities(vx, vy, marker[visible], key[visible], felt[visible], lo, hi,
                      width_px, np.asarray(edges, dtype=float),
                      None if level is None else np.asarray(level)[visible])
    y0, y1 = y_range
    with np.errstate(invalid="ignore"):  # (a value that is not a number: some cell)
        cx = ((vx - lo) / (hi - lo) * width_px // SPACING_PX).astype(np.int64)
        cy = ((y1 - vy) / (y1 - y0) * height_px // SPACING_PX).astype(np.int64)
    # The user's own key moments are never dropped for room.
    keys = np.flatnonzero(prio >= KEY)
    taken = {(int(a), int(b)) for a, b in zip(cx[keys], cy[keys], strict=True)}
    chosen = list(keys[np.argsort(-prio[keys], kind="stable")])
    rest = np.flatnonzero(np.isfinite(prio) & (prio < KEY))
    if rest.size:
        # The best candidate per cell first: neighbours are checked among those only.
        best = rest[_best_per_cell(cx[rest], cy[rest], prio[rest])]
        best = best[_spread(cx[best], prio[best], limit, width_px)]
        room = limit
        for j in best:
            gx, gy = int(cx[j]), int(cy[j])
            if any((gx + dx, gy + dy) in taken for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
                continue
            taken.add((gx, gy))
            chosen.append(j)
            room -= 1
            if room <= 0:
                break
    return visible[np.array(chosen, dtype=np.int64)]


def _best_per_cell(cx: np.ndarray, cy: np.ndarray, prio: np.ndarray) -> np.ndarray:
    """Positions of the highest priority in each (cx, cy) cell (the first, on ties), in
    cell order (by cx, then cy). The cells of a view are a small grid, so no sort of the
    candidates is needed: tens of thousands of them at 100k entries."""
    # Spans in Python integers: a value far off the plot (or not a number, cast) must not
    # wrap around in int64 arithmetic.
    x0, y0 = int(cx.min()), int(cy.min())
    cols, rows = int(cx.max()) - x0 + 1, int(cy.max()) - y0 + 1
    if cols * rows > 4 * cx.size + 65_536:  # values far off the plot: a sparse grid
        order = np.lexsort((-prio, cy, cx))
        sx, sy = cx[order], cy[order]
        found: np.ndarray = order[np.r_[True, (sx[1:] != sx[:-1]) | (sy[1:] != sy[:-1])]]
        return found
    cell = (cx - x0) * rows + (cy - y0)
    top = np.full(cols * rows, -np.inf)
    np.maximum.at(top, cell, prio)
    hit = np.flatnonzero(prio == top[cell])
    _cells, first = np.unique(cell[hit], return_index=True)
    out: np.ndarray = hit[first]
    return out


def _spread(cx: np.ndarray, prio: np.ndarray, slices: int, width_px: float) -> np.ndarray:
    """An order that tells the whole view: the best of every time slice first, then the
    second best of each, and so on (higher tiers always first)."""
    tier = np.floor(prio / 100.0)
    sl = np.minimum((cx * SPACING_PX / max(width_px, 1.0) * slices).astype(np.int64), slices - 1)
    by = np.lexsort((-prio, sl))
    ssl = sl[by]
    starts = np.r_[0, np.flatnonzero(ssl[1:] != ssl[:-1]) + 1]
    rank = np.empty(cx.size, dtype=np.int64)
    rank[by] = np.arange(cx.size) - np.repeat(starts, np.diff(np.r_[starts, cx.size]))
    return np.lexsort((-prio, rank, -tier))


def _best_per_group(group: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Positions of the largest value of each group (the first, on ties)."""
    if group.size and np.all(group[1:] >= group[:-1]):  # in time order: no sort needed
        starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
        top = np.maximum.reduceat(values, starts)
        of = np.repeat(np.arange(starts.size), np.diff(np.r_[starts, group.size]))
        hit = np.flatnonzero(values == top[of])
        return hit[np.r_[True, of[hit][1:] != of[hit][:-1]]]
    order = np.lexsort((-values, group))
    return order[np.r_[True, group[order][1:] != group[order][:-1]]]
