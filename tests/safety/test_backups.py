"""Rolling backups: taken safely, only when something changed, thinned, restored."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from careersquiggle.core.backup_policy import backups_to_keep
from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry
from careersquiggle.services import backup, lock
from careersquiggle.services.journal import Journal

from .conftest import SECRET, add_secrets


def titles(path, passphrase=None):
    with Journal.open(path, passphrase=passphrase) as j:
        return sorted(e.title for e in j.entries())


def test_a_backup_is_a_whole_private_checked_journal(filled):
    info = backup.make_backup(filled)
    assert info.path.parent == filled.parent / "backups"
    assert oct(info.path.parent.stat().st_mode & 0o777) == "0o700"
    assert oct(info.path.stat().st_mode & 0o777) == "0o600"
    # One self-contained file: nothing else beside it, readable on its own.
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]
    with sqlite3.connect(info.path) as c:
        assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM entries").fetchone()[0] == 5
    c.close()
    assert [b.path for b in backup.list_backups(filled)] == [info.path]
    assert backup.entry_count(info.path) == 5


def test_the_open_journal_reaches_its_backups_through_its_backups_part(filled):
    with Journal.open(filled) as j:
        assert j.backups.all() == [] and j.backups.newest_good() is None
        made = j.backups.make()
        assert made.path.parent == j.backups.folder == filled.parent / "backups"
        assert j.backups.all() == [made] and j.backups.newest_good() == made
        j.add_entry(Entry.create(kind="event", title="after the backup", date="2021"))
    assert backup.entry_count(made.path) == 5  # the copy is of the journal as it was


def test_backups_are_taken_only_when_due_and_changed(journal, clock):
    add_secrets(journal, 2)
    first = journal.backups.if_due()  # no backup yet: one now
    assert first is not None and backup.entry_count(first.path) == 2
    add_secrets(journal, 1, start=10)
    clock.now += dt.timedelta(minutes=5)
    assert journal.backups.if_due() is None  # changed, but the last is too recent
    clock.now += dt.timedelta(minutes=11)
    second = journal.backups.if_due()
    assert second is not None and backup.entry_count(second.path) == 3
    clock.now += dt.timedelta(hours=1)
    assert journal.backups.if_due() is None  # nothing written since
    # At close: no minimum age; what was written since the last one is kept.
    add_secrets(journal, 1, start=20)
    journal.close()
    clock.now += dt.timedelta(minutes=1)
    last = journal.backups.if_due(every=dt.timedelta(0))
    assert last is not None and backup.entry_count(last.path) == 4
    assert [b.path for b in backup.list_backups(journal.path)] == [
        last.path, second.path, first.path]


def test_an_edit_right_after_a_backup_is_not_missed(journal, clock):
    add_secrets(journal, 1)
    backup.make_backup(journal.path, now=clock())
    add_secrets(journal, 1, start=5)
    clock.now += dt.timedelta(minutes=1)
    made = journal.backups.if_due(every=dt.timedelta(0))
    assert made is not None and backup.entry_count(made.path) == 2


def test_backups_are_thinned_as_they_age(filled):
    start = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)
    times = [start + dt.timedelta(hours=7 * i) for i in range(60)]  # about 17 days
    for t in times:
        backup.make_backup(filled, now=t)
    left = {b.taken_at for b in backup.list_backups(filled)}
    assert left == backups_to_keep(times, times[-1])
    assert 10 < len(left) < 30
    assert len(list((filled.parent / "backups").iterdir())) == len(left)


def test_two_backups_in_one_second_both_survive(filled):
    now = dt.datetime(2026, 3, 1, 10, tzinfo=dt.UTC)
    a = backup.make_backup(filled, now=now)
    b = backup.make_backup(filled, now=now)
    assert a.path != b.path and a.path.exists() and b.path.exists()
    assert backup.list_backups(filled)[0].path == b.path


def test_restore_brings_a_backup_back_and_keeps_the_current_file_aside(filled):
    old = backup.make_backup(filled)
    with Journal.open(filled) as j:
        add_secrets(j, 3, start=100)
    before = titles(filled)
    aside = backup.restore(old.path, filled)
    assert len(titles(filled)) == 5
    assert titles(aside) == before  # the replaced journal is whole, words written since included


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled):
    info = backup.make_backup(filled)
    data = bytearray(info.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    info.path.write_bytes(bytes(data))
    before = filled.read_bytes()
    with pytest.raises(JournalError, match="damaged"):
        backup.restore(info.path, filled)
    assert filled.read_bytes() == before
    assert backup.newest_good_backup(filled) is None


def test_the_newest_good_backup_skips_a_damaged_one(filled):
    good = backup.make_backup(filled, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    bad = backup.make_backup(filled, now=dt.datetime(2026, 2, 1, tzinfo=dt.UTC))
    bad.path.write_bytes(bad.path.read_bytes()[:5000])
    assert backup.newest_good_backup(filled).path == good.path


def test_restore_waits_for_the_window_to_let_go(filled):
    info = backup.make_backup(filled)
    with lock.acquire(filled) as held:
        with pytest.raises(lock.JournalInUse, match="open in another Career Squiggle window"):
            backup.restore(info.path, filled)
        # The window itself restores with the lock it holds.
        assert backup.restore(info.path, filled, held=held) is not None


def test_backups_of_an_encrypted_journal_are_encrypted(journal_path):
    pw = "a long passphrase"
    with Journal.open(journal_path, passphrase=pw) as j:
        add_secrets(j, 4)
        info = j.backups.if_due()
    assert not info.path.read_bytes().startswith(b"SQLite format 3")
    assert SECRET.encode() not in info.path.read_bytes()
    assert backup.entry_count(info.path, pw) == 4
    assert backup.entry_count(info.path) is None  # unreadable without it
    assert backup.newest_good_backup(journal_path, pw).path == info.path
    journal_path.unlink()
    backup.restore(info.path, journal_path, pw)
    assert len(titles(journal_path, pw)) == 4


def test_backup_to_a_chosen_file_from_the_terminal(filled, cli, tmp_path):
    out = tmp_path / "elsewhere" / "copy.sqlite3"
    out.parent.mkdir()
    code, text, err = cli("backup", str(out))
    assert (code, err) == (0, "") and "backed up 5 entries" in text
    assert titles(out) == titles(filled)
    code, _, err = cli("backup", "-")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
