"""Readable by the owner only: the folder 0700; the journal, its WAL and backups 0600."""

from __future__ import annotations

import os

import pytest

from careersquiggle.services import backup, encryption
from careersquiggle.services.journal import Journal

from .conftest import PASS, add_secrets


@pytest.fixture
def lax_umask():
    """A umask that would make files world-readable, to prove we do not rely on it."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> str:
    return oct(path.stat().st_mode & 0o777)


def test_the_terminal_makes_a_private_folder_and_files(tmp_path, cli, lax_umask):
    code, _, err = cli("add", "--kind", "note", "--title", "first words")
    assert (code, err) == (0, "")
    folder = tmp_path / "data"
    assert mode(folder) == "0o700"
    assert mode(folder / "journal.sqlite3") == "0o600"
    code, _, err = cli("backup")
    assert (code, err) == (0, "")
    [made] = (folder / "backups").iterdir()
    assert mode(folder / "backups") == "0o700" and mode(made) == "0o600"


def test_an_open_journal_and_its_wal_and_shm_are_private(journal_path, lax_umask):
    with Journal.open(journal_path) as j:
        add_secrets(j, 1)
        side = [journal_path, journal_path.with_name("journal.sqlite3-wal"),
                journal_path.with_name("journal.sqlite3-shm")]
        assert [mode(p) for p in side] == ["0o600"] * 3


def test_converted_files_stay_private(filled, lax_umask):
    info = backup.make_backup(filled)
    encryption.encrypt(filled, PASS)
    assert mode(filled) == "0o600" and mode(info.path) == "0o600"
    backup.restore(info.path, filled, PASS)
    assert mode(filled) == "0o600"
    assert all(mode(p) == "0o600" for p in filled.parent.iterdir() if p.is_file())
