"""One writer: a second window is told the journal is open; a crashed holder's lock is taken
over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from careersquiggle.services import lock


def test_a_second_window_is_told_where_the_journal_is_open(journal_path):
    first = lock.acquire(journal_path)
    with pytest.raises(lock.JournalInUse) as info:
        lock.acquire(journal_path)
    message = str(info.value)
    assert "open in another Career Squiggle window" in message
    assert f"process {os.getpid()}" in message and "close it there first" in message
    first.release()
    lock.acquire(journal_path).release()  # free again once the first window closed


HOLDER = """
import sys
from pathlib import Path
from careersquiggle.services import lock
held = lock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.read()  # hold it until killed
"""


def test_a_lock_left_by_a_killed_process_is_recovered(journal_path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(journal_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(lock.JournalInUse, match=f"process {proc.pid}"):
            lock.acquire(journal_path)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # The lock file still names the dead process, but nobody holds the lock.
    assert lock.holder(journal_path)["pid"] == proc.pid
    with lock.acquire(journal_path):
        assert lock.holder(journal_path)["pid"] == os.getpid()


def test_a_leftover_lock_file_from_another_boot_does_not_block(journal_path):
    lock.lock_path(journal_path).write_text(json.dumps({"pid": 1, "host": "old"}))
    with lock.acquire(journal_path) as held:
        assert held.held
    assert not held.held


def test_the_windows_own_lock_is_used_for_replacing_the_file(journal_path):
    with lock.acquire(journal_path) as held:
        with lock.exclusive(journal_path, held) as inner:
            assert inner is held
        assert held.held  # still the window's after the replacement
        with pytest.raises(lock.JournalInUse), lock.exclusive(journal_path):
            pass


def test_the_terminal_refuses_to_encrypt_a_journal_open_in_a_window(filled, cli):
    from .conftest import PASS

    before = filled.read_bytes()
    with lock.acquire(filled):
        code, out, err = cli("encrypt", "--passphrase-stdin", stdin=f"{PASS}\n{PASS}\n")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert "open in another Career Squiggle window" in err
    assert filled.read_bytes() == before


def test_terminal_commands_still_write_beside_an_open_window(filled, cli):
    with lock.acquire(filled):
        code, out, err = cli("add", "--kind", "note", "--title", "from the terminal")
    assert (code, err) == (0, "")
