"""Work written in the sample journal is never lost silently."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from careersquiggle.core import crossroads as cr
from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import AddItem


def _answer(button_text: str, seen: list[str]) -> None:
    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons()
                 if b.text().replace("&", "").startswith(button_text)).click()
        else:
            QTimer.singleShot(10, poll)
    QTimer.singleShot(0, poll)


def _window_in_sample(qtbot, tmp_path):
    from careersquiggle.app import build_window

    mine = tmp_path / "mine"
    w = build_window(mine, tmp_path / "settings.ini")
    # If a test fails half-way, the sample is let go at the end without a question.
    qtbot.addWidget(w, before_close_func=lambda w: setattr(w.ctrl.opened, "sample_snapshot", None))
    w.show()
    w.action_for["open_sample"].trigger()
    assert w.display_name == "Sample journal"
    return w, mine


def _write_in_sample(w) -> None:
    w.ctrl.push(AddItem(Entry.create(
        kind="note", title="What I actually want: to coach", date="2026-11", tags=["reflection"])))
    w.ctrl.journal.crossroads.add_option(cr.Option.create(
        title="Stay and grow the platform team", autonomy=6, mastery=7, purpose=8, money=6))


def test_an_untouched_sample_closes_without_a_question(qtbot, tmp_path):
    w, mine = _window_in_sample(qtbot, tmp_path)
    sample = w.ctrl.opened.throwaway_folder
    seen: list[str] = []
    w.open_folder(mine)
    assert seen == [] and not sample.exists() and w.display_name == "mine"
    w.close()


def test_copy_what_i_added_into_my_journal(qtbot, tmp_path):
    w, mine = _window_in_sample(qtbot, tmp_path)
    _write_in_sample(w)
    seen: list[str] = []
    _answer("Copy what I added", seen)
    w.open_folder(mine)
    assert "You wrote in the sample journal" in seen[0]
    titles = [e.title for e in w.ctrl.journal.entries()]
    assert titles == ["What I actually want: to coach"]  # not the sample's twenty
    assert [o.title for o in w.ctrl.journal.crossroads.options()] == [
        "Stay and grow the platform team"]
    w.close()


def test_keep_the_sample_as_a_new_journal_in_a_chosen_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w, mine = _window_in_sample(qtbot, tmp_path)
    _write_in_sample(w)
    kept = tmp_path / "kept"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(kept))
    _answer("Keep it as a new journal", seen := [])
    w.open_folder(mine)
    assert seen and w.display_name == "mine"
    copy = Journal.open(kept / "journal.sqlite3")
    try:
        assert copy.counts()["entries"] == 21
        assert [o.title for o in copy.crossroads.options()] == ["Stay and grow the platform team"]
    finally:
        copy.close()
    assert str(kept) in w.settings.recent_journals()
    w.close()


def test_cancel_stays_in_the_sample_and_closing_the_window_asks_too(qtbot, tmp_path):
    w, mine = _window_in_sample(qtbot, tmp_path)
    _write_in_sample(w)
    sample = w.ctrl.opened.throwaway_folder
    _answer("Cancel", seen := [])
    w.open_folder(mine)
    assert seen and w.display_name == "Sample journal" and sample.exists()
    assert w.counts["entries"] == 21
    _answer("Cancel", seen)
    w.close()
    assert len(seen) == 2 and w.isVisible() and sample.exists()
    _answer("Discard", seen)
    w.close()
    assert len(seen) == 3 and not w.isVisible()
