"""A file that is not one of our journals is refused with a clear message and left alone."""

from __future__ import annotations

import os
import sqlite3

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.services.journal import Journal


def _folder_snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _refused(path, *words):
    before = _folder_snapshot(path.parent)
    with pytest.raises(JournalError) as info:
        Journal.open(path)
    message = str(info.value)
    assert str(path) in message
    for w in words:
        assert w in message
    assert "\n" not in message
    # Not one byte changed, and no -wal/-shm or backup files left beside it.
    assert _folder_snapshot(path.parent) == before
    return message


def test_another_apps_sqlite_file_is_refused_untouched(journal_path):
    with sqlite3.connect(journal_path) as c:
        c.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        c.execute("INSERT INTO recipes (name) VALUES ('soup')")
    c.close()
    _refused(journal_path, "not a Career Squiggle journal", "has not been changed")


def test_another_apps_wal_mode_file_is_refused_untouched(journal_path):
    with sqlite3.connect(journal_path) as c:
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("CREATE TABLE notes (body TEXT)")
    c.close()
    _refused(journal_path, "not a Career Squiggle journal")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_refused_untouched(journal_path, seed):
    journal_path.write_bytes(os.urandom(4096 * seed))
    _refused(journal_path, "not a Career Squiggle journal", "has not been changed")


def test_a_text_file_is_refused_untouched(journal_path):
    journal_path.write_text("entries:\n- started a PhD\n", encoding="utf-8")
    _refused(journal_path, "not a Career Squiggle journal")


def test_a_truncated_journal_is_refused_untouched(journal_path):
    with Journal.open(journal_path) as j:
        from careersquiggle.core.model import Entry

        j.add_entry(Entry.create(kind="note", title="x", date="2020"))
    data = journal_path.read_bytes()
    journal_path.write_bytes(data[: len(data) // 3])
    _refused(journal_path, "has not been changed")


def test_an_empty_file_becomes_a_journal(journal_path):
    journal_path.write_bytes(b"")
    with Journal.open(journal_path) as j:
        assert j.is_empty() and j.check() == []


def test_a_journal_in_a_folder_with_url_characters_stays_in_that_folder(tmp_path):
    folder = tmp_path / "odd ?name#x%20"
    folder.mkdir()
    path = folder / "journal.sqlite3"
    with Journal.open(path) as j:
        from careersquiggle.core.model import Entry

        j.add_entry(Entry.create(kind="note", title="here", date="2020"))
    assert path.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd ?name#x%20"]
    with Journal.open(path) as j:
        assert [e.title for e in j.entries()] == ["here"]
