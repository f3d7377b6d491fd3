"""Options, intent, plan and reflections kept in a real journal file."""

from __future__ import annotations

import pytest

from careersquiggle.core.crossroads import Intent, Option, PlanAction
from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.services.journal import Journal


def option(title, a=5, m=5, p=5, money=5, **kw):
    return Option.create(title=title, autonomy=a, mastery=m, purpose=p, money=money, **kw)


def reopen(journal, clock):
    journal.close()
    return Journal.open(journal.path, clock=clock)


def test_options_survive_closing_and_reopening(journal, clock):
    added = journal.crossroads.add_option(
        option("Stay and aim for staff", 6, 8, 6, 7, notes="safe"))
    assert added.changes.other == frozenset({"options"})
    journal.crossroads.add_option(option("Move into management", 7, 5, 8, 8))
    journal = reopen(journal, clock)
    try:
        got = journal.crossroads.options()
        assert [(o.title, o.mastery, o.notes) for o in got] == [
            ("Stay and aim for staff", 8, "safe"), ("Move into management", 5, "")]
        assert got[0].id == added.id and got[0].created_at == "2026-11-24T09:30:00Z"
    finally:
        journal.close()


def test_at_most_five_options_and_no_two_with_the_same_name(journal):
    for n in range(5):
        journal.crossroads.add_option(option(f"Path {n}"))
    with pytest.raises(JournalError, match="already 5 options"):
        journal.crossroads.add_option(option("One too many"))
    first = journal.crossroads.options()[0]
    journal.crossroads.delete_option(first.id)
    with pytest.raises(JournalError, match="already an option called 'Path 1'"):
        journal.crossroads.add_option(option("path 1"))
    assert len(journal.crossroads.options()) == 4


def test_editing_and_removing_an_option_and_putting_it_back_as_it_was(journal):
    oid = journal.crossroads.add_option(option("Join a startup", money=3)).id
    journal.crossroads.update_option(journal.crossroads.get_option(oid).with_changes(money=6))
    assert journal.crossroads.get_option(oid).money == 6
    gone = journal.crossroads.delete_option(oid)
    assert journal.crossroads.options() == []
    journal.crossroads.add_option(gone)  # as undo does
    assert journal.crossroads.options() == [gone]


def test_the_intent_statement_is_kept(journal, clock):
    assert journal.crossroads.intent().statement == ""
    journal.crossroads.set_intent(Intent.create(statement="Lead a platform group within two years"))
    journal = reopen(journal, clock)
    try:
        it = journal.crossroads.intent()
        assert it.statement == "Lead a platform group within two years"
        assert it.updated_at == "2026-11-24T09:30:00Z"
    finally:
        journal.close()


def test_a_done_action_goes_on_the_squiggle_once_as_an_event(journal):
    aid = journal.crossroads.add_action(PlanAction.create(
        kind="present-leadership", title="Present the roadmap", status="done", done="2026-10",
        notes="went well")).id
    changes = journal.crossroads.put_on_squiggle(aid)
    (event,) = journal.entries()
    assert changes.entries == frozenset({event.id}) and "plan" in changes.other
    assert (event.kind.value, event.title, str(event.date), event.notes) == (
        "event", "Present the roadmap", "2026-10", "went well")
    assert event.tags == ("plan", "present-leadership")
    assert journal.crossroads.get_action(aid).entry_id == event.id
    with pytest.raises(JournalError, match="already on the squiggle"):
        journal.crossroads.put_on_squiggle(aid)
    assert len(journal.entries()) == 1


def test_an_action_not_done_stays_off_the_squiggle(journal):
    aid = journal.crossroads.add_action(PlanAction.create(kind="mentor", status="doing")).id
    with pytest.raises(JournalError, match="not done yet"):
        journal.crossroads.put_on_squiggle(aid)
    assert journal.entries() == []


def test_marking_an_action_done_dates_it_today(journal):
    aid = journal.crossroads.add_action(PlanAction.create(kind="mentor")).id
    journal.crossroads.update_action(journal.crossroads.get_action(aid).with_changes(status="done"))
    assert str(journal.crossroads.get_action(aid).done) == "2026-11-24"


def test_taking_an_event_off_the_squiggle_and_deleting_the_event_unlink_the_action(journal):
    aid = journal.crossroads.add_action(PlanAction.create(kind="mentor", status="done")).id
    journal.crossroads.put_on_squiggle(aid)
    journal.crossroads.take_off_squiggle(aid)
    assert journal.entries() == [] and journal.crossroads.get_action(aid).entry_id is None
    journal.crossroads.put_on_squiggle(aid)
    journal.delete_entry(journal.entries()[0].id)  # deleted from the main window, say
    assert journal.crossroads.get_action(aid).entry_id is None


def test_answering_a_prompt_saves_a_reflection_note_with_its_prompt(journal, clock):
    changes = journal.reflections.answer_prompt("motivation-no-money", "  Teach and write.  ")
    (note,) = journal.entries()
    assert changes.entries == frozenset({note.id})
    assert (note.kind.value, note.tags, note.notes, str(note.date)) == (
        "note", ("reflection",), "Teach and write.", "2026-11-24")
    assert note.title.startswith("If money played no part")
    journal = reopen(journal, clock)
    try:
        latest = journal.reflections.latest_answers()
        assert list(latest) == ["motivation-no-money"]
        assert latest["motivation-no-money"].text == "Teach and write."
    finally:
        journal.close()


def test_the_latest_answer_is_the_newest_one(journal, clock):
    from careersquiggle.core.dates import FuzzyDate

    journal.reflections.answer_prompt("want-destination", "first",
                                      date=FuzzyDate.parse("2025-01-02"))
    journal.reflections.answer_prompt("want-destination", "second")
    assert journal.reflections.latest_answers()["want-destination"].text == "second"
    found = journal.reflections.answers()["want-destination"]
    assert [a.text for a in found] == ["second", "first"]


def test_deleting_a_reflection_note_forgets_the_answer(journal):
    journal.reflections.answer_prompt("team-trust", "Priya, more often")
    journal.delete_entry(journal.entries()[0].id)
    assert journal.reflections.latest_answers() == {}


@pytest.mark.parametrize("prompt,answer,message", [
    ("team-trust", "   ", "answer is empty"), ("nope", "hi", "no reflection prompt")])
def test_a_bad_answer_changes_nothing(journal, prompt, answer, message):
    with pytest.raises(ValidationError, match=message):
        journal.reflections.answer_prompt(prompt, answer)
    assert journal.entries() == [] and journal.reflections.links() == {}
