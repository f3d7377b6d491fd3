"""Privacy and safety from the window: one writer, unlock, encrypt, restore, rolling backups."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry
from careersquiggle.services import backup, encryption
from careersquiggle.services.demo import load_sample
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import AddItem
from careersquiggle.ui.opening import open_interactively
from careersquiggle.ui.passphrase_dialog import PassphraseDialog
from careersquiggle.ui.restore_dialog import RestoreDialog
from careersquiggle.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import drive_modal

SECRET = "correct horse battery"


@pytest.fixture
def path(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    p = folder / "journal.sqlite3"
    with Journal.open(p) as j:
        load_sample(j)
    return p


def test_a_second_window_is_told_the_journal_is_open_elsewhere(qtbot, path):
    first = open_interactively(path)
    with pytest.raises(JournalError, match="open"):
        open_interactively(path)
    first.close(backup_now=True)
    again = open_interactively(path)  # the lock went with the first window
    again.close()


def test_encrypt_change_and_remove_from_the_window(qtbot, make_window, path):
    journal = open_interactively(path)
    w = make_window(journal)
    entries = w.counts["entries"]

    def set_new(dlg):
        dlg.new.setText(SECRET)
        dlg.again.setText(SECRET)
        dlg.ok_button.click()

    drive_modal(qtbot, PassphraseDialog, set_new, w.action_for["encrypt"].trigger)
    assert encryption.is_encrypted(path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert w.ctrl.journal.passphrase == SECRET
    assert w.counts["entries"] == entries  # still showing the same journal
    assert w.action_for["decrypt"].isEnabled() and not w.action_for["encrypt"].isEnabled()

    messages = []

    def wrong_then_right(dlg):
        dlg.current.setText("not the passphrase")
        dlg.new.setText("another good phrase")
        dlg.again.setText("another good phrase")
        dlg.ok_button.click()
        messages.append(dlg.error.text())
        dlg.current.setText(SECRET)
        dlg.ok_button.click()

    drive_modal(qtbot, PassphraseDialog, wrong_then_right, w.action_for["passwd"].trigger)
    assert "not right" in messages[0]
    assert w.ctrl.journal.passphrase == "another good phrase"

    def remove(dlg):
        dlg.current.setText("another good phrase")
        dlg.ok_button.click()

    drive_modal(qtbot, PassphraseDialog, remove, w.action_for["decrypt"].trigger)
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert w.ctrl.journal.entries()  # readable, same entries
    assert w.counts["entries"] == entries
    w.ctrl.opened.close()


def test_unlock_dialog_at_open(qtbot, path):
    encryption.encrypt(path, SECRET)
    seen = []

    def fill(dlg):
        dlg.passphrase.setText("wrong wrong wrong")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dlg.error.text())
        dlg.passphrase.setText(SECRET)
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    holder = []
    drive_modal(qtbot, UnlockDialog, fill, lambda: holder.append(open_interactively(path)))
    assert "does not open" in seen[0]
    opened = holder[0]
    assert len(opened.journal.entries()) == 20 and opened.passphrase == SECRET
    opened.close()


def test_restore_from_backup_brings_the_earlier_journal_back(qtbot, make_window, path):
    journal = open_interactively(path)
    backup.make_backup(path)
    w = make_window(journal)
    w.ctrl.push(AddItem(Entry.create(kind="note", title="Written after the backup",
                                     date="2026-11")))
    assert w.counts["entries"] == 21

    def choose(dlg):
        dlg.table.setCurrentItem(dlg.table.topLevelItem(0))
        dlg.restore_button.click()
        qtbot.waitUntil(lambda: dlg.confirm.isVisible())
        dlg.confirm.button(QMessageBox.StandardButton.Yes).click()

    drive_modal(qtbot, RestoreDialog, choose, w.action_for["restore"].trigger)
    qtbot.waitUntil(lambda: w.counts["entries"] == 20)
    assert "Written after the backup" not in [e.title for e in w.ctrl.journal.entries()]
    w.ctrl.opened.close()


def test_rolling_backup_while_open_and_at_close(qtbot, make_window, path):
    journal = open_interactively(path)
    w = make_window(journal)
    assert backup.list_backups(path) == []
    w.backups.tick().result()  # what the minute timer does
    assert len(backup.list_backups(path)) == 1
    w.ctrl.push(AddItem(Entry.create(kind="note", title="Later", date="2026-11")))
    w.close()
    w.ctrl.opened.close(backup_now=True)
    assert len(backup.list_backups(path)) == 2  # changed since: one more at close


def test_a_big_journal_checked_in_the_background_still_offers_its_backup(qtbot, make_window, path):
    """check_later_above=0 plays a journal too big to check before the window shows."""
    from careersquiggle.services.journal import Journal

    backup.make_backup(path)
    with sqlite3.connect(path) as c:  # damage the entries' pages, not the schema's
        page = c.execute("PRAGMA page_size").fetchone()[0]
        roots = [r for (r,) in c.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'entries' AND rootpage > 1")]
    c.close()
    data = bytearray(path.read_bytes())
    for root in roots:
        for i in range((root - 1) * page + 8, root * page, 97):
            data[i] = 0xA5
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    lazy = Journal.open(path, check_later_above=0)  # the header and revision still read
    texts, windows = [], []

    def restore(box):
        texts.append(box.informativeText())
        box.restore_button.click()

    drive_modal(qtbot, QMessageBox, restore, lambda: windows.append(make_window(lazy)))
    w = windows[0]
    assert "damaged" in texts[0] and "newest good backup" in texts[0]
    qtbot.waitUntil(lambda: w.counts["entries"] == 20)
    kept = [p for p in path.parent.iterdir() if p.is_file() and p.read_bytes() == damaged]
    assert kept and path not in kept  # the damaged file was kept aside, unchanged
    w.ctrl.opened.close()
