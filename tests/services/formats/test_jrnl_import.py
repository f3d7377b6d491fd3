"""A real `jrnl --export json` file (made by jrnl 4.6) becomes notes."""

from __future__ import annotations

from careersquiggle.core.model import Kind


def test_every_jrnl_entry_becomes_a_dated_note_with_its_tags(journal, data, do_import):
    report, changes = do_import("jrnl", data / "jrnl_export.json")
    assert report.added == {"entries": 5} and report.ignored == []
    got = {e.title: e for e in journal.entries()}
    first = got["First day at Kestrel Labs."]
    assert first.kind is Kind.NOTE
    assert str(first.date) == "2019-03-04"  # a day: the time of day is dropped
    assert first.notes == "Met the team, got a laptop and a @mentor called Ana."
    assert first.tags == ("mentor",)  # without the @
    assert got["Finished the #migration project."].tags == ("migration",)  # without the #
    assert got["Short one."].notes == ""
    assert "Café talk with Zoë about the Zürich office — maybe a move?" in got
    assert set(changes.entries) == {e.id for e in journal.entries()}


def test_a_starred_jrnl_entry_is_tagged_starred(journal, data, do_import):
    do_import("jrnl", data / "jrnl_export.json")
    starred = [e.title for e in journal.entries() if "starred" in e.tags]
    assert starred == ["Thinking about managing people."]
    [e] = [e for e in journal.entries() if e.title == "Thinking about managing people."]
    assert e.tags == ("career", "management", "starred")


def test_importing_the_same_jrnl_file_twice_adds_nothing(journal, data, do_import):
    do_import("jrnl", data / "jrnl_export.json")
    before = journal.entries()
    report, changes = do_import("jrnl", data / "jrnl_export.json")
    assert report.added == {} and report.duplicates == {"entries": 5}
    assert not changes
    assert journal.entries() == before


def test_an_entry_with_a_long_first_sentence_keeps_it_whole_in_the_notes(journal, tmp_path,
                                                                         do_import):
    long = "word " * 80
    path = tmp_path / "long.json"
    path.write_text('{"tags": {}, "entries": [{"title": "' + long.strip() + '", "body": "rest",'
                    ' "date": "2020-01-02", "time": "09:00", "tags": [], "starred": false}]}')
    do_import("jrnl", path)
    [e] = journal.entries()
    assert len(e.title) <= 200 and e.title.endswith("…")
    assert e.notes.startswith(long.strip()) and e.notes.endswith("rest")
