"""The crossroads in the lossless JSON document: export, import, export again."""

from __future__ import annotations

import json

import pytest

from careersquiggle.core.crossroads import Intent, Option, PlanAction
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Entry
from careersquiggle.services import jsondoc
from careersquiggle.services.journal import Journal


@pytest.fixture
def rich(demo_journal):
    j = demo_journal
    for title, a, m, p, money in (("Stay and aim for staff", 6, 8, 6, 7),
                                  ("Join a startup", 9, 7, 8, 4)):
        j.crossroads.add_option(Option.create(title=title, autonomy=a, mastery=m, purpose=p,
                                               money=money, notes=f"about {title}"))
    j.crossroads.set_intent(Intent.create(statement="Coach other leaders"))
    done = j.crossroads.add_action(PlanAction.create(kind="mentor", status="done", done="2026-09",
                                                      start="2026-01")).id
    j.crossroads.add_action(PlanAction.create(kind="coffee-chats", status="agreed", due="2027-02"))
    j.crossroads.put_on_squiggle(done)
    j.reflections.answer_prompt("others-role-models", "Ana and Sam")
    return j


def _without_stamp(doc):
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_export_import_export_keeps_options_intent_plan_and_prompt_links(rich, tmp_path, clock):
    first = jsondoc.export_document(rich)
    assert [o["title"] for o in first["options"]] == ["Stay and aim for staff", "Join a startup"]
    assert first["intent"]["statement"] == "Coach other leaders"
    assert [a["status"] for a in first["plan"]] == ["done", "agreed"]
    assert [e["prompt"] for e in first["entries"] if "prompt" in e] == ["others-role-models"]
    other = Journal.open(tmp_path / "other.sqlite3", clock=clock)
    try:
        report = jsondoc.import_text(other, jsondoc.dumps(first))
        assert report.added["options"] == 2 and report.added["plan actions"] == 2
        second = jsondoc.export_document(other)
    finally:
        other.close()
    assert _without_stamp(json.loads(jsondoc.dumps(second))) == _without_stamp(
        json.loads(jsondoc.dumps(first)))


def test_links_follow_the_entries_when_ids_change(rich, tmp_path, clock):
    text = jsondoc.dumps(jsondoc.export_document(rich))
    other = Journal.open(tmp_path / "other.sqlite3", clock=clock)
    try:
        for n in range(30):  # take the ids the document uses
            other.add_entry(Entry.create(kind="note", title=f"mine {n}", date="2001"))
        jsondoc.import_text(other, text)
        (note,) = [e for e in other.entries() if "reflection" in e.tags]
        assert other.reflections.links() == {note.id: "others-role-models"}
        (event,) = [e for e in other.entries() if "plan" in e.tags]
        assert other.crossroads.plan()[0].entry_id == event.id
        # Importing twice adds nothing new.
        again = jsondoc.import_text(other, text)
        assert again.added == {} and again.duplicates["options"] == 2
    finally:
        other.close()


def test_a_bad_option_in_the_document_changes_nothing(rich, tmp_path, clock):
    doc = jsondoc.export_document(rich)
    doc["options"][1]["money"] = 12
    other = Journal.open(tmp_path / "other.sqlite3", clock=clock)
    try:
        with pytest.raises(ValidationError, match="option 2: money must be from 0 to 10"):
            jsondoc.import_text(other, jsondoc.dumps(doc))
        assert other.is_empty() and other.crossroads.options() == []
    finally:
        other.close()


def test_an_older_document_without_crossroads_keys_still_imports(journal):
    doc = {"format": "careersquiggle", "version": 1, "entries": [
        {"kind": "event", "title": "Started", "date": "2020"}]}
    report = jsondoc.import_text(journal, json.dumps(doc))
    assert report.added == {"entries": 1} and journal.crossroads.options() == []


def test_a_dry_run_counts_the_crossroads_but_changes_nothing(rich, tmp_path, clock):
    other = Journal.open(tmp_path / "other.sqlite3", clock=clock)
    try:
        report = jsondoc.import_text(other, jsondoc.dumps(jsondoc.export_document(rich)),
                                     dry_run=True)
        assert report.added["options"] == 2 and report.added["intent"] == 1
        assert other.is_empty() and other.crossroads.options() == []
        assert other.crossroads.intent().statement == "" and other.crossroads.plan() == []
    finally:
        other.close()
