"""`careersquiggle sync setup FOLDER`, `sync`, `sync status`, `sync flip` between two
data folders (two laptops) and one synced folder."""

from __future__ import annotations

import io
import json

import pytest

from careersquiggle import paths
from careersquiggle.services.journal import Journal
from tests.cli.helpers import run

PASS = "a sync passphrase\n"


@pytest.fixture
def laptops(tmp_path, monkeypatch):
    folder = tmp_path / "Synced"

    def cli(capsys, laptop, *argv, stdin=None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        return run(capsys, *argv, "--data-dir", str(tmp_path / laptop))

    return cli, folder


def _export(cli, capsys, laptop):
    code, out, _ = cli(capsys, laptop, "export", "json", "-")
    doc = json.loads(out)
    doc.pop("exported_at")
    for e in doc["entries"]:
        e.pop("id")
    return doc


def test_a_second_laptop_joins_and_gets_the_same_journal(laptops, capsys):
    cli, folder = laptops
    assert cli(capsys, "home", "add", "2019-03: Joined Acme @work +3")[0] == 0
    code, out, err = cli(capsys, "home", "sync", "setup", str(folder), "--name", "home laptop",
                         "--passphrase-stdin", stdin=PASS)
    assert (code, err) == (0, ""), err
    assert "set up" in out and "home laptop" in out
    code, out, err = cli(capsys, "work", "sync", "setup", str(folder), "--name", "work laptop",
                         "--passphrase-stdin", stdin=PASS)
    assert (code, err) == (0, ""), err
    assert "joined" in out and "received 1 change" in out
    assert _export(cli, capsys, "home") == _export(cli, capsys, "work")
    cli(capsys, "work", "add", "2020: Led the launch")
    assert "sent 1 change" in cli(capsys, "work", "sync")[1]
    assert "received 1 change" in cli(capsys, "home", "sync")[1]
    code, out, _ = cli(capsys, "home", "sync", "status")
    assert "work laptop" in out and "0 conflicts" in out


def test_a_wrong_passphrase_is_one_error_line(laptops, capsys):
    cli, folder = laptops
    cli(capsys, "home", "sync", "setup", str(folder), "--passphrase-stdin", stdin=PASS)
    code, out, err = cli(capsys, "work", "sync", "setup", str(folder), "--passphrase-stdin",
                         stdin="not it\n")
    assert code == 1 and out == ""
    assert err.startswith("error: the sync passphrase is wrong") and err.count("\n") == 1


def test_a_missing_folder_is_one_error_line_and_nothing_is_lost(laptops, capsys):
    cli, folder = laptops
    cli(capsys, "home", "sync", "setup", str(folder), "--passphrase-stdin", stdin=PASS)
    folder.rename(folder.with_name("Unplugged"))
    cli(capsys, "home", "add", "2021: Moved to Lisbon")
    code, _out, err = cli(capsys, "home", "sync")
    assert code == 1 and err.startswith("error: the synced folder") and err.count("\n") == 1
    folder.with_name("Unplugged").rename(folder)
    assert "sent 1 change" in cli(capsys, "home", "sync")[1]


def test_joining_with_entries_here_needs_a_look_first(laptops, capsys):
    cli, folder = laptops
    cli(capsys, "home", "add", "2019: Joined Acme")
    cli(capsys, "home", "sync", "setup", str(folder), "--passphrase-stdin", stdin=PASS)
    cli(capsys, "work", "add", "2019: Joined Acme")
    cli(capsys, "work", "add", "2022: Started a podcast")
    code, _out, err = cli(capsys, "work", "sync", "setup", str(folder), "--passphrase-stdin",
                          stdin=PASS)
    assert code == 1 and "--merge" in err
    code, out, _ = cli(capsys, "work", "sync", "setup", str(folder), "--dry-run",
                       "--passphrase-stdin", stdin=PASS)
    assert code == 0 and "already has 1 entry" in out and "adds 1 entry " in out
    assert "nothing was changed" in out
    code, out, err = cli(capsys, "work", "sync", "setup", str(folder), "--merge",
                         "--passphrase-stdin", stdin=PASS)
    assert code == 0, err
    cli(capsys, "home", "sync")
    titles = sorted(e["title"] for e in _export(cli, capsys, "home")["entries"])
    assert titles == ["Joined Acme", "Started a podcast"]


def test_status_lists_a_conflict_and_flip_uses_the_other_value(laptops, capsys):
    cli, folder = laptops
    cli(capsys, "home", "add", "2019: Joined Acme")
    cli(capsys, "home", "sync", "setup", str(folder), "--passphrase-stdin", stdin=PASS)
    cli(capsys, "work", "sync", "setup", str(folder), "--passphrase-stdin", stdin=PASS)
    for laptop, title in (("home", "Joined Acme Corp"), ("work", "Joined ACME Ltd")):
        # An edit made in the window (there is no terminal command for it).
        with Journal.open(paths.journal_path(folder.parent / laptop)) as journal:
            [entry] = journal.entries()
            journal.update_entry(entry.with_changes(title=title))
        cli(capsys, laptop, "sync")
    cli(capsys, "home", "sync")
    code, out, _ = cli(capsys, "home", "sync", "status")
    assert "1 conflict" in out and "Joined Acme Corp" in out
    number = out.split("#", 1)[1].split()[0]
    code, out, err = cli(capsys, "home", "sync", "flip", number)
    assert code == 0, err
    cli(capsys, "work", "sync")
    assert _export(cli, capsys, "work")["entries"][0]["title"] == "Joined Acme Corp"


def test_a_journal_inside_a_syncthing_folder_gets_a_warning_line(tmp_path, capsys):
    (tmp_path / "Shared" / ".stfolder").mkdir(parents=True)
    code, _out, err = run(capsys, "list", "--data-dir", str(tmp_path / "Shared" / "cs"))
    assert code == 0
    assert err.startswith("warning:") and "Syncthing" in err and "sync setup" in err
