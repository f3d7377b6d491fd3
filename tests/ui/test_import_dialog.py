"""File → Import… (preview, import, undo) and File → Export as text…, driven through widgets."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from careersquiggle.core.model import Entry
from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.export_text import CHOICES, export_text
from careersquiggle.ui.import_dialog import ImportDialog, run_import_dialog
from tests.ui.conftest import drive_modal

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def open_dialog(qtbot, journal, **kw) -> ImportDialog:
    dlg = ImportDialog(journal, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def choose(qtbot, dlg: ImportDialog, fmt: str, path) -> None:
    dlg.format.setCurrentIndex(dlg.format.findData(fmt))
    dlg.path.clear()
    qtbot.keyClicks(dlg.path, str(path))
    qtbot.mouseClick(dlg.preview_button, Qt.MouseButton.LeftButton)


def test_the_preview_shows_the_dry_run_and_import_adds_it(qtbot, journal):
    dlg = open_dialog(qtbot, journal)
    assert not dlg.import_button.isEnabled()
    choose(qtbot, dlg, "jrnl", DATA / "jrnl_export.json")
    preview = dlg.preview.toPlainText()
    assert "Would import from" in preview and "added: 5 entries" in preview
    assert journal.is_empty()  # a preview changes nothing
    assert dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert len(journal.entries()) == 5
    assert dlg.changes.entries == {e.id for e in journal.entries()}
    assert dlg.report.added == {"entries": 5} and not dlg.report.dry_run


def test_enter_in_the_file_field_previews_but_never_imports(qtbot, journal):
    dlg = open_dialog(qtbot, journal, fmt="linkedin")
    qtbot.keyClicks(dlg.path, str(DATA / "linkedin_export.zip"))
    opened = []

    def close_any_modal():  # were Enter to open the file chooser, close it so the test fails
        box = QApplication.activeModalWidget()
        if box is not None and box is not dlg:
            opened.append(box)
            box.reject()

    QTimer.singleShot(50, close_any_modal)
    qtbot.keyClick(dlg.path, Qt.Key.Key_Return)
    assert opened == []
    assert "added: 4 chapters, 6 entries" in dlg.preview.toPlainText()
    assert dlg.isVisible() and journal.is_empty()


def test_a_bad_file_is_a_message_under_the_field_and_nothing_can_be_imported(
        qtbot, journal, tmp_path):
    bad = tmp_path / "Positions.csv"
    bad.write_text("First Name,Last Name\nAna,M\n")
    dlg = open_dialog(qtbot, journal)
    choose(qtbot, dlg, "linkedin", bad)
    assert dlg.path_error.isVisible()
    assert dlg.path_error.text().startswith(f"{bad}: this is not a LinkedIn Positions.csv")
    assert not dlg.import_button.isEnabled() and dlg.preview.toPlainText() == ""
    choose(qtbot, dlg, "linkedin", DATA / "Positions.csv")  # fixing it clears the message
    assert not dlg.path_error.isVisible() and dlg.import_button.isEnabled()


def test_editing_the_path_after_a_preview_asks_for_a_new_preview(qtbot, journal):
    dlg = open_dialog(qtbot, journal)
    choose(qtbot, dlg, "jrnl", DATA / "jrnl_export.json")
    qtbot.keyClicks(dlg.path, "x")
    assert not dlg.import_button.isEnabled()


def test_a_file_already_imported_previews_as_nothing_to_add(qtbot, journal):
    dlg = open_dialog(qtbot, journal, fmt="dayone", path=DATA / "dayone_export.zip")
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    again = open_dialog(qtbot, journal, fmt="dayone", path=DATA / "dayone_export.zip")
    text = again.preview.toPlainText()
    assert "added: nothing" in text
    assert "already in the journal (same Day One entry id (uuid)): 2 entries" in text
    assert "2 photos" in text
    assert not again.import_button.isEnabled()


def test_choose_opens_a_file_chooser_and_previews_the_chosen_file(qtbot, journal):
    dlg = open_dialog(qtbot, journal, fmt="dayone")

    def pick(chooser: QFileDialog):
        assert "*.zip *.json" in ";".join(chooser.nameFilters())
        chooser.selectFile(str(DATA / "dayone_export.zip"))
        chooser.accept()

    drive_modal(qtbot, QFileDialog, pick,
                lambda: qtbot.mouseClick(dlg.browse, Qt.MouseButton.LeftButton))
    assert dlg.path.text() == str(DATA / "dayone_export.zip")
    assert "added: 2 entries" in dlg.preview.toPlainText()


def test_an_import_from_the_window_is_one_undoable_step(qtbot, journal):
    journal.add_entry(Entry.create(kind="note", title="Mine", date="2024"))
    ctrl, announced = JournalController(OpenJournal(journal)), []
    stack = ctrl.undo_stack
    ctrl.changed.connect(announced.append)

    def fill(dlg: ImportDialog):
        choose(qtbot, dlg, "linkedin", DATA / "Positions.csv")
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)

    reports = []
    drive_modal(qtbot, ImportDialog, fill,
                lambda: reports.append(run_import_dialog(None, ctrl)))
    assert reports[0].added == {"chapters": 4, "entries": 6}
    assert stack.count() == 1 and stack.undoText() == "Import 10 items from Positions.csv"
    after_import = (journal.entries(), journal.chapters())
    assert len(announced[-1].chapters) == 4  # the window is told what to redraw

    stack.undo()
    assert [e.title for e in journal.entries()] == ["Mine"] and journal.chapters() == []
    stack.redo()  # the very same rows come back: ids and timestamps too
    assert (journal.entries(), journal.chapters()) == after_import
    assert len(announced) == 3


def test_cancelling_the_import_dialog_pushes_nothing(qtbot, journal):
    ctrl = JournalController(OpenJournal(journal))
    stack = ctrl.undo_stack

    def fill(dlg: ImportDialog):
        choose(qtbot, dlg, "jrnl", DATA / "jrnl_export.json")
        dlg.reject()

    result = []
    drive_modal(qtbot, ImportDialog, fill,
                lambda: result.append(run_import_dialog(None, ctrl)))
    assert result == [None] and stack.count() == 0 and journal.is_empty()


# -- export as text ---------------------------------------------------------------
def _save_as(qtbot, journal, name_filter: str, path: Path):
    def fill(chooser: QFileDialog):
        assert "private entries included" in chooser.windowTitle()
        chooser.selectNameFilter(name_filter)
        chooser.selectFile(str(path))
        chooser.accept()

    written = []
    drive_modal(qtbot, QFileDialog, fill, lambda: written.append(export_text(None, journal)))
    return written[0]


@pytest.mark.parametrize("name_filter", [f for f in CHOICES if "chapters" in f])
def test_export_chapters_as_csv_adds_the_suffix(qtbot, demo_journal, tmp_path, name_filter):
    written = _save_as(qtbot, demo_journal, name_filter, tmp_path / "chapters")
    assert written == tmp_path / "chapters.csv"
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8"), newline="")))
    assert [r["title"] for r in rows] == [c.title for c in demo_journal.chapters()]


def test_export_markdown_from_the_window(qtbot, demo_journal, tmp_path):
    name_filter = next(f for f in CHOICES if f.startswith("Markdown"))
    written = _save_as(qtbot, demo_journal, name_filter, tmp_path / "journal.md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# Career journal") and "## Chapters" in text
    assert all(f"#### {e.title}" in text for e in demo_journal.entries()
               if "*" not in e.title and "_" not in e.title)


def test_a_failed_export_says_why_in_a_message_box(qtbot, journal, tmp_path):
    (tmp_path / "taken").mkdir()
    target = tmp_path / "taken" / "out.md"
    (tmp_path / "taken" / ".out.md.part").mkdir()  # the temporary name cannot be created
    seen = []

    def close_message():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, close_message)

    def fill(chooser: QFileDialog):
        chooser.selectFile(str(target))
        QTimer.singleShot(0, close_message)
        chooser.accept()

    written = []
    drive_modal(qtbot, QFileDialog, fill, lambda: written.append(export_text(None, journal)))
    assert written == [None]
    assert seen and seen[0].startswith(f"{target}: cannot be written")
    assert not target.exists()


REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def test_the_skip_invalid_box_previews_and_imports_the_valid_rows(qtbot, journal):
    dlg = open_dialog(qtbot, journal)
    choose(qtbot, dlg, "linkedin", REAL / "linkedin" / "fahrenheit-Positions.csv")
    assert "row 3: 8 values for 6 columns" in dlg.path_error.text()
    assert not dlg.import_button.isEnabled()
    dlg.skip_invalid.setChecked(True)  # previews again by itself
    preview = dlg.preview.toPlainText()
    assert "skipped as invalid: 1" in preview and "    - row 3: 8 values" in preview
    assert dlg.path_error.text() == "" and dlg.import_button.isEnabled()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted and len(journal.chapters()) == 2


def test_undo_of_a_reimport_puts_updated_rows_back_and_redo_reapplies(qtbot, journal, tmp_path):
    header = "Company Name,Title,Description,Location,Started On,Finished On\n"
    old, new = tmp_path / "old.csv", tmp_path / "new.csv"
    old.write_text(header + "Acme,Engineer,,,Jan 2020,\n")
    new.write_text(header + "Acme,Engineer,Built it.,,Jan 2020,Feb 2022\nZenith,CTO,,,Mar 2022,\n")
    for path in (old, new):
        ctrl = JournalController(OpenJournal(journal))
        stack = ctrl.undo_stack

        def fill(dlg: ImportDialog, path=path):
            choose(qtbot, dlg, "linkedin", path)
            qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)

        drive_modal(qtbot, ImportDialog, fill,
                    lambda ctrl=ctrl: run_import_dialog(None, ctrl))
    assert stack.undoText() == "Import 3 items, 1 update from new.csv"
    after = (journal.entries(), journal.chapters())
    [acme] = [c for c in journal.chapters() if c.organisation == "Acme"]
    assert str(acme.end) == "2022-02"
    stack.undo()
    assert [(c.title, c.end, c.notes) for c in journal.chapters()] == [
        ("Engineer at Acme", None, "")]
    assert [e.title for e in journal.entries()] == ["Joined Acme as Engineer"]
    stack.redo()
    assert (journal.entries(), journal.chapters()) == after
