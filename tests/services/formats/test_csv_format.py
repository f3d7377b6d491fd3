"""CSV: export writes one table per file; import reads exactly that back."""

from __future__ import annotations

import csv
import io

import pytest

from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services import formats
from careersquiggle.services.formats.source import Source
from careersquiggle.services.journal import Journal

TRICKY = 'Quotes "like this", commas, and\na second line — naïve café 🙂'


@pytest.fixture
def filled(journal):
    journal.add_entry(Entry.create(kind="shift", title="Manage people, not code", date="2015-05",
                                   feel=-2, notes=TRICKY, tags=["growth", "management"],
                                   private=True, shift_from="code", shift_to="people"))
    journal.add_entry(Entry.create(kind="event", title="=SUM(A1)", date="2016"))
    journal.add_checkin(CheckIn.create(date="2016-02-03", autonomy=3, mastery=7, purpose=5,
                                       note="tired, but learning"))
    journal.add_chapter(Chapter.create(title="PhD", start="2010", end="2014-09",
                                       organisation="Uni, Lyon", role="Researcher", notes=TRICKY))
    journal.add_chapter(Chapter.create(title="Startup", start="2014-10"))
    return journal


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_entries_are_one_row_each_private_ones_included(filled):
    rows = _rows(formats.export_text(filled, "csv"))
    assert [r["title"] for r in rows] == ["Manage people, not code", "=SUM(A1)"]
    first = rows[0]
    assert (first["kind"], first["date"], first["feel"], first["tags"], first["private"],
            first["notes"], first["shift_from"]) == (
        "shift", "2015-05", "-2", "growth management", "yes", TRICKY, "code")
    assert rows[1]["feel"] == "" and rows[1]["private"] == "no"


def test_checkins_and_chapters_have_their_own_tables(filled):
    [c] = _rows(formats.export_text(filled, "csv", "checkins"))
    assert (c["date"], c["autonomy"], c["mastery"], c["purpose"], c["note"]) == (
        "2016-02-03", "3", "7", "5", "tired, but learning")
    chapters = _rows(formats.export_text(filled, "csv", "chapters"))
    assert [(r["title"], r["start"], r["end"]) for r in chapters] == [
        ("PhD", "2010", "2014-09"), ("Startup", "2014-10", "")]  # empty end: ongoing


@pytest.mark.parametrize("table", ["entries", "checkins", "chapters"])
def test_export_then_import_into_an_empty_journal_gives_the_same_table(
        filled, tmp_path, clock, table):
    text = formats.export_text(filled, "csv", table)
    (tmp_path / "t.csv").write_text(text, encoding="utf-8", newline="")
    with Journal.open(tmp_path / "other.sqlite3", clock=clock) as other:
        report, _ = formats.import_source(other, "csv", Source.from_path(tmp_path / "t.csv"))
        assert report.total_added == {"entries": 2, "checkins": 1, "chapters": 2}[table]
        assert formats.export_text(other, "csv", table) == text
        again, changes = formats.import_source(other, "csv", Source.from_path(tmp_path / "t.csv"))
        assert again.total_added == 0 and not changes


def test_a_hand_made_csv_with_only_the_needed_columns_in_another_order(journal, tmp_path):
    (tmp_path / "mine.csv").write_text("date,title,kind,tags\n2019,Left the lab,event,#Change\n")
    formats.import_source(journal, "csv", Source.from_path(tmp_path / "mine.csv"))
    [e] = journal.entries()
    assert (e.kind.value, e.title, str(e.date), e.tags, e.private) == (
        "event", "Left the lab", "2019", ("change",), False)
