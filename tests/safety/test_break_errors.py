"""Issue 14, items 7, 8 and 9: every failure in its own words, one `error:` line each;
"damaged" only for a file that fails its integrity check; no core dumps."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys

from careersquiggle.core.errors import DamagedJournal
from careersquiggle.db import errors as dberrors
from careersquiggle.services.journal import Journal

from .breaking import assert_one_error, cs, env_for, mounted, spawn, without_passwd_entry
from .conftest import PASS, add_secrets


def _error_from(fn):
    try:
        fn()
    except Exception as exc:  # the real exception SQLite raised
        return exc
    raise AssertionError("no error")


def test_sqlite_failures_are_told_apart(filled, tmp_path):
    ro = sqlite3.connect(f"file:{filled}?mode=ro", uri=True)
    readonly = _error_from(lambda: ro.execute("DELETE FROM entries"))
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(filled, timeout=0)
    busy = _error_from(lambda: other.execute("BEGIN IMMEDIATE"))
    holder.execute("ROLLBACK")
    for c in (ro, holder, other):
        c.close()
    assert isinstance(dberrors.describe(readonly, filled), dberrors.ReadOnly)
    assert isinstance(dberrors.describe(busy, filled), dberrors.Busy)
    assert "damaged" not in str(dberrors.describe(busy, filled))


def test_malformed_is_only_damage_when_a_fresh_check_agrees(filled, tmp_path):
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"x" * 8192)
    notadb = _error_from(lambda: sqlite3.connect(garbage).execute("SELECT 1 FROM sqlite_master"))
    # Said of the healthy journal (as when another command swapped the file under a
    # reader), it is "changed while being read", not damage.
    said = dberrors.describe(notadb, filled)
    assert not isinstance(said, DamagedJournal) and "try again" in str(said)
    # A really damaged file is called damaged.
    broken = tmp_path / "broken.sqlite3"
    data = bytearray(filled.read_bytes())
    data[4096:] = os.urandom(len(data) - 4096)  # every page but the header's
    broken.write_bytes(bytes(data))
    assert isinstance(dberrors.describe(notadb, broken), DamagedJournal)


def test_add_while_passwd_runs_never_says_damaged(filled):
    from careersquiggle.services import encryption

    with Journal.open(filled) as j:
        add_secrets(j, 300, start=10)
    encryption.encrypt(filled, PASS)
    folder = filled.parent
    for _ in range(2):
        pw = spawn(folder, "passwd", "--passphrase-stdin", stdin=f"{PASS}\n{PASS}x\n")
        adds = [spawn(folder, "add", "--kind", "note", "--title", "during", "--passphrase-stdin",
                      stdin=f"{PASS}\n") for _ in range(4)]
        assert pw.wait(120) == 0, pw.stderr.read()
        for a in adds:
            out, err = a.communicate(timeout=120)
            assert "damaged" not in err and "Traceback" not in err, err
        pw = spawn(folder, "passwd", "--passphrase-stdin", stdin=f"{PASS}x\n{PASS}\n")
        assert pw.wait(120) == 0, pw.stderr.read()


def _limit_file_size(limit):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return set_limit


def test_a_file_size_limit_is_one_error_line_and_loses_nothing(filled):
    # The note alone is bigger than the limit, whatever size the schema gives the file.
    code, out, err = cs(filled.parent, "add", "--kind", "note", "--title", "big",
                        "--note", "n" * 100_000, preexec_fn=_limit_file_size(64 * 1024))
    assert_one_error(code, err)
    assert "damaged" not in err
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5 and j.check() == []


def test_non_utf8_standard_output_is_escaped_not_a_traceback(filled, cli):
    with Journal.open(filled) as j:
        from careersquiggle.core.model import Entry

        j.add_entry(Entry.create(kind="note", title="café ☕ ünïcode", date="2024"))
    code, out, err = cs(filled.parent, "list", env=env_for(filled.parent, PYTHONIOENCODING="ascii"))
    assert code == 0 and "Traceback" not in err, err
    assert "caf\\xe9" in out


def test_missing_tables_are_one_error_line(filled):
    with sqlite3.connect(filled) as c:
        c.execute("DROP TABLE checkins")
    c.close()
    for argv in (("list",), ("list", "--checkins"), ("check",), ("add", "--kind", "note",
                                                                  "--title", "x")):
        code, out, err = cs(filled.parent, *argv)
        assert_one_error(code, err, "checkins")


def test_no_home_and_no_passwd_entry_is_one_error_line(tmp_path):
    prefix = without_passwd_entry()
    folder = tmp_path / "given"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HOME", "XDG_",
                                                                    "CAREERSQUIGGLE"))}
    code, out, err = cs(folder, "list", env=env, prefix=prefix)
    assert_one_error(code, err, "--data-dir")
    code, out, err = cs(folder, "add", "--kind", "note", "--title", "x", "--data-dir",
                        str(folder), env=env, prefix=prefix)
    assert code == 0 and "Traceback" not in err, err


def test_a_read_only_data_folder_is_one_error_line(filled):
    folder = filled.parent
    with mounted(folder, source="bind"):
        for argv in (("list",), ("add", "--kind", "note", "--title", "x"), ("backup",),
                     ("check",), ("checkin", "--autonomy", "1", "--mastery", "2",
                                  "--purpose", "3")):
            code, out, err = cs(folder, *argv)
            if code == 0:
                continue  # reading may work; what fails must fail in words
            assert_one_error(code, err)
            assert "damaged" not in err, err
        code, out, err = cs(folder, "add", "--kind", "note", "--title", "x")
        assert_one_error(code, err)
        assert "read-only" in err.lower(), err
    with Journal.open(filled) as j:
        assert len(j.entries()) == 5 and j.check() == []


def test_a_full_disk_is_one_error_line_and_loses_nothing(tmp_path):
    """On a real 2 MiB file system: add until it is full; every acknowledged entry is
    there, every refusal is one line saying the disk is full, none says damaged."""
    small = tmp_path / "small"
    with mounted(small, "size=2m", "mode=0700"):
        folder = small / "data"
        acknowledged, refusals = [], []
        for i in range(60):
            code, out, err = cs(folder, "add", "--kind", "note", "--title", f"entry {i}",
                                "--note", "n" * 60_000)
            if code == 0:
                acknowledged.append(f"entry {i}")
            else:
                assert_one_error(code, err)
                assert "damaged" not in err and ("full" in err or "disk" in err), err
                refusals.append(err)
                if len(refusals) >= 3:
                    break
        assert refusals, "the disk never filled"
        for argv in (("backup",), ("list",)):
            code, out, err = cs(folder, *argv)
            if code:
                assert_one_error(code, err)
                assert "damaged" not in err, err
        with Journal.open(folder / "journal.sqlite3") as j:
            held = {e.title for e in j.entries()}
            assert j.check() == []
        assert set(acknowledged) <= held


def test_core_dumps_are_off_and_sqlcipher_wipes_its_memory(tmp_path):
    probe = (
        "import resource, sys\n"
        "from careersquiggle.cli import main\n"
        "from careersquiggle import process\n"
        "main(['list'])\n"
        "from careersquiggle.db import connection as engine\n"
        "c = engine.sqlcipher().connect(':memory:')\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), process.dumpable(),\n"
        "      c.execute('PRAGMA cipher_memory_security').fetchone()[0], sep='|')\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env_for(tmp_path / "d"), timeout=120)
    limits, dumpable, wiping = done.stdout.strip().splitlines()[-1].split("|")
    assert limits == "(0, 0)", done.stdout + done.stderr
    if sys.platform.startswith("linux"):
        assert dumpable == "False"
    assert wiping == "1"
