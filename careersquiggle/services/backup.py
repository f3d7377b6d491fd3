"""Rolling backups of the journal, and bringing one back.

A backup is taken with SQLite's online backup API (a consistent snapshot even
while the window writes), written to a temporary file, checked with
``quick_check``, made self-contained (no -wal) and only then renamed into
place, so a half-written backup never has a backup's name. Backups of an
encrypted journal are encrypted with the same passphrase. They live in a
``backups`` folder next to the journal (a real folder: a link to elsewhere is
refused) and are thinned by
:func:`careersquiggle.core.backup_policy.backups_to_keep`, with one more rule:

    Thinning never deletes the newest backup from before a sudden drop: while
    the newest backup holds less than half the entries of an older one, the
    newest of those fuller backups is kept whatever its age.

The copies kept beside the journal by an upgrade or a restore follow the same
policy. Making a backup shares the journal's write lock (beside adds and
other backups); restoring holds it alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only to type-check: backups need no SQLAlchemy
    from careersquiggle.services.journal import Journal

from careersquiggle.core.backup_policy import backups_to_keep
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.db import connection as dbengine
from careersquiggle.db import errors as dberrors
from careersquiggle.db import migrate, schema_check
from careersquiggle.services import lock as journal_lock
from careersquiggle.services import pending

FOLDER = "backups"
DEFAULT_EVERY = dt.timedelta(minutes=15)
_STAMP = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{4}-\d\d-\d\dT\d{6})Z(?:-(?P<n>\d+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC, from the file name
    size: int

    @property
    def encrypted(self) -> bool:
        return not dbengine.has_sqlite_header(self.path)

    def label(self) -> str:
        """When it was taken, in local time, as a person reads it."""
        # The day as every other date reads (the reader's month names and order), then the time.
        local = self.taken_at.astimezone()
        return f"{FuzzyDate.from_date(local.date()).label()}, {local:%H:%M}"


def backup_folder(journal_path: Path) -> Path:
    return Path(journal_path).parent / FOLDER


def list_backups(journal_path: Path) -> list[BackupInfo]:
    """This journal's backups, newest first, from their names (no file is opened)."""
    folder = backup_folder(journal_path)
    stem = Path(journal_path).stem
    found = []
    usable = folder.is_dir() and not folder.is_symlink()
    for p in folder.glob("*.sqlite3") if usable else ():
        info = _info(p)
        if info is not None and info.path.name.startswith(f"{stem}-"):
            found.append(info)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _info(p: Path) -> BackupInfo | None:
    m = _NAME.match(p.name)
    if not m:
        return None
    when = dt.datetime.strptime(m["when"], _STAMP).replace(tzinfo=dt.UTC)
    # Two backups in one second keep their order through the -N suffix.
    when += dt.timedelta(microseconds=int(m["n"] or 0))
    try:
        return BackupInfo(p, when, p.stat().st_size)
    except OSError:
        return None


def entry_count(path: Path, passphrase: str | None = None) -> int | None:
    """How many entries a backup holds; None when it cannot be read."""
    unreadable: tuple[type[Exception], ...] = (JournalError, OSError,
                                               *dbengine.database_errors())
    try:
        conn = dbengine.raw_connect(path, _key_for(path, passphrase))
        try:
            count: int = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            return count
        finally:
            conn.close()
    except unreadable:
        return None


def verify(path: Path, passphrase: str | None = None) -> int:
    """Check that ``path`` is a healthy journal this version can open; its entry count.

    Raises JournalError (WrongPassphrase for an encrypted file the passphrase
    does not open) saying what is wrong.
    """
    try:
        conn = dbengine.raw_connect(path, _key_for(path, passphrase))
        try:
            revision = migrate.current_revision(conn)
            if revision is None:
                raise JournalError(fill(translate(
                    "Backup", "%1 is an empty database, not a journal"), path))
            if not migrate.is_known(revision):
                raise JournalError(fill(translate(
                    "Backup", "%1 was written by a newer version of Career Squiggle"), path))
            schema_check.verify(conn, revision)
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise JournalError(fill(translate(
                    "Backup", "%1 is damaged (it failed its check)"), path))
            count: int = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            return count
        finally:
            conn.close()
    except schema_check.ForeignSchema as exc:
        raise JournalError(f"{path} {exc}") from None
    except dbengine.read_errors() as exc:
        raise dberrors.describe(exc, path, passphrase=passphrase) from None


def newest_good_backup(journal_path: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup that passes :func:`verify`, for the "restore?" offer."""
    for info in list_backups(journal_path):
        try:
            verify(info.path, passphrase)
        except JournalError:
            continue
        return info
    return None


def make_backup(journal_path: Path, passphrase: str | None = None, *,
                out: Path | None = None, now: dt.datetime | None = None) -> BackupInfo:
    """Back the journal up now: into the backups folder (then thinned), or to ``out``."""
    journal_path = Path(journal_path)
    if not journal_path.is_file():
        raise JournalError(fill(translate(
            "Backup", "there is no journal at %1 to back up"), journal_path))
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    if out is None:
        folder = _private_folder(backup_folder(journal_path))
        target = _free_name(folder, journal_path.stem, now)
    else:
        target = Path(out)
        if target.is_dir():
            target = _free_name(target, journal_path.stem, now)
        if target.exists() and target.resolve() == journal_path.resolve():
            raise JournalError(translate(
                "Backup", "a backup cannot be written over the journal itself"))
    # Shared: beside adds and other backups, never while encrypt or restore switch files.
    with journal_lock.operation(journal_path, shared=True):
        stamp = _source_stamp(journal_path)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            _snapshot(journal_path, tmp, passphrase)
            _fsync(tmp)
            # The backup's mtime is the journal's as it was when read: "changed since"
            # is then a comparison of two mtimes (see backup_if_due).
            os.utime(tmp, ns=(stamp, stamp))
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            error = dberrors.describe_os_error(exc, str(target))
            raise type(error)(f"the backup could not be written: {error}") from None
        finally:
            pending.wipe_and_remove(tmp)
            for suffix in ("-journal", "-wal", "-shm"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        if out is None:
            thin(journal_path, now, passphrase)
    return _info(target) or BackupInfo(target, now, target.stat().st_size)


class Backups:
    """``journal.backups``: the open journal's copies. Uses only the journal's path and
    passphrase, so it also works on a journal that was just closed (the closing backup).
    Files that are not an open journal (a backup to check, one to restore over a
    refused journal) go through this module's functions on paths."""

    def __init__(self, journal: Journal):
        self._journal = journal

    @property
    def folder(self) -> Path:
        return backup_folder(self._journal.path)

    def all(self) -> list[BackupInfo]:
        """Newest first."""
        return list_backups(self._journal.path)

    def make(self, *, out: Path | None = None) -> BackupInfo:
        j = self._journal
        return make_backup(j.path, j.passphrase, out=out, now=j.clock())

    def newest_good(self) -> BackupInfo | None:
        return newest_good_backup(self._journal.path, self._journal.passphrase)

    def if_due(self, *, every: dt.timedelta = DEFAULT_EVERY,
               now: dt.datetime | None = None) -> BackupInfo | None:
        """Back up if the journal changed since its newest backup and that one is older
        than ``every``. For the window's timer, and (``every=timedelta(0)``) after closing."""
        j = self._journal
        now = (now or j.clock()).astimezone(dt.UTC)
        backups = list_backups(j.path)
        if backups:
            newest = backups[0]
            if now - newest.taken_at < every:
                return None
            if _source_stamp(j.path) <= newest.path.stat().st_mtime_ns:
                return None  # nothing written since that backup was read
        return make_backup(j.path, j.passphrase, now=now)


def thin(journal_path: Path, now: dt.datetime, passphrase: str | None = None) -> list[Path]:
    """Delete backups (and kept-aside copies) the policy no longer keeps."""
    backups = list_backups(journal_path)
    keep = backups_to_keep([b.taken_at for b in backups], now)
    going = [b for b in backups if b.taken_at not in keep]
    if going:
        spared = _before_drop(backups, going, passphrase)
        going = [b for b in going if b is not spared]
    gone = []
    for b in going:
        with contextlib.suppress(OSError):
            b.path.unlink()
            gone.append(b.path)
    gone += _thin_aside(journal_path, now)
    return gone


def _before_drop(backups: list[BackupInfo], going: list[BackupInfo],
                 passphrase: str | None) -> BackupInfo | None:
    """The newest backup to be thinned that holds more than twice the entries of the
    newest backup (a sudden drop: entries lost, or a journal started afresh)."""
    newest = entry_count(backups[0].path, passphrase)
    if newest is None:
        return None
    for b in going:  # newest first; usually one or two files, each opened once
        if b is not backups[0] and (entry_count(b.path, passphrase) or 0) > 2 * newest:
            # Only when no newer backup that stays is as full (opened only after a drop).
            kept = [k for k in backups[1:] if k.taken_at > b.taken_at and k not in going]
            if not any((entry_count(k.path, passphrase) or 0) > 2 * newest for k in kept):
                return b
            return None
    return None


def aside_copies(journal_path: Path) -> list[Path]:
    """Copies kept beside the journal by an upgrade or a restore (not its -wal/-shm)."""
    found = []
    journal_path = Path(journal_path)
    for p in journal_path.parent.iterdir():
        rest = p.name[len(journal_path.name):] if p.name.startswith(journal_path.name) else ""
        if (rest.startswith((".before-upgrade-", ".replaced-")) and p.is_file()
                and not rest.endswith(("-wal", "-shm", "-journal"))):
            found.append(p)
    return sorted(found)


def _thin_aside(journal_path: Path, now: dt.datetime) -> list[Path]:
    """Kept-aside copies follow the backups' policy (by their time of writing), each
    kind on its own, so deleted words do not stay readable in them for ever."""
    gone = []
    for kind in (".before-upgrade-", ".replaced-"):
        copies = {}
        for p in aside_copies(journal_path):
            if kind in p.name:
                with contextlib.suppress(OSError):
                    copies[p] = dt.datetime.fromtimestamp(p.stat().st_mtime, dt.UTC)
        keep = backups_to_keep(copies.values(), now)
        for p, when in copies.items():
            if when not in keep:
                pending.wipe_and_remove(p)
                Path(f"{p}-wal").unlink(missing_ok=True)
                gone.append(p)
    return gone


def restore(backup_path: Path, journal_path: Path, passphrase: str | None = None, *,
            held: journal_lock.JournalLock | None = None,
            now: dt.datetime | None = None) -> Path | None:
    """Put a backup in the journal's place; the journal must be closed.

    The backup is verified first; the current file (damaged or not) is moved
    aside, never deleted, and its name is returned (None when there was none).
    ``held`` is the window's own lock on the journal.
    """
    backup_path, journal_path = Path(backup_path), Path(journal_path)
    if passphrase is not None and dbengine.has_sqlite_header(backup_path):
        # Restoring it would quietly remove the journal's encryption.
        raise JournalError(
            fill(translate(
                "Backup",
                "%1 is not encrypted but the journal is; remove the journal's encryption first "
                "(careersquiggle decrypt) if you really want it back"), backup_path.name))
    verify(backup_path, passphrase)
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    with journal_lock.exclusive(journal_path, held, purpose="restore"), \
            journal_lock.operation(journal_path):
        from careersquiggle.services import housekeeping

        housekeeping.sweep(journal_path)
        tmp = journal_path.with_name(f".{journal_path.name}.restore.{os.getpid()}.part")
        try:
            shutil.copyfile(backup_path, tmp)
            os.chmod(tmp, 0o600)
            _fsync(tmp)
            aside = _keep_aside(journal_path, now, passphrase)
            # One atomic rename: at every moment a whole journal has the name.
            os.replace(tmp, journal_path)
            _fsync_dir(journal_path.parent)
        except OSError as exc:
            raise dberrors.describe_os_error(exc, str(journal_path)) from None
        finally:
            pending.wipe_and_remove(tmp)
    return aside


def _keep_aside(journal_path: Path, now: dt.datetime, passphrase: str | None) -> Path | None:
    """Give the current journal a second name (a hard link, so the journal keeps its
    own name until the restored file takes it) with its WAL folded in."""
    if not journal_path.exists():
        return None
    if journal_path.stat().st_size == 0 and not Path(f"{journal_path}-wal").exists():
        return None  # an empty file holds nothing to keep
    with contextlib.suppress(JournalError, OSError, *dbengine.database_errors()):
        # Committed words may still be only in the WAL: fold them in while we can.
        conn = dbengine.raw_connect(journal_path, _key_for(journal_path, passphrase),
                                    readonly=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    aside = _free_aside(journal_path, now)
    os.link(journal_path, aside)
    wal = Path(f"{journal_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # a damaged file's WAL goes with it
        os.link(wal, Path(f"{aside}-wal"))
    # Before the switch: a stale WAL would otherwise be replayed into the restored file.
    wal.unlink(missing_ok=True)
    Path(f"{journal_path}-shm").unlink(missing_ok=True)
    _fsync_dir(journal_path.parent)
    return aside


# -- helpers -------------------------------------------------------------------
def _key_for(path: Path, passphrase: str | None) -> str | None:
    """A plain file is read without a key even when the journal has one."""
    return None if dbengine.has_sqlite_header(path) else passphrase


def _snapshot(source: Path, tmp: Path, passphrase: str | None) -> None:
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        src = dbengine.raw_connect(source, passphrase, readonly=False)
    except dbengine.database_errors() as exc:
        raise JournalError(fill(translate(
            "Backup", "%1 cannot be read for a backup (%2)"), source, exc)) from None
    try:
        dst = dbengine.raw_connect(tmp, passphrase, readonly=False)
        try:
            src.backup(dst)
            # One self-contained file: no -wal needed to read or restore it.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise JournalError(fill(translate(
                    "Backup", "the backup of %1 failed its check; it was not kept"), source))
        finally:
            dst.close()
    except dbengine.database_errors() as exc:
        raise JournalError(fill(translate(
            "Backup", "the backup of %1 could not be made (%2)"), source, exc)) from None
    finally:
        src.close()


def _source_stamp(journal_path: Path) -> int:
    """The journal's last-write time: the newest mtime of the file and its WAL."""
    stamps = [p.stat().st_mtime_ns for p in (Path(journal_path), Path(f"{journal_path}-wal"))
              if p.exists()]
    stamp = max(stamps, default=0)
    # A write in the same clock tick as this reading would share its mtime; for a
    # journal written to a moment ago, err towards one backup too many.
    if time.time_ns() - stamp < 2_000_000_000:
        stamp -= 1
    return stamp


def _free_name(folder: Path, stem: str, now: dt.datetime) -> Path:
    base = f"{stem}-{now.strftime(_STAMP)}Z"
    target, n = folder / f"{base}.sqlite3", 1
    while target.exists():
        target, n = folder / f"{base}-{n}.sqlite3", n + 1
    return target


def _free_aside(journal_path: Path, now: dt.datetime) -> Path:
    base = f"{journal_path.name}.replaced-{now.strftime(_STAMP)}Z"
    aside, n = journal_path.with_name(base), 1
    while aside.exists():
        aside, n = journal_path.with_name(f"{base}-{n}"), n + 1
    return aside


def _private_folder(folder: Path) -> Path:
    if folder.is_symlink():
        # Its target's permissions would be changed and files there thinned.
        raise JournalError(fill(translate(
            "Backup",
            "%1 is a link to another folder; backups are only kept in a real folder beside "
            "the journal: remove the link (or give `careersquiggle backup` a folder to "
            "write to)"), folder))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder
        return
    with contextlib.suppress(OSError):
        _fsync(folder)
