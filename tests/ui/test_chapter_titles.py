"""Chapter titles in the window: inside their own bands at any width and while the view
zooms and pans (they are laid out again on every step), and a shortened title shows itself
whole when hovered."""

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from tests.render.test_titles import check_titles


def rested(qtbot, w):
    qtbot.waitUntil(lambda: len(w.view.data) and not w.loading and w.view.layer.at_rest)


def test_titles_stay_in_their_bands_at_any_width_and_step(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    app = QApplication.instance()
    for size in ((1400, 860), (1000, 700), (760, 560)):
        w.resize(*size)
        rested(qtbot, w)
        drawn = check_titles(w.view.layer)
        assert len(drawn) == 4, size
    steps = [lambda: w.view.zoom(0.8)] * 4 + [
        lambda: w.view.plot.vb.translateBy(x=86400 * 200)] * 6 + [lambda: w.view.zoom(1.6)] * 3
    for step in steps:
        step()
        app.processEvents()
        check_titles(w.view.layer)  # while the view moves, before it rests


def hover(qtbot, view, at, until):
    """Move the mouse to ``at`` (scene) until ``until()``: pyqtgraph drops mouse moves that
    come within 10 ms of the last one."""
    moves = iter(range(10_000))

    def moved():
        n = next(moves)
        qtbot.mouseMove(view.viewport(), view.mapFromScene(at.x() + n % 2, at.y()))
        return until()

    qtbot.waitUntil(moved)


def test_a_shortened_title_shows_in_full_when_hovered(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.resize(760, 560)
    rested(qtbot, w)
    vb, view = w.view.plot.vb, w.view.graphics
    drawn = check_titles(w.view.layer)
    full, lines, box, *_ = next(d for d in drawn if d[1][-1].endswith("…"))
    assert " ".join(lines) != full
    hover(qtbot, view, box.center(), lambda: vb.toolTip() == full)
    whole = next(d for d in drawn if not d[1][-1].endswith("…"))
    hover(qtbot, view, whole[2].center(), lambda: vb.toolTip() == "")  # nothing to add
    hover(qtbot, view, box.center(), lambda: vb.toolTip() == full)
    below = QPointF(box.center().x(), box.bottom() + 60)
    hover(qtbot, view, below, lambda: vb.toolTip() == "")  # off the titles
    w.view.layer.labels.clear_chapters()  # chapters about to be drawn anew: still no error
    hover(qtbot, view, box.center(), lambda: True)
