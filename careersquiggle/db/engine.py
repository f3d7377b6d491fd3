"""The SQLAlchemy engine Alembic migrates a journal with (creating or upgrading it only).

At run time the journal is read and written through db/connection.py alone;
SQLAlchemy is imported only when a file needs creating or upgrading. The
engine's connections come from the same :func:`connection.connect`, so the
key, pragmas and functions are the same as at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from careersquiggle.db import connection

if TYPE_CHECKING:
    from sqlalchemy import Engine


def make_engine(path: Path, passphrase: str | None = None, *,
                transactional_ddl: bool = False) -> Engine:
    """An engine on ``path`` (a SQLCipher one when ``passphrase`` is given).

    ``transactional_ddl``: the engine for creating or upgrading the schema. The driver
    would commit each CREATE/ALTER on its own; here it leaves transactions alone and
    each one is an explicit ``BEGIN IMMEDIATE`` (SQLAlchemy's pysqlite recipe), so a
    whole migration and its new ``alembic_version`` commit together or not at all.
    """
    from sqlalchemy import create_engine, event

    if passphrase is not None:
        connection.sqlcipher()  # a clear message when SQLCipher is not installed
    if not transactional_ddl:
        # Driver-level transactions (autocommit off): what SQLAlchemy and Alembic expect.
        return create_engine(
            "sqlite://", future=True,
            creator=lambda: connection.connect(Path(path), passphrase, autocommit=False),
        )

    def ddl_connection() -> Any:
        conn = connection.connect(Path(path), passphrase, autocommit=True)
        # Batch migrations copy and drop tables: cascades must not fire on the way.
        conn.execute("PRAGMA foreign_keys=OFF")
        return conn

    engine = create_engine("sqlite://", future=True, creator=ddl_connection)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine
