"""Helpers for the break tests: the real command line in a child process."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careersquiggle.db import connection as dbengine


def env_for(folder: Path, **extra) -> dict:
    env = dict(os.environ, CAREERSQUIGGLE_DATA_DIR=str(folder))
    env.update(extra)
    return env


def spawn(folder: Path, *argv: str, stdin: str | None = None, **popen) -> subprocess.Popen:
    """Started in its own session (no terminal); ``stdin`` is written and closed."""
    piped = stdin is not None or popen.pop("piped", False)
    proc = subprocess.Popen([*popen.pop("prefix", []), sys.executable, "-m", "careersquiggle",
                             *argv],
                            stdin=subprocess.PIPE if piped else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=popen.pop("env", None) or env_for(folder),
                            start_new_session=True, **popen)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
        proc.stdin = None  # so communicate() does not flush a closed pipe
    return proc


@contextlib.contextmanager
def mounted(target: Path, *options: str, source: str = "tmpfs") -> Iterator[Path]:
    """A real mount (a small tmpfs, a read-only bind) at ``target``, or a skip where the
    machine does not allow mounting."""
    target.mkdir(parents=True, exist_ok=True)
    cmds = ([["mount", "--bind", str(target), str(target)],
             ["mount", "-o", "remount,ro,bind", str(target)]] if source == "bind"
            else [["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(target)]])
    done = 0
    try:
        for cmd in cmds:
            if shutil.which(cmd[0]) is None or subprocess.run(
                    cmd, capture_output=True).returncode != 0:
                pytest.skip(f"cannot mount here ({' '.join(cmd)})")
            done += 1
        yield target
    finally:
        if done:
            subprocess.run(["umount", str(target)], capture_output=True)


def without_passwd_entry() -> list[str]:
    """A command prefix running as a user id with no passwd entry (a user namespace)."""
    prefix = ["unshare", "--user", "--map-user=54321", "--map-group=54321"]
    if shutil.which("unshare") is None or subprocess.run(
            [*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("user namespaces are not available here")
    return prefix


def cs(folder: Path, *argv: str, stdin: str | None = None, timeout: float = 120,
       **popen) -> tuple[int, str, str]:
    """Run one command to its end: (status, stdout, stderr)."""
    proc = spawn(folder, *argv, piped=stdin is not None, **popen)
    out, err = proc.communicate(stdin, timeout=timeout)
    return proc.returncode, out, err


def assert_one_error(code: int, err: str, *words: str) -> None:
    assert code != 0, err
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err, err
    for w in words:
        assert w in err, err


def opens_with(path: Path, key: str | None) -> bool:
    """Whether ``path`` opens as a database with this key (None: as plain SQLite)."""
    try:
        conn = dbengine.raw_connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        return True
    except Exception:
        return False


def journal_files(folder: Path) -> list[Path]:
    """Every database-looking file of the set (journal, backups, kept copies)."""
    found = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal", ".lock",
                                                ".write-lock", ".converting")) \
                and p.stat().st_size > 0:
            found.append(p)
    return found
