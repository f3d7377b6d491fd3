"""Shortcuts and focus: every key does one thing, works from any widget, the toolbar holds
still. (The X11 bindings are checked on a real X server in test_xcb_keys.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QToolButton

from careersquiggle.core.model import Entry
from careersquiggle.services.operations import AddItem
from careersquiggle.ui.checkin_dialog import CheckInDialog
from careersquiggle.ui.keys import key_sequences, redo_keys
from tests.ui.conftest import drive_modal

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                   Qt.KeyboardModifier.AltModifier)


def _bound(window) -> list[str]:
    """Every key bound in ``window`` (shortcuts of another window do not compete)."""
    actions = [a for a in window.findChildren(QAction)
               if any(o.window() is window for o in a.associatedObjects() if o.isWidgetType())]
    keys = [k.toString() for a in actions for k in a.shortcuts()]
    keys += [k.toString() for s in window.findChildren(QShortcut)
             if s.parent().window() is window for k in s.keys()]  # noqa: SIM118
    return keys


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _duplicates(keys: list[str]) -> set[str]:
    return {k for k in keys if keys.count(k) > 1}


def test_no_two_commands_share_a_key(make_window, demo_journal):
    w = make_window(demo_journal)
    w.action_for["review"].trigger()
    for window in (w, w.review):
        assert _bound(window) and _duplicates(_bound(window)) == set()
    # Whatever the platform binds to Redo, Ctrl+Shift+Z and Ctrl+Y are there, each once.
    x11_redo = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Redo")]  # what xcb binds
    for bindings in (QKeySequence.keyBindings, lambda _key: x11_redo):
        keys = [k.toString() for k in redo_keys(bindings=bindings)]
        assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys) and not _duplicates(keys)
    assert [k.toString() for k in key_sequences("Ctrl+Y", "Ctrl+Y")] == ["Ctrl+Y"]


def test_ctrl_shift_z_after_an_undo_redoes_without_an_ambiguity(qtbot, qtlog, make_window,
                                                               journal):
    journal.add_entry(Entry.create(kind="note", title="Started", date="2018"))
    w = make_window(journal)
    activate(qtbot, w)
    w.ctrl.push(AddItem(Entry.create(kind="event", title="Promoted", date="2019")))
    w.undo_stack.undo()
    assert len(journal.entries()) == 1
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(journal.entries()) == 2
    w.undo_stack.undo()
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Y, CTRL)
    assert len(journal.entries()) == 2
    assert not [r for r in qtlog.records if "mbiguous" in r.message]


def test_check_in_from_inside_the_search_box(qtbot, make_window, journal):
    w = make_window(journal)
    activate(qtbot, w)
    w.filters.search.setText("lead")
    w.filters.search.setFocus()
    drive_modal(qtbot, CheckInDialog, lambda dlg: dlg.reject(),
                lambda: qtbot.keyClick(w.filters.search, Qt.Key.Key_K, CTRL))
    assert w.filters.search.text() == "lead"  # not cut to the end of the line


def test_undo_and_redo_keep_short_labels_and_say_the_rest_in_the_tooltip(make_window, journal):
    w = make_window(journal)
    button = w.toolbar.widgetForAction(w.action_for["undo"])
    assert isinstance(button, QToolButton) and button.text() == "Undo"
    width = button.sizeHint().width()
    w.ctrl.push(AddItem(Entry.create(
        kind="event", title="A very long title for a moment that mattered a lot", date="2019")))
    assert button.text() == "Undo" and button.sizeHint().width() == width
    assert "A very long title" in w.action_for["undo"].toolTip()
    assert "Ctrl+Z" in w.action_for["undo"].toolTip()
    assert w.toolbar.widgetForAction(w.action_for["redo"]).text() == "Redo"
    assert "A very long title" in w.action_for["undo"].text()  # the menu says it in full


def test_the_title_has_no_unsaved_marker(make_window, journal):
    w = make_window(journal)
    w.ctrl.push(AddItem(Entry.create(kind="event", title="Promoted", date="2019")))
    assert w.windowTitle() == "Career Squiggle — My journal"


def test_the_keyboard_starts_on_the_squiggle(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    assert w.focusWidget() is w.view.graphics
    before = w.view.selected_id()
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Right)
    assert w.view.selected_id() is not None and w.view.selected_id() != before


def test_a_new_journal_starts_on_the_invitation(make_window, journal):
    w = make_window(journal)
    assert w.focusWidget() is w.view.empty.add_button


def test_escape_clears_the_search_then_hands_back_the_keyboard(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    activate(qtbot, w)
    w.action_for["find"].trigger()
    qtbot.keyClicks(w.filters.search, "fernbank")
    assert len(w.view.data) < 20
    qtbot.keyClick(w.filters.search, Qt.Key.Key_Escape)
    assert w.filters.search.text() == "" and len(w.view.data) == 20
    qtbot.keyClick(w.filters.search, Qt.Key.Key_Escape)
    assert w.focusWidget() is w.view.graphics


def test_escape_closes_the_review(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.action_for["review"].trigger()
    qtbot.waitExposed(w.review)
    activate(qtbot, w.review)
    qtbot.keyClick(w.review.tabs, Qt.Key.Key_Escape)
    assert not w.review.isVisible()
