"""The entries' shape kept whole in the file, for drawing a big journal at once.

The squiggle needs three numbers per entry: id, position, and kind/feel/flags packed
into one integer (core/columns.py POINT_COLUMNS). Read through the driver that is a
Python tuple per row, about 0.15 s for 100,000 entries; the same numbers read as
blocks of 4,096 entries by id (table ``entry_shape``, one row a block) take a few
milliseconds. Only an unfiltered read uses them; every filtered one reads the rows.

They are kept right in the same transaction as every change: temporary triggers
(this connection's own, so nothing is added to the file's schema) note which blocks
a write touched, and the writer rebuilds exactly those before it commits
(:func:`refresh`, called by Journal._write). A migration rebuilds them all. Were the
file changed by another program, the block count and highest id no longer match the
table and the rows are read instead (:func:`read` returns None).
"""

from __future__ import annotations

import sys
from array import array
from typing import TYPE_CHECKING, Any

from careersquiggle.core.packed import POINT_COLUMNS

if TYPE_CHECKING:
    import numpy as np

BLOCK_BITS = 12  # 4,096 ids a block: a one-entry edit rewrites ~100 KB at most

_WATCH = (
    "CREATE TEMP TABLE IF NOT EXISTS shape_touched (block INTEGER PRIMARY KEY)",
    "CREATE TEMP TRIGGER IF NOT EXISTS shape_added AFTER INSERT ON main.entries BEGIN "
    f"INSERT OR IGNORE INTO shape_touched VALUES (NEW.id >> {BLOCK_BITS}); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS shape_removed AFTER DELETE ON main.entries BEGIN "
    f"INSERT OR IGNORE INTO shape_touched VALUES (OLD.id >> {BLOCK_BITS}); END",
    # Only the columns the shape holds: a changed note or title rewrites nothing.
    "CREATE TEMP TRIGGER IF NOT EXISTS shape_changed AFTER UPDATE OF id, pos, kind, feel, "
    "private, key_moment ON main.entries BEGIN "
    f"INSERT OR IGNORE INTO shape_touched VALUES (OLD.id >> {BLOCK_BITS}); "
    f"INSERT OR IGNORE INTO shape_touched VALUES (NEW.id >> {BLOCK_BITS}); END",
)


def watch(conn: Any) -> None:
    """Note, on this connection, which blocks each write to entries touches."""
    for statement in _WATCH:
        conn.execute(statement)


def refresh(conn: Any) -> None:
    """Rebuild the blocks this transaction touched (inside it, before its commit)."""
    touched = [r[0] for r in conn.execute("SELECT block FROM temp.shape_touched")]
    if touched:
        for block in touched:
            _build(conn, block)
        conn.execute("DELETE FROM temp.shape_touched")


def rebuild_all(conn: Any) -> None:
    """Every block anew (after a migration, which may have rewritten any row)."""
    conn.execute("DELETE FROM entry_shape")
    top = conn.execute("SELECT max(id) FROM entries").fetchone()[0]
    for block in range(0, 0 if top is None else (top >> BLOCK_BITS) + 1):
        _build(conn, block)


def _build(conn: Any, block: int) -> None:
    low = block << BLOCK_BITS
    rows = conn.execute(f"SELECT {POINT_COLUMNS} FROM entries e WHERE id >= ? AND id < ?",
                        (low, low + (1 << BLOCK_BITS))).fetchall()
    if not rows:
        conn.execute("DELETE FROM entry_shape WHERE block = ?", (block,))
        return
    ids, pos, packed = zip(*rows, strict=True)
    # Stored little-endian whatever the machine (the standard library: no numpy to write).
    parts = [array("q", ids), array("d", pos), array("q", packed)]
    if sys.byteorder == "big":
        for part in parts:
            part.byteswap()
    data = b"".join(part.tobytes() for part in parts)
    conn.execute("INSERT OR REPLACE INTO entry_shape (block, data) VALUES (?, ?)",
                 (block, data))


def read(conn: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(ids, positions, packed) of every entry in id order, or None when the blocks do
    not match the table (then read the rows)."""
    import numpy as np

    i8, f8 = np.dtype("<i8"), np.dtype("<f8")
    ids, pos, packed = [], [], []
    for (data,) in conn.execute("SELECT data FROM entry_shape ORDER BY block"):
        n = len(data) // 24
        ids.append(np.frombuffer(data, i8, n))
        pos.append(np.frombuffer(data, f8, n, 8 * n))
        packed.append(np.frombuffer(data, i8, n, 16 * n))
    # Asked apart: together they make SQLite walk the whole table (5 ms at 100k).
    (count,), (top,) = (conn.execute(f"SELECT {what} FROM entries").fetchone()
                        for what in ("count(*)", "max(id)"))
    if not ids:
        return None if count else (np.empty(0, i8), np.empty(0, f8), np.empty(0, i8))
    all_ids = np.concatenate(ids)
    if all_ids.size != count or int(all_ids[-1]) != top:
        return None
    return all_ids, np.concatenate(pos), np.concatenate(packed)
