"""Where labels go so they never pile up, cover the line or hide a marker.

Qt-free: the caller measures text (a ``measure(text) -> width`` function) and
gives the obstacles in pixels (the line as samples, markers as centres and
radii). Greedy by priority: labels that must be shown (lowest, highest,
chosen by the user) go first, then the most striking moments spread over
time. Each label tries its full text on one line, then on two, near its
marker and then further away with a leader line; a label is shortened only
when no full-text place is free, and only a label that must be shown is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

MAX_LABELS = 250  # beyond this a picture is text soup, whatever the room
ELLIPSIS = "…"

Box = tuple[float, float, float, float]  # left, top, right, bottom; y grows downwards


@dataclass(frozen=True)
class Placed:
    index: int  # into the candidate arrays
    lines: tuple[str, ...]
    box: Box
    leader: tuple[float, float, float, float] | None  # marker (x, y) to box edge (x, y)


def priorities(feel_abs: np.ndarray, is_note: np.ndarray) -> np.ndarray:
    return feel_abs - np.where(is_note, 10.0, 0.0)


def clean(text: str) -> str:
    return " ".join(text.split())


def elide(text: str, measure: Callable[[str], float], width: float) -> str:
    """The longest start of ``text`` (cut at a word when that keeps most of it) that fits
    ``width`` with an ellipsis."""
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # binary search on the measured width
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = cut.rfind(" ")
    if space > 0.6 * len(cut):
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + ELLIPSIS if cut else ""


def two_lines(text: str, measure: Callable[[str], float]) -> tuple[str, str] | None:
    """Split at the word break that makes the wider line narrowest."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    best, best_w = None, float("inf")
    for k in range(1, len(words)):
        a, b = " ".join(words[:k]), " ".join(words[k:])
        w = max(measure(a), measure(b))
        if w < best_w:
            best, best_w = (a, b), w
    return best


def three_lines(text: str, measure: Callable[[str], float]) -> tuple[str, str, str] | None:
    """Three lines of about equal width, for long titles (six words or more)."""
    words = text.split(" ")
    if len(words) < 6:
        return None
    best, best_w = None, float("inf")
    for i in range(1, len(words) - 1):
        for k in range(i + 1, len(words)):
            parts = (" ".join(words[:i]), " ".join(words[i:k]), " ".join(words[k:]))
            w = max(measure(p) for p in parts)
            if w < best_w:
                best, best_w = parts, w
    return best


def variants(text: str, measure: Callable[[str], float], max_width: float,
             shorten: bool) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Ways to write a label, best first: (full text on one line or two, shortened ones).
    Shortened ones only when ``shorten``: an optional label is left out rather than cut."""
    text = clean(text)
    full: list[tuple[str, ...]] = []
    if measure(text) <= max_width:
        full.append((text,))
    split = two_lines(text, measure)
    if split and max(measure(s) for s in split) <= max_width:
        full.append(split)
    three = three_lines(text, measure)
    if three and max(measure(s) for s in three) <= max_width:
        full.append(three)  # narrow and tall: fits beside a steep stretch of the line
    short: list[tuple[str, ...]] = []
    if shorten:
        for frac in (1.0, 0.7, 0.5):
            first = split[0] if split and measure(split[0]) <= max_width * frac else None
            if first:
                rest = elide(text[len(first):].strip(), measure, max_width * frac)
                if rest and rest != ELLIPSIS:
                    short.append((first, rest))
            one = elide(text, measure, max_width * frac)
            if one and one != ELLIPSIS:
                short.append((one,))
    return full, short


class Obstacles:
    """The line and the markers in pixels, with a coarse grid for fast box checks."""

    def __init__(self, curve_x: np.ndarray, curve_y: np.ndarray, mx: np.ndarray, my: np.ndarray,
                 radius: np.ndarray | float, pad: float = 2.0, cell: float = 48.0):
        self.pad, self.cell = pad, cell
        self._line_columns(np.asarray(curve_x, float), np.asarray(curve_y, float))
        self.points: list[tuple[float, float, float]] = []
        self.grid: dict[tuple[int, int], list[int]] = {}
        r = np.broadcast_to(np.asarray(radius, float), np.shape(mx))
        for x, y, rr in zip(np.asarray(mx, float), np.asarray(my, float), r, strict=False):
            self.add_point(float(x), float(y), float(rr))
        self.protected: list[tuple[float, float, float]] = []
        self.leaders: list[tuple[float, float, float, float]] = []
        self.boxes: list[Box] = []
        self.box_grid: dict[tuple[int, int], list[int]] = {}

    def _cells(self, box: Box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for gx in range(int(box[0] // c), int(box[2] // c) + 1):
            for gy in range(int(box[1] // c), int(box[3] // c) + 1):
                yield gx, gy

    def add_point(self, x: float, y: float, r: float) -> None:
        self.points.append((x, y, r))
        for key in self._cells((x - r, y - r, x + r, y + r)):
            self.grid.setdefault(key, []).append(len(self.points) - 1)

    def add_box(self, box: Box) -> None:
        self.boxes.append(box)
        for key in self._cells(box):
            self.box_grid.setdefault(key, []).append(len(self.boxes) - 1)

    def _line_columns(self, x: np.ndarray, y: np.ndarray) -> None:
        """The line's lowest and highest pixel in every one-pixel column it crosses."""
        self.c0 = 0
        ok = np.isfinite(x) & np.isfinite(y)
        x, y = x[ok], y[ok]
        if x.size == 0:
            self.cmin = self.cmax = np.empty(0)
            return
        order = np.argsort(x, kind="stable")
        x, y = x[order], y[order]
        self.c0 = int(np.floor(x[0])) - 1
        n = int(np.floor(x[-1])) - self.c0 + 3
        cols = np.arange(n) + self.c0
        # The line between samples too (long flat stretches have samples far apart).
        yi = np.interp(np.clip(cols, x[0], x[-1]), x, y)
        self.cmin, self.cmax = yi.copy(), yi.copy()
        k = np.floor(x).astype(np.int64) - self.c0
        np.minimum.at(self.cmin, k, y)
        np.maximum.at(self.cmax, k, y)
        np.minimum.at(self.cmin, k + 1, y)  # a sample near a column's edge reaches the next
        np.maximum.at(self.cmax, k + 1, y)

    def hits_line(self, box: Box) -> bool:
        if self.cmin.size == 0:
            return False
        p = self.pad
        a = max(int(box[0] - p) - self.c0, 0)
        b = min(int(box[2] + p) - self.c0 + 1, self.cmin.size)
        if b <= a:
            return False
        return bool(self.cmin[a:b].min() <= box[3] + p and self.cmax[a:b].max() >= box[1] - p)

    def hits_marker(self, box: Box) -> bool:
        p = self.pad
        for key in self._cells(box):
            for j in self.grid.get(key, ()):
                x, y, r = self.points[j]
                # Distance from the marker's centre to the box.
                dx = max(box[0] - x, 0.0, x - box[2])
                dy = max(box[1] - y, 0.0, y - box[3])
                if dx * dx + dy * dy < (r + p) ** 2:
                    return True
        return False

    def hits_label(self, box: Box) -> bool:
        p = self.pad
        for key in self._cells(box):
            for j in self.box_grid.get(key, ()):
                b = self.boxes[j]
                if (box[0] < b[2] + p and b[0] < box[2] + p
                        and box[1] < b[3] + p and b[1] < box[3] + p):
                    return True
        return False

    def free(self, box: Box, line: bool = True, markers: bool = True) -> bool:
        if markers:
            return not ((line and self.hits_line(box)) or self.hits_label(box)
                        or self.hits_marker(box))
        return not (self.hits_label(box) or self.hits_protected(box))

    def protect(self, x: float, y: float, r: float) -> None:
        """A marker no label may ever cover (one that carries a label)."""
        self.protected.append((x, y, r))

    def hits_protected(self, box: Box) -> bool:
        p = self.pad
        for x, y, r in self.protected:
            dx = max(box[0] - x, 0.0, x - box[2])
            dy = max(box[1] - y, 0.0, y - box[3])
            if dx * dx + dy * dy < (r + p) ** 2:
                return True
        return False

    def leader_free(self, x0: float, y0: float, x1: float, y1: float, line: bool = True) -> bool:
        """A leader line crosses no label (and, unless allowed, not the squiggle's line)."""
        if any(_crosses((x0, y0, x1, y1), other) for other in self.leaders):
            return False  # leader lines never cross each other
        n = max(6, int(np.hypot(x1 - x0, y1 - y0) / 4))
        for t in np.linspace(0.15, 0.95, n):
            x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            dot = (x - 0.5, y - 0.5, x + 0.5, y + 0.5)
            if self.hits_label(dot) or (line and self.hits_line(dot)):
                return False
        return True


Segment = tuple[float, float, float, float]  # x0, y0, x1, y1
Lines = tuple[str, ...]


def _crosses(a: Segment, b: Segment) -> bool:
    """Whether two segments cross (touching ends do not count)."""
    def side(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    p1, p2, p3, p4 = (a[0], a[1]), (a[2], a[3]), (b[0], b[1]), (b[2], b[3])
    d1, d2 = side(p3, p4, p1), side(p3, p4, p2)
    d3, d4 = side(p1, p2, p3), side(p1, p2, p4)
    return bool(d1 * d2 < 0 and d3 * d4 < 0)


def _edge_point(box: Box, x: float, y: float) -> tuple[float, float]:
    return min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])


def place(
    px: np.ndarray,
    py: np.ndarray,
    texts: Sequence[str],
    measure: Callable[[str], float],
    line_height: float,
    priority: np.ndarray,
    bounds: Box,
    obstacles: Obstacles,
    *,
    forced: Sequence[int] = (),
    only_forced: bool = False,
    gap: float = 6.0,
    limit: int = MAX_LABELS,
    max_width: float | None = None,
    pad: float = 3.0,
    reach: int = 2,
) -> list[Placed]:
    """Labels to draw, each with its lines, its box and (when moved away) a leader line.

    ``reach``: how far (in label heights) an optional label may move from its marker."""
    left, top, right, bottom = bounds
    max_width = max_width or (right - left) * 0.4
    forced_set = [int(i) for i in forced]
    rest = [] if only_forced else [
        int(i) for i in spread_order(px, priority, limit, left, right)
        if int(i) not in set(forced_set)]
    placed: list[Placed] = []
    for i in forced_set:
        obstacles.protect(float(px[i]), float(py[i]), 4.0 + gap / 2)
    budget = 6 * limit + len(forced_set)  # where most find no room, stop looking (speed)
    for n, i in enumerate(forced_set + rest):
        if n >= budget or (len(placed) >= limit and i not in forced_set):
            break
        x, y = float(px[i]), float(py[i])
        if not (left <= x <= right and top - line_height <= y <= bottom + line_height):
            continue
        must = i in forced_set
        spot = _find_spot(x, y, texts[i], measure, line_height, (left, top, right, bottom),
                          obstacles, gap, max_width, pad, must, reach)
        if spot is None:
            continue
        lines, box, leader = spot
        obstacles.add_box(box)
        if leader:
            obstacles.leaders.append(leader)
            for t in np.linspace(0.1, 0.95, 8):  # later labels keep off this leader line
                obstacles.add_point(leader[0] + (leader[2] - leader[0]) * t,
                                    leader[1] + (leader[3] - leader[1]) * t, 1.5)
        placed.append(Placed(i, lines, box, leader))
        obstacles.protect(x, y, 4.0 + gap / 2)
    return placed


def _find_spot(x: float, y: float, text: str, measure: Callable[[str], float],
               line_height: float, bounds: Box, obs: Obstacles, gap: float, max_width: float,
               pad: float, must: bool, reach: int = 2
               ) -> tuple[tuple[str, ...], Box, tuple[float, float, float, float] | None] | None:
    full, short = variants(text, measure, max_width, shorten=must)
    # One that must be shown may run wider before it is ever shortened.
    wide = ([v for v in variants(text, measure, max_width * 2, False)[0] if v not in full]
            if must else [])
    # In order: full text clear of everything; full text with a leader line that crosses the
    # squiggle's line; shortened text. Where markers and the line fill the picture, a label
    # that must be shown may, as a last resort, sit on the line and then on ordinary
    # markers (on its backing); never on a labelled marker or another label.
    passes = [(full, True, True, True), (wide, True, True, True),
              (full, True, False, True), (wide, True, False, True), (short, True, True, True)]
    if must:
        passes += [(full, False, False, True), (full + short, False, False, False)]
    # The same spots serve several passes: work them out once.
    tried: dict[int, list[tuple[tuple[str, ...], Box]]] = {}
    for group, box_clear, leader_clear, avoid_markers in passes:
        if not group:
            continue
        if id(group) not in tried:
            tried[id(group)] = list(_candidates(x, y, group, measure, line_height, bounds, gap,
                                                pad, must, reach))
        for lines, box in tried[id(group)]:
            if not obs.free(box, box_clear, avoid_markers):
                continue
            ex, ey = _edge_point(box, x, y)
            far = (ex - x) ** 2 + (ey - y) ** 2 > (gap * 1.8) ** 2
            if far and not obs.leader_free(x, y, ex, ey, leader_clear):
                continue
            return lines, box, (x, y, ex, ey) if far else None
    return None


def _candidates(x: float, y: float, group: Sequence[tuple[str, ...]],
                measure: Callable[[str], float], line_height: float, bounds: Box, gap: float,
                pad: float, must: bool,
                reach: int = 2) -> Iterator[tuple[tuple[str, ...], Box]]:
    """Boxes to try for each way of writing the label. An optional label tries only spots
    next to its marker; one that must be shown tries the nearest first, further and further
    out (with a leader line)."""
    sized = []
    for lines in group:
        w = max(measure(s) for s in lines) + 2 * pad
        h = len(lines) * line_height + 2 * pad
        sized.append((lines, w, h))
    if not must:
        for tier in range(reach):
            for lines, w, h in sized:
                for bx, by in _positions(x, y, w, h, gap, tier, h * 0.9, wide=tier > 1):
                    box = _inside((bx, by, bx + w, by + h), bounds)
                    if box is not None:
                        yield lines, box
        return
    found = []
    for rank, (lines, w, h) in enumerate(sized):
        for tier in range(14):
            for bx, by in _positions(x, y, w, h, gap, tier, h * 0.9, wide=tier > 1):
                box = _inside((bx, by, bx + w, by + h), bounds)
                if box is not None:
                    ex, ey = _edge_point(box, x, y)
                    # Nearest first; a second line costs about as much as moving a little.
                    found.append(((ex - x) ** 2 + (ey - y) ** 2 + rank * (2 * h) ** 2, lines, box))
    found.sort(key=lambda t: t[0])
    for _d, lines, box in found:
        yield lines, box


def _positions(x: float, y: float, w: float, h: float, gap: float, tier: int, step: float,
               wide: bool = False) -> Iterator[tuple[float, float]]:
    """Candidate top-left corners around a marker; tier 0 touches it, higher tiers move out."""
    d = tier * step
    shifts = (0.5, 0.15, 0.85, -0.2, 1.2, -0.6, 1.6) if wide else (0.5, 0.15, 0.85)
    for dy in (-(gap + d + h), gap + d):  # above, then below
        for fx in shifts:  # centred, then starting at, then ending at the marker, then beyond
            yield x - w * fx, y + dy
    if tier < 3 or wide:  # beside the marker
        for dx in (gap + d, -(gap + d + w)):
            yield x + dx, y - h / 2


def _inside(box: Box, bounds: Box) -> Box | None:
    left, top, right, bottom = bounds
    if box[2] - box[0] > right - left:
        return None
    shift = max(0.0, left - box[0]) - max(0.0, box[2] - right)  # slide in at the edges
    box = (box[0] + shift, box[1], box[2] + shift, box[3])
    if box[1] < top or box[3] > bottom:
        return None
    return box


def spread_order(px: np.ndarray, priority: np.ndarray, slices: int, left: float,
                 right: float) -> np.ndarray:
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


def extremes(y: np.ndarray, felt: np.ndarray) -> list[int]:
    """Indices of the lowest and the highest felt moment (the first of ties)."""
    idx = np.flatnonzero(felt & ~np.isnan(y))
    if idx.size == 0:
        return []
    lo, hi = int(idx[np.argmin(y[idx])]), int(idx[np.argmax(y[idx])])
    return [lo] if lo == hi else [lo, hi]
