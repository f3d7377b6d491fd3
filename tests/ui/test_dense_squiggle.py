"""A dense, noisy journal (10,000 entries) still reads as a career's shape in the window."""

import numpy as np
from PySide6.QtCore import Qt

from careersquiggle.core.moments import limit_for


def direction_changes_per_100px(layer) -> float:
    xs, ys = layer.curve.getData()
    (x0, x1), _ = layer.vb.viewRange()
    inside = (xs >= x0) & (xs <= x1)
    d = np.sign(np.diff(ys[inside]))
    d = d[d != 0]
    changes = np.count_nonzero(d[1:] != d[:-1])
    return changes / (layer.vb.width() / 100)


def assert_readable(layer):
    w = layer.vb.width()
    assert direction_changes_per_100px(layer) <= 2.0
    # Full markers and labels: a story, not a census.
    assert 0 < layer.moments.size <= limit_for(w)
    boxes = layer.labels.label_boxes()
    assert 3 <= len(boxes) <= w / 60
    for a in range(len(boxes)):
        for b in range(a + 1, len(boxes)):
            assert not boxes[a].intersects(boxes[b]), (a, b)
    # The raw values are still there, as faint dots.
    assert len(layer.dots.data) > 500


def test_ten_thousand_noisy_entries_draw_a_readable_shape(qtbot, make_window, noisy_journal):
    w = make_window(noisy_journal)
    w.resize(1280, 820)
    qtbot.waitUntil(lambda: len(w.view.data) == 10_000 and not w.loading, timeout=20_000)
    qtbot.waitUntil(lambda: len(w.view.layer.visible_labels()) >= 3)
    layer = w.view.layer
    assert layer.band.isVisible()  # the spread around the trend
    assert_readable(layer)
    # Zoomed in step by step to a few years, and panned: readable all the way.
    for _ in range(6):
        qtbot.keyClick(w.view.graphics, Qt.Key.Key_Plus)
        qtbot.waitUntil(lambda: layer.at_rest)
        assert direction_changes_per_100px(layer) <= 2.0
        assert layer.moments.size <= limit_for(layer.vb.width())
    layer.vb.translateBy(x=(w.view.x_range()[1] - w.view.x_range()[0]) * 0.3)
    qtbot.waitUntil(lambda: layer.at_rest)
    assert_readable(layer)


def test_zoomed_into_a_few_weeks_the_line_goes_through_the_points(qtbot, make_window,
                                                                 noisy_journal):
    w = make_window(noisy_journal)
    qtbot.waitUntil(lambda: len(w.view.data) == 10_000 and not w.loading, timeout=20_000)
    d = w.view.data
    mid = float(np.median(d.x))
    w.view.plot.vb.setXRange(mid - 10 * 86400, mid + 10 * 86400, padding=0)
    layer = w.view.layer
    qtbot.waitUntil(lambda: layer.at_rest)
    inside = np.flatnonzero((d.x >= mid - 10 * 86400) & (d.x <= mid + 10 * 86400) & d.felt)
    assert 3 <= inside.size <= 40
    xs, ys = layer.curve.getData()
    # Every entry in view is a full marker, and the line passes through its feel.
    assert set(inside) <= set(layer.moments.tolist())
    # (Entries of the same day share one point, their mean.)
    alone = [i for i in inside if np.count_nonzero(d.x[inside] == d.x[i]) == 1]
    assert len(alone) >= 3
    assert np.allclose(np.interp(d.x[alone], xs, ys), d.y[alone], atol=0.05)
    assert not layer.band.isVisible() or layer.band.brush().color().alpha() < 8
