"""The line at any density: through the points when few, a smoothed trend when dense."""

import numpy as np
import pytest

from careersquiggle.core import trend
from careersquiggle.core.curve import pchip

YEAR = 365.25 * 86400
START = 504_921_600.0  # 1986


def noisy(n, seed=1, waves=True):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(START, START + 40 * YEAR, n))
    slow = 2.5 * np.sin((x - START) / (7 * YEAR) * 2 * np.pi) if waves else 0.0
    y = np.clip(np.round(slow + rng.normal(0, 2.2, n)), -5, 5)
    return x, y


def direction_changes(ys) -> int:
    d = np.sign(np.diff(ys))
    d = d[d != 0]
    return int(np.count_nonzero(d[1:] != d[:-1]))


@pytest.mark.parametrize("n", [200, 5_000, 100_000])
def test_monotone_data_gives_a_monotone_trend(n):
    rng = np.random.default_rng(n)
    x = np.sort(rng.uniform(0, 1000, n))
    y = np.sort(rng.integers(-5, 6, n)).astype(float)  # rising, with many ties
    for width in (300, 1200, 1920):
        xs, ys, low, high, w = trend.line(x, y, 0, 1000, width)
        assert xs.size > 10
        assert np.all(np.diff(ys) >= -1e-9), (n, width)
    falling = trend.line(x, -y, 0, 1000, 1200)[1]
    assert np.all(np.diff(falling) <= 1e-9)


@pytest.mark.parametrize("n", [5, 300, 50_000])
def test_a_constant_stays_constant(n):
    x = np.linspace(0, 1000, n)
    xs, ys, low, high, _ = trend.line(x, np.full(n, 3.0), 0, 1000, 1200)
    assert np.allclose(ys, 3.0) and np.allclose(low, 3.0) and np.allclose(high, 3.0)


@pytest.mark.parametrize("n", [12, 400, 10_000, 100_000])
def test_never_past_the_data_range(n):
    x, y = noisy(n, seed=n)
    # Narrow the values, so an overshoot past them would show.
    y = np.clip(y, -2, 4)
    lo, hi = START, START + 40 * YEAR
    for a, b in ((lo, hi), (lo + 10 * YEAR, lo + 11 * YEAR)):
        xs, ys, low, high, _ = trend.line(x, y, a, b, 1200)
        inside = y[(x >= a) & (x <= b)]
        assert ys.min() >= y.min() - 1e-9 and ys.max() <= y.max() + 1e-9
        assert low.min() >= y.min() - 1e-9 and high.max() <= y.max() + 1e-9
        assert np.all(low <= ys + 1e-9) and np.all(high >= ys - 1e-9)
        assert inside.size  # the view held points


def test_few_points_are_joined_as_before():
    x = np.array([0.0, 10, 20, 30, 40])
    y = np.array([-2.0, 3, 1, 5, -4])
    xs, ys, low, high, w = trend.line(x, y, 0, 40, 1200)
    assert w == 0.0
    assert np.allclose(ys, pchip(x, y, xs))
    for px, py in zip(x, y, strict=True):  # it passes through every point
        assert ys[np.argmin(abs(xs - px))] == pytest.approx(py)
    assert np.array_equal(low, ys) and np.array_equal(high, ys)


def test_dense_noisy_data_reads_as_a_few_waves():
    x, y = noisy(10_000)
    lo, hi = START, START + 40 * YEAR
    xs, ys, low, high, w = trend.line(x, y, lo, hi, 1200)
    assert w == 1.0
    # A barcode would change direction thousands of times; a career's shape a few dozen.
    assert direction_changes(ys) <= 40
    # ... and the trend follows the slow waves under the noise.
    slow = 2.5 * np.sin((xs - START) / (7 * YEAR) * 2 * np.pi)
    assert np.corrcoef(ys, slow)[0, 1] > 0.85
    # The band is the spread of the values: about the interquartile range of the noise.
    width = np.median(high - low)
    assert 1.5 < width < 5


def test_the_switch_is_gradual_while_zooming():
    """Zooming step by step from a year to forty: the weight grows smoothly and the line
    at a fixed moment never jumps."""
    x, y = noisy(3_000, seed=4)
    centre = START + 20 * YEAR
    weights, values = [], []
    for span in np.geomspace(0.5 * YEAR, 40 * YEAR, 60):
        xs, ys, *_, w = trend.line(x, y, centre - span / 2, centre + span / 2, 1200)
        weights.append(w)
        values.append(np.interp(centre, xs, ys))
    weights = np.array(weights)
    assert weights[0] < 0.2 and weights[-1] == 1.0
    assert np.all(np.diff(weights) >= -1e-9)
    assert np.max(np.abs(np.diff(weights))) < 0.25
    assert np.max(np.abs(np.diff(values))) < 1.5  # feel units, per 8 % zoom step


def test_panning_does_not_change_the_trend_in_the_overlap():
    x, y = noisy(10_000, seed=2)
    span = 10 * YEAR
    a = trend.line(x, y, START + 10 * YEAR, START + 10 * YEAR + span, 1200)
    b = trend.line(x, y, START + 11 * YEAR, START + 11 * YEAR + span, 1200)
    at = np.linspace(START + 12 * YEAR, START + 19 * YEAR, 50)
    assert np.allclose(np.interp(at, a[0], a[1]), np.interp(at, b[0], b[1]), atol=0.05)


def test_bandwidth_follows_the_zoom_and_the_width():
    assert trend.bandwidth(0, 1000, 1000) == pytest.approx(25)
    assert trend.bandwidth(0, 100, 1000) == pytest.approx(2.5)  # zoomed in: finer
    # A picture twice as wide shows a few more, narrower waves, but not twice as many.
    assert trend.bandwidth(0, 1000, 2000) / trend.bandwidth(0, 1000, 1000) == pytest.approx(0.96)


def test_empty_and_single_point_views():
    e = trend.line(np.empty(0), np.empty(0), 0, 1, 800)
    assert e[0].size == 0
    xs, ys, *_ = trend.line(np.array([5.0]), np.array([2.0]), 0, 10, 800)
    assert list(ys) == [2.0]


def test_faint_dots_are_thinned_to_what_the_pixels_can_show():
    x, y = noisy(50_000, seed=3)
    per_px = 40 * YEAR / 1000  # the whole journal, 1000 px wide
    few = trend.thin(x[:300], y[:300], START, per_px, limit=500)
    assert list(few) == list(range(300))  # few enough: every one is drawn
    keep = trend.thin(x, y, START, per_px, limit=500)
    cells = {(int((a - START) / per_px // 2), round(b * 2)) for a, b in zip(x, y, strict=True)}
    kept = {(int((a - START) / per_px // 2), round(b * 2)) for a, b in zip(x[keep], y[keep],
                                                                          strict=True)}
    assert kept == cells and len(keep) == len(cells) < 15_000  # one per cell, none missed


def test_dots_prepared_around_a_view_serve_nearby_views_at_about_the_same_zoom():
    lo, hi = trend.dots_stretch(100.0, 200.0)
    assert (lo, hi) == (0.0, 300.0)
    ready = (lo, hi, 0.1)
    assert trend.dots_ready(ready, 150.0, 250.0, 0.1)  # panned half a view
    assert not trend.dots_ready(ready, 250.0, 350.0, 0.1)  # beyond what was prepared
    assert not trend.dots_ready(ready, 100.0, 200.0, 0.05)  # zoomed in twice: finer cells
    assert not trend.dots_ready(None, 100.0, 200.0, 0.1)


def test_several_lines_at_once_are_the_lines_one_by_one():
    """The side panel draws its three dimensions with trend.lines: exactly trend.line's."""
    rng = np.random.default_rng(16)
    for n in (0, 1, 3, 40, 500, 5000):
        x = np.sort(rng.uniform(START, START + 40 * YEAR, n))
        if n > 10:
            x[5:8] = x[5]  # check-ins on one day
        ys = [rng.integers(0, 11, n).astype(float) for _ in range(3)]
        for _ in range(30):
            centre = rng.uniform(START - 5 * YEAR, START + 45 * YEAR)
            span = 10 ** rng.uniform(6.5, 9.3)
            width = float(rng.choice([50.0, 281.0, 400.0]))
            lo, hi = centre - span / 2, centre + span / 2
            together = trend.lines(x, ys, lo, hi, width, pad=0.05)
            for y, (xs, line_y, weight) in zip(ys, together, strict=True):
                one = trend.line(x, y, lo, hi, width, pad=0.05, spread=False)
                assert np.array_equal(xs, one[0]) and np.array_equal(line_y, one[1])
                assert weight == one[4]


def test_thinning_keeps_the_first_point_of_each_pixel_cell_exactly():
    x, y = noisy(50_000, seed=9)
    for per_px in (40 * YEAR / 1000, YEAR / 1000, 40 * YEAR / 20):
        key = ((x - START) / per_px // 2).astype(np.int64) * 64 + np.round(y * 2).astype(
            np.int64)
        want = np.unique(key, return_index=True)[1]
        assert np.array_equal(trend.thin(x, y, START, per_px, limit=100), want)


def test_thinning_values_a_foreign_file_could_hold_does_not_fail():
    x, y = noisy(5000, seed=2)
    y = y.copy()
    y[0], y[10] = np.inf, np.nan  # a score stored as 9e999, a missing one
    keep = trend.thin(x, y, START, YEAR / 100, limit=100)
    assert keep.size and keep.min() >= 0 and keep.max() < x.size
    far = x.copy()
    far[3] = 1e15  # finite, but far beyond any view
    keep = trend.thin(far, y, START, YEAR / 100, limit=100)
    assert keep.size and keep.max() < x.size
