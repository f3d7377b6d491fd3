"""One writer: a window holds a lock on its journal so a second window cannot open it.

The lock is an operating-system lock (``flock`` on Linux and macOS,
``msvcrt.locking`` on Windows) on ``journal.sqlite3.lock``. The kernel drops
it when the process ends, however it ends, so a lock left by a crash or a
``kill -9`` is recovered by simply taking it; unlike a PID in a file, it is
never fooled by a PID reused after a reboot. The file also says who holds it
(process id, host, since when) so the message can say where the journal is open.

Terminal commands do not take the lock: they are short transactions that
SQLite (WAL and a busy timeout) lets run beside an open window. Commands
that replace the whole file (encrypt, decrypt, passwd, restore) do take it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from careersquiggle.core.errors import JournalError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class JournalInUse(JournalError):
    """The journal is open in another window (or another command is replacing it)."""


def lock_path(journal_path: Path) -> Path:
    return Path(f"{journal_path}.lock")


class JournalLock:
    """A held lock; release it (or leave the ``with`` block) when the journal is closed."""

    def __init__(self, journal_path: Path, fd: int):
        self.journal_path = Path(journal_path)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # The file stays: deleting it would let a waiting process lock a file
        # that no longer has a name while a third one creates a new one.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> JournalLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def holder(journal_path: Path) -> dict[str, Any] | None:
    """Who last took the lock (pid, host, since), as written in the lock file."""
    try:
        found: dict[str, Any] | None = json.loads(
            lock_path(journal_path).read_text(encoding="utf-8") or "null")
        return found
    except (OSError, ValueError):
        return None


def acquire(journal_path: Path, *, purpose: str = "window") -> JournalLock:
    """Take the lock or raise :class:`JournalInUse` saying where the journal is open."""
    path = lock_path(journal_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise JournalError(f"cannot create the lock file {path}: {exc.strerror}") from None
    if not _try_lock(fd):
        os.close(fd)
        raise JournalInUse(_in_use_message(journal_path))
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    info = {"pid": os.getpid(), "host": socket.gethostname(), "purpose": purpose,
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    # The lock itself is the kernel's; this text only tells others who holds it.
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode("utf-8"))
    return JournalLock(journal_path, fd)


def _in_use_message(journal_path: Path) -> str:
    who = holder(journal_path) or {}
    where = ""
    if who.get("pid"):
        where = f" (process {who['pid']} on {who.get('host') or 'this computer'}"
        where += f", since {who['since']})" if who.get("since") else ")"
    if who.get("purpose") not in (None, "window"):
        return f"{journal_path} is being changed by another command{where}; try again when it ends"
    return (f"{journal_path} is open in another Career Squiggle window{where}; "
            "close it there first")


@contextlib.contextmanager
def exclusive(journal_path: Path, held: JournalLock | None = None,
              purpose: str = "command") -> Iterator[JournalLock]:
    """The lock for replacing the whole file: ``held`` when the caller (the window)
    already has it for this journal, else taken here and released afterwards."""
    if held is not None and held.held and held.journal_path.resolve() == Path(
            journal_path).resolve():
        yield held
        return
    with acquire(journal_path, purpose=purpose) as taken:
        yield taken
