"""The SQLAlchemy engine Alembic migrates a journal with (creating or upgrading it only).

At run time the journal is read and written through db/connection.py alone;
SQLAlchemy is imported only when a file needs creating or upgrading. The
engine's connections come from the same :func:`connection.connect`, so the
key, pragmas and functions are the same as at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from careersquiggle.db import connection

if TYPE_CHECKING:
    from sqlalchemy import Engine


def make_engine(path: Path, passphrase: str | None = None) -> Engine:
    """An engine on ``path`` (a SQLCipher one when ``passphrase`` is given)."""
    from sqlalchemy import create_engine

    if passphrase is not None:
        connection.sqlcipher()  # a clear message when SQLCipher is not installed
    # Driver-level transactions (autocommit off): what SQLAlchemy and Alembic expect.
    return create_engine(
        "sqlite://", future=True,
        creator=lambda: connection.connect(Path(path), passphrase, autocommit=False),
    )
