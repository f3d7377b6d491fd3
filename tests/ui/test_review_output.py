"""The review taken out of the window: Markdown and PDF files written and read back, the
print preview opened by its key, a folder that cannot take the file explained."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox

from careersquiggle.core import crossroads as cr
from careersquiggle.services import review_markdown
from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.review import ReviewWindow
from tests.ui.conftest import drive_modal

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_journal, settings):
    demo_journal.crossroads.add_option(cr.Option.create(
        title="Found a company with Priya", autonomy=9, mastery=7, purpose=8, money=3))
    w = ReviewWindow(JournalController(OpenJournal(demo_journal)), settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _review_chapter(window, title):
    picker = window.overview.picker
    picker.kind.setCurrentIndex(picker.kind.findData("chapter"))
    picker.chapter.setCurrentIndex(picker.chapter.findText(title))
    assert window.overview.review.period.label == title


def _save_as(path, seen_folder=None):
    def fill(dlg: QFileDialog) -> None:
        if seen_folder is not None:
            seen_folder.append(dlg.directory().absolutePath())
        dlg.selectFile(str(path))
        dlg.accept()
    return fill


def test_ctrl_shift_s_saves_the_review_as_markdown_and_remembers_the_folder(
        qtbot, window, demo_journal, settings, tmp_path):
    _review_chapter(window, "Engineer at Fernbank")
    out = tmp_path / "reviews"
    out.mkdir()
    target = out / "fernbank.md"
    window.tabs.setCurrentWidget(window.options)  # any tab: the key belongs to the window
    drive_modal(qtbot, QFileDialog, _save_as(target),
                lambda: qtbot.keyClick(window.options.title, Qt.Key.Key_S, CTRL | SHIFT))
    text = target.read_text(encoding="utf-8")
    period = window.overview.review.period
    assert text == review_markdown.review_journal(demo_journal, period)  # the terminal's text
    assert text.startswith("# Career review: Engineer at Fernbank")
    assert "Found a company with Priya" in text
    assert target.stat().st_mode & 0o077 == 0  # the review may quote private entries
    assert window.output.message.text() == f"Saved {target}"
    assert settings.value("review/folder") == str(out)
    seen: list[str] = []
    drive_modal(qtbot, QFileDialog, _save_as(out / "again.md", seen),
                window.output.markdown_action.trigger)
    assert seen == [str(out)]  # the next save starts where the last one went


def test_the_review_saved_as_pdf_holds_the_reviews_text(qtbot, window, tmp_path):
    target = tmp_path / "review.pdf"
    drive_modal(qtbot, QFileDialog, _save_as(target), window.output.buttons[1].click)
    pdf = PdfReader(target)
    text = " ".join(page.extract_text() for page in pdf.pages)
    words = " ".join(text.split())
    assert words.startswith("Career review: the whole journal")
    assert "How what you want has changed" in words
    assert "VP Engineering at Fernbank" in words
    assert "Found a company with Priya" in words
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("kind", ["md", "pdf"])
def test_a_folder_that_cannot_take_the_file_is_one_message_and_nothing_is_written(
        qtbot, window, tmp_path, kind):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / f"review.{kind}"
    said = []

    def read_and_close(box: QMessageBox):
        said.append(box.text())
        box.accept()

    action = window.output.markdown_action if kind == "md" else window.output.pdf_action
    drive_modal(qtbot, QFileDialog, _save_as(target),
                lambda: drive_modal(qtbot, QMessageBox, read_and_close, action.trigger))
    assert len(said) == 1 and "cannot be written" in said[0]
    assert "Choose another folder" in said[0]
    assert blocker.read_text() == "a file where a folder should be"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings.ini") == [
        "data", "not-a-folder"]
    assert window.output.message.text() == ""


def test_a_pdf_over_an_existing_file_replaces_it_whole_once_confirmed(qtbot, window, tmp_path):
    target = tmp_path / "review.pdf"
    target.write_bytes(b"the old review")
    asked = []

    def replace(box: QMessageBox):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    drive_modal(qtbot, QFileDialog,
                lambda dlg: drive_modal(qtbot, QMessageBox, replace,
                                        lambda: _save_as(target)(dlg)),
                window.output.pdf_action.trigger)
    assert asked and "already exists" in asked[0]
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Career review" in " ".join(PdfReader(target).pages[0].extract_text().split())


def test_ctrl_p_opens_the_print_preview_of_the_review(qtbot, window):
    pages = []

    def look(dlg: QPrintPreviewDialog):
        preview = dlg.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        pages.append(preview.pageCount())
        dlg.reject()

    drive_modal(qtbot, QPrintPreviewDialog, look,
                lambda: qtbot.keyClick(window.overview.text, Qt.Key.Key_P, CTRL))
    assert pages and pages[0] >= 1
    assert "Ctrl+P" in window.output.buttons[2].toolTip()
