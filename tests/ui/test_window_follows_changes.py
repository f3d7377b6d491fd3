"""The window follows every change: its own, undone ones, and those of other processes.
Each test runs the Journal the app gives users (Journal.open, as ui/opening.py does)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from careersquiggle.core.model import Entry
from careersquiggle.services.demo import load_sample
from careersquiggle.services.journal import CHECK_LATER_ABOVE, Journal
from careersquiggle.services.operations import AddItem
from careersquiggle.ui.entry_dialog import EntryDialog
from tests.ui.conftest import drive_modal, terminal


def _users_journal(path):
    """What ui/opening.py opens for the window."""
    with Journal.open(path) as j:
        load_sample(j)
    return Journal.open(path, check_later_above=CHECK_LATER_ABOVE)


def test_a_terminal_add_and_checkin_show_in_the_open_window_within_a_second(
        qtbot, make_window, journal_path):
    journal = _users_journal(journal_path)
    w = make_window(journal)
    assert w.status_counts.text() == "20 entries · 12 check-ins · 4 chapters"
    terminal(journal_path.parent, "add", "--kind", "event", "--title", "Typed in a terminal",
             "--date", "2026-11", "--tag", "terminal")
    terminal(journal_path.parent, "checkin", "--autonomy", "7", "--mastery", "8",
             "--purpose", "9", "--date", "today")  # after the sample's own, recent, check-in
    qtbot.waitUntil(lambda: "Typed in a terminal" in w.view.data.titles, timeout=1000)
    qtbot.waitUntil(lambda: w.status_counts.text() == "21 entries · 13 check-ins · 4 chapters",
                    timeout=1000)
    assert w.table_model.rowCount() == 21
    assert "terminal (1)" in [w.filters.tag.itemText(i) for i in range(w.filters.tag.count())]
    assert w.panel.big["purpose"].text() == "9"
    journal.close()


def test_a_failed_edit_leaves_the_undo_stack_as_it_was(qtbot, make_window, journal_path):
    """The entry being edited is deleted by another process while its dialog is open."""
    journal = _users_journal(journal_path)
    w = make_window(journal)
    w.ctrl.push(AddItem(Entry.create(kind="note", title="Earlier step", date="2026-01")))
    target = next(e for e in journal.entries() if e.title != "Earlier step")
    stack = w.undo_stack
    before = (stack.count(), stack.index(), stack.undoText(), stack.canRedo())

    def edit_while_it_vanishes(dlg: EntryDialog):
        with Journal.open(journal_path) as elsewhere:  # another connection, as the terminal
            elsewhere.delete_entry(target.id)
        dlg.title.setText("My edit")
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    drive_modal(qtbot, EntryDialog, edit_while_it_vanishes, lambda: w.edit_entry(target.id))
    assert (stack.count(), stack.index(), stack.undoText(), stack.canRedo()) == before
    assert "no longer in the journal" in w.statusBar().currentMessage()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert "My edit" not in [e.title for e in journal.entries()]
    stack.undo()  # the step before still undoes what it did
    assert "Earlier step" not in [e.title for e in journal.entries()]
    journal.close()


def test_undo_of_an_entry_deleted_elsewhere_drops_the_step_and_says_so(
        qtbot, make_window, journal_path):
    journal = _users_journal(journal_path)
    w = make_window(journal)
    op = AddItem(Entry.create(kind="note", title="Soon gone", date="2026-01"))
    w.ctrl.push(op)
    with Journal.open(journal_path) as elsewhere:
        elsewhere.delete_entry(op.item.id)
    w.undo_stack.undo()
    assert w.undo_stack.count() == 0 and not w.undo_stack.canRedo()
    assert "no longer in the journal" in w.statusBar().currentMessage()
    journal.close()


def test_a_change_refreshes_only_what_it_touches(qtbot, make_window, journal_path):
    journal = _users_journal(journal_path)
    w = make_window(journal)
    panel_data, bands = w.checkins, w.chapters
    w.ctrl.push(AddItem(Entry.create(kind="note", title="Only an entry", date="2026-02")))
    assert "Only an entry" in w.view.data.titles
    assert w.checkins is panel_data and w.chapters is bands  # not read again
    cols = w.cols
    from careersquiggle.core.model import CheckIn

    w.ctrl.push(AddItem(CheckIn.create(autonomy=1, mastery=2, purpose=3, date="2026-11-23")))
    assert w.cols is cols and w.panel.big["purpose"].text() == "3"  # entries not read again
    journal.close()
