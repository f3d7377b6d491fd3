"""The terminal's fast read path gives exactly what the Journal gives, or steps aside."""

import pytest

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry, EntryQuery
from careersquiggle.services.quick import QuickReader

QUERIES = [
    EntryQuery(),
    EntryQuery(kinds=frozenset({"shock", "shift"})),
    EntryQuery(tags=frozenset({"leadership", "phd"})),
    EntryQuery(date_from=FuzzyDate.parse("2015"), date_to=FuzzyDate.parse("2019-06")),
    EntryQuery(text="FERNBANK"),
    EntryQuery(text="ärger"),
    EntryQuery(include_private=False),
]


@pytest.mark.parametrize("query", QUERIES)
def test_same_entries_as_the_journal(demo_journal, query):
    demo_journal.add_entry(Entry.create(kind="note", title="Ärger mit dem Chef", date="2019-02"))
    reader = QuickReader.open(demo_journal.path)
    assert reader is not None
    assert reader.entries(query) == demo_journal.entries(query)
    reader.close()


def test_chapter_filter_matches_and_unknown_chapter_is_an_error(demo_journal):
    reader = QuickReader.open(demo_journal.path)
    ch = demo_journal.find_chapter("engineer at fernbank")
    assert reader.entries(EntryQuery(), chapter="Engineer at Fernbank") == demo_journal.entries(
        EntryQuery(chapter_id=ch.id))
    with pytest.raises(JournalError, match="no chapter"):
        reader.entries(EntryQuery(), chapter="Astronaut")
    reader.close()


def test_steps_aside_for_files_it_should_not_read(tmp_path, demo_journal):
    assert QuickReader.open(tmp_path / "missing.sqlite3") is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert QuickReader.open(tmp_path / "empty.sqlite3") is None
    (tmp_path / "noise.sqlite3").write_bytes(b"\x00\x01 not a database" * 100)
    assert QuickReader.open(tmp_path / "noise.sqlite3") is None
    import sqlite3

    with sqlite3.connect(demo_journal.path) as c:  # pretend it is an older schema
        c.execute("UPDATE alembic_version SET version_num = '0001'")
    assert QuickReader.open(demo_journal.path) is None


def test_quick_add_stores_what_the_journal_stores(journal, clock):
    from careersquiggle.services.quick import quick_add

    entry = Entry.create(kind="shift", title="Towards people", date="2024-05", feel=3,
                         tags=["#Management", "growth"], notes="It's 'time'; DROP TABLE x;",
                         private=True, shift_from="code", shift_to="people")
    by_journal = journal.get_entry(journal.add_entry(entry).id)
    by_quick = journal.get_entry(quick_add(journal.path, entry, journal.now_text()))
    assert by_quick == by_journal.__class__(**{**by_journal.__dict__, "id": by_quick.id})
    assert journal.check() == []


def test_quick_add_steps_aside_for_an_older_or_missing_journal(tmp_path, demo_journal):
    from careersquiggle.services.quick import quick_add

    e = Entry.create(kind="note", title="x", date="2020")
    assert quick_add(tmp_path / "missing.sqlite3", e, "2026-01-01T00:00:00Z") is None
    assert not (tmp_path / "missing.sqlite3").exists()


@pytest.mark.parametrize("query", QUERIES + [EntryQuery(chapter_id=2), EntryQuery(chapter_id=4)])
@pytest.mark.parametrize("text", [True, False])
def test_window_reads_match_the_journal(demo_journal, query, text):
    import numpy as np

    reader = QuickReader.open(demo_journal.path)
    a, b = reader.entry_columns(query, text=text), demo_journal.entry_columns(query, text=text)
    assert np.array_equal(a.ids, b.ids) and np.array_equal(a.pos, b.pos)
    assert np.array_equal(a.kind, b.kind) and np.array_equal(a.private, b.private)
    assert np.array_equal(np.nan_to_num(a.feel, nan=99), np.nan_to_num(b.feel, nan=99))
    assert (a.dates, a.titles) == (b.dates, b.titles)
    reader.close()


def test_every_other_window_read_matches_the_journal(demo_journal):
    reader = QuickReader.open(demo_journal.path)
    j = demo_journal
    assert reader.counts() == j.counts()
    assert reader.checkins() == j.checkins()
    assert reader.chapters() == j.chapters()
    assert reader.tags() == j.tags()
    ids = [e.id for e in j.entries()]
    assert reader.tags_of(ids) == j.tags_of(ids)
    assert [reader.get_entry(i) for i in ids] == [j.get_entry(i) for i in ids]
    found = reader.find_chapter("vp engineering at fernbank")
    assert found == j.find_chapter("VP Engineering at Fernbank")
    with pytest.raises(JournalError):
        reader.get_entry(9999)
    reader.close()
