"""The unlock, passphrase and restore dialogs, driven through their widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from careersquiggle.services import backup, encryption
from careersquiggle.services.journal import Journal
from careersquiggle.ui.passphrase_dialog import CHANGE, DECRYPT, ENCRYPT, PassphraseDialog
from careersquiggle.ui.restore_dialog import RestoreDialog
from careersquiggle.ui.unlock_dialog import UnlockDialog

from .conftest import NEW_PASS, PASS, add_secrets


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_unlock_says_a_wrong_passphrase_is_wrong_and_lets_you_retry(qtbot, filled):
    encryption.encrypt(filled, PASS)
    dialog = show(qtbot, UnlockDialog(filled, lambda p: Journal.open(filled, passphrase=p)))
    click_ok(qtbot, dialog)
    assert dialog.error.isVisible() and dialog.error.text() == "Enter the passphrase."
    type_into(qtbot, dialog.passphrase, "not it at all")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "does not open this journal" in dialog.error.text()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    type_into(qtbot, dialog.passphrase, PASS)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.attempts == 2
    with dialog.opened as journal:
        assert len(journal.entries()) == 5


def test_encrypt_asks_twice_then_encrypts(qtbot, filled):
    dialog = show(qtbot, PassphraseDialog(ENCRYPT, lambda new: encryption.encrypt(filled, new)))
    assert dialog.current is None
    type_into(qtbot, dialog.new, PASS)
    type_into(qtbot, dialog.again, PASS + "x")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "not the same" in dialog.error.text()
    assert not encryption.is_encrypted(filled)
    type_into(qtbot, dialog.again, PASS)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and encryption.is_encrypted(filled)
    with Journal.open(filled, passphrase=PASS) as j:
        assert len(j.entries()) == 5


def test_change_passphrase_needs_the_current_one(qtbot, filled):
    encryption.encrypt(filled, PASS)
    dialog = show(qtbot, PassphraseDialog(
        CHANGE, lambda cur, new: encryption.change_passphrase(filled, cur, new)))
    type_into(qtbot, dialog.current, "a wrong passphrase")
    type_into(qtbot, dialog.new, NEW_PASS)
    type_into(qtbot, dialog.again, NEW_PASS)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "current passphrase is not right" in dialog.error.text()
    type_into(qtbot, dialog.current, PASS)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with Journal.open(filled, passphrase=NEW_PASS) as j:
        assert len(j.entries()) == 5


def test_remove_encryption(qtbot, filled):
    encryption.encrypt(filled, PASS)
    dialog = show(qtbot, PassphraseDialog(DECRYPT, lambda cur: encryption.decrypt(filled, cur)))
    assert dialog.new is None
    type_into(qtbot, dialog.current, PASS)
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and not encryption.is_encrypted(filled)


def _two_backups(path, passphrase=None):
    t0 = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
    older = backup.make_backup(path, passphrase, now=t0)
    with Journal.open(path, passphrase=passphrase) as j:
        add_secrets(j, 2, start=20)
    newer = backup.make_backup(path, passphrase, now=t0 + dt.timedelta(days=3))
    return older, newer


def test_restore_lists_backups_and_restores_the_chosen_one_after_confirming(qtbot, filled):
    older, newer = _two_backups(filled)
    with Journal.open(filled) as j:
        add_secrets(j, 1, start=40)  # 8 entries now
    dialog = show(qtbot, RestoreDialog(filled))
    qtbot.waitUntil(dialog.counts_shown)
    rows = [[dialog.table.topLevelItem(i).text(c) for c in (0, 1)] for i in range(2)]
    assert rows == [[newer.label(), "7"], [older.label(), "5"]]
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    # Cancel first: nothing happens.
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.confirm.isVisible)
    assert "5 entries" in dialog.confirm.text()
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.confirm.isVisible())
    with Journal.open(filled) as j:
        assert len(j.entries()) == 8
    # Then yes.
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.confirm.isVisible)
    qtbot.mouseClick(dialog.confirm.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.restored.path == older.path
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5
    with Journal.open(dialog.outcome) as aside:  # the replaced journal, kept aside
        assert len(aside.entries()) == 8


def test_restore_of_an_encrypted_journal_shows_counts_with_its_passphrase(qtbot, filled):
    encryption.encrypt(filled, PASS)
    _two_backups(filled, PASS)
    dialog = show(qtbot, RestoreDialog(filled, PASS))
    qtbot.waitUntil(dialog.counts_shown)
    assert [dialog.table.topLevelItem(i).text(1) for i in range(2)] == ["7", "5"]


def test_with_no_backups_the_dialog_says_so(qtbot, filled):
    dialog = show(qtbot, RestoreDialog(filled))
    assert dialog.empty.isVisible() and "no backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_a_refused_journal_offers_its_newest_good_backup(qtbot, filled):
    from careersquiggle.core.errors import JournalError
    from careersquiggle.ui.restore_dialog import RefusedJournalBox

    from .test_damaged import corrupt

    good = backup.make_backup(filled)
    corrupt(filled)
    damaged = filled.read_bytes()
    try:
        Journal.open(filled)
    except JournalError as exc:
        problem = str(exc)
    box = RefusedJournalBox(filled, problem)
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    assert "damaged" in box.informativeText() and "5 entries" in box.informativeText()
    qtbot.mouseClick(box.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.restored is not None)
    assert box.restored.path == good.path and box.aside.read_bytes() == damaged
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5


def test_with_no_good_backup_the_box_only_explains(qtbot, filled):
    from careersquiggle.ui.restore_dialog import RefusedJournalBox

    box = RefusedJournalBox(filled, "it is damaged")
    qtbot.addWidget(box)
    assert box.restore_button is None and "no good backup" in box.informativeText()
