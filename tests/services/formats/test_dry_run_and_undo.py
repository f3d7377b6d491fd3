"""Dry runs change nothing; an import can be taken out again exactly (for undo)."""

from __future__ import annotations

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry
from careersquiggle.services.formats.source import Source
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport


@pytest.mark.parametrize("fmt,name", [("linkedin", "linkedin_export.zip"),
                                      ("jrnl", "jrnl_export.json"),
                                      ("dayone", "dayone_export.zip")])
def test_a_dry_run_reports_what_the_import_then_does_and_changes_nothing(
        journal, data, do_import, fmt, name):
    preview, changes = do_import(fmt, data / name, dry_run=True)
    assert not changes and journal.is_empty()
    assert preview.lines()[0].startswith("Would import from")
    assert preview.lines()[-1] == "  (dry run: the journal was not changed)"
    done, changes = do_import(fmt, data / name)
    assert done.added == preview.added and done.ignored == preview.ignored
    assert done.total_added == len(changes.entries) + len(changes.chapters) > 0


def test_a_dry_run_counts_what_is_already_held_as_skipped(journal, data, do_import):
    do_import("jrnl", data / "jrnl_export.json")
    preview, _ = do_import("jrnl", data / "jrnl_export.json", dry_run=True)
    assert (preview.added, preview.duplicates) == ({}, {"entries": 5})


def test_delete_many_takes_out_an_import_and_import_batch_puts_the_same_rows_back(
        journal, data, do_import, clock):
    mine = journal.add_entry(Entry.create(kind="note", title="Mine", date="2024")).id
    _, changes = do_import("linkedin", data / "Positions.csv")
    before = (journal.entries(), journal.chapters())
    entries, checkins, chapters = journal.delete_many(changes)
    assert [e.id for e in journal.entries()] == [mine] and journal.chapters() == []
    assert len(entries) == 6 and len(chapters) == 4 and checkins == []
    clock.now = clock.now.replace(year=2030)  # a redo later must not restamp the rows
    again = journal.import_batch(ImportReport(), entries, checkins, chapters)
    assert again == changes
    assert (journal.entries(), journal.chapters()) == before


def test_delete_many_is_all_or_nothing(journal, data, do_import):
    _, changes = do_import("jrnl", data / "jrnl_export.json")
    gone = sorted(changes.entries)[-1]
    journal.delete_entry(gone)
    with pytest.raises(JournalError, match=f"no entry with id {gone}"):
        journal.delete_many(changes)
    assert len(journal.entries()) == 4


def test_an_import_and_its_report_survive_closing_the_journal(journal_path, clock, data):
    from careersquiggle.services import formats

    with Journal.open(journal_path, clock=clock) as j:
        formats.import_source(j, "dayone", Source.from_path(data / "dayone_export.zip"))
    with Journal.open(journal_path, clock=clock) as j:
        assert [e.title for e in j.entries()] == [
            "We raised our Series B!", "Late-night thoughts on managing people"]
