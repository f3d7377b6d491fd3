"""The window always matches its journal: filters on things that vanish, journals that
change from the terminal, switching journals. (Each of these once lost or hid data.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal
from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.services.operations import DeleteItem
from tests.ui.conftest import terminal


def _no_dialog_open() -> bool:
    return not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_deleting_the_chapter_filtered_on_shows_everything_again(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("Engineer at Fernbank"))
    assert len(w.view.data) < 20
    chapter = demo_journal.find_chapter("Engineer at Fernbank")
    w.ctrl.push(DeleteItem(chapter))
    assert _no_dialog_open()
    assert w.query.chapter_id is None and len(w.view.data) == 20
    assert w.counts["chapters"] == 3


def test_deleting_the_last_entry_of_a_tag_filtered_on(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.filters.tag.setCurrentIndex(w.filters.tag.findData("remote"))
    [only] = [e for e in demo_journal.entries() if "remote" in e.tags]
    w.ctrl.push(DeleteItem(only))
    assert w.filters.tag.currentData() is None and not w.query.tags
    assert len(w.view.data) == 19 and "shown of" not in w.status_counts.text()


def test_switching_journals_clears_the_filters_and_deletes_the_right_entry(
        qtbot, make_window, demo_journal, tmp_path):
    w = make_window(demo_journal)
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("Engineer at Fernbank"))
    other = Journal.open(tmp_path / "other.sqlite3")
    for title in ("mine A", "mine B", "mine C"):
        other.add_entry(Entry.create(kind="note", title=title, date="2020"))
    w.switch_to(OpenJournal(other), "Other", close_old=False)
    assert _no_dialog_open()
    assert list(w.view.data.titles) == ["mine A", "mine B", "mine C"]
    w.table.selectRow(1)
    w.action_for["delete_entry"].trigger()
    assert [e.title for e in other.entries()] == ["mine A", "mine C"]
    other.close()


def test_undo_after_a_terminal_capture_took_the_id(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    newest = demo_journal.entries()[-1]
    w.view.select_id(newest.id)
    w.action_for["delete_entry"].trigger()
    out = terminal(demo_journal.path.parent, "add", "--kind", "note", "--title",
                   "typed in terminal", "--date", "2026-11")
    # SQLite gave the freed id to the terminal's entry.
    assert out.startswith(f"added note #{newest.id}:")
    w.undo_stack.undo()
    titles = [e.title for e in demo_journal.entries()]
    assert newest.title in titles and "typed in terminal" in titles
    w.undo_stack.redo()  # deletes the restored entry, not the terminal's
    titles = [e.title for e in demo_journal.entries()]
    assert newest.title not in titles and "typed in terminal" in titles


def test_the_sample_journal_leaves_nothing_behind_and_the_way_back_is_in_recent(
        qtbot, tmp_path, monkeypatch):
    from careersquiggle.app import build_window

    folder = tmp_path / "mine"
    w = build_window(folder, tmp_path / "settings.ini")
    qtbot.addWidget(w)
    w.action_for["open_sample"].trigger()
    sample = w.ctrl.opened.throwaway_folder
    assert sample.is_dir() and w.counts["entries"] == 20
    assert str(folder) in w.settings.recent_journals()
    w.open_folder(folder)  # back to my own journal, from Open recent
    assert not sample.exists()
    assert w.counts["entries"] == 0
    w.ctrl.opened.close()
