"""Issue 14, items 2, 3, 4, 5, 6 and 12: what crashes leave behind, and lost journals."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from careersquiggle.core.errors import DamagedJournal
from careersquiggle.db import migrate
from careersquiggle.services import backup, encryption, housekeeping, pending
from careersquiggle.services.journal import Journal

from .breaking import assert_one_error, cs, journal_files, opens_with
from .conftest import PASS, SECRET, add_secrets, files_containing


def _plaintext_copy(src, dst):
    shutil.copyfile(src, dst)
    assert SECRET.encode() in dst.read_bytes()


def test_plaintext_temp_files_of_killed_commands_do_not_survive_encrypt(filled):
    folder = filled.parent
    backup.make_backup(filled)
    parts = [backup.backup_folder(filled) / ".journal-2026-01-01T000000Z.sqlite3.4242.part",
             folder / ".journal.sqlite3.restore.4243.part",
             folder / ".journal.sqlite3.4244.convert.part"]
    for p in parts:
        _plaintext_copy(filled, p)
    code, out, err = cs(folder, "encrypt", "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
    assert code == 0, err
    assert files_containing(folder, SECRET) == []
    assert not any(p.exists() for p in parts)


def test_leftovers_are_swept_at_the_next_open_too(filled):
    left = filled.parent / ".journal.sqlite3.99.convert.part"
    _plaintext_copy(filled, left)
    code, out, err = cs(filled.parent, "list")
    assert code == 0 and "removed 1 temporary file" in err, err
    assert not left.exists()


def test_an_empty_journal_beside_backups_is_a_loss_not_a_start(filled):
    folder = filled.parent
    for minute in range(3):
        backup.make_backup(filled, now=dt.datetime(2026, 5, 1, 9, minute, tzinfo=dt.UTC))
    before = sorted(p.name for p in backup.backup_folder(filled).iterdir())
    filled.write_bytes(b"")  # a sync tool or a repair left 0 bytes
    for argv in (("list",), ("add", "--kind", "note", "--title", "new"), ("backup",)):
        code, out, err = cs(folder, *argv)
        assert_one_error(code, err, "lost journal", "careersquiggle restore")
    assert sorted(p.name for p in backup.backup_folder(filled).iterdir()) == before
    filled.unlink()  # a missing one too
    with pytest.raises(DamagedJournal, match="lost journal"):
        Journal.open(filled)
    code, out, err = cs(folder, "restore")
    assert code == 0, err
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5


def test_thinning_keeps_the_newest_backup_from_before_a_sudden_drop(filled):
    t0 = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
    full = backup.make_backup(filled, now=t0)  # 5 entries
    with Journal.open(filled) as j:  # most entries gone at once (a mistake, a bad sync)
        for e in j.entries()[1:]:
            j.delete_entry(e.id)
    # Twelve backups of the one-entry journal the same day: the policy alone would keep
    # only the newest ten of them, and the full one, the oldest, would go.
    for minute in range(1, 13):
        backup.make_backup(filled, now=t0 + dt.timedelta(minutes=minute))
    names = [b.path.name for b in backup.list_backups(filled)]
    assert full.path.name in names and len(names) == 11
    assert backup.entry_count(full.path) == 5


def test_kept_aside_copies_follow_the_backup_policy(filled):
    folder = filled.parent
    now = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    for day in range(40):  # one a day for forty days, all with the secret words
        p = folder / f"journal.sqlite3.replaced-2026-04-{day:02d}"
        shutil.copyfile(filled, p)
        when = (now - dt.timedelta(days=40 - day)).timestamp()
        os.utime(p, (when, when))
    backup.make_backup(filled, now=now)
    left = backup.aside_copies(filled)
    # The newest ten, then one a day for two weeks, a week for eight weeks...
    assert 10 <= len(left) < 40


def test_an_earlier_safety_copy_is_never_overwritten(journal_path):
    first = sorted(migrate.script_directory().walk_revisions(), key=lambda r: r.revision)[0]
    if first.revision == migrate.HEAD:
        pytest.skip("only one revision")
    from alembic import command

    from careersquiggle.db.engine import make_engine

    engine = make_engine(journal_path)
    with engine.begin() as c:
        command.upgrade(migrate.alembic_config(c), first.revision)
    engine.dispose()
    earlier = journal_path.with_name(f"journal.sqlite3.before-upgrade-{first.revision}")
    earlier.write_bytes(b"an earlier attempt's copy")
    Journal.open(journal_path).close()
    assert earlier.read_bytes() == b"an earlier attempt's copy"
    assert journal_path.with_name(f"{earlier.name}-1").stat().st_size > 0


def test_a_conversion_killed_after_its_plan_is_finished_by_the_next_open(filled):
    """The plan file is the commit point: everything after it is redone, needing no key."""
    folder = filled.parent
    backup.make_backup(filled)
    # Every file converted and checked, the plan written, then a kill before any rename:
    # that state is built here from the real conversion steps.
    copies = [b.path for b in backup.list_backups(filled)]
    src = encryption._open_source(filled, None)
    temps = {filled: encryption._export(src, filled, PASS)}
    src.close()
    for c in copies:
        temps[c] = encryption._convert_copy(c, None, PASS, filled)
    switches = [(temps[c], c) for c in copies] + [(temps[filled], filled)]
    pending.write_plan(filled, "encrypt", switches)
    code, out, err = cs(folder, "list", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert code == 0 and "interrupted change (encrypt) was finished" in err, err
    assert not pending.plan_path(filled).exists()
    for f in journal_files(folder):
        assert opens_with(f, PASS) and not opens_with(f, None), f
    assert files_containing(folder, SECRET) == []


def test_restore_never_leaves_the_journal_without_its_file(filled):
    """The current file gets its second name by a hard link, then one rename puts the
    backup in place: no moment without a journal."""
    good = backup.make_backup(filled)
    with Journal.open(filled) as j:
        add_secrets(j, 2, start=50)
    aside = backup.restore(good.path, filled)
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5
    with Journal.open(aside) as j:
        assert len(j.entries()) == 7  # the WAL's words went with it
    assert housekeeping.leftovers(filled) == []


def test_wiping_never_reaches_a_file_another_name_still_holds(filled):
    """A restore killed after its hard link leaves the journal under two names; thinning
    or converting the kept name must not zero the journal's bytes."""
    aside = filled.with_name("journal.sqlite3.replaced-2020-01-01T000000Z")
    os.link(filled, aside)
    pending.wipe_and_remove(aside)
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5 and j.check() == []
