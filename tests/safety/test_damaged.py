"""A damaged, foreign or newer file is refused untouched; the newest good backup comes back."""

from __future__ import annotations

import sqlite3

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.services import backup
from careersquiggle.services.journal import Journal

from .conftest import add_secrets


def corrupt(path, page: int = 3) -> None:
    """Overwrite one whole page inside the file, keeping its header: a bad sector."""
    data = bytearray(path.read_bytes())
    data[4096 * (page - 1): 4096 * page] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_damaged_journal_is_refused_byte_identical(filled):
    corrupt(filled)
    before = snapshot(filled.parent)
    with pytest.raises(JournalError, match="damaged") as info:
        Journal.open(filled)
    assert str(filled) in str(info.value) and "\n" not in str(info.value)
    assert snapshot(filled.parent) == before


def test_a_journal_from_a_newer_version_is_refused_untouched(filled):
    with sqlite3.connect(filled) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_future'")
    c.close()
    before = filled.read_bytes()
    with pytest.raises(JournalError, match="newer version"):
        Journal.open(filled)
    assert filled.read_bytes() == before


def test_the_newest_good_backup_is_offered_and_restored(filled):
    good = backup.make_backup(filled)
    with Journal.open(filled) as j:
        add_secrets(j, 2, start=50)
    corrupt(filled)
    damaged = filled.read_bytes()
    with pytest.raises(JournalError):
        Journal.open(filled)
    offer = backup.newest_good_backup(filled)
    assert offer is not None and offer.path == good.path
    aside = backup.restore(offer.path, filled)
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5 and j.check() == []
    assert aside.read_bytes() == damaged  # kept as it was, for whoever wants to dig


def test_the_terminal_says_so_in_one_line_and_restore_brings_the_backup_back(filled, cli):
    backup.make_backup(filled)
    corrupt(filled)
    code, out, err = cli("list")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "damaged" in err and "careersquiggle restore" in err
    code, out, err = cli("restore")
    assert (code, err) == (0, ""), err
    assert "restored" in out and "kept as" in out
    code, out, err = cli("check")
    assert (code, err) == (0, "") and "5 entries" in out


def test_restore_with_nothing_to_restore_is_a_clear_error(filled, cli):
    code, out, err = cli("restore")
    assert code == 1 and err.startswith("error: there is no good backup")
