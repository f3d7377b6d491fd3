"""Key moments: marked in the dialog, kept through edits and JSON, always stand out."""

import json

from PySide6.QtWidgets import QDialogButtonBox

from careersquiggle.core.model import Entry
from careersquiggle.services import jsondoc
from careersquiggle.services.journal import Journal
from careersquiggle.ui.entry_dialog import EntryDialog
from tests.ui.conftest import drive_modal


def test_the_dialog_marks_a_key_moment_and_undo_unmarks_it(qtbot, make_window, journal):
    journal.add_entry(Entry.create(kind="event", title="Joined Acme", date="2019-03", feel=2))
    w = make_window(journal)
    [e] = journal.entries()
    assert not e.key_moment
    w.view.select_id(e.id)

    def mark(dlg: EntryDialog):
        assert not dlg.key_moment.isChecked()
        dlg.key_moment.setChecked(True)
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    drive_modal(qtbot, EntryDialog, mark, w.edit_entry)
    assert journal.get_entry(e.id).key_moment
    assert w.view.data.key.tolist() == [True]
    seen = []
    drive_modal(qtbot, EntryDialog, lambda dlg: (seen.append(dlg.key_moment.isChecked()),
                                                 dlg.reject()), w.edit_entry)
    assert seen == [True]
    w.undo_stack.undo()
    assert not journal.get_entry(e.id).key_moment


def test_key_moments_survive_a_json_round_trip(tmp_path, journal):
    journal.add_entry(Entry.create(kind="shock", title="Laid off", date="2020-04", feel=-4,
                                   key_moment=True))
    journal.add_entry(Entry.create(kind="event", title="A normal day", date="2020-05"))
    text = jsondoc.dumps(jsondoc.export_document(journal))
    doc = json.loads(text)
    assert [e["key_moment"] for e in doc["entries"]] == [True, False]
    other = Journal.open(tmp_path / "other.sqlite3")
    try:
        jsondoc.import_text(other, text, source="file")
        assert {e.title: e.key_moment for e in other.entries()} == {
            "Laid off": True, "A normal day": False}
        again = json.loads(jsondoc.dumps(jsondoc.export_document(other)))
        assert again["entries"] == doc["entries"]
    finally:
        other.close()


def test_a_key_moment_stands_out_in_a_dense_journal(qtbot, make_window, noisy_journal):
    # An ordinary note in the middle of 10,000 entries, with a middling feel: nothing else
    # would pick it.
    quiet = noisy_journal.add_entry(Entry.create(kind="note", title="The day I chose to leave",
                                                 date="2004-06-15", key_moment=True))
    w = make_window(noisy_journal)
    qtbot.waitUntil(lambda: len(w.view.data) == 10_001 and not w.loading, timeout=20_000)
    layer = w.view.layer
    qtbot.waitUntil(lambda: "The day I chose to leave" in layer.visible_labels())
    i = w.view.data.index_of(quiet.id)
    assert i in layer.moments.tolist()
