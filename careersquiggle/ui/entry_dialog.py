"""New / edit entry: kind, title, fuzzy date, feel, tags, notes, private, shift from/to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.model import Entry, Kind
from careersquiggle.ui.widgets import TODAY, ErrorLabel, FuzzyDateEdit

EntryForm = Context("EntryForm")
# Marked here, translated where shown (translators are installed after import).
KIND_HELP = {
    Kind.EVENT: QT_TRANSLATE_NOOP("EntryForm", "Something you did or that happened in your "
                                  "career: a new job, a promotion, leaving."),
    Kind.SHIFT: QT_TRANSLATE_NOOP("EntryForm", "A change in what you want: “I want to manage "
                                  "people”."),
    Kind.SHOCK: QT_TRANSLATE_NOOP("EntryForm", "Outside your control: a layoff, a recession, "
                                  "illness — or a windfall."),
    Kind.NOTE: QT_TRANSLATE_NOOP("EntryForm", "A plain note or reflection."),
}


class TagCompleter(QCompleter):
    """Completes the last tag being typed in a comma-separated list."""

    def pathFromIndex(self, index) -> str:
        line = self.widget()
        assert isinstance(line, QLineEdit)  # it completes the tags field
        done = line.text().rsplit(",", 1)
        head = done[0] + ", " if len(done) > 1 else ""
        return head + super().pathFromIndex(index)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


KIND_BUTTONS = {Kind.EVENT: QT_TRANSLATE_NOOP("EntryForm", "● Event"),
                Kind.SHIFT: QT_TRANSLATE_NOOP("EntryForm", "◆ Shift"),
                Kind.SHOCK: QT_TRANSLATE_NOOP("EntryForm", "▲▼ Shock"),
                Kind.NOTE: QT_TRANSLATE_NOOP("EntryForm", "· Note")}


class KindPicker(QWidget):
    """The four kinds as a row of toggle buttons, chosen with a click or Alt+1…Alt+4
    (keys that never collide with typing a title)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[Kind, QToolButton] = {}
        for n, (kind, text) in enumerate(KIND_BUTTONS.items(), start=1):
            b = QToolButton()
            b.setText(EntryForm.tr(text))
            b.setCheckable(True)
            b.setAutoRaise(False)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setAccessibleName(kind.label)
            b.setToolTip(fill(EntryForm.tr("%1 (Alt+%2): %3"), kind.label, n,
                              EntryForm.tr(KIND_HELP[kind])))
            b.setShortcut(QKeySequence(f"Alt+{n}"))
            self.group.addButton(b, n)
            self.buttons[kind] = b
            row.addWidget(b)
        row.addStretch(1)
        self.buttons[Kind.EVENT].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self.setFocusProxy(self.buttons[Kind.EVENT])

    def _toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self.changed.emit()

    def kind(self) -> Kind:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def set_kind(self, kind: Kind | str) -> None:
        kind = Kind(kind)
        self.buttons[kind].setChecked(True)
        self.setFocusProxy(self.buttons[kind])


def _with_hint(check: QCheckBox, hint: str) -> QWidget:
    """A check box with what it means beside it, in muted text that wraps."""
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    label = QLabel(hint)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    check.setAccessibleDescription(hint)
    lay.addWidget(check)
    lay.addWidget(label, 1)
    return row


class EntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, entry: Entry | None = None,
                 known_tags: Sequence[str] = ()):
        super().__init__(parent)
        self.original = entry
        self.result_entry: Entry | None = None
        self.setWindowTitle(EntryForm.tr("Edit entry") if entry else EntryForm.tr("New entry"))
        self.setMinimumWidth(520)

        self.kind = KindPicker()
        self.kind_help = QLabel()
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet("color: palette(mid);")
        self.title = QLineEdit()
        self.title.setPlaceholderText(EntryForm.tr("What happened, in a few words"))
        self.title_error = ErrorLabel()
        self.date = FuzzyDateEdit(empty=TODAY)
        self.date_error = ErrorLabel()
        self.feel = QSlider(Qt.Orientation.Horizontal)
        self.feel.setRange(-5, 5)
        self.feel.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.feel.setPageStep(1)
        self.feel_value = QLabel()
        self.feel_value.setMinimumWidth(28)
        # An entry saved in a hurry has no feel, so it never pulls the curve to zero;
        # touching the slider gives it one.
        self.no_feel = QCheckBox(EntryForm.tr("No f&eel"))
        feel_row = QHBoxLayout()
        w: QWidget
        for w in (QLabel("−5"), self.feel, QLabel("+5"), self.feel_value, self.no_feel):
            feel_row.addWidget(w)
        self.shift_from = QLineEdit()
        self.shift_from.setPlaceholderText(EntryForm.tr("What you wanted before (optional)"))
        self.shift_to = QLineEdit()
        self.shift_to.setPlaceholderText(EntryForm.tr("What you want now (optional)"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(EntryForm.tr("Comma-separated words, e.g. leadership, "
                                                  "remote"))
        completer = TagCompleter(list(known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer = completer  # keep the Python side alive with the dialog
        self.tags.setCompleter(completer)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(EntryForm.tr("Notes (Markdown is fine)"))
        self.notes.setTabChangesFocus(True)
        # Short box texts, the why beside them wrapped: longer languages still fit.
        self.private = QCheckBox(EntryForm.tr("&Private"))
        self.key_moment = QCheckBox(EntryForm.tr("Key &moment"))
        self.error = ErrorLabel()

        form = QFormLayout()
        self.form = form
        # Rows whose field is a row of widgets get a label with an explicit buddy, so
        # their mnemonic works (Qt only sets one for a single-widget row).
        kind_label, feel_label = QLabel(EntryForm.tr("&Kind")), QLabel(EntryForm.tr("&Feel"))
        kind_label.setBuddy(self.kind)
        feel_label.setBuddy(self.feel)
        form.addRow(kind_label, self.kind)
        form.addRow("", self.kind_help)
        form.addRow(EntryForm.tr("&Title"), self.title)
        form.addRow("", self.title_error)
        date_label = QLabel(EntryForm.tr("&Date"))
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, self.date)
        form.addRow("", self.date_error)
        form.addRow(feel_label, feel_row)
        self.from_label, self.to_label = QLabel(EntryForm.tr("F&rom")), QLabel(EntryForm.tr("T&o"))
        self.from_label.setBuddy(self.shift_from)
        self.to_label.setBuddy(self.shift_to)
        form.addRow(self.from_label, self.shift_from)
        form.addRow(self.to_label, self.shift_to)
        form.addRow(EntryForm.tr("Ta&gs"), self.tags)
        form.addRow(EntryForm.tr("&Notes"), self.notes)
        form.addRow("", _with_hint(self.private,
                                   EntryForm.tr("never shown in shared pictures")))
        form.addRow("", _with_hint(self.key_moment,
                                   EntryForm.tr("always marked and labelled on the squiggle")))
        for name, w in ((EntryForm.tr("Kind"), self.kind), (EntryForm.tr("Title"), self.title),
                        (EntryForm.tr("Date"), self.date), (EntryForm.tr("Feel"), self.feel),
                        (EntryForm.tr("From"), self.shift_from),
                        (EntryForm.tr("To"), self.shift_to), (EntryForm.tr("Tags"), self.tags),
                        (EntryForm.tr("Notes"), self.notes),
                        (EntryForm.tr("Private"), self.private),
                        (EntryForm.tr("Key moment"), self.key_moment),
                        (EntryForm.tr("No feel"), self.no_feel)):
            w.setAccessibleName(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.kind.changed.connect(self._kind_changed)
        self.feel.valueChanged.connect(self._feel_touched)
        self.feel.sliderPressed.connect(self._feel_touched)
        self.no_feel.toggled.connect(self._feel_changed)
        self._load(entry)
        self._initial = self._typed_values()
        self.title.setFocus()  # capture starts with what happened

    def _load(self, e: Entry | None) -> None:
        if e is None:
            self.feel.setValue(0)
            self.no_feel.setChecked(True)
            self._kind_changed()
            self._feel_changed()
            return
        self.kind.set_kind(e.kind)
        self.title.setText(e.title)
        self.date.set_date(e.date)
        self.feel.setValue(e.feel or 0)
        self.no_feel.setChecked(e.feel is None)
        self.tags.setText(", ".join(e.tags))
        self.notes.setPlainText(e.notes)
        self.private.setChecked(e.private)
        self.key_moment.setChecked(e.key_moment)
        self.shift_from.setText(e.shift_from)
        self.shift_to.setText(e.shift_to)
        self._kind_changed()
        self._feel_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.kind()
        self.kind_help.setText(EntryForm.tr(KIND_HELP[kind]))
        is_shift = kind is Kind.SHIFT
        for w in (self.from_label, self.shift_from, self.to_label, self.shift_to):
            w.setVisible(is_shift)

    def _feel_touched(self, *_args) -> None:
        self.no_feel.setChecked(False)
        self._feel_changed()

    def _feel_changed(self) -> None:
        off = self.no_feel.isChecked()
        self.feel_value.setText("—" if off else f"{self.feel.value():+d}")

    def values(self) -> dict:
        is_shift = self.kind.kind() is Kind.SHIFT
        return dict(
            kind=self.kind.kind().value, title=self.title.text(), date=self.date.text(),
            feel=None if self.no_feel.isChecked() else self.feel.value(),
            tags=self.tags.text(), notes=self.notes.toPlainText(),
            private=self.private.isChecked(), key_moment=self.key_moment.isChecked(),
            shift_from=self.shift_from.text() if is_shift else "",
            shift_to=self.shift_to.text() if is_shift else "",
        )

    def _typed_values(self) -> dict:
        return {k: v.strip() if isinstance(v, str) else v for k, v in self.values().items()}

    def has_typed(self) -> bool:
        """Whether anything was written or changed since the dialog opened (blanks aside)."""
        return self._typed_values() != self._initial

    def reject(self) -> None:
        """Esc or Cancel: typed text is not thrown away without asking."""
        if self.has_typed():
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                              EntryForm.tr("Throw away what you wrote?") if self.original is None
                              else EntryForm.tr("Throw away your changes to this entry?"),
                              parent=self)
            discard = box.addButton(EntryForm.tr("&Throw away"),
                                    QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(EntryForm.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not discard:
                return
        super().reject()

    def accept(self) -> None:
        for label in (self.title_error, self.date_error, self.error):
            label.show_error("")
        try:
            base = self.original
            v = self.values()
            self.result_entry = base.with_changes(**v) if base else Entry.create(**v)
        except ValidationError as exc:
            msg = str(exc)
            # By the field the message is about, never by its words (they may be German).
            target = (self.title_error if exc.field == "title" else
                      self.date_error if exc.field == "date" else self.error)
            target.show_error(msg[:1].upper() + msg[1:] + ".")
            (self.title if target is self.title_error else self.date).setFocus()
            return
        self._initial = self._typed_values()
        super().accept()
