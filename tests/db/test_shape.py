"""The entries' shape kept in the file (db/shape.py): after every kind of change it is
exactly what reading every row gives, and a file changed behind its back is read row by
row instead of drawn wrong."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys

import numpy as np
import pytest
from alembic import command

from careersquiggle.core.model import Entry
from careersquiggle.db import migrate, shape
from careersquiggle.db.engine import make_engine
from careersquiggle.services import operations as ops
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport

FIELDS = ("ids", "pos", "feel", "kind", "private", "key")


def _kept(path):
    """The shape as kept in the file, read on a connection of its own (None: not kept)."""
    conn = sqlite3.connect(path)
    try:
        return shape.read(conn)
    finally:
        conn.close()


def _assert_drawn_as_stored(journal: Journal) -> None:
    """What the squiggle is given equals every row read one by one, and it came from the
    kept shape (not from the rows)."""
    assert _kept(journal.path) is not None
    drawn = journal.entry_columns(text=False)
    rows = journal.entry_columns(text=True)
    for name in FIELDS:
        assert np.array_equal(getattr(drawn, name), getattr(rows, name),
                              equal_nan=name == "feel"), name


def _entry(day: str, feel: int | None = 1, **kw) -> Entry:
    return Entry.create(kind=kw.pop("kind", "event"), title=f"On {day}", date=day, feel=feel,
                        **kw)


def test_every_kind_of_change_keeps_the_shape_exact(journal):
    _assert_drawn_as_stored(journal)  # empty
    first = journal.add_entry(_entry("2020-01-05", 3))
    journal.add_entry(_entry("2019-06-01", None, kind="note"))
    journal.add_entry(_entry("2021-03-02", -4, kind="shock"))
    _assert_drawn_as_stored(journal)
    (eid,) = first.entries
    e = journal.get_entry(eid)
    journal.update_entry(dataclasses.replace(e, feel=-2, date=e.date.parse("2018"),
                                             private=True, key_moment=True))
    _assert_drawn_as_stored(journal)
    assert journal.entry_columns(text=False).feel[0] == -2  # moved to the front, new feel
    journal.delete_entry(eid)
    _assert_drawn_as_stored(journal)
    assert eid not in journal.entry_columns(text=False).ids


def test_ids_far_apart_fill_several_blocks_and_an_emptied_block_goes(journal):
    far = [dataclasses.replace(_entry(f"20{10 + n}", n - 3), id=i)
           for n, i in enumerate((1, 4095, 4096, 9000, 50_000, 50_001))]
    journal.import_batch(ImportReport(), far)
    _assert_drawn_as_stored(journal)
    conn = sqlite3.connect(journal.path)
    blocks = [r[0] for r in conn.execute("SELECT block FROM entry_shape ORDER BY block")]
    assert blocks == [0, 1, 2, 12]
    journal.delete_entry(9000)
    assert [r[0] for r in conn.execute("SELECT block FROM entry_shape ORDER BY block")] == \
        [0, 1, 12]
    conn.close()
    _assert_drawn_as_stored(journal)


def test_undo_and_redo_of_an_import_and_a_delete(journal):
    imported = ops.Import([_entry(f"200{i}", i - 4) for i in range(8)], [], [])
    imported.apply(journal)
    _assert_drawn_as_stored(journal)
    gone = ops.DeleteItem(journal.get_entry(int(journal.entry_columns().ids[3])))
    gone.apply(journal)
    _assert_drawn_as_stored(journal)
    gone.revert(journal)
    _assert_drawn_as_stored(journal)
    imported.revert(journal)
    _assert_drawn_as_stored(journal)
    assert len(journal.entry_columns(text=False)) == 0


def test_a_change_that_fails_leaves_the_shape_as_the_rows_are(journal):
    journal.add_entry(_entry("2020"))
    with pytest.raises(RuntimeError), journal._write() as c:
        c.execute("UPDATE entries SET feel = 5")
        raise RuntimeError("killed half-way")
    _assert_drawn_as_stored(journal)
    journal.add_entry(_entry("2022", -1))  # the next change is kept right too
    _assert_drawn_as_stored(journal)


def test_a_change_by_another_program_is_read_from_the_rows(journal):
    journal.add_entry(_entry("2020", 2))
    conn = sqlite3.connect(journal.path)
    with conn:
        conn.execute("INSERT INTO entries (kind, title, date, pos, feel, notes, private, "
                     "shift_from, shift_to, created_at, updated_at, key_moment) VALUES "
                     "('event', 'Outside', '2024', 1.7e9, -5, '', 0, '', '', 'a', 'a', 0)")
    conn.close()
    assert _kept(journal.path) is None  # no longer matches: not used
    drawn = journal.entry_columns(text=False)
    assert list(drawn.feel) == [2, -5]
    journal.add_entry(_entry("2025", 0))  # our next write puts the touched block right
    _assert_drawn_as_stored(journal)


def test_the_terminal_keeps_the_shape_too(journal, tmp_path):
    journal.add_entry(_entry("2020", 2))
    folder = journal.path.parent
    done = subprocess.run(
        [sys.executable, "-m", "careersquiggle", "--data-dir", str(folder), "add",
         "Promoted", "--date", "2023-04", "--feel", "4"],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    kept = _kept(journal.path)
    assert kept is not None and len(kept[0]) == 2
    _assert_drawn_as_stored(journal)


def test_an_upgraded_journal_gets_its_shape(journal_path):
    engine = make_engine(journal_path)
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "0005")
    engine.dispose()
    conn = sqlite3.connect(journal_path)
    with conn:
        for i in range(3):
            conn.execute(
                "INSERT INTO entries (kind, title, date, pos, feel, notes, private, shift_from,"
                " shift_to, created_at, updated_at, key_moment) VALUES ('event', ?, ?, ?, ?,"
                " '', 0, '', '', 'a', 'a', ?)", (f"Old {i}", f"201{i}", 1.3e9 + i, i, i == 1))
    conn.close()
    j = Journal.open(journal_path)
    try:
        _assert_drawn_as_stored(j)
        assert list(j.entry_columns(text=False).key) == [False, True, False]
    finally:
        j.close()
