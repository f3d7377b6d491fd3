"""Alembic migrations applied when a journal is opened.

The Alembic config is built in code and the scripts live inside the package.
A journal whose revision the code does not know (made by a newer version) is
refused untouched; before an upgrade the file is copied aside. Creation and
each upgrade run in one transaction (SQLite has transactional DDL), so a
failed or killed upgrade leaves the file exactly as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the terminal's fast path reads HEAD without loading SQLAlchemy
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate

# The newest revision this code knows. A test checks it against the scripts,
# so opening an up-to-date journal never has to import Alembic (fast start).
HEAD = "0006"
_SCRIPTS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_SCRIPTS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revision(conn: sqlite3.Connection) -> str | None:
    """The journal's schema revision, or None for an empty file.

    Raises JournalError for a SQLite file that is not a Career Squiggle journal.
    """
    from careersquiggle.db import schema_check

    schema_check.refuse_code(conn)  # a view or trigger named like ours is never read
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise JournalError(translate(
                "Migrate", "is a SQLite database, but not a Career Squiggle journal"))
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def is_known(revision: str) -> bool:
    if revision == HEAD:
        return True
    from alembic.util import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, path: Path, revision: str | None,
            passphrase: str | None = None) -> None:
    """Bring the journal to HEAD in ONE transaction: every DDL statement and the new
    ``alembic_version`` commit together or not at all, so a crash leaves the old
    schema or the new one, never half of each. The caller serialises (write lock).

    Before upgrading an existing journal it is copied aside once
    (``.before-upgrade-REV``, a fresh name if one exists: an earlier copy is never
    overwritten by a later attempt).
    """
    if revision == HEAD:
        return
    if revision is not None and not is_known(revision):
        raise JournalError(
            translate(
                "Migrate",
                "was written by a newer version of Career Squiggle; update the app to open it "
                "(the file has not been changed)")
        )
    from alembic import command

    from careersquiggle.db.engine import make_engine

    engine.dispose()
    if revision is not None:
        _copy_database(path, _free_aside(path, revision), passphrase)
    ddl = make_engine(path, passphrase, transactional_ddl=True)
    try:
        with ddl.begin() as connection:
            dangling = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
            command.upgrade(alembic_config(connection), "head")
            # Any revision may have rewritten rows: the kept shape is made anew from them.
            from careersquiggle.db import shape

            shape.rebuild_all(connection.connection.driver_connection)
            # Foreign keys are off while tables are copied; the copies must keep every link.
            after = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
            if after > dangling:
                raise JournalError(fill(translate(
                    "Migrate", "%1 rows would point at missing rows"), after - dangling))
    except JournalError as exc:
        raise JournalError(fill(translate(
            "Migrate", "could not be upgraded (%1); it was left as it was"), exc)) from exc
    except Exception as exc:
        # SQLAlchemy's text carries the SQL over many lines; the driver's first line is the reason.
        reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["unknown"])[0]
        raise JournalError(fill(translate(
            "Migrate", "could not be upgraded (%1); it was left as it was"), reason)) from exc
    finally:
        ddl.dispose()


def _free_aside(path: Path, revision: str) -> Path:
    aside, n = path.with_name(f"{path.name}.before-upgrade-{revision}"), 1
    while aside.exists():
        aside, n = path.with_name(f"{path.name}.before-upgrade-{revision}-{n}"), n + 1
    return aside


def _copy_database(src: Path, dst: Path, passphrase: str | None = None) -> None:
    """A whole copy under a temporary name, renamed into place once complete.
    An encrypted journal's copy is encrypted with the same passphrase."""
    import os

    from careersquiggle.db.connection import raw_connect

    tmp = dst.with_name(f".{dst.name}.{os.getpid()}.part")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        s = raw_connect(src, passphrase, readonly=False)
        try:
            d = raw_connect(tmp, passphrase, readonly=False)
            try:
                s.backup(d)
                d.execute("PRAGMA journal_mode=DELETE").fetchone()
            finally:
                d.close()
        finally:
            s.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dst)
    finally:
        Path(tmp).unlink(missing_ok=True)
