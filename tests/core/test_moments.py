"""Which entries stand out as full markers when the view is crowded."""

import numpy as np

from careersquiggle.core import moments
from careersquiggle.core.squiggle import Marker

W, H = 1200.0, 500.0
YR = (-6.2, 7.2)


def journal(n, seed=3):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0, 1000, n))
    y = rng.integers(-5, 6, n).astype(float)
    marker = rng.choice([Marker.EVENT, Marker.SHIFT, Marker.WINDFALL, Marker.SETBACK,
                         Marker.NOTE], n, p=[0.3, 0.1, 0.05, 0.05, 0.5]).astype(np.int8)
    return x, y, marker, np.zeros(n, bool), np.ones(n, bool)


def choose(x, y, marker, key, felt, lo=0.0, hi=1000.0, **kw):
    return moments.choose(x, y, marker, key, felt, lo, hi, W, H, YR, **kw)


def test_few_entries_are_all_moments():
    x, y, m, key, felt = journal(40)
    assert sorted(choose(x, y, m, key, felt)) == list(range(40))


def test_crowded_view_keeps_a_bounded_spread_out_set():
    x, y, m, key, felt = journal(10_000)
    chosen = choose(x, y, m, key, felt)
    assert 30 <= chosen.size <= moments.limit_for(W)
    px = x[chosen] / 1000 * W
    py = (YR[1] - y[chosen]) / (YR[1] - YR[0]) * H
    # No two moments on top of each other.
    d = np.hypot(px[:, None] - px[None, :], py[:, None] - py[None, :])
    np.fill_diagonal(d, np.inf)
    assert d.min() >= moments.SPACING_PX
    # The whole time axis is told, not just its start.
    assert np.histogram(px, bins=6, range=(0, W))[0].min() >= 3
    # Plain notes are never picked; shifts and shocks are well represented.
    assert not np.any(m[chosen] == Marker.NOTE)
    turns = np.isin(m[chosen], [Marker.SHIFT, Marker.WINDFALL, Marker.SETBACK]).mean()
    assert turns > 0.3


def test_key_moments_always_stand_out():
    x, y, m, key, felt = journal(10_000)
    key[[10, 11, 12, 5000, 9990]] = True  # 10-12 are close together; notes too
    m[11] = Marker.NOTE
    chosen = set(choose(x, y, m, key, felt).tolist())
    assert {10, 11, 12, 5000, 9990} <= chosen


def test_highs_and_lows_of_each_region():
    x, y, m, key, felt = journal(10_000)
    m[:] = Marker.EVENT
    y[:] = 0
    y[2000], y[7000] = 5, -5  # the one high and the one low
    chosen = set(choose(x, y, m, key, felt).tolist())
    assert {2000, 7000} <= chosen


def test_chapter_edges_get_their_entry():
    x, y, m, key, felt = journal(10_000)
    m[:] = Marker.EVENT
    y[:] = 1.0
    edge = x[4321]
    chosen = choose(x, y, m, key, felt, edges=[edge, 5000.0])  # 5000: out of view
    assert 4321 in chosen.tolist()


def test_only_the_view_counts():
    x, y, m, key, felt = journal(10_000)
    chosen = choose(x, y, m, key, felt, lo=100.0, hi=102.0)  # ~20 entries: all of them
    assert set(chosen.tolist()) == set(np.flatnonzero((x >= 100) & (x <= 102)).tolist())


def test_the_best_per_cell_is_the_same_by_grid_as_by_sorting():
    from careersquiggle.core.moments import _best_per_cell

    rng = np.random.default_rng(11)
    for n, spread_y in ((5000, 40), (300, 10**7)):  # a plot's grid, and values far off it
        cx = np.sort(rng.integers(0, 90, n))
        cy = rng.integers(-3, spread_y, n)
        prio = np.round(rng.uniform(100, 499, n), 1)  # with ties, the first one wins
        order = np.lexsort((-prio, cy, cx))
        cells = cx[order] * 10**8 + cy[order]
        want = order[np.r_[True, cells[1:] != cells[:-1]]]
        assert np.array_equal(_best_per_cell(cx, cy, prio), want)


def test_moments_among_values_a_foreign_file_could_hold():
    rng = np.random.default_rng(4)
    n = 5000
    x = np.sort(rng.uniform(0, 1000, n))
    y = rng.uniform(-5, 5, n)
    y[17] = np.nan
    marker = rng.integers(0, 5, n).astype(np.int8)
    picked = moments.choose(x, y, marker, np.zeros(n, dtype=bool), np.ones(n, dtype=bool),
                            0.0, 1000.0, 800, 400, (-5.8, 5.8))
    assert 0 < picked.size <= moments.limit_for(800) and picked.max() < n
