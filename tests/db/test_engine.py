"""SQLite settings that keep a committed entry safe through a crash or a power cut."""

from __future__ import annotations

import sqlite3

import pytest

from careersquiggle.core.model import Entry
from careersquiggle.db import connection


@pytest.fixture
def conn(journal, journal_path):
    """A connection as the journal gets it: the one way a journal file is opened."""
    c = connection.connect(journal_path)
    yield c
    c.close()


def _pragma(conn, name):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_foreign_keys_are_enforced(conn):
    assert _pragma(conn, "foreign_keys") == 1
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (999, 'orphan')")


def test_write_ahead_log_and_full_sync(conn):
    assert _pragma(conn, "journal_mode") == "wal"
    assert _pragma(conn, "synchronous") == 2  # FULL


def test_wal_mode_is_recorded_in_the_file(journal, journal_path):
    journal.add_entry(Entry.create(kind="note", title="x", date="2020"))
    journal.close()
    with sqlite3.connect(journal_path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    c.close()


def test_deleting_an_entry_deletes_its_tags(journal, conn):
    eid = journal.add_entry(Entry.create(kind="note", title="x", date="2020", tags=["a", "b"])).id
    journal.delete_entry(eid)
    assert conn.execute("SELECT count(*) FROM entry_tags").fetchone()[0] == 0
    assert journal.tags() == []


def test_search_folds_case_beyond_ascii(conn):
    assert conn.execute("SELECT casefold('ÄRGER Straße')").fetchone()[0] == "ärger strasse"


CRASH = """
import os, sys
from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal
j = Journal.open(sys.argv[1])
j.add_entry(Entry.create(kind="event", title=sys.argv[2], date="2020"))
os._exit(0)  # a crash: no close, no checkpoint, the -wal file is left behind
"""


@pytest.mark.parametrize("existing", [False, True])
def test_a_committed_entry_survives_a_crash(journal_path, existing):
    import subprocess
    import sys

    from careersquiggle.services.journal import Journal

    if existing:
        Journal.open(journal_path).close()
    for title in ("first", "second"):
        p = subprocess.run([sys.executable, "-c", CRASH, str(journal_path), title],
                           capture_output=True, text=True, timeout=120)
        assert p.returncode == 0, p.stderr
    assert journal_path.with_name(journal_path.name + "-wal").exists()
    with Journal.open(journal_path) as j:
        assert [e.title for e in j.entries()] == ["first", "second"]
        assert j.check() == []
