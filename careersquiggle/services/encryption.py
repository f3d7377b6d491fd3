"""Encryption at rest with SQLCipher: encrypt, change the passphrase, decrypt.

Every change is a conversion, never an edit in place: ``sqlcipher_export``
writes the whole journal to a temporary file under the new key, the copy is
checked (``quick_check`` and the same number of rows in every table) and
only then renamed over the original.

All copies of the journal in its folder follow: backups, and the files kept
aside by an upgrade or a restore, are converted too, so that after
``encrypt`` no plaintext copy is left and after ``passwd`` one passphrase
opens every backup. A copy that cannot be read stops the whole operation
before anything is changed, naming the file (deleting it silently could lose
the only copy of something). Old plaintext files are overwritten with zeros
before they are let go; on SSDs and copy-on-write file systems the disk may
still hold old blocks, which only full-disk encryption covers.

Every file is converted to a temporary name and checked before any is
switched; then a plan file records the switches (the commit point) and the
renames follow. A crash before the plan leaves the old set (its temporary
files are swept by the next open); after it, the next open finishes the
renames (see pending.py). So the set is never left under two keys.

The journal must be closed; the window passes its lock as ``held``.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.db import connection as dbengine
from careersquiggle.db.connection import (  # noqa: F401 - re-exported for the window
    ENABLE_ENCRYPTION,
    PassphraseRequired,
    WrongPassphrase,
)
from careersquiggle.services import backup, pending
from careersquiggle.services import lock as journal_lock

MIN_LENGTH = 8


@dataclass
class Conversion:
    """What a conversion did, for a message to the user."""

    journal: Path
    copies: list[Path] = field(default_factory=list)


def available() -> bool:
    try:
        dbengine.sqlcipher()
    except JournalError:
        return False
    return True


def is_encrypted(journal_path: Path) -> bool:
    """True for an existing, non-empty file without a SQLite header."""
    p = Path(journal_path)
    return p.is_file() and p.stat().st_size > 0 and not dbengine.has_sqlite_header(p)


def check_new_passphrase(new: str, again: str | None = None) -> str:
    """A passphrase to set: long enough, typed the same twice. Raises ValidationError."""
    if again is not None and new != again:
        raise ValidationError(translate(
            "Encryption", "the two passphrases are not the same"))
    if len(new) < MIN_LENGTH:
        raise ValidationError(fill(translate(
            "Encryption", "a passphrase needs at least %1 characters"), MIN_LENGTH))
    if "\x00" in new:
        raise ValidationError(translate(
            "Encryption", "a passphrase cannot contain a NUL character"))
    return new


def encrypt(journal_path: Path, passphrase: str, *,
            held: journal_lock.JournalLock | None = None) -> Conversion:
    check_new_passphrase(passphrase)
    if is_encrypted(journal_path):
        raise JournalError(fill(translate(
            "Encryption", "%1 is already encrypted; use passwd to change its passphrase"),
            journal_path))
    return _convert(Path(journal_path), None, passphrase, held)


def decrypt(journal_path: Path, passphrase: str, *,
            held: journal_lock.JournalLock | None = None) -> Conversion:
    _must_be_encrypted(journal_path)
    return _convert(Path(journal_path), passphrase, None, held)


def change_passphrase(journal_path: Path, current: str, new: str, *,
                      held: journal_lock.JournalLock | None = None) -> Conversion:
    _must_be_encrypted(journal_path)
    check_new_passphrase(new)
    return _convert(Path(journal_path), current, new, held)


def _must_be_encrypted(journal_path: Path) -> None:
    if not Path(journal_path).is_file():
        raise JournalError(fill(translate(
            "Encryption", "there is no journal at %1"), journal_path))
    if not is_encrypted(journal_path):
        raise JournalError(fill(translate(
            "Encryption", "%1 is not encrypted"), journal_path))


aside_copies = backup.aside_copies


def _convert(journal: Path, old: str | None, new: str | None,
             held: journal_lock.JournalLock | None) -> Conversion:
    dbengine.sqlcipher()  # a clear message when SQLCipher is not installed
    done = Conversion(journal)
    what = "encrypt" if old is None else "decrypt" if new is None else "passwd"
    # The window lock keeps windows out; the write lock, held alone, keeps out every
    # command that writes any file of the set (add, import, backup, restore).
    with journal_lock.exclusive(journal, held, purpose="encryption"), \
            journal_lock.operation(journal):
        from careersquiggle.services import housekeeping

        pending.finish(journal)  # an earlier, interrupted change first
        housekeeping.sweep(journal)
        # Listed now, under the lock: no backup can appear after this.
        copies = [b.path for b in backup.list_backups(journal)] + aside_copies(journal)
        temps: dict[Path, Path] = {}
        try:
            # A second connection holds the write lock from export to rename, so no
            # write slips in between (a terminal command waits, then finds the file
            # moved: SQLite refuses to write to a replaced file).
            guard = _open_source(journal, old)
            try:
                guard.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                guard.execute("BEGIN IMMEDIATE")
                src = _open_source(journal, old)
                try:
                    temps[journal] = _export(src, journal, new)
                finally:
                    src.close()
                for copy in copies:
                    temps[copy] = _convert_copy(copy, old, new, journal)
                # The commit point: from here a crash is finished by the next open.
                switches = [(temps[c], c) for c in copies] + [(temps[journal], journal)]
                pending.write_plan(journal, what, switches)
                temps.clear()
                pending.apply(journal, switches)
                done.copies.extend(copies)
            finally:
                guard.close()
        finally:
            for tmp in temps.values():
                pending.wipe_and_remove(tmp)
    return done


def _open_source(path: Path, key: str | None) -> sqlite3.Connection:
    try:
        # sqlcipher3 has no type hints; its connections follow sqlite3's API.
        conn: sqlite3.Connection = dbengine.sqlcipher().connect(str(path), isolation_level=None)
        if key is not None:
            conn.execute(f"PRAGMA key = {dbengine.quote_text(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except dbengine.database_errors() as exc:
        if key is not None and "not a database" in str(exc):
            raise WrongPassphrase(fill(translate(
                "Encryption", "the passphrase does not open %1"), path)) from None
        raise JournalError(fill(translate(
            "Encryption", "%1 cannot be read (%2); nothing was changed"), path, exc)) from None


def _convert_copy(copy: Path, old: str | None, new: str | None, journal: Path) -> Path:
    key = None if dbengine.has_sqlite_header(copy) else old
    try:
        conn = _open_source(copy, key)
        try:
            # Fold a kept-aside -wal into its file first, so none is left behind.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            return _export(conn, copy, new)
        finally:
            conn.close()
    except JournalError:
        raise JournalError(
            fill(translate(
                "Encryption",
                "%1 (a copy of the journal) cannot be read with this passphrase, so it cannot "
                "be converted; move it out of %2 or delete it, then try again (nothing was "
                "changed)"), copy, journal.parent)) from None


def _export(src: sqlite3.Connection, path: Path, key: str | None) -> Path:
    """Write ``src`` to a temporary file beside ``path`` under ``key`` (None: plain); check it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.convert.part")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        src.execute("ATTACH DATABASE ? AS target KEY ?", (str(tmp), key or ""))
        src.execute("SELECT sqlcipher_export('target')").fetchall()
        version = src.execute("PRAGMA main.user_version").fetchone()[0]
        src.execute(f"PRAGMA target.user_version = {int(version)}")
        src.execute("DETACH DATABASE target")
        expected = _row_counts(src)
        check = dbengine.raw_connect(tmp, key, readonly=False)
        try:
            ok = check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            if not ok or _row_counts(check) != expected:
                raise JournalError(fill(translate(
                    "Encryption", "the converted copy of %1 did not match; nothing was changed"),
                    path))
        finally:
            check.close()
        backup._fsync(tmp)
        return tmp
    except BaseException:
        pending.wipe_and_remove(tmp)
        raise


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' ORDER BY name")]
    return {t: conn.execute(f'SELECT count(*) FROM main."{t}"').fetchone()[0] for t in tables}
