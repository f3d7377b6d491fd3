"""What runs before a journal is opened: finish or clean up after a crash.

- An interrupted encryption change is finished (see pending.py).
- Temporary files left by a killed backup, restore, conversion or upgrade are
  overwritten with zeros and removed: they may be plaintext copies.
- Creating and upgrading the schema hold the write lock alone, so two first
  commands in a new folder never both create it.
- A missing or empty journal next to backups or kept-aside copies is a loss,
  not a start: it is refused, and the newest good backup offered.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from careersquiggle.core.errors import DamagedJournal, JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.db import connection as dbengine
from careersquiggle.db import errors as dberrors
from careersquiggle.db import migrate
from careersquiggle.services import backup, pending
from careersquiggle.services import lock as journal_lock

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)
# Every temporary name our operations use ends in ".part" (SQLite may add -journal etc.).
_PART = re.compile(r"^\..+\.part(?:-journal|-wal|-shm)?$")


def prepare(journal: Path) -> list[str]:
    """Finish an interrupted change and sweep leftovers; sentences saying what was done."""
    journal = Path(journal)
    done: list[str] = []
    if pending.plan_path(journal).exists():
        with journal_lock.operation(journal):
            note = pending.finish(journal)
            if note:
                done.append(note)
                log.info("finished an interrupted conversion")
            sweep(journal)
        return done
    if journal_lock.holds(journal):
        return done  # swept before this command took its lock (cli.common)
    try:
        if not leftovers(journal):
            return done  # the usual case: no lock file touched, nothing written
        with journal_lock.operation(journal, wait=0):
            gone = sweep(journal)
    except journal_lock.JournalInUse:
        return done  # another command runs: it (or the next open) sweeps
    except (JournalError, OSError):  # e.g. a read-only folder: the open itself will say
        return done
    if gone:
        done.append(f"removed {len(gone)} temporary file(s) left by an interrupted command")
    return done


def leftovers(journal: Path) -> list[Path]:
    """Temporary files of this journal's operations, in its folder and its backups folder."""
    journal = Path(journal)
    found = []
    for folder, prefix in ((journal.parent, f".{journal.name}"),
                           (backup.backup_folder(journal), f".{journal.stem}-")):
        if not folder.is_dir() or folder.is_symlink():
            continue
        for p in folder.iterdir():
            if p.name.startswith(prefix) and _PART.match(p.name) and p.is_file():
                found.append(p)
    return sorted(found)


def sweep(journal: Path) -> list[Path]:
    """Remove (wiping first) every leftover; only while holding the write lock alone,
    when no running operation can own one of them."""
    if not journal_lock.holds_alone(journal):
        raise RuntimeError("sweep needs the journal's write lock held alone")
    gone = leftovers(journal)
    for p in gone:
        pending.wipe_and_remove(p)
    return gone


def upgrade(path: Path, revision: str | None, passphrase: str | None) -> None:
    """Bring a new or older file to HEAD with Alembic (the only use of SQLAlchemy), alone
    and atomically; a no-op for a journal already at HEAD."""
    if revision == migrate.HEAD:
        return
    from careersquiggle.db.engine import make_engine

    engine = make_engine(path, passphrase)
    try:
        with journal_lock.operation(path):
            # Another command may have created or upgraded it while we waited.
            actual = current_revision(path, passphrase)
            if actual == migrate.HEAD:
                return
            if actual is None:
                refuse_lost(path)
            migrate.upgrade(engine, path, actual, passphrase)
    except JournalError as exc:
        if str(exc).startswith(str(path)):
            raise
        raise type(exc)(f"{path} {exc}") from exc
    except dbengine.read_errors() as exc:
        raise dberrors.describe(exc, path, passphrase=passphrase) from exc
    except Exception as exc:  # SQLAlchemy's own errors
        raise JournalError(fill(translate(
            "Journal", "%1 could not be opened: %2"), path, exc)) from exc
    finally:
        engine.dispose()


def current_revision(path: Path, passphrase: str | None) -> str | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    key = None if dbengine.has_sqlite_header(path) else passphrase
    conn = dbengine.raw_connect(path, key)
    try:
        return migrate.current_revision(conn)
    finally:
        conn.close()


def refuse_lost(path: Path) -> None:
    """A journal is only ever started where none has been: never beside its backups."""
    copies = [b.path for b in backup.list_backups(path)]
    copies += [p for p in backup.aside_copies(path) if p.stat().st_size > 0]
    if copies:
        raise DamagedJournal(
            fill(translate(
                "Journal",
                "%1 is missing or empty, but %2 backup(s) or kept copies of the journal exist, "
                "so this is a lost journal, not a new one; `careersquiggle restore` brings "
                "back the newest good backup (to really start a new journal, first move %3 and "
                "the kept copies elsewhere)"), path, len(copies), backup.backup_folder(path)))
