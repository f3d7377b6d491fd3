"""The lossless JSON document: round trips, repeat imports, and bad documents refused whole."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re

import pytest

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Entry
from careersquiggle.services import jsondoc
from careersquiggle.services.journal import Journal


def _export(journal) -> dict:
    # Through the text form, as a user's file would be.
    return json.loads(jsondoc.dumps(jsondoc.export_document(journal)))


def _without_stamp(doc: dict) -> dict:
    doc = copy.deepcopy(doc)
    doc.pop("exported_at")
    return doc


@pytest.fixture
def other(tmp_path, clock):
    folder = tmp_path / "other"
    folder.mkdir()
    j = Journal.open(folder / "journal.sqlite3", clock=clock)
    yield j
    j.close()


def test_the_document_has_the_documented_shape(demo_journal):
    doc = _export(demo_journal)
    assert doc["format"] == "careersquiggle" and doc["version"] == 1
    assert doc["exported_at"] == "2026-11-24T09:30:00Z"
    e = doc["entries"][0]
    assert {"id", "kind", "title", "date", "feel", "notes", "tags", "private",
            "created_at", "updated_at"} <= set(e)
    assert {"id", "date", "autonomy", "mastery", "purpose", "note"} <= set(doc["checkins"][0])
    assert {"id", "title", "organisation", "role", "start", "end", "notes"} <= set(
        doc["chapters"][0])
    assert [c["end"] for c in doc["chapters"]][-1] is None  # ongoing
    assert any(x["feel"] is None for x in doc["entries"])
    assert {x["date"] for x in doc["entries"]} >= {"2009-10", "2013-09"}


def test_export_import_export_gives_the_same_document(demo_journal, other, clock):
    demo_journal.add_entry(Entry.create(
        kind="note", title="Ärger 🎉 'quoted' \"double\"", date="2024-02-29", feel=None,
        notes="'); DROP TABLE entries;--\nעברית and العربية", tags=["#Mixed", "@Case"],
        private=True))
    first = _export(demo_journal)
    clock.now += dt.timedelta(hours=5)  # the import and second export happen later
    report = jsondoc.import_text(other, jsondoc.dumps(first), source="file")
    assert report.total_added == len(first["entries"]) + len(first["checkins"]) + len(
        first["chapters"])
    second = _export(other)
    assert second["exported_at"] != first["exported_at"]
    assert _without_stamp(second) == _without_stamp(first)


def test_importing_the_same_document_twice_adds_nothing(demo_journal, other):
    text = jsondoc.dumps(jsondoc.export_document(demo_journal))
    jsondoc.import_text(other, text)
    before = _without_stamp(_export(other))
    report = jsondoc.import_text(other, text)
    assert report.total_added == 0
    assert sum(report.duplicates.values()) == sum(demo_journal.counts().values())
    assert _without_stamp(_export(other)) == before


def test_importing_into_a_journal_with_other_entries_keeps_both(demo_journal, other):
    mine = other.add_entry(Entry.create(kind="event", title="Mine", date="2001")).id
    jsondoc.import_text(other, jsondoc.dumps(jsondoc.export_document(demo_journal)))
    assert other.get_entry(mine).title == "Mine"
    assert other.counts()["entries"] == demo_journal.counts()["entries"] + 1
    # The imported entry whose id was taken got a fresh one; nothing was overwritten.
    assert sorted(e.title for e in other.entries()).count("Mine") == 1


def test_a_dry_run_reports_but_changes_nothing(demo_journal, other):
    report = jsondoc.import_text(other, jsondoc.dumps(jsondoc.export_document(demo_journal)),
                                 dry_run=True)
    assert report.total_added == sum(demo_journal.counts().values())
    assert "dry run" in "\n".join(report.lines())
    assert other.is_empty()


def _valid_doc() -> dict:
    return {
        "format": "careersquiggle", "version": 1, "exported_at": "2026-01-01T00:00:00Z",
        "entries": [
            {"kind": "event", "title": "One", "date": "2010"},
            {"kind": "event", "title": "Two", "date": "2011"},
            {"kind": "event", "title": "Three", "date": "2012"},
        ],
        "checkins": [{"date": "2012", "autonomy": 1, "mastery": 2, "purpose": 3}],
        "chapters": [{"title": "PhD", "start": "2009", "end": None}],
    }


def _broken(change) -> str:
    doc = _valid_doc()
    change(doc)
    return json.dumps(doc)


BAD_DOCUMENTS = {
    "another format": ('{"format": "dayone", "version": 1}', "not a Career Squiggle JSON export"),
    "a list": ("[1, 2, 3]", "not a Career Squiggle JSON export"),
    "a string": ('"hello"', "not a Career Squiggle JSON export"),
    "newer version": (_broken(lambda d: d.update(version=2)), "version 2, newer"),
    "no version": (_broken(lambda d: d.pop("version")), "no valid 'version'"),
    "bad date in entry 3": (_broken(lambda d: d["entries"][2].update(date="2023-02-30")),
                            "entry 3: February 2023 has no day 30"),
    "feel too high": (_broken(lambda d: d["entries"][1].update(feel=9)), "entry 2: feel"),
    "unknown kind": (_broken(lambda d: d["entries"][0].update(kind="party")), "entry 1:"),
    "blank title": (_broken(lambda d: d["entries"][0].update(title=" ")), "entry 1:"),
    "entry not an object": (_broken(lambda d: d["entries"].append("x")),
                            "entry 4 is not an object"),
    "entry without a title": (_broken(lambda d: d["entries"][0].pop("title")),
                              "entry 1 has no 'title'"),
    "entries not a list": (_broken(lambda d: d.update(entries={"a": 1})),
                           "'entries' must be a list"),
    "score too high": (_broken(lambda d: d["checkins"][0].update(purpose=11)), "check-in 1:"),
    "chapter ends first": (_broken(lambda d: d["chapters"][0].update(end="2008")), "chapter 1:"),
    "bad id": (_broken(lambda d: d["entries"][0].update(id="seven")), "entry 1: 'id'"),
    "id beyond SQLite": (_broken(lambda d: d["entries"][0].update(id=10**24)), "entry 1: 'id'"),
    "version true": (_broken(lambda d: d.update(version=True)), "no valid 'version'"),
    "lone surrogate": (_broken(lambda d: d["entries"][1].update(title="\ud800")),
                       "entry 2: the title holds characters that are not valid text"),
    "bad private": (_broken(lambda d: d["entries"][0].update(private="yes")), "entry 1:"),
    "bad tags": (_broken(lambda d: d["entries"][0].update(tags=[1])), "entry 1:"),
    "malformed JSON": ('{"format": "careersquiggle",', "not valid JSON"),
    "empty": ("   ", "empty"),
    "deeply nested": ("[" * 100000 + "]" * 100000, "nested too deeply"),
}


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_a_bad_document_is_refused_whole_and_the_journal_unchanged(demo_journal, name):
    text, words = BAD_DOCUMENTS[name]
    before = _without_stamp(_export(demo_journal))
    with pytest.raises(ValidationError) as info:
        jsondoc.import_text(demo_journal, text)
    message = str(info.value)
    assert words in message
    assert "\n" not in message
    # Each item is named once: "entry 3: ...", never "entry 3: entry 3 ...".
    assert not re.search(r"(entry|check-in|chapter) \d+: \1 \d+", message)
    assert _without_stamp(_export(demo_journal)) == before


def test_a_valid_document_imports_all_its_parts(journal):
    report = jsondoc.import_text(journal, json.dumps(_valid_doc()))
    assert report.added == {"chapters": 1, "entries": 3, "checkins": 1}
    assert [e.title for e in journal.entries()] == ["One", "Two", "Three"]


def test_later_versions_may_add_keys(journal):
    doc = _valid_doc()
    doc["future_section"] = [1, 2]
    doc["entries"][0]["mood_colour"] = "teal"
    jsondoc.import_text(journal, json.dumps(doc))
    assert journal.counts()["entries"] == 3
