"""Finding entries: by kind, tag, chapter, fuzzy date range, text, and privacy."""

from __future__ import annotations

import pytest

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, Entry, EntryQuery


@pytest.fixture
def filled(journal):
    for kind, title, date, tags, notes, private in [
        ("event", "Started a PhD", "2009-10", ["phd", "academia"], "", False),
        ("shock", "Few postdoc positions", "2012-11", ["academia"], "Rent to pay.", False),
        ("shift", "Ärger über die Bürokratie", "2013-03", ["direction"], "", False),
        ("event", "Joined Fernbank", "2013-10-01", ["fernbank"], "A room above a bakery", False),
        ("note", "Burnt out", "2018", ["health"], "Took two weeks off", True),
        ("event", "Promoted to VP", "2021-01-15", ["Leadership"], "", False),
    ]:
        journal.add_entry(Entry.create(kind=kind, title=title, date=date, tags=tags,
                                       notes=notes, private=private))
    journal.add_chapter(Chapter.create(title="PhD", start="2009-10", end="2013-09"))
    journal.add_chapter(Chapter.create(title="VP", start="2021"))
    return journal


def titles(journal, **kw):
    return [e.title for e in journal.entries(EntryQuery(**kw))]


def test_no_query_gives_everything(filled):
    assert len(filled.entries()) == 6
    assert filled.entries(EntryQuery()) == filled.entries()


def test_by_kind(filled):
    assert titles(filled, kinds=frozenset({"shock", "shift"})) == [
        "Few postdoc positions", "Ärger über die Bürokratie"]


def test_by_tag(filled):
    assert titles(filled, tags=frozenset({"academia"})) == ["Started a PhD",
                                                            "Few postdoc positions"]
    assert titles(filled, tags=frozenset({"leadership"})) == ["Promoted to VP"]
    assert titles(filled, tags=frozenset({"nothing"})) == []


def test_by_chapter(filled):
    phd, vp = filled.chapters()
    assert titles(filled, chapter_id=phd.id) == [
        "Started a PhD", "Few postdoc positions", "Ärger über die Bürokratie"]
    # An ongoing chapter runs to today.
    assert titles(filled, chapter_id=vp.id) == ["Promoted to VP"]


def test_date_range_boundaries_are_fuzzy(filled):
    # "from 2013" includes all of 2013; "to 2013" includes all of 2013, too.
    y2013 = FuzzyDate.parse("2013")
    assert titles(filled, date_from=y2013, date_to=y2013) == [
        "Ärger über die Bürokratie", "Joined Fernbank"]
    assert titles(filled, date_from=FuzzyDate.parse("2013-10")) == [
        "Joined Fernbank", "Burnt out", "Promoted to VP"]
    assert titles(filled, date_to=FuzzyDate.parse("2012-11")) == [
        "Started a PhD", "Few postdoc positions"]
    assert titles(filled, date_from=FuzzyDate.parse("2021-01-15"),
                  date_to=FuzzyDate.parse("2021-01-15")) == ["Promoted to VP"]
    assert titles(filled, date_from=FuzzyDate.parse("2021-01-16")) == []


def test_a_year_entry_is_found_from_its_year(filled):
    # "2018" sits mid-year, inside a range that covers 2018.
    assert titles(filled, date_from=FuzzyDate.parse("2018"), date_to=FuzzyDate.parse("2018")) == [
        "Burnt out"]


@pytest.mark.parametrize("needle", ["ärger", "ÄRGER", "Ärger", "bürokratie", "  ärger  "])
def test_text_search_ignores_case_beyond_ascii(filled, needle):
    assert titles(filled, text=needle) == ["Ärger über die Bürokratie"]


def test_text_search_looks_in_notes_and_tags(filled):
    assert titles(filled, text="BAKERY") == ["Joined Fernbank"]
    assert titles(filled, text="health") == ["Burnt out"]
    assert titles(filled, text="postdoc") == ["Few postdoc positions"]


def test_text_search_treats_wildcards_literally(filled):
    assert titles(filled, text="%") == []
    assert titles(filled, text="_") == []


def test_private_entries_can_be_left_out(filled):
    assert "Burnt out" in titles(filled)
    assert "Burnt out" not in titles(filled, include_private=False)
    assert len(titles(filled, include_private=False)) == 5


def test_filters_combine(filled):
    assert titles(filled, kinds=frozenset({"event"}), tags=frozenset({"academia"}),
                  text="phd") == ["Started a PhD"]
    assert titles(filled, kinds=frozenset({"event"}), date_from=FuzzyDate.parse("2014")) == [
        "Promoted to VP"]


def test_tags_in_use_most_used_first(filled):
    assert filled.tags()[0] == ("academia", 2)


@pytest.mark.parametrize(
    "text",
    [
        "She said \"no\" and I said 'fine'",
        "'); DROP TABLE entries;--",
        "Robert'); DELETE FROM entry_tags; --",
        "100% sure_of_it \\ backslash",
        "Promoted 🎉🚀 👩‍💻",
        "ترقية إلى مدير",
        "קידום למנהלת",
        "mixed العربية and English",
        "line one\nline two\ttab",
        "\u200f\u202etrick\u202c",
    ],
)
def test_text_is_stored_literally(journal, text):
    eid = journal.add_entry(Entry.create(kind="note", title=text, date="2020", notes=text,
                                         tags=["ok"])).id
    got = journal.get_entry(eid)
    assert got.title == text.strip() and got.notes == text
    assert journal.counts()["entries"] == 1
    # And it can be found again by what was typed.
    assert [e.id for e in journal.entries(EntryQuery(text=text.strip()))] == [eid]
