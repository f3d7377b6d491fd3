"""The squiggle's line never makes a career look better or worse than it was felt."""

from __future__ import annotations

import numpy as np
import pytest

from careersquiggle.core.curve import merge_duplicates, pchip, sample_curve

YEAR = 365.25 * 86400


def _random_points(rng: np.random.Generator):
    n = int(rng.integers(2, 30))
    # Uneven gaps like real memories: days apart, then years apart.
    gaps = rng.choice([86400.0, 30 * 86400.0, YEAR, 4 * YEAR], size=n) * rng.uniform(0.1, 1.0, n)
    x = 1.2e9 + np.cumsum(gaps)
    # Feel values, with plateaus, or drive values (rescaled means).
    y = rng.integers(-5, 6, n).astype(float) if rng.random() < 0.5 else rng.uniform(-5, 5, n)
    return x, y


@pytest.mark.parametrize("seed", range(200))
def test_the_curve_never_overshoots_its_neighbouring_points(seed):
    # A seeded numpy Generator instead of hypothesis: no extra dependency, and
    # every failing case is reproducible from its seed in the test id.
    rng = np.random.default_rng(seed)
    x, y = _random_points(rng)
    xs = np.linspace(x[0], x[-1], 4000)
    ys = pchip(x, y, xs)
    i = np.clip(np.searchsorted(x, xs, side="right") - 1, 0, x.size - 2)
    lo = np.minimum(y[i], y[i + 1])
    hi = np.maximum(y[i], y[i + 1])
    tol = 1e-9
    assert np.all(ys >= lo - tol), f"dips below a point (seed {seed})"
    assert np.all(ys <= hi + tol), f"rises above a point (seed {seed})"
    # Flat between equal values: a plateau stays a plateau.
    flat = y[i] == y[i + 1]
    assert np.allclose(ys[flat], y[i][flat])


@pytest.mark.parametrize("seed", range(50))
def test_the_curve_passes_through_every_point(seed):
    x, y = _random_points(np.random.default_rng(1000 + seed))
    assert np.allclose(pchip(x, y, x), y)


@pytest.mark.parametrize("seed", range(50))
def test_rising_data_gives_a_rising_curve(seed):
    rng = np.random.default_rng(2000 + seed)
    x, _ = _random_points(rng)
    y = np.sort(rng.uniform(-5, 5, x.size))
    ys = pchip(x, y, np.linspace(x[0], x[-1], 3000))
    assert np.all(np.diff(ys) >= -1e-9)


def test_no_points_gives_a_flat_zero_line():
    assert np.array_equal(pchip([], [], [1.0, 2.0]), [0.0, 0.0])
    xs, ys = sample_curve([], [])
    assert xs.size == 0 and ys.size == 0


def test_one_point_gives_a_flat_line_at_its_value():
    assert np.array_equal(pchip([5.0], [3.0], [0.0, 5.0, 9.0]), [3.0, 3.0, 3.0])
    xs, ys = sample_curve([5.0], [3.0])
    assert list(xs) == [5.0] and list(ys) == [3.0]


def test_two_points_give_a_straight_line():
    ys = pchip([0.0, 10.0], [-4.0, 2.0], [0.0, 2.5, 5.0, 10.0])
    assert np.allclose(ys, [-4.0, -2.5, -1.0, 2.0])


def test_the_line_is_flat_beyond_the_ends():
    ys = pchip([0.0, 1.0, 2.0], [1.0, 5.0, -2.0], [-100.0, 100.0])
    assert list(ys) == [1.0, -2.0]


def test_points_on_the_same_date_are_averaged():
    x, y = merge_duplicates([3.0, 1.0, 3.0, 2.0], [4.0, 0.0, -2.0, 5.0])
    assert list(x) == [1.0, 2.0, 3.0] and list(y) == [0.0, 5.0, 1.0]
    # The curve goes through the average, not through either point.
    assert pchip([1.0, 3.0, 3.0], [0.0, 4.0, -2.0], [3.0])[0] == pytest.approx(1.0)


def test_unsorted_points_are_drawn_in_time_order():
    a = pchip([3.0, 1.0, 2.0], [1.0, -1.0, 4.0], np.linspace(1, 3, 11))
    b = pchip([1.0, 2.0, 3.0], [-1.0, 4.0, 1.0], np.linspace(1, 3, 11))
    assert np.allclose(a, b)


def test_samples_include_the_points_so_peaks_are_drawn_where_felt():
    x = [0.0, 3.3, 7.1, 10.0]
    y = [0.0, 5.0, -5.0, 1.0]
    xs, ys = sample_curve(x, y, samples=10)
    assert set(x) <= set(xs)
    assert ys.max() == 5.0 and ys.min() == -5.0
    assert np.all(np.diff(xs) > 0)


def test_samples_stay_inside_the_requested_window():
    xs, _ = sample_curve([0.0, 10.0, 20.0], [1.0, 2.0, 3.0], samples=50, lo=5.0, hi=15.0)
    assert xs[0] == 5.0 and xs[-1] == 15.0
