"""The squiggle's line: a monotone cubic (PCHIP) through the points with a value.

Shape-preserving: between two points the curve never rises above the higher
or dips below the lower one, so a career never looks better or worse than
it was felt. Implemented with numpy after Fritsch & Carlson (1980), the same
slopes as SciPy's ``PchipInterpolator``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def merge_duplicates(x: npt.ArrayLike, y: npt.ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Sort by x and average the values of points that share an x."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size == 0:
        return x, y
    if x.size > 1 and np.all(x[1:] > x[:-1]):
        return x, y  # already sorted, no two alike (the trend's own samples)
    order = np.argsort(x, kind="stable")
    x, y = x[order], y[order]
    ux, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    if ux.size == x.size:
        return x, y
    sums = np.bincount(inverse, weights=y)
    return ux, sums / counts


def _slopes(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    h = np.diff(x)
    delta = np.diff(y) / h
    n = x.size
    d = np.zeros(n)
    if n == 2:
        d[:] = delta[0]
        return d
    # Interior: weighted harmonic mean where the secant slopes agree in sign, else flat.
    w1 = 2 * h[1:] + h[:-1]
    w2 = h[1:] + 2 * h[:-1]
    same = (delta[:-1] * delta[1:]) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        hm = (w1 + w2) / (w1 / delta[:-1] + w2 / delta[1:])
    d[1:-1] = np.where(same, hm, 0.0)
    d[0] = _end_slope(h[0], h[1], delta[0], delta[1])
    d[-1] = _end_slope(h[-1], h[-2], delta[-1], delta[-2])
    return d


def _end_slope(h0: float, h1: float, m0: float, m1: float) -> float:
    d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1)
    if np.sign(d) != np.sign(m0):
        return 0.0
    if np.sign(m0) != np.sign(m1) and abs(d) > abs(3 * m0):
        return 3 * m0
    return d


def pchip(x: npt.ArrayLike, y: npt.ArrayLike, at: npt.ArrayLike) -> np.ndarray:
    """Evaluate the monotone cubic through (x, y) at ``at``; flat beyond the ends."""
    x, y = merge_duplicates(x, y)
    at = np.asarray(at, dtype=float)
    if x.size == 0:
        return np.zeros_like(at)
    if x.size == 1:
        return np.full_like(at, y[0])
    (values,) = _evaluate(x, [y], at)
    return values


def pchips(x: np.ndarray, ys: list[np.ndarray], at: np.ndarray) -> list[np.ndarray]:
    """``pchip(x, y, at)`` for each y over the same x, strictly increasing (a trend's bin
    centres): where each sample falls is worked out once."""
    if x.size < 2 or not np.all(x[1:] > x[:-1]):
        return [pchip(x, y, at) for y in ys]
    return _evaluate(x, [np.asarray(y, dtype=float) for y in ys], np.asarray(at, dtype=float))


def _evaluate(x: np.ndarray, ys: list[np.ndarray], at: np.ndarray) -> list[np.ndarray]:
    t = np.clip(at, x[0], x[-1])
    i = np.clip(np.searchsorted(x, t, side="right") - 1, 0, x.size - 2)
    h = x[i + 1] - x[i]
    s = (t - x[i]) / h
    h00 = (1 + 2 * s) * (1 - s) ** 2
    h10 = s * (1 - s) ** 2
    h01 = s * s * (3 - 2 * s)
    h11 = s * s * (s - 1)
    out = []
    for y in ys:
        d = _slopes(x, y)
        out.append(h00 * y[i] + h10 * h * d[i] + h01 * y[i + 1] + h11 * h * d[i + 1])
    return out


def sample_curve(x: npt.ArrayLike, y: npt.ArrayLike, samples: int = 800, lo: float | None = None,
                 hi: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Dense (xs, ys) for drawing the line between ``lo`` and ``hi`` (default: the points' span).

    Sampling is uniform in time and always includes the points themselves, so
    peaks and dips are drawn exactly where they were felt.
    """
    x, y = merge_duplicates(x, y)
    if x.size == 0:
        return np.empty(0), np.empty(0)
    lo = x[0] if lo is None else max(lo, x[0])
    hi = x[-1] if hi is None else min(hi, x[-1])
    if x.size == 1 or hi <= lo:
        inside = (x >= lo) & (x <= hi)
        return x[inside], y[inside]
    grid = np.linspace(lo, hi, max(2, samples))
    inside = x[(x > lo) & (x < hi)]
    xs = np.union1d(grid, inside)
    return xs, pchip(x, y, xs)
