"""The squiggle's line at any density: through the points when they are few, a smoothed
trend of them when they crowd.

A Gaussian kernel average (Nadaraya–Watson) is a weighted mean of the values, so
the trend never leaves the data's range, a constant stays constant, and for
monotone data its slope is a weighted covariance of time and value, so it stays
monotone too. Points are first summed into narrow time bins aligned to absolute
time (a fraction of the bandwidth, so panning does not make the line shimmer),
then the bins are smoothed by one convolution: the cost follows the pixels,
not the number of entries. The spread is the kernel-weighted quartiles of the
values, read from per-level histograms smoothed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from careersquiggle.core.curve import merge_duplicates, pchip, pchips

BINS_PER_SIGMA = 4  # bin width = bandwidth / 4: fine enough to be invisible
CUTOFF_SIGMAS = 3.5  # the kernel's reach on either side
# Entries in view per 100 px: below DENSE_FROM the line goes through the points,
# above DENSE_TO it is the trend; in between the two blend, so zooming never jumps.
DENSE_FROM = 2.5
DENSE_TO = 6.0


def bandwidth(lo: float, hi: float, width_px: float) -> float:
    """The kernel's standard deviation in time units for a view of ``width_px`` pixels.

    About a fortieth of the width (18–48 px): a screen then shows at most a handful
    of waves, and a window and a picture of the same size draw the same line.
    """
    px = min(48.0, max(18.0, width_px / 40.0))
    return (hi - lo) / max(width_px, 1.0) * px


def density(x: np.ndarray, lo: float, hi: float, width_px: float) -> float:
    """How crowded the view is: points between lo and hi per 100 pixels (x sorted)."""
    n = int(np.searchsorted(x, hi, side="right") - np.searchsorted(x, lo, side="left"))
    return n / max(width_px, 1.0) * 100.0


def blend_weight(per_100px: float) -> float:
    """0 = through the points, 1 = the trend; a smoothstep between the two densities."""
    t = min(1.0, max(0.0, (per_100px - DENSE_FROM) / (DENSE_TO - DENSE_FROM)))
    return t * t * (3 - 2 * t)


@dataclass
class Trend:
    x: np.ndarray
    mid: np.ndarray
    low: np.ndarray  # lower quartile
    high: np.ndarray  # upper quartile


def _kernel(sigma_bins: float) -> np.ndarray:
    reach = int(np.ceil(CUTOFF_SIGMAS * sigma_bins))
    k = np.arange(-reach, reach + 1, dtype=float)
    return np.exp(-0.5 * (k / sigma_bins) ** 2)


KERNEL = _kernel(BINS_PER_SIGMA)  # the one kernel smooth uses (made once, never changed)
KERNEL.setflags(write=False)
_spectra: dict[int, np.ndarray] = {}  # FFT size -> the kernel's spectrum at that size


def _smooth(rows: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Convolve each row with ``kernel`` ('same' size), through the FFT when rows are long."""
    n = rows.shape[-1]
    size = n + kernel.size - 1
    fast = 1 << int(np.ceil(np.log2(size)))
    if kernel is KERNEL:  # (every step asks for the same few sizes)
        spectrum = _spectra.get(fast)
        if spectrum is None:
            spectrum = _spectra[fast] = np.fft.rfft(kernel, fast)
    else:
        spectrum = np.fft.rfft(kernel, fast)
    out = np.fft.irfft(np.fft.rfft(rows, fast) * spectrum, fast)
    start = kernel.size // 2
    return out[..., start:start + n]


def smooth(x: npt.ArrayLike, y: npt.ArrayLike, lo: float, hi: float, sigma: float,
           quartiles: bool = True) -> Trend | None:
    """The kernel trend of (x, y) on bin centres from ``lo`` to ``hi`` (with the points
    beyond, so the ends of a view are as smooth as its middle). None without points."""
    found = _smooth_columns(np.asarray(x, dtype=float), [np.asarray(y, dtype=float)], lo, hi,
                            sigma)
    if found is None:
        return None
    centres, (mid,), (b, n_bins, keep, (points,)) = found
    if quartiles:
        low, high = _quartiles(b, points, n_bins, KERNEL, keep)
        low, high = np.minimum(low, mid), np.maximum(high, mid)
    else:
        low = high = mid
    return Trend(centres, mid, low, high)


_Columns = tuple[np.ndarray, list[np.ndarray],
                 tuple[np.ndarray, int, np.ndarray, list[np.ndarray]]]


def _smooth_columns(x: np.ndarray, ys: list[np.ndarray], lo: float, hi: float,
                    sigma: float) -> _Columns | None:
    """The kernel trend of each value column over the same times x: (bin centres, the trend
    of each column, (bins of the points, bin count, bins kept, each column's points)), or
    None. The points are binned once and every column smoothed in one convolution."""
    if sigma <= 0 or hi <= lo:
        return None
    step = sigma / BINS_PER_SIGMA
    reach = CUTOFF_SIGMAS * sigma
    first = np.floor((lo - reach) / step)  # bins aligned to absolute time
    last = np.ceil((hi + reach) / step)
    n_bins = int(last - first) + 1
    # x is sorted: the points within the kernel's reach are one slice.
    i0, i1 = np.searchsorted(x, [first * step, (last + 1) * step])
    x = x[i0:i1]
    ys = [y[i0:i1] for y in ys]
    if x.size == 0:
        return None
    b = np.clip(np.floor(x / step) - first, 0, n_bins - 1).astype(np.int64)
    w = _smooth(np.stack([np.bincount(b, minlength=n_bins)]
                         + [np.bincount(b, weights=y, minlength=n_bins) for y in ys]
                         ).astype(float), KERNEL)
    centres = (first + np.arange(n_bins) + 0.5) * step
    # Only where the kernel reaches enough points (a gap of years stays a gap).
    ok = w[0] > 1e-3  # (FFT round-off leaves tiny non-zero counts where there is nothing)
    keep = ok & (centres >= lo - step) & (centres <= hi + step)
    if not keep.any():
        return None
    mids = [np.clip(row[keep] / w[0][keep], y.min(), y.max())
            for row, y in zip(w[1:], ys, strict=True)]
    return centres[keep], mids, (b, n_bins, keep, ys)


def _quartiles(b: np.ndarray, y: np.ndarray, n_bins: int, kernel: np.ndarray,
               keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Kernel-weighted lower and upper quartiles per bin, interpolated between the value
    levels (feel has few levels: a histogram per level is cheap and exact)."""
    # Quarter steps: feel (whole numbers) and drive (thirds) fit well, without sorting.
    q = np.round(y * 4).astype(np.int64)
    q0 = int(q.min())
    if int(q.max()) - q0 > 80:  # a wide range: a coarser ladder is plenty for a faint band
        q = np.round((y - y.min()) / (y.max() - y.min()) * 40).astype(np.int64)
        q0, levels = 0, np.linspace(y.min(), y.max(), 41)
    else:
        levels = np.arange(q0, int(q.max()) + 1) / 4.0
    level_of = q - q0
    hist = np.bincount(level_of * n_bins + b, minlength=levels.size * n_bins).reshape(
        levels.size, n_bins).astype(float)
    # Only the levels that occur are smoothed (whole feel numbers: 11 of 41 rows); the
    # others stay zero. Counts are never negative (FFT round-off can make them so by a hair).
    occurs = hist.any(axis=1)
    hist[occurs] = np.maximum(_smooth(hist[occurs], kernel), 0.0)
    hist = hist[:, keep]
    cum = np.cumsum(hist, axis=0)
    total = cum[-1]
    # A level's weight is spread over the step to the next value that occurs (whole
    # feel numbers: ±0.5), so the band's edges glide instead of jumping a level at once.
    used = levels[np.bincount(level_of, minlength=levels.size) > 0]
    half = np.diff(used).min() / 2 if used.size > 1 else 0.0
    out = []
    for quantile in (0.25, 0.75):
        target = quantile * total
        # The first level whose cumulative weight reaches the target, then linear
        # interpolation inside it (the weight of a level is spread over its step).
        k = np.argmax(cum >= target[None, :] - 1e-12, axis=0)
        below = np.where(k > 0, cum[np.maximum(k - 1, 0), np.arange(k.size)], 0.0)
        here = hist[k, np.arange(k.size)]
        frac = np.where(here > 0, (target - below) / np.where(here > 0, here, 1), 0.5)
        out.append(np.clip(levels[k] - half + frac * 2 * half, levels[0], levels[-1]))
    return out[0], out[1]


def line(x: npt.ArrayLike, y: npt.ArrayLike, lo: float, hi: float, width_px: float,
         samples: int | None = None, pad: float = 0.0, spread: bool = True
         ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]:
    """The line as drawn in a view of ``width_px`` pixels from lo to hi (and ``pad`` of
    the span more on either side, drawn ahead for panning).

    Returns (xs, ys, band_low, band_high, weight): the sampled line, the spread
    around it (equal to the line where it goes through the points) and the
    blend weight (0 = through the points, 1 = the trend). ``spread=False`` skips the
    quartiles (the band is then the line itself).
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    samples = samples or max(2, int(width_px))
    empty = np.empty(0)
    if x.size == 0 or hi <= lo:
        return empty, empty, empty, empty, 0.0
    if np.any(np.diff(x) < 0):
        order = np.argsort(x, kind="stable")
        x, y = x[order], y[order]
    weight = blend_weight(density(x, lo, hi, width_px))
    sigma = bandwidth(lo, hi, width_px)
    extra = (hi - lo) * pad
    lo, hi = lo - extra, hi + extra
    samples = int(samples * (1 + 2 * pad))
    if weight < 1.0:
        # Through the points: only those near the view matter (one before and after it).
        i0, i1 = np.searchsorted(x, [lo, hi])
        i0, i1 = max(0, i0 - 2), min(x.size, i1 + 2)
        x, y = merge_duplicates(x[i0:i1], y[i0:i1])
    a, b = max(lo, x[0]), min(hi, x[-1])
    if b <= a:
        inside = (x >= lo) & (x <= hi)
        return x[inside], y[inside], y[inside], y[inside], weight
    if weight == 0.0:
        # Through the points, with the points themselves among the samples.
        grid = np.union1d(np.linspace(a, b, samples), x[(x > a) & (x < b)])
        ys = pchip(x, y, grid)
        return grid, ys, ys, ys, 0.0
    trend = smooth(x, y, lo, hi, sigma, quartiles=spread)
    if trend is None:
        return empty, empty, empty, empty, weight
    # The trend's bins are the samples (a few per bandwidth); a shape-preserving
    # curve through them is smooth to the eye and cannot overshoot either.
    lo_t, hi_t = max(a, trend.x[0]), min(b, trend.x[-1])
    grid = np.linspace(lo_t, hi_t, min(samples, 4 * trend.x.size))
    if weight < 1.0:  # blending with the line through the points: keep its peaks
        grid = np.union1d(np.linspace(lo_t, hi_t, samples), x[(x > lo_t) & (x < hi_t)])
    if spread:  # (the three through the same bins: where each sample falls, once)
        mid, low, high = pchips(trend.x, [trend.mid, trend.low, trend.high], grid)
    else:
        mid = low = high = pchip(trend.x, trend.mid, grid)
    if weight < 1.0:
        through = pchip(x, y, grid)
        mid = weight * mid + (1 - weight) * through
        # The band fades in with the trend: it starts as the line itself.
        low = weight * low + (1 - weight) * mid
        high = weight * high + (1 - weight) * mid
    return grid, mid, np.minimum(low, mid), np.maximum(high, mid), weight


def lines(x: npt.ArrayLike, ys: list[npt.ArrayLike], lo: float, hi: float, width_px: float,
          pad: float = 0.0) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """``line(x, y, lo, hi, width_px, pad=pad, spread=False)`` for several value columns at
    the same times (the side panel's three dimensions), as (xs, ys, weight) each: the same
    lines, with what they share (the bins, the smoothing of the counts, the samples) done
    once when they are the trend."""
    x = np.asarray(x, dtype=float)
    cols = [np.asarray(y, dtype=float) for y in ys]
    empty = np.empty(0)
    if x.size == 0 or hi <= lo:
        return [(empty, empty, 0.0) for _ in cols]
    if np.any(np.diff(x) < 0):
        order = np.argsort(x, kind="stable")
        x, cols = x[order], [y[order] for y in cols]
    weight = blend_weight(density(x, lo, hi, width_px))
    if weight < 1.0:  # (through the points, or blending with them: one by one)
        return [(xs, ys_, w) for xs, ys_, *_, w in
                (line(x, y, lo, hi, width_px, pad=pad, spread=False) for y in cols)]
    samples = max(2, int(width_px))
    sigma = bandwidth(lo, hi, width_px)
    extra = (hi - lo) * pad
    lo, hi = lo - extra, hi + extra
    samples = int(samples * (1 + 2 * pad))
    a, b = max(lo, x[0]), min(hi, x[-1])
    if b <= a:
        inside = (x >= lo) & (x <= hi)
        return [(x[inside], y[inside], weight) for y in cols]
    found = _smooth_columns(x, cols, lo, hi, sigma)
    if found is None:
        return [(empty, empty, weight) for _ in cols]
    centres, mids, _ = found
    lo_t, hi_t = max(a, centres[0]), min(b, centres[-1])
    grid = np.linspace(lo_t, hi_t, min(samples, 4 * centres.size))
    return [(grid, ys_, weight) for ys_ in pchips(centres, mids, grid)]


# -- faint dots: the raw values under the line --------------------------------------------
def dots_stretch(x0: float, x1: float) -> tuple[float, float]:
    """The stretch raw values are prepared for: three views wide, so most pan and zoom
    steps find them ready."""
    return x0 - (x1 - x0), x1 + (x1 - x0)


def dots_ready(ready: tuple[float, float, float] | None, x0: float, x1: float,
               per_px: float) -> bool:
    """Whether dots prepared as ``ready`` (from, to, time per pixel) still serve a view."""
    return bool(ready and ready[0] <= x0 and x1 <= ready[1] and 0.6 < per_px / ready[2] < 1.6)


def thin(x: np.ndarray, y: np.ndarray, lo: float, per_px: float, limit: int) -> np.ndarray:
    """Indices of the points worth drawing as faint dots: all of them up to ``limit``, else
    one per 2-pixel column and half a unit of value, what the eye can tell apart."""
    if x.size <= limit:
        return np.arange(x.size)
    col, level = (x - lo) / per_px // 2, np.round(y * 2)
    with np.errstate(invalid="ignore"):  # (a value that is not finite: some cell)
        key = col.astype(np.int64) * 64 + level.astype(np.int64)
    k0 = int(key.min())
    cells = int(key.max()) - k0 + 1  # (in Python integers: no int64 wrap-around)
    if cells > 8 * key.size + 65_536 or not np.isfinite(col + level).all():
        found: np.ndarray = np.unique(key, return_index=True)[1]  # a sparse grid: sort
        return found
    cell = key - k0
    # The first point of each cell, in cell order (np.unique's answer without its sort).
    first = np.full(cells, key.size, dtype=np.int64)
    np.minimum.at(first, cell, np.arange(key.size))
    kept: np.ndarray = first[first < key.size]
    return kept
