"""Issue 14, items 1, 10 and 11: commands running at the same time.

One write lock covers every operation that writes any file of the journal's set:
a backup never runs while encrypt or passwd switches files (no plaintext or old-key
backup left behind), an import gets its ids inside its write transaction, and the
first commands in a new folder never both create the schema.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from careersquiggle.services import lock
from careersquiggle.services.journal import Journal

from .breaking import assert_one_error, cs, journal_files, opens_with, spawn
from .conftest import NEW_PASS, PASS, SECRET, add_secrets, files_containing


def test_a_backup_beside_encrypt_and_passwd_is_never_left_plaintext_or_on_the_old_key(filled):
    folder = filled.parent
    with Journal.open(filled) as j:  # big enough that encrypt takes a moment
        add_secrets(j, 300, start=10)
    for _round in range(2):  # each round races five processes against encrypt and passwd
        enc = spawn(folder, "encrypt", "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
        backups = [spawn(folder, "backup") for _ in range(3)]
        assert enc.wait(120) == 0, enc.stderr.read()
        for b in backups:
            b.wait(120)
        # Each backup ran before (and was then encrypted) or after (and needed the key).
        assert files_containing(folder, SECRET) == []
        pw = spawn(folder, "passwd", "--passphrase-stdin", stdin=f"{PASS}\n{NEW_PASS}\n")
        backups = [spawn(folder, "backup", "--passphrase-stdin", stdin=f"{PASS}\n")
                   for _ in range(2)]
        assert pw.wait(120) == 0, pw.stderr.read()
        for b in backups:
            b.wait(120)
        for f in journal_files(folder):
            assert opens_with(f, NEW_PASS) and not opens_with(f, PASS), f
            assert not opens_with(f, None), f
        code, out, err = cs(folder, "decrypt", "--passphrase-stdin", stdin=f"{NEW_PASS}\n")
        assert code == 0, err


def test_an_operation_that_switches_files_waits_for_nobody_and_is_waited_for(journal_path):
    with lock.operation(journal_path):  # as encrypt or restore hold it
        code, out, err = cs(journal_path.parent, "add", "--kind", "note", "--title", "x",
                            env=None, timeout=60)
    # The add waited its ten seconds, then said why in one line; nothing was written.
    assert_one_error(code, err, "being changed by another command")
    holder = subprocess.Popen(  # an add, import or backup in another process
        [sys.executable, "-c", SHARED_HOLDER, str(journal_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "holding\n"
        with pytest.raises(lock.JournalInUse, match="being changed by another command"), \
                lock.operation(journal_path, wait=0.2):
            pass
        with lock.operation(journal_path, shared=True, wait=0):
            pass  # shared holders run side by side
    finally:
        holder.kill()
        holder.wait()
    with lock.operation(journal_path, wait=0):
        pass  # the kernel dropped the killed holder's lock


SHARED_HOLDER = """
import sys
from pathlib import Path
from careersquiggle.services import lock
with lock.operation(Path(sys.argv[1]), shared=True):
    print("holding", flush=True)
    sys.stdin.read()
"""


def test_import_succeeds_while_other_commands_add(journal_path, tmp_path):
    folder = journal_path.parent
    Journal.open(journal_path).close()
    doc = {"format": "careersquiggle", "version": 1, "entries": [
        {"id": i, "kind": "note", "title": f"imported {i}", "date": "2020"}
        for i in range(1, 200)]}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    adders = [spawn(folder, "add", "--kind", "note", "--title", f"added {i}")
              for i in range(8)]
    imports = [spawn(folder, "import", "json", str(source)) for _ in range(2)]
    for p in adders + imports:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with Journal.open(journal_path) as j:
        titles = [e.title for e in j.entries()]
        assert j.check() == []
    assert sum(t.startswith("added") for t in titles) == 8
    assert sum(t.startswith("imported") for t in titles) == 199  # the second adds nothing


def test_parallel_first_adds_in_a_new_folder_all_succeed(tmp_path):
    folder = tmp_path / "fresh"
    procs = [spawn(folder, "add", "--kind", "note", "--title", f"first {i}")
             for i in range(24)]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    with Journal.open(folder / "journal.sqlite3") as j:
        assert len(j.entries()) == 24 and j.check() == []


def test_an_import_into_an_encrypted_journal_keeps_everything(journal_path):
    """The import's write transaction starts after its duplicate check: an encrypted
    journal's sessions share one connection, and a read there ends in a rollback."""
    from careersquiggle.core.model import Chapter, Entry
    from careersquiggle.services.report import ImportReport

    with Journal.open(journal_path, passphrase=PASS) as j:
        j.import_batch(ImportReport(), [Entry.create(kind="note", title=f"t{i}", date="2021")
                                        for i in range(3)],
                       chapters=[Chapter.create(title="PhD", start="2010")])
    with Journal.open(journal_path, passphrase=PASS) as j:
        assert j.counts() == {"entries": 3, "checkins": 0, "chapters": 1}


def test_a_refused_upgrade_of_the_write_lock_keeps_the_shared_lock(journal_path):
    """flock drops a shared lock when converting it, even if the exclusive one is then
    refused: the shared lock must be taken back, or an encrypt could start under a
    running backup."""
    holder = subprocess.Popen([sys.executable, "-c", SHARED_HOLDER, str(journal_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "holding\n"
        with lock.operation(journal_path, shared=True):
            with pytest.raises(lock.JournalInUse), lock.operation(journal_path, wait=0):
                pass
            holder.kill()
            holder.wait()
            # Still held here: another process cannot take it alone.
            probe = subprocess.run(
                [sys.executable, "-c", ALONE_PROBE, str(journal_path)],
                capture_output=True, text=True, timeout=60)
            assert probe.stdout.strip() == "refused", probe.stderr
    finally:
        holder.kill()
        holder.wait()


ALONE_PROBE = """
import sys
from pathlib import Path
from careersquiggle.services import lock
try:
    with lock.operation(Path(sys.argv[1]), wait=0):
        print("taken")
except lock.JournalInUse:
    print("refused")
"""
