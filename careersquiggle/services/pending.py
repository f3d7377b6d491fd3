"""A change of many files as one: the plan file that makes a conversion recoverable.

Encrypt, decrypt and passwd convert every file of the journal's set (the
journal, its backups, kept-aside copies) to a temporary file first. Only when
all of them are written, checked and on disk is the plan written: a small
file (``journal.sqlite3.converting``) listing each temporary file and the
name it replaces. Writing the plan is the moment of commit:

- killed before it, nothing was switched: the temporary files are stale and
  the next open removes them (see housekeeping);
- killed after it, the next open (or the retry) finishes the renames the plan
  lists, which needs no passphrase, and then removes the plan.

So after any crash the set ends up all under the old key or all under the new
one, never mixed.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate

PLAN_SUFFIX = ".converting"


def plan_path(journal: Path) -> Path:
    return Path(f"{journal}{PLAN_SUFFIX}")


def write_plan(journal: Path, what: str, switches: list[tuple[Path, Path]]) -> None:
    """Record (durably, atomically) that each temporary file replaces its target."""
    folder = journal.parent
    doc = {"what": what,
           "switches": [[str(t.relative_to(folder)), str(d.relative_to(folder))]
                        for t, d in switches]}
    final = plan_path(journal)
    tmp = final.with_name(f".{final.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(doc).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, final)
    fsync_dir(folder)


def finish(journal: Path) -> str | None:
    """Carry out an interrupted plan, if there is one; a sentence saying so, else None.

    The caller holds the journal's write lock alone.
    """
    plan = plan_path(journal)
    try:
        doc = json.loads(plan.read_text(encoding="utf-8"))
        switches = [(journal.parent / t, journal.parent / d) for t, d in doc["switches"]]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise JournalError(fill(translate(
            "Journal",
            "%1 (an interrupted encryption change) cannot be read (%2); nothing was changed"),
            plan, exc)) from None
    apply(journal, switches)
    return (f"an interrupted change ({doc.get('what', 'encryption')}) was finished: "
            f"{len(switches)} file(s) switched")


def apply(journal: Path, switches: list[tuple[Path, Path]]) -> None:
    """The renames of a written plan, each done once (a repeat skips what is done)."""
    for tmp, target in switches:
        if tmp.exists():
            replace_wiping(tmp, target)
    drop_empty_wal(journal)
    plan_path(journal).unlink(missing_ok=True)
    fsync_dir(journal.parent)


def replace_wiping(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` over ``target``, then overwrite the old file's bytes with zeros.

    The old file stays reachable through an open descriptor after the atomic
    rename, so at no moment is there no whole file under the name.
    """
    try:
        old_fd = os.open(target, os.O_RDWR)
    except FileNotFoundError:
        old_fd = None
    try:
        os.replace(tmp, target)
        fsync_dir(target.parent)
        # Only bytes no name reaches any more: a file hard-linked elsewhere (a restore's
        # kept copy) is still someone's file.
        if old_fd is not None and os.fstat(old_fd).st_nlink == 0:
            wipe_fd(old_fd)
    finally:
        if old_fd is not None:
            os.close(old_fd)


def wipe_fd(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(1 << 16)
    for start in range(0, size, len(zeros)):
        os.write(fd, zeros[: min(len(zeros), size - start)])
    os.fsync(fd)


def wipe_and_remove(path: Path) -> None:
    """Delete a leftover file, overwriting it with zeros first (it may hold plaintext)
    unless another name still reaches its bytes."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        with contextlib.suppress(OSError):
            path.unlink()
        return
    try:
        with contextlib.suppress(OSError):
            path.unlink()
        with contextlib.suppress(OSError):
            if os.fstat(fd).st_nlink == 0:
                wipe_fd(fd)
    finally:
        os.close(fd)


def drop_empty_wal(journal: Path) -> None:
    """SQLite keeps a replaced file's -wal/-shm; an empty WAL holds no words and would
    only confuse a reader of the new file."""
    wal, shm = Path(f"{journal}-wal"), Path(f"{journal}-shm")
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()
            shm.unlink(missing_ok=True)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
