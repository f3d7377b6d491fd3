"""Alembic migrations applied when a journal is opened.

The Alembic config is built in code and the scripts live inside the package.
A journal whose revision the code does not know (made by a newer version) is
refused untouched; before an upgrade the file is copied aside and restored
if the upgrade fails.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the terminal's fast path reads HEAD without loading SQLAlchemy
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection, Engine

from careersquiggle.core.errors import JournalError

# The newest revision this code knows. A test checks it against the scripts,
# so opening an up-to-date journal never has to import Alembic (fast start).
HEAD = "0004"
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
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise JournalError("is a SQLite database, but not a Career Squiggle journal")
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
    """Bring the journal to HEAD; on failure put the file back as it was."""
    if revision == HEAD:
        return
    if revision is not None and not is_known(revision):
        raise JournalError(
            "was written by a newer version of Career Squiggle; update the app to open it "
            "(the file has not been changed)"
        )
    from alembic import command

    aside = None
    if revision is not None:
        aside = path.with_name(f"{path.name}.before-upgrade-{revision}")
        engine.dispose()
        _copy_database(path, aside, passphrase)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    except Exception as exc:
        engine.dispose()
        if aside is not None:
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            shutil.copyfile(aside, path)
        # SQLAlchemy's text carries the SQL over many lines; the driver's first line is the reason.
        reason = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["unknown"])[0]
        raise JournalError(f"could not be upgraded ({reason}); it was left as it was") from exc


def _copy_database(src: Path, dst: Path, passphrase: str | None = None) -> None:
    # An encrypted journal's copy is encrypted with the same passphrase.
    from careersquiggle.db.connection import raw_connect

    s = raw_connect(src, passphrase, readonly=False)
    d = raw_connect(dst, passphrase, readonly=False)
    try:
        s.backup(d)
    finally:
        s.close()
        d.close()
