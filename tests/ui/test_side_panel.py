"""The autonomy/mastery/purpose panel: check-ins appear, the axis is shared, the nudge."""

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from careersquiggle.core.model import CheckIn
from careersquiggle.ui.checkin_dialog import CheckInDialog
from tests.ui.conftest import drive_modal


def test_checkin_through_the_dialog_appears_on_the_panel(qtbot, make_window, journal):
    w = make_window(journal)
    assert w.panel.nudge.isVisibleTo(w.panel)  # nothing yet: invited

    def fill(dlg):
        dlg.sliders["autonomy"].setValue(7)
        dlg.sliders["mastery"].setValue(4)
        dlg.sliders["purpose"].setValue(9)
        dlg.date.set_date(CheckIn.create(autonomy=0, mastery=0, purpose=0, date="2026-11-20").date)
        dlg.note.setText("new team")
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    drive_modal(qtbot, CheckInDialog, fill, w.new_checkin)
    [c] = journal.checkins()
    assert (c.autonomy, c.mastery, c.purpose, c.note) == (7, 4, 9, "new team")
    xs, ys = w.panel.lines["mastery"].getData()
    assert ys.tolist() == [4.0]
    assert w.panel.big["purpose"].text() == "9"
    assert not w.panel.nudge.isVisibleTo(w.panel)  # 4 days ago: no nudge
    w.undo_stack.undo()
    assert journal.checkins() == []
    assert w.panel.big["purpose"].text() == "–"


def test_latest_values_show_the_change(make_window, journal):
    journal.add_checkin(CheckIn.create(date="2026-10-01", autonomy=5, mastery=5, purpose=5))
    journal.add_checkin(CheckIn.create(date="2026-11-01", autonomy=7, mastery=4, purpose=5))
    w = make_window(journal)
    assert [w.panel.change[d].text() for d in ("autonomy", "mastery", "purpose")] == [
        "▲ 2", "▼ 1", "= no change"]


def test_panel_shares_the_time_axis_after_zoom_and_pan(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.view.zoom(0.5)
    w.view.plot.vb.translateBy(x=86400 * 200)
    qtbot.wait(10)
    a = w.view.plot.vb.viewRange()[0]
    b = w.panel.plot.vb.viewRange()[0]
    assert abs(a[0] - b[0]) < 1 and abs(a[1] - b[1]) < 1


def test_crosshair_shows_the_scores_at_the_hovered_date(make_window, demo_journal):
    w = make_window(demo_journal)
    mid_2013 = CheckIn.create(autonomy=0, mastery=0, purpose=0, date="2013-07").date.position()
    w.view.hoveredAt.emit(mid_2013)
    assert w.panel.crosshair.isVisible()
    assert w.panel.big["purpose"].text() == "3"  # the January 2013 check-in
    w.view.hoveredAt.emit(None)
    assert w.panel.big["purpose"].text() == "8"  # back to the latest


def test_nudge_follows_the_injected_clock_and_the_setting(make_window, journal):
    journal.add_checkin(CheckIn.create(date="2026-10-01", autonomy=5, mastery=5, purpose=5))
    w = make_window(journal, today=dt.date(2026, 10, 20))
    assert not w.panel.nudge.isVisibleTo(w.panel)
    w.panel.today = lambda: dt.date(2026, 11, 24)
    w.reload()
    assert w.panel.nudge.isVisibleTo(w.panel)
    assert "last check-in" in w.panel.nudge_label.text()
    assert w.statusBar().currentMessage() == ""  # said once, in the panel
    w.action_for["nudge_0"].trigger()  # "Never"
    assert not w.panel.nudge.isVisibleTo(w.panel)
    assert w.settings.nudge_days is None


def test_visible_range_average_matches_the_core_figures(qtbot, make_window, demo_journal):
    from careersquiggle.core import drive_stats as ds

    w = make_window(demo_journal)
    before = w.panel.visible_avg.text()
    w.view.zoom(0.4)
    (x0, x1), _ = w.panel.plot.vb.viewRange()
    avg = ds.average(demo_journal.checkins(), x0, x1)
    assert w.panel.visible_avg.text() == before  # worked out once the view rests
    qtbot.waitUntil(lambda: f"autonomy <b>{avg.autonomy:.1f}</b>" in w.panel.visible_avg.text())
    assert f"purpose <b>{avg.purpose:.1f}</b>" in w.panel.visible_avg.text()


def test_fit_all_shows_every_checkin_on_the_shared_axis(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.view.zoom(0.3)
    w.action_for["fit"].trigger()
    qtbot.wait(10)
    (x0, x1), _ = w.panel.plot.vb.viewRange()
    positions = [c.date.position() for c in demo_journal.checkins()]
    assert x0 <= min(positions) and x1 >= max(positions)  # the June 2025 check-in too


def test_a_checkin_date_written_wrong_elsewhere_gets_one_message_after_the_paint(
        qtbot, make_window, journal, journal_path):
    import sqlite3

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    for month in range(1, 13):
        journal.add_checkin(CheckIn.create(date=f"2025-{month:02d}-10", autonomy=month % 11,
                                           mastery=5, purpose=6))
    with sqlite3.connect(journal_path) as db:  # another program, in the middle of the year
        db.execute("UPDATE checkins SET date = 'next spring' WHERE date = '2025-04-10'")
    seen: list[str] = []
    watch = QTimer()  # answers each message box as a person would, noting what it said

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    watch.timeout.connect(answer)
    watch.start(10)
    try:
        w = make_window(journal)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        w.view.graphics.viewport().repaint()  # later paints say nothing more
        w.filters.search.setText("x")  # nor a reload (a filter), nor hiding and showing
        w.filters.search.setText("")
        w.hide()
        w.show()
        qtbot.wait(300)
        # The pointer over April, where the bad one was: May's neighbour March answers.
        april = CheckIn.create(autonomy=0, mastery=0, purpose=0, date="2025-04-20")
        w.view.hoveredAt.emit(april.date.position())
        assert w.panel.big["autonomy"].text() == "3"
        w.view.hoveredAt.emit(None)
    finally:
        watch.stop()
    assert len(seen) == 1
    assert len(w.checkins) == 11
    assert seen[0].startswith("A check-in of this journal could not be read")
    assert "next spring" in seen[0] and "damaged" not in seen[0]
    # The panel was drawn all the same, every check-in at its stored place.
    assert w.panel.lines["purpose"].getData()[1].size > 0
    assert w.panel.big["autonomy"].text() == "1"  # December's check-in, the latest
