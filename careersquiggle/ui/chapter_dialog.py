"""New / edit chapter: a span of a career such as a PhD, a job or a sabbatical."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import Context
from careersquiggle.core.model import Chapter
from careersquiggle.ui.widgets import ONGOING, ErrorLabel, FuzzyDateEdit

ChapterForm = Context("ChapterForm")


class ChapterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, chapter: Chapter | None = None):
        super().__init__(parent)
        self.original = chapter
        self.result_chapter: Chapter | None = None
        self.setWindowTitle(ChapterForm.tr("Edit chapter") if chapter
                            else ChapterForm.tr("New chapter"))
        self.setMinimumWidth(480)
        self.title = QLineEdit()
        self.title.setPlaceholderText(ChapterForm.tr("e.g. PhD, Engineer at Acme, Sabbatical"))
        self.organisation = QLineEdit()
        self.role = QLineEdit()
        self.start = FuzzyDateEdit()
        self.end = FuzzyDateEdit(empty=ONGOING)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(ChapterForm.tr("&Title"), self.title)
        form.addRow(ChapterForm.tr("&Organisation"), self.organisation)
        form.addRow(ChapterForm.tr("&Role"), self.role)
        for text, edit in ((ChapterForm.tr("&Start"), self.start),
                           (ChapterForm.tr("&End"), self.end)):
            label = QLabel(text)
            label.setBuddy(edit.edit)
            form.addRow(label, edit)
        form.addRow(ChapterForm.tr("&Notes"), self.notes)
        for name, w in ((ChapterForm.tr("Title"), self.title),
                        (ChapterForm.tr("Organisation"), self.organisation),
                        (ChapterForm.tr("Role"), self.role), (ChapterForm.tr("Notes"), self.notes),
                        (ChapterForm.tr("Start"), self.start), (ChapterForm.tr("End"), self.end)):
            w.setAccessibleName(name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if chapter:
            self.title.setText(chapter.title)
            self.organisation.setText(chapter.organisation)
            self.role.setText(chapter.role)
            self.start.set_date(chapter.start)
            self.end.set_date(chapter.end)
            self.notes.setPlainText(chapter.notes)

    def values(self) -> dict:
        return dict(title=self.title.text(), organisation=self.organisation.text(),
                    role=self.role.text(), start=self.start.text(), end=self.end.text(),
                    notes=self.notes.toPlainText())

    def accept(self) -> None:
        try:
            v = self.values()
            self.result_chapter = (self.original.with_changes(**v) if self.original
                                   else Chapter.create(**v))
        except ValidationError as exc:
            msg = str(exc)
            self.error.show_error(msg[:1].upper() + msg[1:] + ".")
            return
        super().accept()
