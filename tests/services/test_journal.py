"""The Journal facade: add, edit, delete and read back entries, check-ins and chapters."""

from __future__ import annotations

import datetime as dt

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services.journal import Journal


def _entry(**kw) -> Entry:
    values = {"kind": "event", "title": "Joined Fernbank", "date": "2013-10", "feel": 2}
    values.update(kw)
    return Entry.create(**values)


def test_an_added_entry_reads_back_with_every_field(journal):
    e = _entry(kind="shift", title="I want to manage people", date="2015-05-04", feel=-1,
               notes="Mentoring was the best part.", tags=["#Management", "growth"],
               private=True, shift_from="code", shift_to="people")
    changes = journal.add_entry(e)
    got = journal.get_entry(changes.id)
    assert changes.entries == {got.id}
    assert (got.kind.value, got.title, str(got.date), got.feel, got.notes, got.tags,
            got.private, got.shift_from, got.shift_to) == (
        "shift", "I want to manage people", "2015-05-04", -1, "Mentoring was the best part.",
        ("growth", "management"), True, "code", "people")
    assert got.created_at == got.updated_at == "2026-11-24T09:30:00Z"


def test_dates_keep_their_precision_in_storage(journal):
    for d in ("2014", "2014-03", "2014-03-07"):
        journal.add_entry(_entry(date=d, title=d))
    assert [str(e.date) for e in journal.entries()] == ["2014-03-07", "2014-03", "2014"]


def test_entries_come_oldest_first(journal):
    for d in ("2020", "2011-05", "2015-01-01"):
        journal.add_entry(_entry(date=d, title=d))
    assert [e.title for e in journal.entries()] == ["2011-05", "2015-01-01", "2020"]


def test_updating_an_entry_changes_it_and_its_updated_time(journal, clock):
    eid = journal.add_entry(_entry(tags=["a", "b"])).id
    clock.now += dt.timedelta(days=3)
    old = journal.get_entry(eid)
    journal.update_entry(old.with_changes(title="Joined Fernbank as engineer", feel=4,
                                          tags=["b", "c"]))
    got = journal.get_entry(eid)
    assert (got.title, got.feel, got.tags) == ("Joined Fernbank as engineer", 4, ("b", "c"))
    assert got.created_at == "2026-11-24T09:30:00Z"
    assert got.updated_at == "2026-11-27T09:30:00Z"
    assert journal.tags() == [("b", 1), ("c", 1)]


def test_deleting_an_entry_returns_it_for_undo(journal):
    eid = journal.add_entry(_entry(tags=["keep"])).id
    gone = journal.delete_entry(eid)
    assert gone.title == "Joined Fernbank" and gone.tags == ("keep",)
    assert journal.entries() == []
    # Undo: adding it back restores the same id.
    assert journal.add_entry(gone).id == eid
    assert journal.get_entry(eid).tags == ("keep",)


@pytest.mark.parametrize("action", ["get", "delete", "update"])
def test_a_missing_entry_is_a_clear_error(journal, action):
    with pytest.raises(JournalError, match="there is no entry with id 42"):
        if action == "get":
            journal.get_entry(42)
        elif action == "delete":
            journal.delete_entry(42)
        else:
            journal.update_entry(Entry.create(kind="note", title="x", date="2020", id=42))


def test_check_ins_add_update_delete(journal, clock):
    cid = journal.add_checkin(CheckIn.create(autonomy=4, mastery=6, purpose=8, date="2020-02",
                                             note="steady")).id
    journal.add_checkin(CheckIn.create(autonomy=1, mastery=1, purpose=1, date="2019"))
    assert [str(c.date) for c in journal.checkins()] == ["2019", "2020-02"]
    journal.update_checkin(journal.get_checkin(cid).with_changes(purpose=3))
    assert journal.get_checkin(cid).purpose == 3
    gone = journal.delete_checkin(cid)
    assert gone.note == "steady"
    assert [c.autonomy for c in journal.checkins()] == [1]
    with pytest.raises(JournalError, match="no check-in with id"):
        journal.get_checkin(cid)


def test_chapters_add_update_delete_and_find_by_title(journal):
    chid = journal.add_chapter(Chapter.create(title="PhD", start="2009-10", end="2013-09",
                                              organisation="Leeds", role="Student")).id
    journal.add_chapter(Chapter.create(title="Fernbank", start="2013-10"))
    assert [c.title for c in journal.chapters()] == ["PhD", "Fernbank"]
    assert journal.find_chapter("  phd ").id == chid
    with pytest.raises(JournalError, match="no chapter called 'Postdoc'"):
        journal.find_chapter("Postdoc")
    journal.update_chapter(journal.get_chapter(chid).with_changes(end=None))
    assert journal.get_chapter(chid).ongoing
    assert journal.delete_chapter(chid).organisation == "Leeds"
    assert [c.title for c in journal.chapters()] == ["Fernbank"]


def test_counts_and_emptiness(journal):
    assert journal.is_empty()
    journal.add_checkin(CheckIn.create(autonomy=1, mastery=2, purpose=3, date="2020"))
    assert not journal.is_empty()
    assert journal.counts() == {"entries": 0, "checkins": 1, "chapters": 0}


def test_a_committed_entry_is_on_disk_for_the_next_opening(journal_path, clock):
    first = Journal.open(journal_path, clock=clock)
    first.add_entry(_entry(title="Written"))
    # A second, independent opening sees it straight away: it was committed.
    second = Journal.open(journal_path, clock=clock)
    try:
        assert [e.title for e in second.entries()] == ["Written"]
    finally:
        second.close()
        first.close()


def test_check_finds_nothing_wrong_in_a_healthy_journal(demo_journal):
    assert demo_journal.check() == []
