"""Undo and redo without a screen: every operation applied, reverted and applied again on
a real journal file, and its serialised form read back. No QApplication here."""

from __future__ import annotations

import json

import pytest

from careersquiggle.core.crossroads import Intent, Option, PlanAction
from careersquiggle.core.errors import JournalError, NotFound
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.services import operations as ops
from careersquiggle.services.demo import load_sample
from careersquiggle.services.journal import Journal

ITEMS = {
    "entry": lambda: Entry.create(kind="event", title="New role", date="2026-10", feel=3,
                                  tags=["work"]),
    "checkin": lambda: CheckIn.create(autonomy=6, mastery=7, purpose=5, date="2026-10-01"),
    "chapter": lambda: Chapter.create(title="PhD", start="2009", end="2013"),
    "option": lambda: Option.create(title="Stay", autonomy=5, mastery=6, purpose=4, money=7),
    "plan": lambda: PlanAction.create(kind="mentor", title="Mentor Ana", status="doing"),
}


def _everything(journal: Journal):
    """All that a journal holds, ids and timestamps included."""
    return (journal.entries(), journal.checkins(), journal.chapters(),
            journal.crossroads.options(), journal.crossroads.plan(),
            journal.crossroads.intent(), journal.reflections.links())


def _replayed(op: ops.Operation) -> ops.Operation:
    """The operation as another laptop would read it: through JSON text."""
    return ops.from_dict(json.loads(json.dumps(op.to_dict())))


@pytest.mark.parametrize("kind", ITEMS)
def test_add_undo_redo_brings_back_the_same_row(journal, clock, kind):
    before = _everything(journal)
    op = ops.AddItem(ITEMS[kind]())
    op.apply(journal)
    added = _everything(journal)
    assert added != before and op.item.id is not None and op.item.created_at
    op.revert(journal)
    assert _everything(journal) == before
    clock.now = clock.now.replace(hour=11)  # redo later: the row keeps its first timestamps
    op.apply(journal)
    assert _everything(journal) == added


@pytest.mark.parametrize("kind", ITEMS)
def test_edit_undo_redo(journal, kind):
    added = ops.AddItem(ITEMS[kind]())
    added.apply(journal)
    old = added.item
    new = old.with_changes(title="Renamed") if kind != "checkin" else old.with_changes(mastery=9)
    before = _everything(journal)
    op = ops.EditItem(old, new)
    changes = op.apply(journal)
    assert changes
    edited = _everything(journal)
    assert edited != before
    op.revert(journal)
    assert _everything(journal) == before  # updated_at too: undo is not a new edit
    op.apply(journal)
    assert ops.KINDS[kind].get(journal, old.id) == op.new


@pytest.mark.parametrize("kind", ITEMS)
def test_delete_undo_redo(journal, kind):
    ops.AddItem(ITEMS[kind]()).apply(journal)
    item = ops.KINDS[kind].get(journal, 1)
    before = _everything(journal)
    op = ops.DeleteItem(item)
    op.apply(journal)
    assert _everything(journal) != before
    op.revert(journal)
    assert _everything(journal) == before
    op.apply(journal)
    with pytest.raises(NotFound):
        ops.KINDS[kind].get(journal, item.id)


def test_undoing_a_delete_whose_id_was_taken_meanwhile_gets_a_new_id(journal):
    first = ops.AddItem(ITEMS["entry"]())
    first.apply(journal)
    delete = ops.DeleteItem(first.item)
    delete.apply(journal)
    # Another process (the terminal) adds an entry and SQLite hands it the freed id.
    with Journal.open(journal.path) as other:
        taken = other.add_entry(Entry.create(kind="note", title="typed in terminal",
                                             date="2026-11")).id
    assert taken == first.item.id
    delete.revert(journal)
    assert delete.item.id != taken
    delete.apply(journal)  # redo deletes the restored entry, not the terminal's
    assert [e.title for e in journal.entries()] == ["typed in terminal"]


@pytest.mark.parametrize("make", [
    lambda item: ops.EditItem(item, item.with_changes(title="Renamed")),
    lambda item: ops.DeleteItem(item),
], ids=["edit", "delete"])
def test_an_operation_on_a_vanished_entry_fails_and_changes_nothing(journal, make):
    add = ops.AddItem(ITEMS["entry"]())
    add.apply(journal)
    journal.add_entry(Entry.create(kind="note", title="Other", date="2020"))
    op = make(add.item)
    journal.delete_entry(add.item.id)  # deleted from the terminal meanwhile
    before = _everything(journal)
    with pytest.raises(NotFound, match="there is no entry"):
        op.apply(journal)
    assert _everything(journal) == before


def test_a_refused_option_leaves_the_journal_as_it_was(journal):
    ops.AddItem(ITEMS["option"]()).apply(journal)
    before = _everything(journal)
    with pytest.raises(JournalError, match="already an option called 'Stay'"):
        ops.AddItem(ITEMS["option"]()).apply(journal)
    assert _everything(journal) == before


def test_intent_set_and_undone(journal):
    op = ops.SetIntent(journal.crossroads.intent(), Intent.create(statement="Lead a team"))
    op.apply(journal)
    assert journal.crossroads.intent().statement == "Lead a team"
    op.revert(journal)
    assert journal.crossroads.intent().statement == ""


def test_a_done_action_goes_on_the_squiggle_and_comes_off_again(journal):
    add = ops.AddItem(PlanAction.create(kind="mentor", title="Mentor Ana", status="done",
                                        done="2026-10"))
    add.apply(journal)
    op = ops.PutOnSquiggle(add.item.id, title=add.item.title)
    changes = op.apply(journal)
    (event,) = journal.entries()
    assert changes.entries == {event.id} and journal.crossroads.plan()[0].entry_id == event.id
    op.revert(journal)
    assert journal.entries() == [] and journal.crossroads.plan()[0].entry_id is None
    op.apply(journal)
    assert [e.id for e in journal.entries()] == [event.id]  # the very same event


def test_an_answer_is_a_note_and_redo_keeps_its_id_and_day(journal):
    op = ops.AnswerPrompt("team-trust", "My first lead")
    op.apply(journal)
    (note,) = journal.entries()
    assert journal.reflections.links() == {note.id: "team-trust"}
    op.revert(journal)
    assert journal.entries() == [] and journal.reflections.links() == {}
    op.apply(journal)
    assert [(e.id, e.date) for e in journal.entries()] == [(note.id, note.date)]


def test_an_import_is_undone_and_redone_row_for_row(journal):
    journal.add_entry(Entry.create(kind="note", title="Mine", date="2024"))
    from careersquiggle.core.demo import sample_story

    entries, checkins, chapters = sample_story()
    op = ops.Import(entries, checkins, chapters, source="/tmp/story.json")
    op.apply(journal)
    assert op.text == "Import 36 items from story.json"
    imported = _everything(journal)
    op.revert(journal)
    assert [e.title for e in journal.entries()] == ["Mine"] and journal.chapters() == []
    op.apply(journal)
    assert _everything(journal) == imported


def test_an_import_done_elsewhere_is_recorded_with_its_rows(journal):
    changes = load_sample(journal)
    op = ops.Import.recorded(journal, changes, "sample story")
    assert len(op.entries) == 20 and op.added == changes
    op.revert(journal)
    assert journal.is_empty()


# -- the serialised form -------------------------------------------------------------
def _every_kind_of_operation(journal: Journal) -> list[ops.Operation]:
    made: list[ops.Operation] = []
    for make in ITEMS.values():
        add = ops.AddItem(make())
        add.apply(journal)
        made += [add, ops.EditItem(add.item, add.item), ops.DeleteItem(add.item)]
    made.append(ops.SetIntent(Intent(), Intent.create(statement="Somewhere")))
    made.append(ops.PutOnSquiggle(1, 17))
    answer = ops.AnswerPrompt("team-trust", "Ana")
    answer.apply(journal)
    made.append(answer)
    imported = ops.Import([Entry.create(kind="note", title="From a file", date="2020")],
                          source="notes.json")
    imported.apply(journal)
    made.append(imported)
    return made


def test_every_operation_survives_json_and_reads_back_the_same(journal):
    made = _every_kind_of_operation(journal)
    types = {op.type_name for op in made}
    assert {"entry.add", "checkin.edit", "chapter.delete", "option.add", "plan.edit",
            "intent.set", "plan.put_on_squiggle", "reflection.answer", "import"} <= types
    for op in made:
        data = op.to_dict()
        assert data["type"] == op.type_name and data["version"] == 1
        back = _replayed(op)
        assert type(back) is type(op) and back.to_dict() == data


def test_a_replayed_add_does_the_same_in_another_journal(journal, tmp_path, clock):
    op = ops.AddItem(ITEMS["entry"]())
    op.apply(journal)
    with Journal.open(tmp_path / "laptop2.sqlite3", clock=clock) as other:
        _replayed(op).apply(other)
        assert other.entries() == journal.entries()


@pytest.mark.parametrize("data, message", [
    ({"version": 1}, "not an operation"),
    ({"type": "entry.fly", "version": 1}, "not an operation this app knows"),
    ({"type": "entry.add", "version": 99, "item": {}}, "version 99"),
    ({"type": "entry.add", "version": 1}, "missing a field"),
])
def test_an_unknown_or_broken_record_is_refused_in_words(data, message):
    with pytest.raises(JournalError, match=message):
        ops.from_dict(data)
