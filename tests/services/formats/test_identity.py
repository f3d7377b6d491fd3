"""The import plan on its own: identity from the source, twins, updates, the user's edits."""

from __future__ import annotations

from careersquiggle.core.model import Chapter, Entry
from careersquiggle.services.formats.identity import (
    LEGACY_RULE,
    Held,
    Incoming,
    plan,
    snapshot,
)


def note(title: str, date: str = "2024-01-08", **kw) -> Entry:
    return Entry.create(kind="note", title=title, date=date, **kw)


def role(end: str | None = None, notes: str = "", id: int | None = None) -> Chapter:
    return Chapter.create(title="Engineer at Acme", start="2020-01", end=end,
                          organisation="Acme", role="Engineer", notes=notes, id=id)


def held_as_imported(what: str, item, key: str) -> Held:
    return Held(what, item, key, snapshot(what, item))


def test_twins_in_one_file_are_both_added_and_told_apart_by_their_place():
    a, b = note("Standup."), note("Standup.", tags=["starred"])
    steps = plan("jrnl", [Incoming("entries", a, "k"), Incoming("entries", b, "k")], [])
    assert [(s.action, s.key) for s in steps] == [("add", "k"), ("add", "k#2")]


def test_the_same_file_again_adds_nothing_even_with_twins():
    a, b = note("Standup."), note("Standup.")
    held = [held_as_imported("entries", a.with_changes(id=1), "k"),
            held_as_imported("entries", b.with_changes(id=2), "k#2")]
    steps = plan("jrnl", [Incoming("entries", a, "k"), Incoming("entries", b, "k")], held)
    assert [(s.action, s.held.item.id) for s in steps] == [("same", 1), ("same", 2)]
    assert steps[0].rule == "same jrnl date, time and text"


def test_held_is_decided_by_the_source_id_never_by_the_title():
    # A held entry with the same title and day but another uuid is a different entry.
    mine = held_as_imported("entries", note("Standup.", id=1), "UUID-A")
    steps = plan("dayone", [Incoming("entries", note("Standup."), "UUID-B")], [mine])
    assert [s.action for s in steps] == ["add"]


def test_a_newer_export_updates_what_changed_in_the_source():
    was = role(id=5)
    held = [held_as_imported("chapters", was, "acme")]
    [step] = plan("linkedin", [Incoming("chapters", role(end="2023-02", notes="Led v2."), "acme")],
                  held)
    assert step.action == "update" and step.changed == ("end", "notes") and step.kept == ()
    assert str(step.write.end) == "2023-02" and step.write.id == 5


def test_what_the_user_edited_since_the_last_import_is_kept():
    imported = role(id=5)
    edited = imported.with_changes(notes="My own words about Acme.")  # edited in the app
    held = [Held("chapters", edited, "acme", snapshot("chapters", imported))]
    [step] = plan("linkedin", [Incoming("chapters", role(end="2023-02", notes="Led v2."), "acme")],
                  held)
    assert step.action == "update" and step.changed == ("end",) and step.kept == ("notes",)
    assert step.write.notes == "My own words about Acme." and str(step.write.end) == "2023-02"
    # The snapshot is what the file says now, so the edit still counts as the user's next time.
    assert step.snapshot["notes"] == "Led v2."


def test_an_edit_with_nothing_new_in_the_file_is_kept_quietly():
    imported = role(id=5)
    edited = imported.with_changes(notes="Mine.")
    [step] = plan("linkedin", [Incoming("chapters", role(), "acme")],
                  [Held("chapters", edited, "acme", snapshot("chapters", imported))])
    assert step.action == "same" and step.kept == ()


def test_an_item_imported_before_sources_were_kept_is_claimed_once_and_never_overwritten():
    legacy = Held("entries", note("Standup.", id=3))  # no source id: an older import
    steps = plan("jrnl", [Incoming("entries", note("Standup."), "k"),
                          Incoming("entries", note("Standup."), "k")], [legacy])
    assert [s.action for s in steps] == ["same", "add"]  # the twin the old import merged
    assert steps[0].rule == LEGACY_RULE and steps[0].held.item.id == 3
    # No record of what that import wrote: only what loses nothing is taken from the file.
    tagged = plan("jrnl", [Incoming("entries", note("Standup.", tags=["starred"]), "k")],
                  [legacy])
    assert tagged[0].action == "update" and tagged[0].changed == ("tags",)
    mine = Held("entries", note("Standup.", id=3, tags=["mine"]))
    other = plan("jrnl", [Incoming("entries", note("Standup.", tags=["starred"]), "k")], [mine])
    assert other[0].action == "keep" and other[0].kept == ("tags",)
