"""File → Import…: choose a format and a file, see what would happen, then import.

The preview is the import run as a dry run, so what the user confirms is
exactly what the import will do. Nothing touches the journal until Import is
pressed; a bad file is a message under the file field and the journal stays
as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context, fill
from careersquiggle.services import formats
from careersquiggle.services.changes import Changes
from careersquiggle.services.formats.source import Source
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import Import
from careersquiggle.services.report import ImportReport
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.widgets import ErrorLabel

ImportForm = Context("ImportForm")


class ImportDialog(QDialog):
    """After ``exec()`` returns Accepted, ``changes`` and ``report`` say what was added."""

    def __init__(self, journal: Journal, parent: QWidget | None = None, *,
                 fmt: str | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.journal = journal
        self.changes: Changes | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(ImportForm.tr("Import"))
        self.setMinimumWidth(560)

        self.format = QComboBox()
        for f in formats.IMPORTS.values():
            self.format.addItem(f.shown_label(), f.name)
        self.format.setAccessibleName(ImportForm.tr("Format"))
        # Long format names (longer still in other languages) must not widen the dialog
        # past its labels: the list shows them whole when it opens.
        self.format.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.format.setMinimumContentsLength(30)
        self.path = QLineEdit()
        self.path.setPlaceholderText(ImportForm.tr("The file to import"))
        self.path.setAccessibleName(ImportForm.tr("File"))
        self.browse = QPushButton(ImportForm.tr("Choose…"))
        self.path_error = ErrorLabel()
        # Off: one invalid item refuses the whole file. On: the valid ones are imported and
        # each skipped one is listed in the preview with its place and reason.
        self.skip_invalid = QCheckBox(ImportForm.tr("Skip invalid items and import the rest"))
        self.skip_invalid.setAccessibleName(ImportForm.tr("Skip invalid items"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(ImportForm.tr("Choose a file to see what would be "
                                                      "imported."))
        self.preview.setAccessibleName(ImportForm.tr("Preview"))
        note = QLabel(ImportForm.tr("Nothing changes until you press Import; the whole import "
                                    "can be undone."))
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(ImportForm.tr("&Preview"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(ImportForm.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(ImportForm.tr("Format"), self.format)
        form.addRow(ImportForm.tr("File"), file_row)
        form.addRow("", self.path_error)
        form.addRow("", self.skip_invalid)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        # Enter previews; only a deliberate click (or Alt+I) imports. (Set once the
        # buttons are inside the dialog: a default button needs its dialog.)
        for button in (self.browse, self.import_button):
            button.setAutoDefault(False)
        self.preview_button.setDefault(True)

        self.browse.clicked.connect(self.choose_file)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format.currentIndexChanged.connect(self.refresh_preview)
        self.skip_invalid.toggled.connect(self.refresh_preview)
        self.path.textEdited.connect(self._forget_preview)

        if fmt is not None:
            self.set_format(fmt)
        if path is not None:
            self.path.setText(str(path))
            self.refresh_preview()

    # -- state ------------------------------------------------------------------
    def current_format(self) -> str:
        return self.format.currentData()

    def set_format(self, fmt: str) -> None:
        index = self.format.findData(fmt)
        if index < 0:
            raise ValueError(f"unknown import format {fmt!r}")
        self.format.setCurrentIndex(index)

    def _source(self) -> Source | None:
        text = self.path.text().strip()
        return Source.from_path(Path(text).expanduser()) if text else None

    def _forget_preview(self) -> None:
        # The preview no longer describes the file named in the field.
        self.import_button.setEnabled(False)
        self.path_error.show_error("")

    # -- actions ----------------------------------------------------------------
    def choose_file(self) -> None:
        fmt = formats.IMPORTS[self.current_format()]
        start = str(Path(self.path.text()).expanduser().parent) if self.path.text() else ""
        chooser = QFileDialog(self, ImportForm.tr("Choose a file to import"), start,
                              fill(ImportForm.tr("%1 (%2);;All files (*)"), fmt.shown_label(),
                                   fmt.patterns))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        if chooser.exec() and chooser.selectedFiles():
            self.path.setText(chooser.selectedFiles()[0])
            self.refresh_preview()

    def refresh_preview(self) -> None:
        """Run the import as a dry run and show its report."""
        self.import_button.setEnabled(False)
        self.path_error.show_error("")
        source = self._source()
        if source is None:
            self.preview.clear()
            return
        try:
            report, _ = formats.import_source(self.journal, self.current_format(), source,
                                              dry_run=True,
                                              skip_invalid=self.skip_invalid.isChecked())
        except JournalError as exc:
            self.preview.clear()
            self.path_error.show_error(str(exc))
            return
        self.preview.setPlainText("\n".join(report.lines()))
        self.import_button.setEnabled(report.total_changed > 0)

    def accept(self) -> None:
        source = self._source()
        if source is None or not self.import_button.isEnabled():
            return
        try:
            self.report, self.changes = formats.import_source(
                self.journal, self.current_format(), source,
                skip_invalid=self.skip_invalid.isChecked())
        except JournalError as exc:
            # e.g. the file changed since the preview: say so, stay open, nothing imported.
            self.path_error.show_error(str(exc))
            self.import_button.setEnabled(False)
            return
        super().accept()


def run_import_dialog(parent: QWidget | None, ctrl: JournalController) -> ImportReport | None:
    """What File → Import… does: the dialog, then an undoable step for what it added."""
    dialog = ImportDialog(ctrl.journal, parent)
    if not dialog.exec() or dialog.changes is None or dialog.report is None:
        return None
    report = dialog.report
    assert report is not None  # set together with dialog.changes
    added = report.added_ids
    if added.entries or added.checkins or added.chapters or report.before:
        op = Import.recorded(ctrl.journal, added, report.source, updated=report.before)
        ctrl.push(op, done=dialog.changes)
    else:
        # Only crossroads sections of a JSON document: shown, but not undoable here.
        ctrl.announce(dialog.changes)
    return dialog.report
