"""Choosing which labels to show so they never pile up.

Greedy by priority: the most striking moments (strongest feelings, events
and shocks before notes) get a label first; a label is dropped when its box
would overlap one already placed, after trying above and below its marker.
"""

from __future__ import annotations

import numpy as np

MAX_LABELS = 250  # beyond this a picture is text soup, whatever the room


def priorities(feel_abs: np.ndarray, is_note: np.ndarray) -> np.ndarray:
    return feel_abs - np.where(is_note, 10.0, 0.0)


def place(
    px: np.ndarray,
    py: np.ndarray,
    widths: np.ndarray,
    height: float,
    priority: np.ndarray,
    bounds: tuple[float, float, float, float],
    gap: float = 6.0,
    limit: int = MAX_LABELS,
) -> dict[int, tuple[int, float]]:
    """Return {index: (side, centre_x)} for the labels to show; side is -1 above, +1 below,
    centre_x is where the label's centre goes (slid inwards at the edges).

    Coordinates are pixels with y growing downwards; ``bounds`` is
    (left, top, right, bottom) of the drawing area.
    """
    left, top, right, bottom = bounds
    order = spread_order(px, priority, limit, left, right)
    placed: list[tuple[float, float, float, float]] = []
    chosen: dict[int, tuple[int, float]] = {}
    # A coarse grid keeps overlap checks fast when thousands of points compete.
    cell = max(40.0, height * 2)
    grid: dict[tuple[int, int], list[int]] = {}

    def cells(box):
        x0, y0, x1, y1 = box
        for gx in range(int(x0 // cell), int(x1 // cell) + 1):
            for gy in range(int(y0 // cell), int(y1 // cell) + 1):
                yield gx, gy

    for i in order:
        if len(chosen) >= limit:
            break
        x, y, w = float(px[i]), float(py[i]), float(widths[i])
        if not (left <= x <= right and top <= y <= bottom):
            continue
        for side in (-1, 1):
            y0 = y - gap - height if side < 0 else y + gap
            box = (x - w / 2, y0, x + w / 2, y0 + height)
            if box[0] < left or box[2] > right or box[1] < top or box[3] > bottom:
                # Slide a label at the edge inwards rather than dropping it.
                shift = max(0.0, left - box[0]) - max(0.0, box[2] - right)
                box = (box[0] + shift, box[1], box[2] + shift, box[3])
                if box[1] < top or box[3] > bottom:
                    continue
            if any(_overlap(box, placed[j]) for c in cells(box) for j in grid.get(c, ())):
                continue
            placed.append(box)
            for c in cells(box):
                grid.setdefault(c, []).append(len(placed) - 1)
            chosen[int(i)] = (side, (box[0] + box[2]) / 2)
            break
    return chosen


def spread_order(px: np.ndarray, priority: np.ndarray, slices: int, left: float, right: float):
    """Candidates in the order they get a label: the best of each time slice first, then by
    priority, so labels tell the whole story instead of crowding its start."""
    if px.size == 0:
        return np.empty(0, dtype=np.int64)
    slices = max(1, min(slices, px.size))
    width = max(right - left, 1.0)
    bins = np.clip(((px - left) / width * slices).astype(np.int64), 0, slices - 1)
    by_bin = np.lexsort((-priority, bins))  # within each slice, strongest first
    sorted_bins = bins[by_bin]
    group_start = np.r_[0, np.flatnonzero(sorted_bins[1:] != sorted_bins[:-1]) + 1]
    starts = np.repeat(group_start, np.diff(np.r_[group_start, px.size]))
    rank = np.empty(px.size, dtype=np.int64)
    rank[by_bin] = np.arange(px.size) - starts
    return np.lexsort((-priority, rank))


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
