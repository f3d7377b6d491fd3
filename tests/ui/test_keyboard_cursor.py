"""The squiggle and the side panel walked with the keyboard, as a screen reader hears it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

_NAME, _DESC = QAccessible.Text.Name, QAccessible.Text.Description


def _active(qtbot, window):
    with qtbot.waitActive(window):  # focus needs the active window
        window.activateWindow()
    return window


def _heard(widget) -> str:
    """What assistive technology reads: the name of the plot's focused child."""
    child = QAccessible.queryAccessibleInterface(widget).focusChild()
    return child.text(_NAME)


def test_the_squiggle_describes_itself_and_has_its_moments_as_children(make_window, demo_journal):
    w = make_window(demo_journal)
    iface = QAccessible.queryAccessibleInterface(w.view.graphics)
    assert iface.text(_NAME) == "Career squiggle"
    assert iface.role() == QAccessible.Role.Chart
    assert iface.text(_DESC) == "career squiggle, 2009 to 2024, 20 moments, 4 chapters"
    assert iface.childCount() == 20
    first = iface.child(0)
    assert first.parent().text(_NAME) == "Career squiggle"
    assert iface.indexOfChild(first) == 0
    assert first.role() == QAccessible.Role.ListItem
    assert first.text(_NAME).endswith("of 20")
    assert iface.child(20) is None


def test_arrows_chapters_and_years_move_the_cursor_and_each_move_is_read(
        qtbot, make_window, demo_journal):
    w = _active(qtbot, make_window(demo_journal))
    g = w.view.graphics
    g.setFocus()
    qtbot.keyClick(g, Qt.Key.Key_Right)
    assert _heard(g) == ("October 2009, event: Started a PhD, aiming for a professorship, "
                         "feel +3, chapter PhD in computational biology, 1 of 20")
    qtbot.keyClick(g, Qt.Key.Key_Right)
    qtbot.keyClick(g, Qt.Key.Key_Right)
    assert _heard(g) == ("February 2012, note: Counting postdoc openings in my field, "
                         "chapter PhD in computational biology, 3 of 20")  # a note: no feel
    qtbot.keyClick(g, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _heard(g) == ("October 2013, event: Joined Fernbank, a local startup, as an engineer, "
                         "feel +2, chapter Engineer at Fernbank, 7 of 20")
    qtbot.keyClick(g, Qt.Key.Key_PageDown)
    assert _heard(g).startswith("June 2014, event: Shipped the first data pipeline")
    qtbot.keyClick(g, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier)  # back to the chapter's first moment
    assert _heard(g).endswith("chapter Engineer at Fernbank, 7 of 20")
    qtbot.keyClick(g, Qt.Key.Key_PageUp)
    assert _heard(g).startswith("February 2012,")
    # The cursor is the selection: the list and the detail follow it.
    entry = demo_journal.get_entry(w.view.selected_id())
    assert entry.title == "Counting postdoc openings in my field"
    assert w.table.selected_id() == entry.id
    state = QAccessible.queryAccessibleInterface(g).focusChild().state()
    assert state.selected and state.focused


def test_t_opens_the_table_on_the_moment_under_the_cursor(qtbot, make_window, demo_journal):
    w = _active(qtbot, make_window(demo_journal))
    g = w.view.graphics
    g.setFocus()
    for _ in range(4):
        qtbot.keyClick(g, Qt.Key.Key_Right)
    chosen = w.view.selected_id()
    qtbot.keyClick(g, Qt.Key.Key_T)
    assert w.table.hasFocus() and w.table.selected_id() == chosen


def test_the_side_panel_walks_check_ins_and_shows_a_table(qtbot, make_window, demo_journal):
    w = _active(qtbot, make_window(demo_journal))
    plot = w.panel.plot_widget
    iface = QAccessible.queryAccessibleInterface(plot)
    assert iface.text(_DESC) == "autonomy, mastery and purpose, 2010 to 2026, 12 check-ins"
    assert iface.childCount() == 12
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert _heard(plot) == "Check-in of June 2010: autonomy 8, mastery 6, purpose 7, 1 of 12"
    assert w.panel.big["autonomy"].text() == "8"  # the numbers follow the cursor
    qtbot.keyClick(plot, Qt.Key.Key_PageDown)
    assert _heard(plot).startswith("Check-in of June 2012:")
    qtbot.keyClick(plot, Qt.Key.Key_Escape)  # back to the latest check-in
    assert w.panel.caption.text().startswith("Latest check-in")
    qtbot.keyClick(plot, Qt.Key.Key_T)
    table = w.panel.checkin_cursor.table
    assert w.panel.checkin_cursor.stack.currentWidget() is table and table.hasFocus()
    assert table.rowCount() == 12 and table.item(0, 1).text() == "8"
    qtbot.keyClick(table, Qt.Key.Key_T)
    assert plot.hasFocus()
    # New check-ins while the table is hidden: it shows them when it comes back, and while
    # it is shown it follows at once.
    fewer = w.panel.checkins[:5]
    w.panel.set_data(fewer, w.panel.chapters)
    qtbot.keyClick(plot, Qt.Key.Key_T)
    assert table.rowCount() == 5 and table.item(4, 0).text() == fewer[4].date.label()
    w.panel.set_data(fewer[:2], w.panel.chapters)
    assert table.rowCount() == 2


def test_the_cursor_follows_a_change_of_data(qtbot, make_window, demo_journal):
    w = _active(qtbot, make_window(demo_journal))
    g = w.view.graphics
    g.setFocus()
    qtbot.keyClick(g, Qt.Key.Key_Left)  # from nothing, backward: the newest moment
    assert _heard(g).endswith("20 of 20")
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("Engineer at Fernbank"))
    iface = QAccessible.queryAccessibleInterface(g)
    assert iface.childCount() == len(w.view.data) < 20
    qtbot.keyClick(g, Qt.Key.Key_Right)
    assert _heard(g).endswith(f"1 of {len(w.view.data)}")
