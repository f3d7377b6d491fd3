"""The review window's way out: save the review as Markdown or PDF, or print it.

    bar = OutputBar(journal_of, period_of, settings)

Ctrl+Shift+S saves Markdown, Ctrl+P opens the print preview (a printer, or Qt's own
"print to file"), and the button beside them saves a PDF. Each save dialog opens in the
folder used last (the declared setting ``review/folder``); a file is written whole or
not at all, and a folder that cannot take it is said in one message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill
from careersquiggle.core.review import Period
from careersquiggle.services.journal import Journal
from careersquiggle.ui.review import review_export
from careersquiggle.ui.review.style import MUTED
from careersquiggle.ui.settings import Settings

FOLDER_KEY = "review/folder"
SAVED_MS = 10000


class OutputBar(QWidget):
    def __init__(self, journal_of: Callable[[], Journal], period_of: Callable[[], Period],
                 settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._journal_of, self._period_of, self.settings = journal_of, period_of, settings
        self.written: Path | None = None  # the last file saved, for the message (and tests)
        self.message = QLabel()
        self.message.setStyleSheet(f"color: {MUTED};")
        self.message.setAccessibleName(self.tr("Review saved"))
        self._clear = QTimer(self, singleShot=True, interval=SAVED_MS)
        self._clear.timeout.connect(self.message.clear)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.message, 1)
        self.markdown_action = self._action(self.tr("E&xport as Markdown…"),
                                            QKeySequence("Ctrl+Shift+S"), self.save_markdown)
        self.pdf_action = self._action(self.tr("Save as PD&F…"), QKeySequence(), self.save_pdf)
        self.print_action = self._action(self.tr("Print…"), QKeySequence.StandardKey.Print,
                                         self.print_review)
        self.buttons: list[QPushButton] = []
        for action in (self.markdown_action, self.pdf_action, self.print_action):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            lay.addWidget(button)
            self.buttons.append(button)

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        # Anywhere in the review window, whichever tab or box has the focus.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "")
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- what is written --------------------------------------------------------
    def markdown(self) -> str:
        return review_export.review_text(self._journal_of(), self._period_of())

    def title(self) -> str:
        return fill(self.tr("Career review: %1"), self._period_of().label)

    # -- the commands -------------------------------------------------------------
    def save_markdown(self) -> None:
        path = self._ask(self.tr("Save the review as Markdown"), self.tr("Markdown (*.md)"),
                         "md")
        if path is not None:
            self._write(path, lambda: review_export.write_markdown(path, self.markdown()))

    def save_pdf(self) -> None:
        path = self._ask(self.tr("Save the review as PDF"), self.tr("PDF (*.pdf)"), "pdf")
        if path is not None:
            doc = review_export.review_document(self.markdown())
            self._write(path, lambda: review_export.write_pdf(path, doc, self.title()))

    def print_review(self) -> None:
        doc = review_export.review_document(self.markdown())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title())
        preview = QPrintPreviewDialog(printer, self.window())
        preview.setWindowTitle(fill(self.tr("Print %1"), self.title()))
        preview.paintRequested.connect(doc.print_)
        # Big enough to read a page (Qt's default is a small window).
        window = self.window().size()
        preview.resize(max(800, window.width() * 3 // 4), max(700, window.height() - 40))
        preview.exec()

    # -- helpers --------------------------------------------------------------------
    def _ask(self, caption: str, name_filter: str, suffix: str) -> Path | None:
        folder = str(self.settings.value(FOLDER_KEY)) if self.settings else ""
        start = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        chooser = QFileDialog(self.window(), caption,
                              str(start / f"{review_export.file_stem(self._period_of())}.{suffix}"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(name_filter)
        chooser.setDefaultSuffix(suffix)
        if not chooser.exec() or not chooser.selectedFiles():
            return None
        return Path(chooser.selectedFiles()[0])

    def _write(self, path: Path, write: Callable[[], None]) -> None:
        try:
            write()
        except JournalError as exc:
            QMessageBox.warning(self.window(), self.tr("The review was not saved"),
                                fill(self.tr("%1\n\nChoose another folder and try again."),
                                     exc))
            return
        if self.settings is not None:
            self.settings.set(FOLDER_KEY, str(path.parent))
        self.written = path
        self.message.setText(fill(self.tr("Saved %1"), path))
        self._clear.start()
