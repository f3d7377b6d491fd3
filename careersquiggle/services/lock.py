"""One writer: a window holds a lock on its journal so a second window cannot open it.

The lock is an operating-system lock (``flock`` on Linux and macOS,
``msvcrt.locking`` on Windows) on ``journal.sqlite3.lock``. The kernel drops
it when the process ends, however it ends, so a lock left by a crash or a
``kill -9`` is recovered by simply taking it; unlike a PID in a file, it is
never fooled by a PID reused after a reboot. The file also says who holds it
(process id, host, since when) so the message can say where the journal is open.

Terminal commands do not take the window lock: they are short transactions
that SQLite (WAL and a busy timeout) lets run beside an open window. Commands
that replace the whole file (encrypt, decrypt, passwd, restore) do take it.

Beside it there is one *write lock* (``journal.sqlite3.write-lock``) for every
operation that writes any file of the journal's set (the journal, its
backups, kept-aside copies, conversion files): see :func:`operation`. Adding,
importing and backing up share it; encrypt, decrypt, passwd, restore,
creating and upgrading the schema hold it alone, so none of them ever runs
while another command reads or writes a file they are about to replace.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate

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

    def _lock_mode(fd: int, shared: bool) -> bool:
        return _try_lock(fd)  # Windows has no shared mode here: every holder is alone
else:
    import fcntl

    def _lock_mode(fd: int, shared: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

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
        raise JournalError(fill(translate(
            "Lock", "cannot create the lock file %1: %2"), path, exc.strerror)) from None
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


# -- the write lock ----------------------------------------------------------------
WAIT_SHORT = 10.0  # seconds an operation waits for another one to finish before giving up
WAIT_LONG = 600.0  # taking back a shared lock given up for a moment (see operation)
_held: dict[tuple[str, int], list[Any]] = {}  # (journal, thread) -> [fd, shared?, depth]


def write_lock_path(journal_path: Path) -> Path:
    return Path(f"{journal_path}.write-lock")


def _key(journal_path: Path) -> tuple[str, int]:
    # Per thread: each thread holds its own descriptor, so the kernel orders the
    # window's background backup and its main thread like two processes.
    return str(Path(journal_path).resolve()), threading.get_ident()


def _wait_for(fd: int, shared: bool, wait: float) -> bool:
    deadline = time.monotonic() + wait
    delay = 0.005
    while not _lock_mode(fd, shared):
        if time.monotonic() >= deadline:
            return False
        time.sleep(delay)
        delay = min(delay * 2, 0.1)
    return True


def _busy_message(journal_path: Path) -> str:
    return (f"{journal_path} is being changed by another command (a backup, an import, "
            "an encryption change or a restore); try again when it ends")


@contextlib.contextmanager
def operation(journal_path: Path, *, shared: bool = False,
              wait: float = WAIT_SHORT) -> Iterator[None]:
    """Hold the journal's write lock: ``shared`` beside other adds, imports and backups,
    else alone. Waits up to ``wait`` seconds, then raises :class:`JournalInUse`.

    Re-entrant within a process: a shared holder asking to be alone is upgraded on the
    same descriptor (and put back afterwards), so an add that has to create the schema
    does not wait for itself.
    """
    key = _key(journal_path)
    mine = _held.get(key)
    if mine is not None:
        fd, was_shared, _depth = mine
        if was_shared and not shared:
            # flock converts by dropping the shared lock first, even when the exclusive
            # one is then refused: so on a refusal the shared one is taken back.
            if not _wait_for(fd, False, wait):
                _wait_for(fd, True, WAIT_LONG)
                raise JournalInUse(_busy_message(Path(journal_path)))
            mine[1] = False
        mine[2] += 1
        try:
            yield
        finally:
            mine[2] -= 1
            if was_shared and not shared:
                _wait_for(fd, True, WAIT_LONG)  # back to sharing
                mine[1] = True
        return
    path = write_lock_path(journal_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        if shared and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            # A folder nobody here can write: no file can be switched under a reader,
            # and a write will fail in words of its own.
            yield
            return
        raise JournalError(fill(translate(
            "Lock",
            "%1: the lock file cannot be created (%2); the journal's folder must be "
            "writable"), path, exc.strerror)) from None
    try:
        if not _wait_for(fd, shared, wait):
            raise JournalInUse(_busy_message(Path(journal_path)))
        _held[key] = [fd, shared, 1]
        try:
            yield
        finally:
            del _held[key]
    finally:
        os.close(fd)  # closing the last descriptor drops the kernel's lock


def holds(journal_path: Path) -> bool:
    """True while this thread holds the write lock (shared or alone)."""
    return _key(journal_path) in _held


def holds_alone(journal_path: Path) -> bool:
    """True while this process holds the write lock alone (for housekeeping that must
    not race another command)."""
    mine = _held.get(_key(journal_path))
    return mine is not None and not mine[1]
