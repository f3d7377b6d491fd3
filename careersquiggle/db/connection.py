"""The one way a journal file is opened: header check, SQLCipher key, pragmas, casefold.

Everything that talks to a journal file gets its connection here: the Journal
at run time (:func:`connect`), the migration engine (built on :func:`connect`
in db/engine.py), and checks, backups and conversions (:func:`raw_connect`).
Only the standard library (and sqlcipher3 for an encrypted file) is loaded:
quick capture from the terminal must not pay for SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.db import errors, schema_check

SQLITE_HEADER = b"SQLite format 3\x00"
# sqlcipher3-binary has wheels for Linux x86-64 only; elsewhere this says how to get it.
ENABLE_ENCRYPTION = (
    "encryption needs the sqlcipher3 module: pip install sqlcipher3-binary "
    "(Linux x86-64) or pip install sqlcipher3 (built against your SQLCipher library)"
)
# Foreign keys keep tags tied to their entry; WAL + FULL sync means a committed
# entry survives a crash and a power cut; a busy file is waited for, not refused.
# trusted_schema off: a crafted file's triggers and views may call no function with
# side effects (its schema is also verified before use: db/schema_check.py).
PRAGMAS = ("trusted_schema=OFF", "foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL",
           "busy_timeout=5000")


class PassphraseRequired(JournalError):
    """The journal is encrypted and no passphrase was given."""


class WrongPassphrase(JournalError):
    """The passphrase given does not open the journal."""


_quietened = False


def sqlcipher() -> Any:
    """The sqlcipher3 module; a clear JournalError when it is not installed."""
    global _quietened
    try:
        import sqlcipher3  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        raise JournalError(ENABLE_ENCRYPTION) from None
    if not _quietened:
        # SQLCipher logs each failed page decryption to stderr; a wrong passphrase
        # must be one clear message, so its (process-wide) log is switched off.
        c = sqlcipher3.connect(":memory:")
        c.execute("PRAGMA cipher_log_level = NONE")
        # Process-wide: SQLCipher zeroes and locks the memory holding keys and pages.
        c.execute("PRAGMA cipher_memory_security = ON")
        c.close()
        _quietened = True
    return sqlcipher3


def read_errors() -> tuple[type[Exception], ...]:
    """The driver's errors and OSError: what reading a file of unknown state may raise."""
    return (*database_errors(), OSError)


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API errors of plain and of encrypted connections (sqlcipher3 has its own)."""
    try:
        import sqlcipher3  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def looks_encrypted(path: Path) -> bool:
    """No SQLite header, and a size that whole SQLCipher pages add up to."""
    size = Path(path).stat().st_size
    return size >= 512 and size % 512 == 0 and not has_sqlite_header(path)


def quote_text(value: str) -> str:
    """A SQL string literal: PRAGMA key cannot take a bound parameter."""
    if "\x00" in value:
        raise JournalError(translate(
            "Connection", "a passphrase cannot contain a NUL character"))
    return "'" + value.replace("'", "''") + "'"


def _key(conn: Any, path: Path, passphrase: str) -> None:
    try:
        conn.execute(f"PRAGMA key = {quote_text(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(fill(translate(
                "Connection", "the passphrase does not open %1"), path)) from None
        raise


def connect(path: Path, passphrase: str | None = None, *, autocommit: bool = True,
            threads: bool = False) -> Any:
    """A connection for reading and writing the journal, keyed first when encrypted.

    ``autocommit`` (the Journal's way): the caller begins and ends transactions
    itself; without it the driver begins them (what SQLAlchemy expects, for
    migrations). ``threads``: the caller serialises use across threads itself.
    """
    module: Any = sqlite3 if passphrase is None else sqlcipher()
    conn = module.connect(str(path), isolation_level=None if autocommit else "",
                          check_same_thread=not threads)
    if passphrase is not None:
        _key(conn, path, passphrase)
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    # Unicode-aware case folding for search (SQLite's lower() is ASCII only).
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    return conn


def raw_connect(path: Path, passphrase: str | None = None, *, readonly: bool = True) -> Any:
    """A connection for checks, backups and conversions, keyed first when encrypted.

    Read-only for checks that must change neither the file nor its folder: with
    no -wal file beside it nobody has the file open, so it is read as immutable
    and SQLite leaves no -wal/-shm files next to a file it may be about to refuse.
    Writable (``readonly=False``) for making backups and conversions.
    Raises :class:`WrongPassphrase` when the passphrase does not open the file.
    """
    if not readonly:
        flags = "mode=rwc"
    elif Path(f"{path}-wal").exists():
        flags = "mode=ro"
    else:
        flags = "mode=ro&immutable=1"
    uri = f"{Path(path).resolve().as_uri()}?{flags}"
    if passphrase is None:
        conn = sqlite3.connect(uri, uri=True)
    else:
        conn = sqlcipher().connect(uri, uri=True)
        _key(conn, path, passphrase)
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def inspect(path: Path, passphrase: str | None = None, *, check: bool = True
            ) -> tuple[str | None, str | None]:
    """The schema revision of an existing file and the passphrase it needs (None when
    plain), refusing anything that is not a healthy journal, untouched.

    ``quick_check`` (``check``) costs about 0.05 s for 100,000 entries; it is what
    finds a damaged page before the app writes next to it.
    """
    from careersquiggle.db.migrate import current_revision

    try:
        if has_sqlite_header(path):
            passphrase = None
        elif not looks_encrypted(path):
            raise JournalError(
                fill(translate(
                    "Connection",
                    "%1 is not a Career Squiggle journal (nor an encrypted one); it has not "
                    "been changed"), path)
            )
        elif passphrase is None:
            try:
                sqlcipher()
            except JournalError as exc:
                raise JournalError(fill(translate(
                    "Connection", "%1 looks encrypted, and %2"), path, exc)) from None
            # Random bytes and SQLCipher pages look alike: say both, honestly.
            raise PassphraseRequired(
                fill(translate(
                    "Connection",
                    "%1 is encrypted, or is not a Career Squiggle journal: give its passphrase "
                    "to open it (it has not been changed)"), path)
            )
        conn = raw_connect(path, passphrase)
        try:
            revision = current_revision(conn)
            schema_check.verify(conn, revision)  # before anything runs the file's schema
            if check:
                quick_check(conn, path)
            return revision, passphrase
        finally:
            conn.close()
    except (PassphraseRequired, WrongPassphrase):
        raise
    except JournalError as exc:
        if str(path) in str(exc):  # it names the file already (in any word order)
            raise
        raise type(exc)(f"{path} {exc}{_unchanged(str(exc))}") from exc
    except read_errors() as exc:
        # Damaged only if a fresh check says so: busy, full or replaced files are not.
        said = errors.describe(exc, path, passphrase=passphrase)
        raise type(said)(f"{said}{_unchanged(str(said))}") from exc


def _unchanged(message: str) -> str:
    """'; it has not been changed', unless the message says so already."""
    said = translate("Connection", "it has not been changed")
    return "" if said in message or "not been changed" in message else f"; {said}"


def quick_check(conn: Any, path: Path) -> None:
    """Raise JournalError unless SQLite's quick check finds the file healthy."""
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        from careersquiggle.core.errors import DamagedJournal

        raise DamagedJournal(fill(translate(
            "Connection", "%1 is damaged (it failed its check); it has not been changed"),
            path))


def as_journal_error(exc: Exception, path: Path | None = None,
                     passphrase: str | None = None) -> JournalError:
    """A driver error in words (full, read-only, busy, damaged...: see db/errors.py)."""
    return errors.describe(exc, path, passphrase=passphrase)
