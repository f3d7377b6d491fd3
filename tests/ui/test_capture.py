"""Capture in seconds: the New entry dialog as a person in a hurry uses it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from careersquiggle.core.dates import not_a_date
from careersquiggle.core.model import Kind
from careersquiggle.ui.chapter_dialog import ChapterDialog
from careersquiggle.ui.checkin_dialog import CheckInDialog
from careersquiggle.ui.entry_dialog import EntryDialog
from tests.ui.conftest import drive_modal

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                   Qt.KeyboardModifier.AltModifier)


def _shown(qtbot, dialog):
    # Closed without the "throw away what you wrote?" question at the end of the test.
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_new_entry_opens_on_the_title_and_saves_with_no_feel(qtbot, make_window, journal):
    w = make_window(journal)

    def fill(dlg):
        assert dlg.focusWidget() is dlg.title
        qtbot.keyClicks(dlg.title, "Coffee with a mentor")
        qtbot.keyClick(dlg.title, Qt.Key.Key_Return)

    drive_modal(qtbot, EntryDialog, fill, w.new_entry)
    [e] = journal.entries()
    assert (e.title, e.kind, e.feel) == ("Coffee with a mentor", Kind.EVENT, None)
    assert str(e.date) == "2026-11-24" or e.date.precision.value == "day"


def test_the_kind_is_chosen_with_alt_and_a_digit(qtbot):
    dlg = _shown(qtbot, EntryDialog())
    qtbot.keyClicks(dlg.title, "I want to lead")
    k = Qt.Key
    for key, kind in ((k.Key_2, Kind.SHIFT), (k.Key_3, Kind.SHOCK), (k.Key_4, Kind.NOTE),
                      (k.Key_1, Kind.EVENT), (k.Key_2, Kind.SHIFT)):
        qtbot.keyClick(dlg.title, key, ALT)
        qtbot.waitUntil(lambda kind=kind: dlg.kind.kind() is kind)  # a shortcut animates the click
    assert dlg.title.text() == "I want to lead"  # no digit typed into the title
    assert dlg.shift_from.isVisible()


def test_touching_the_feel_gives_the_entry_a_feel(qtbot):
    dlg = _shown(qtbot, EntryDialog())
    assert dlg.no_feel.isChecked() and dlg.feel_value.text() == "—"
    dlg.feel.setFocus()
    qtbot.keyClick(dlg.feel, Qt.Key.Key_Right)
    assert not dlg.no_feel.isChecked() and dlg.values()["feel"] == 1
    dlg.no_feel.setChecked(True)
    assert dlg.values()["feel"] is None


def _answer_box(qtbot, button_text, seen):
    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def test_escape_with_typed_text_asks_first(qtbot):
    dlg = _shown(qtbot, EntryDialog())
    qtbot.keyClicks(dlg.title, "Half a thought")
    seen = []
    _answer_box(qtbot, "Keep writing", seen)
    qtbot.keyClick(dlg.title, Qt.Key.Key_Escape)
    assert seen == ["Throw away what you wrote?"] and dlg.isVisible()
    _answer_box(qtbot, "Throw away", seen)
    dlg.buttons.button(dlg.buttons.StandardButton.Cancel).click()
    assert len(seen) == 2 and not dlg.isVisible() and dlg.result() == dlg.DialogCode.Rejected


def test_escape_on_an_untouched_dialog_just_closes(qtbot):
    dlg = _shown(qtbot, EntryDialog())
    qtbot.keyClick(dlg.title, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_dates_are_typed_as_people_say_them(qtbot):
    dlg = _shown(qtbot, EntryDialog())
    qtbot.keyClicks(dlg.title, "Moved to Berlin")
    qtbot.keyClicks(dlg.date.edit, "Mar 2019")
    assert dlg.date.hint.text() == "= March 2019 (a month)"
    dlg.accept()
    assert str(dlg.result_entry.date) == "2019-03"
    # Shown back as written: at its own precision, in words.
    again = _shown(qtbot, EntryDialog(entry=dlg.result_entry))
    assert again.date.edit.text() == "March 2019"


def test_a_bad_date_gets_the_one_message_in_every_dialog(qtbot):
    expected = str(not_a_date("soonish"))
    expected = expected[:1].upper() + expected[1:] + "."
    entry = _shown(qtbot, EntryDialog())
    entry.title.setText("x")
    entry.date.edit.setText("soonish")
    entry.accept()
    assert entry.isVisible() and entry.date_error.text() == expected
    chapter = _shown(qtbot, ChapterDialog())
    chapter.title.setText("PhD")
    chapter.start.edit.setText("soonish")
    chapter.accept()
    assert chapter.error.text() == expected
    checkin = _shown(qtbot, CheckInDialog())
    checkin.date.edit.setText("soonish")
    checkin.accept()
    assert checkin.error.text() == expected


def test_a_chapter_left_open_is_ongoing(qtbot):
    dlg = _shown(qtbot, ChapterDialog())
    dlg.title.setText("VP Engineering")
    dlg.start.edit.setText("January 2021")
    dlg.accept()
    assert (str(dlg.result_chapter.start), dlg.result_chapter.end) == ("2021-01", None)


def test_every_mnemonic_in_the_dialogs_has_somewhere_to_go(qtbot):
    for dlg in (EntryDialog(), ChapterDialog(), CheckInDialog()):
        _shown(qtbot, dlg)
        for label in dlg.findChildren(QLabel):
            if "&" in label.text().replace("&&", "") and not label.text().startswith("<"):
                assert label.buddy() is not None, f"{type(dlg).__name__}: {label.text()!r}"


def test_alt_f_goes_to_the_feel(qtbot):
    dlg = _shown(qtbot, EntryDialog())
    qtbot.keyClick(dlg.title, Qt.Key.Key_F, ALT)
    assert dlg.focusWidget() is dlg.feel
    qtbot.keyClick(dlg.feel, Qt.Key.Key_D, ALT)
    assert dlg.focusWidget() is dlg.date.edit
