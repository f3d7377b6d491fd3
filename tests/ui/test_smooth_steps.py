"""Pan and zoom steps at 10,000 noisy entries: each step paints once, labels ride along with
their markers while the view moves, and once it rests everything is chosen for the view it
ended on."""

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from careersquiggle.core.moments import limit_for
from tests.ui.test_dense_squiggle import assert_readable


class Paints(QObject):
    def __init__(self, widget):
        super().__init__()
        self.n = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            self.n += 1
        return False


def settled(qtbot, w):
    qtbot.waitUntil(lambda: len(w.view.data) == 10_000 and not w.loading, timeout=20_000)
    qtbot.waitUntil(lambda: w.view.layer.at_rest and len(w.view.layer.visible_labels()) >= 3)


def wheel(graphics, at):
    """One notch of the mouse wheel (zoom in) at ``at``, in the view's pixels."""
    ev = QWheelEvent(QPointF(at), QPointF(graphics.viewport().mapToGlobal(at)), QPoint(),
                     QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                     Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(graphics.viewport(), ev)


def idle(app, passes=8):
    for _ in range(passes):
        app.processEvents()


def test_a_step_paints_the_squiggle_and_the_panel_once(qtbot, make_window, noisy_journal):
    w = make_window(noisy_journal)
    w.resize(1280, 820)
    settled(qtbot, w)
    app = QApplication.instance()
    w.view.layer.rest_timer.setInterval(60_000)  # only the steps' own paints (a slow machine)
    idle(app)
    squiggle, panel = Paints(w.view.graphics.viewport()), Paints(w.panel.plot_widget.viewport())
    for step in (lambda: w.view.zoom(0.8), lambda: w.view.plot.vb.translateBy(x=86400 * 300)):
        before = squiggle.n, panel.n
        step()
        idle(app)
        # pyqtgraph alone paints twice a step (its view transform is set while painting).
        assert (squiggle.n - before[0], panel.n - before[1]) == (1, 1)


def test_a_burst_of_steps_ends_drawn_for_the_view_it_stopped_on(qtbot, make_window,
                                                                  noisy_journal):
    w = make_window(noisy_journal)
    w.resize(1280, 820)
    settled(qtbot, w)
    layer, vb, app = w.view.layer, w.view.plot.vb, QApplication.instance()
    # Wheel notches over the middle of the plot, then pans: faster than the view rests.
    centre = vb.mapViewToScene(QPointF(float(np.median(w.view.data.x)), 0))
    at = w.view.graphics.mapFromScene(centre)
    for _ in range(5):
        wheel(w.view.graphics, at)
    app.processEvents()  # (notches that come together are applied together)
    for _ in range(3):
        (x0, x1), _ = vb.viewRange()
        vb.translateBy(x=0.1 * (x1 - x0))
    assert not layer.at_rest  # still moving: moments and labels wait
    app.processEvents()
    (x0, x1), _ = vb.viewRange()
    assert x1 - x0 < 0.6 * (w.view.data.x.max() - w.view.data.x.min())  # it did zoom in
    qtbot.waitUntil(lambda: layer.at_rest)
    assert vb.viewRange()[0] == [x0, x1]  # resting moved nothing
    d = layer.data
    # Moments and labels are those of the view it ended on.
    pad = 0.05 * (x1 - x0)
    assert np.all((d.x[layer.moments] >= x0 - pad) & (d.x[layer.moments] <= x1 + pad))
    assert 0 < layer.moments.size <= limit_for(vb.width())
    shown = np.array(layer.labels.shown)
    assert shown.size >= 3 and np.all((d.x[shown] >= x0) & (d.x[shown] <= x1))
    # The line spans the whole view.
    xs, _ys = layer.curve.getData()
    assert xs.min() <= x0 and xs.max() >= x1
    assert_readable(layer)


def test_labels_ride_along_with_their_markers_while_the_view_moves(qtbot, make_window,
                                                                   noisy_journal):
    w = make_window(noisy_journal)
    w.resize(1280, 820)
    settled(qtbot, w)
    layer, vb = w.view.layer, w.view.plot.vb
    labels = layer.labels
    before = {i: p.box for i, p in zip(labels.shown, labels.placed, strict=True)}
    moments = layer.moments.copy()
    (x0, x1), _ = vb.viewRange()
    vb.translateBy(x=0.05 * (x1 - x0))  # (the squiggle follows at once)
    assert not layer.at_rest
    assert np.array_equal(layer.moments, moments)  # chosen again only once it rests
    shift = -0.05 * vb.width()  # in pixels: the view moved right, the labels left
    after = dict(zip(labels.shown, (p.box for p in labels.placed), strict=True))
    assert after and set(after) <= set(before)
    for i, box in after.items():
        assert np.allclose(np.subtract(box, before[i]), [shift, 0, shift, 0], atol=0.5)
        assert box[0] >= 0 and box[2] <= vb.width()
    boxes = labels.label_boxes()
    assert not any(a.intersects(b) for n, a in enumerate(boxes) for b in boxes[n + 1:])
    qtbot.waitUntil(lambda: layer.at_rest)
    assert_readable(layer)


def test_a_window_being_built_draws_once_it_is_shown(qtbot, settings, noisy_journal):
    from careersquiggle.services.open_journal import OpenJournal
    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.main_window import MainWindow

    w = MainWindow(JournalController(OpenJournal(noisy_journal)), settings)
    qtbot.addWidget(w)
    layer = w.view.layer
    assert len(layer.data) == 10_000
    # Not on screen, its size not final: nothing is chosen or placed for it yet.
    assert layer.moments.size == 0 and not layer.labels.placed and not layer.at_rest
    w.resize(1280, 820)
    w.show()
    qtbot.waitUntil(lambda: layer.at_rest, timeout=5_000)
    assert 0 < layer.moments.size <= limit_for(layer.vb.width())
    w_px, h_px = layer.vb.width(), layer.vb.height()
    for p in layer.labels.placed:  # in the view's pixels, for the size it settled on
        left, top, right, bottom = p.box
        assert 0 <= left < right <= w_px and 0 <= top < bottom <= h_px
    assert_readable(layer)


def test_wheel_notches_faster_than_frames_are_one_step_about_the_same_point(
        qtbot, make_window, noisy_journal):
    w = make_window(noisy_journal)
    w.resize(1280, 820)
    settled(qtbot, w)
    vb, app = w.view.plot.vb, QApplication.instance()
    (x0, x1), _ = vb.viewRange()
    c = x0 + 0.3 * (x1 - x0)  # under the mouse, off-centre
    at = w.view.graphics.mapFromScene(vb.mapViewToScene(QPointF(c, 0)))
    c = vb.mapSceneToView(w.view.graphics.mapToScene(at)).x()  # (to the pixel)
    changes = []
    vb.sigXRangeChanged.connect(lambda *_a: changes.append(vb.viewRange()[0]))
    for _ in range(4):
        wheel(w.view.graphics, at)
    assert vb.viewRange()[0] == [x0, x1]  # nothing drawn per notch
    idle(app)
    f = 1.02 ** (4 * 120 * vb.state["wheelScaleFactor"])  # four notches, as pyqtgraph zooms
    assert np.allclose(vb.viewRange()[0], [c + (x0 - c) * f, c + (x1 - c) * f], rtol=1e-9)
    assert len(changes) == 1  # one step, drawn once
    assert w.panel.plot.vb.viewRange()[0] == vb.viewRange()[0]  # the panel follows
    qtbot.waitUntil(lambda: w.view.layer.at_rest)
    assert_readable(w.view.layer)


def test_a_big_journal_reads_its_text_once_its_shape_is_on_screen(qtbot, settings,
                                                                  demo_journal):
    from careersquiggle.services.open_journal import OpenJournal
    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.main_window import MainWindow

    # The threshold is lowered so the sample story takes the path a 100k journal takes.
    w = MainWindow(JournalController(OpenJournal(demo_journal)), settings, async_threshold=5)
    qtbot.addWidget(w)
    assert len(w.view.data) == 20 and not w.view.data.titles  # the shape, no text yet
    assert w.loading and not w.loader.busy  # asked for once the shape is painted
    w.show()
    qtbot.waitUntil(lambda: not w.loading, timeout=10_000)
    assert len(w.view.data.titles) == 20 and w.table_model.rowCount() == 20


def test_a_long_zoom_in_keeps_moments_in_view_while_it_goes_on(qtbot, make_window,
                                                               noisy_journal):
    w = make_window(noisy_journal)
    w.resize(1280, 820)
    settled(qtbot, w)
    layer, vb = w.view.layer, w.view.plot.vb
    limit = limit_for(vb.width())
    for _ in range(12):  # to about a year, faster than the view rests
        w.view.zoom(0.75)
        (x0, x1), _ = vb.viewRange()
        x = layer.data.x[layer.moments]
        assert np.count_nonzero((x >= x0) & (x <= x1)) >= limit // 3
    assert not layer.at_rest
