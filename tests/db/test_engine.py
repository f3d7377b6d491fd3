"""SQLite settings that keep a committed entry safe through a crash or a power cut."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from careersquiggle.core.model import Entry


def _pragma(journal, name):
    with journal.read_session() as s:
        return s.connection().exec_driver_sql(f"PRAGMA {name}").scalar()


def test_foreign_keys_are_enforced(journal):
    assert _pragma(journal, "foreign_keys") == 1
    with pytest.raises(IntegrityError), journal.write_session() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO entry_tags (entry_id, tag) VALUES (999, 'orphan')")


def test_write_ahead_log_and_full_sync(journal):
    assert _pragma(journal, "journal_mode") == "wal"
    assert _pragma(journal, "synchronous") == 2  # FULL


def test_wal_mode_is_recorded_in_the_file(journal, journal_path):
    journal.add_entry(Entry.create(kind="note", title="x", date="2020"))
    journal.close()
    with sqlite3.connect(journal_path) as c:
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    c.close()


def test_deleting_an_entry_deletes_its_tags(journal):
    eid = journal.add_entry(Entry.create(kind="note", title="x", date="2020", tags=["a", "b"])).id
    journal.delete_entry(eid)
    with journal.read_session() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM entry_tags").scalar() == 0
    assert journal.tags() == []


def test_search_folds_case_beyond_ascii(journal):
    with journal.read_session() as s:
        assert s.connection().exec_driver_sql("SELECT casefold('ÄRGER Straße')").scalar() == \
            "ärger strasse"


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
