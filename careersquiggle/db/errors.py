"""SQLite's and the system's failures, each in its own words.

"Damaged" is a grave word: it makes people restore an older backup. So a
failure is classified first (disk full, read-only, busy, input/output,
corrupt...) and a file is only called damaged when an integrity check of it,
run afresh, fails too. A "malformed" error from a file that then passes its
check was a file changed underneath a reader (e.g. replaced by another
command), which a retry fixes.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from careersquiggle.core.errors import DamagedJournal, JournalError
from careersquiggle.core.i18n import fill, translate

# SQLite's primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _TOOBIG, _CONSTRAINT, _NOTADB = 13, 14, 18, 19, 26


class DiskFull(JournalError):
    """No room left (or a file-size limit): nothing was written."""


class ReadOnly(JournalError):
    """The journal or its folder cannot be written."""


class Busy(JournalError):
    """Another program holds the journal's write lock for too long."""


class DiskError(JournalError):
    """An input/output error from the disk or the file system."""


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()  # drivers without codes: SQLite's fixed messages
    for needle, c in (("database or disk is full", _FULL), ("readonly database", _READONLY),
                      ("database is locked", _BUSY), ("table is locked", _LOCKED),
                      ("disk i/o error", _IOERR), ("malformed", _CORRUPT),
                      ("file is not a database", _NOTADB), ("unable to open", _CANTOPEN)):
        if needle in text:
            return c
    return None


def unwrap(exc: BaseException) -> BaseException:
    """The driver's own exception inside SQLAlchemy's wrapper."""
    return getattr(exc, "orig", None) or exc


def is_database_error(exc: BaseException) -> bool:
    inner = unwrap(exc)
    if isinstance(inner, sqlite3.Error):
        return True
    return type(inner).__module__.startswith(("sqlcipher3", "pysqlite"))


def describe(exc: BaseException, path: Path | None = None, *,
             passphrase: str | None = None) -> JournalError:
    """A JournalError of the right kind for ``exc`` (an OSError or a database error)."""
    what = str(path) if path is not None else "the journal"
    inner = unwrap(exc)
    if isinstance(inner, OSError):
        return describe_os_error(inner, what)
    code = _code(inner)
    first = (str(inner).strip().splitlines() or ["unknown"])[0]
    if code == _FULL:
        return DiskFull(fill(translate(
            "DbErrors",
            "%1: the disk is full, so nothing was written; free some space and try again"),
            what))
    if code in (_READONLY, _PERM):
        return ReadOnly(fill(translate(
            "DbErrors",
            "%1 cannot be written: the file or its folder is read-only (check its "
            "permissions, or whether the disk is mounted read-only)"), what))
    if code in (_BUSY, _LOCKED):
        return Busy(fill(translate(
            "DbErrors",
            "%1 is busy: another command or window is writing to it; try again in a moment"),
            what))
    if code == _IOERR:
        return DiskError(fill(translate(
            "DbErrors",
            "%1: the disk reported an input/output error (%2); a full disk, a file-size "
            "limit, a removed drive or a failing disk can cause it; nothing was changed"),
            what, first))
    if code == _CANTOPEN and path is not None and _read_only(Path(path).parent):
        return ReadOnly(fill(translate(
            "DbErrors",
            "%1 cannot be written: its folder is read-only (check its permissions, or "
            "whether the disk is mounted read-only)"), what))
    if code == _CANTOPEN:
        return ReadOnly(fill(translate(
            "DbErrors", "%1 cannot be opened: its folder is missing or cannot be written"),
            what))
    if code == _NOMEM:
        return JournalError(fill(translate(
            "DbErrors", "%1: out of memory"), what))
    if code == _TOOBIG:
        return JournalError(fill(translate(
            "DbErrors", "%1: a value is too big to store"), what))
    if code == _CONSTRAINT:
        return JournalError(fill(translate(
            "DbErrors", "%1 refused the change (%2); nothing was changed"), what, first))
    if code in (_CORRUPT, _NOTADB):
        return confirm_damage(path, passphrase, first)
    if "no such table" in first or "no such column" in first:
        return DamagedJournal(fill(translate(
            "DbErrors",
            "%1 lacks part of a journal's schema (%2); it was damaged or changed by "
            "another program"), what, first))
    return JournalError(fill(translate(
        "DbErrors", "%1: the database refused (%2)"), what, first))


def _read_only(folder: Path) -> bool:
    import os

    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY) or not os.access(folder, os.W_OK)
    except (OSError, AttributeError):
        return False


def describe_os_error(exc: OSError, what: str = "the journal") -> JournalError:
    name = exc.filename or what
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(fill(translate(
            "DbErrors",
            "%1: the disk is full, so nothing was written; free some space and try again"),
            name))
    if exc.errno == errno.EFBIG:
        return DiskFull(fill(translate(
            "DbErrors",
            "%1: the file would be larger than this system allows (a file-size limit); "
            "nothing was written"), name))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnly(fill(translate(
            "DbErrors", "%1 cannot be written (%2)"), name, reason))
    if exc.errno == errno.EIO:
        return DiskError(fill(translate(
            "DbErrors", "%1: the disk reported an input/output error"), name))
    return JournalError(f"{name}: {reason}")


def confirm_damage(path: Path | None, passphrase: str | None, reason: str) -> JournalError:
    """"Damaged" only if a fresh integrity check of the file fails too."""
    if path is None or not Path(path).exists():
        return JournalError(fill(translate(
            "DbErrors", "the journal could not be read (%1); try again"), reason))
    from careersquiggle.db import connection as dbengine

    try:
        key = None if dbengine.has_sqlite_header(path) else passphrase
        if key is None and not dbengine.has_sqlite_header(path):
            return JournalError(fill(translate(
                "DbErrors",
                "%1 could not be read (%2): it was changed while being read (another "
                "command may have encrypted or replaced it); try again"), path, reason))
        conn = dbengine.raw_connect(path, key)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        finally:
            conn.close()
    except dbengine.WrongPassphrase:
        return JournalError(fill(translate(
            "DbErrors", "%1 was changed while being read (its passphrase changed); try again"),
            path))
    except dbengine.read_errors() as exc:
        if _code(exc) not in (_CORRUPT, _NOTADB):
            return describe(exc, path)
        ok = False
    if ok:
        return JournalError(fill(translate(
            "DbErrors",
            "%1 could not be read (%2), but it passes its check: it was changed while "
            "being read (by another command); try again"), path, reason))
    return DamagedJournal(fill(translate(
        "DbErrors", "%1 is damaged (%2; it fails its integrity check)"), path, reason))
