"""Sync in the window: set-up through its dialog, the status bar, changes from another
laptop appearing live, and the conflict list worked through its widgets."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from careersquiggle.core.i18n import fill
from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport
from careersquiggle.services.sync import engine
from careersquiggle.services.sync.setup import Sync
from careersquiggle.ui import sync_dialogs
from careersquiggle.ui.sync_dialogs import ConflictsDialog, SyncSetupDialog
from tests.ui.conftest import drive_modal

PASS = "a sync passphrase"
CHEAP = 2**10  # scrypt's cheapest allowed cost: tests derive many keys
MANY = 3000  # entries in a round that takes a while (a good part of a second)


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


def _round(qtbot, w) -> None:
    """A round of the window's, started now and waited for."""
    assert w.sync_runner.run()
    qtbot.waitUntil(lambda: not w.sync_runner.busy)


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
    _round(qtbot, w)
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
        # The round after the flip runs in the background; the list follows when it is done.
        qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "Joined Acme Corp")
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
        assert dialog.table.isHidden() and not dialog.empty.isHidden()
        dialog.reject()

    drive_modal(qtbot, ConflictsDialog, flip, lambda: sync_dialogs.show_conflicts(w))
    qtbot.waitUntil(lambda: not w.sync_runner.busy)
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


def _many(journal: Journal, n: int) -> None:
    entries = [Entry.create(kind="event", title=f"Step {i}", date=f"{1990 + i % 30}-0{1 + i % 9}",
                            feel=i % 11 - 5) for i in range(n)]
    journal.import_batch(ImportReport(), entries)


@pytest.fixture
def waiting(laptops):
    """Laptop a, set up, with the other laptop's few thousand entries waiting in the folder:
    a's first round in the window has real work to do."""
    a, b, folder = laptops
    _many(b, MANY)
    Sync(b).setup(folder, name="work", passphrase=PASS, scrypt_n=CHEAP)
    engine.run(b)
    Sync(a).setup(folder, name="home", passphrase=PASS, scrypt_n=CHEAP)
    return a, folder


def test_a_round_runs_in_the_background_while_the_window_goes_on(qtbot, make_window,
                                                                 waiting):
    a, _folder = waiting
    ticks = []  # while the round runs: the window's event loop turns and it reads the journal

    def tick():
        if w.sync_runner.busy:
            ticks.append((w.sync_runner.label.text(), w.ctrl.journal.counts()["entries"]))

    heart = QTimer()
    heart.setInterval(0)
    heart.timeout.connect(tick)
    heart.start()
    w = make_window(a)  # its first round starts once the window is up
    with qtbot.waitSignal(w.sync_runner.done, timeout=60_000) as done:
        pass
    heart.stop()
    assert ticks, "the window's event loop stood still while the round ran"
    assert ticks[0] == ("Syncing…", 0)  # said so; the window read what was there before
    assert not w.sync_runner.spinner.isVisible()
    assert done.args[0].received == MANY
    assert w.counts["entries"] == MANY and w.table_model.rowCount() == MANY
    assert w.sync_runner.label.text().startswith("Synced")
    assert gc.isenabled()  # the collector, paused for the round, collects again


def test_a_round_asked_for_while_one_runs_comes_after_it(qtbot, make_window, waiting):
    a, _folder = waiting
    w = make_window(a)
    qtbot.waitUntil(lambda: w.sync_runner.busy)
    assert w.sync_runner.run() is False  # not a second one at once
    rounds = []
    w.sync_runner.done.connect(rounds.append)
    qtbot.waitUntil(lambda: len(rounds) == 2, timeout=60_000)  # the first, then the one asked for
    assert rounds[0].received == MANY and rounds[1].received == 0


def test_a_failing_round_in_the_background_says_why_once(qtbot, make_window, laptops,
                                                        tmp_path):
    a, b, folder = laptops
    Sync(a).setup(folder, passphrase=PASS, scrypt_n=CHEAP)
    w = make_window(a)
    qtbot.waitUntil(lambda: w.sync_runner.label.text().startswith("Synced"))
    # The folder now holds another journal's files (a mix-up of folders in the sync tool).
    Sync(b).setup(tmp_path / "Other", passphrase=PASS, scrypt_n=CHEAP)
    header = "careersquiggle-sync.json"
    (folder / header).write_bytes((tmp_path / "Other" / header).read_bytes())
    _round(qtbot, w)
    assert w.sync_runner.label.text().startswith("Sync: ")  # the message, cut to fit
    assert w.sync_runner.label.toolTip() == fill(
        "%1 now holds another journal's sync files; nothing was changed", folder)
    assert QApplication.activeModalWidget() is None  # a status, not a box


def test_closing_the_window_during_a_round_waits_for_it(qtbot, make_window, waiting):
    a, folder = waiting
    w = make_window(a)
    qtbot.waitUntil(lambda: w.sync_runner.busy)
    w.close()  # while the round runs
    assert not w.sync_runner.busy
    with Journal.open(a.path) as again:  # a connection of its own: what is on the disk
        assert again.counts()["entries"] == MANY
        assert again.check() == []
        assert Sync(again).status().last_synced is not None
        assert engine.run(again).received == 0  # nothing half-applied, nothing left to apply


def test_a_journal_that_does_not_sync_never_loads_sync(tmp_path):
    """Sync and `cryptography` load only for a journal set up to sync (a tenth of a second
    at every start otherwise)."""
    plain = _folder(tmp_path / "plain")
    Journal.open(plain / "journal.sqlite3").close()
    synced = _folder(tmp_path / "synced")
    with Journal.open(synced / "journal.sqlite3") as j:
        Sync(j).setup(tmp_path / "Synced", passphrase=PASS, scrypt_n=CHEAP)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from careersquiggle.app import build_window, make_application\n"
        "app = make_application()\n"
        "folder = Path(sys.argv[1])\n"
        "w = build_window(folder, folder / 'settings.ini')\n"
        "w.show()\n"
        "QTimer.singleShot(300, app.quit)\n"  # the round at start has been asked for by then
        "app.exec()\n"
        "w.sync_runner.stop()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[:3] =="
        " ['careersquiggle', 'services', 'sync'] or m.split('.')[0] == 'cryptography'))\n"
    )

    def loaded(folder: Path) -> str:
        done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                              text=True, timeout=120, env={**os.environ,
                                                           "QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert loaded(plain).strip() == "[]"
    assert "careersquiggle.services.sync.engine" in loaded(synced)  # (the check can fail)
