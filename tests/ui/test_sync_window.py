"""Sync in the window: set-up through its dialog, the status bar, changes from another
laptop appearing live, and the conflict list worked through its widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal
from careersquiggle.services.sync import engine
from careersquiggle.services.sync.setup import Sync
from careersquiggle.ui import sync_dialogs
from careersquiggle.ui.sync_dialogs import ConflictsDialog, SyncSetupDialog
from tests.ui.conftest import drive_modal

PASS = "a sync passphrase"
CHEAP = 2**10  # scrypt's cheapest allowed cost: tests derive many keys


@pytest.fixture
def laptops(tmp_path):
    a = Journal.open(_folder(tmp_path / "home") / "journal.sqlite3")
    b = Journal.open(_folder(tmp_path / "work") / "journal.sqlite3")
    yield a, b, tmp_path / "Synced"
    a.close()
    b.close()


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def _entry(title: str) -> Entry:
    return Entry.create(kind="event", title=title, date="2021-04")


def _ok(dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    [ok] = [b for b in buttons.buttons()
            if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    ok.click()


def test_the_set_up_dialog_sets_up_sync_through_its_widgets(qtbot, laptops):
    a, _b, folder = laptops
    dialog = SyncSetupDialog(a, scrypt_n=CHEAP)
    qtbot.addWidget(dialog)
    _ok(dialog)  # nothing chosen yet: a message, the dialog stays
    assert "folder" in dialog.error.text() and not Sync(a).is_set_up
    dialog.folder.setText(str(folder))
    dialog.name.setText("home laptop")
    _ok(dialog)
    assert "passphrase" in dialog.error.text()
    dialog.passphrase.setText(PASS)
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.joined is False
    assert Sync(a).settings()["device_name"] == "home laptop"


def test_joining_with_entries_here_shows_what_merging_does_first(qtbot, laptops):
    a, b, folder = laptops
    a.add_entry(_entry("Joined Acme"))
    Sync(a).setup(folder, passphrase=PASS, scrypt_n=CHEAP)
    engine.run(a)
    b.add_entry(_entry("Joined Acme"))
    b.add_entry(_entry("Started a podcast"))
    dialog = SyncSetupDialog(b, scrypt_n=CHEAP)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    dialog.passphrase.setText("not it")
    _ok(dialog)
    assert "does not open" in dialog.error.text()
    dialog.passphrase.setText(PASS)
    _ok(dialog)
    assert not dialog.merge.isHidden() and "merging adds 1 entry" in dialog.preview.text()
    assert not Sync(b).is_set_up
    dialog.merge.setChecked(True)
    _ok(dialog)
    assert dialog.joined is True


def test_the_window_shows_sync_status_and_follows_another_laptop(qtbot, make_window,
                                                                 laptops):
    a, b, folder = laptops
    Sync(a).setup(folder, name="home", passphrase=PASS, scrypt_n=CHEAP)
    Sync(b).setup(folder, name="work", passphrase=PASS, scrypt_n=CHEAP)
    w = make_window(a)
    qtbot.waitUntil(lambda: w.sync_runner.label.text().startswith("Synced"))
    b.add_entry(_entry("Led the launch"))
    engine.run(b)  # the other laptop's file arrives in the folder
    qtbot.waitUntil(lambda: w.counts["entries"] == 1, timeout=5000)  # the watcher's round
    assert w.table_model.rowCount() == 1
    folder.rename(folder.with_name("Unplugged"))
    w.sync_runner.run()
    assert "not found" in w.sync_runner.label.text()


def test_the_conflict_list_flips_through_its_widgets(qtbot, make_window, laptops):
    a, b, folder = laptops
    Sync(a).setup(folder, passphrase=PASS, scrypt_n=CHEAP)
    a.add_entry(_entry("Joined Acme"))
    engine.run(a)
    Sync(b).setup(folder, passphrase=PASS, scrypt_n=CHEAP)
    engine.run(b)
    a.update_entry(a.entries()[0].with_changes(title="Joined Acme Corp"))
    engine.run(a)
    b.update_entry(b.entries()[0].with_changes(title="Joined ACME Ltd"))
    engine.run(b)
    w = make_window(a)
    qtbot.waitUntil(lambda: "1 conflict" in w.sync_runner.label.text())

    def flip(dialog):
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 3).text() == "Joined Acme Corp"
        assert not dialog.flip_button.isEnabled()
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.flip_button, Qt.MouseButton.LeftButton)
        assert dialog.table.item(0, 2).text() == "Joined Acme Corp"  # kept now
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
        assert dialog.table.isHidden() and not dialog.empty.isHidden()
        dialog.reject()

    drive_modal(qtbot, ConflictsDialog, flip, lambda: sync_dialogs.show_conflicts(w))
    assert [e.title for e in a.entries()] == ["Joined Acme Corp"]
    engine.run(b)
    assert [e.title for e in b.entries()] == ["Joined Acme Corp"]


def test_a_journal_in_a_synced_folder_is_moved_out_through_the_guard(qtbot, make_window,
                                                                    tmp_path):
    (tmp_path / "Shared" / ".stfolder").mkdir(parents=True)
    inside = tmp_path / "Shared" / "cs"
    inside.mkdir()
    journal = Journal.open(inside / "journal.sqlite3")
    journal.add_entry(_entry("Joined Acme"))
    made = []

    def keep_it(box):
        assert "Syncthing" in box.text()
        [keep] = [b for b in box.buttons() if "Keep" in b.text()]
        keep.click()

    def start():
        made.append(make_window(journal, open_folder=_opener))
        qtbot.waitUntil(lambda: made[0].sync_runner.guarded)  # the warning came and went

    drive_modal(qtbot, QMessageBox, keep_it, start)
    w = made[0]
    target = tmp_path / "Mine"

    def cancel_setup(dialog):
        assert dialog.folder.text().endswith("careersquiggle-sync")
        dialog.reject()

    drive_modal(qtbot, SyncSetupDialog, cancel_setup,
                lambda: sync_dialogs.move_out(w, journal.path, target))
    assert w.ctrl.journal.path == target / "journal.sqlite3"
    assert [e.title for e in w.ctrl.journal.entries()] == ["Joined Acme"]
    assert not (inside / "journal.sqlite3").exists()
    assert (inside / "journal.sqlite3.moved-out").exists()


def _opener(folder: Path, _parent):
    from careersquiggle.services.open_journal import OpenJournal

    return OpenJournal.open(folder / "journal.sqlite3")
