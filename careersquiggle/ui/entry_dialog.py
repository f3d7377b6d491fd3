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
from careersquiggle.core.model import Entry, Kind
from careersquiggle.ui.widgets import TODAY, ErrorLabel, FuzzyDateEdit

KIND_HELP = {
    Kind.EVENT: "Something you did or that happened in your career: a new job, a promotion, "
                "leaving.",
    Kind.SHIFT: "A change in what you want: “I want to manage people”.",
    Kind.SHOCK: "Outside your control: a layoff, a recession, illness — or a windfall.",
    Kind.NOTE: "A plain note or reflection.",
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


KIND_BUTTONS = {Kind.EVENT: "● Event", Kind.SHIFT: "◆ Shift", Kind.SHOCK: "▲▼ Shock",
                Kind.NOTE: "· Note"}


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
            b.setText(text)
            b.setCheckable(True)
            b.setAutoRaise(False)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setAccessibleName(kind.label)
            b.setToolTip(f"{kind.label} (Alt+{n}): {KIND_HELP[kind]}")
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


class EntryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, entry: Entry | None = None,
                 known_tags: Sequence[str] = ()):
        super().__init__(parent)
        self.original = entry
        self.result_entry: Entry | None = None
        self.setWindowTitle("Edit entry" if entry else "New entry")
        self.setMinimumWidth(520)

        self.kind = KindPicker()
        self.kind_help = QLabel()
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet("color: palette(mid);")
        self.title = QLineEdit()
        self.title.setPlaceholderText("What happened, in a few words")
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
        self.no_feel = QCheckBox("No f&eel")
        feel_row = QHBoxLayout()
        w: QWidget
        for w in (QLabel("−5"), self.feel, QLabel("+5"), self.feel_value, self.no_feel):
            feel_row.addWidget(w)
        self.shift_from = QLineEdit()
        self.shift_from.setPlaceholderText("What you wanted before (optional)")
        self.shift_to = QLineEdit()
        self.shift_to.setPlaceholderText("What you want now (optional)")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("Comma-separated words, e.g. leadership, remote")
        completer = TagCompleter(list(known_tags), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer = completer  # keep the Python side alive with the dialog
        self.tags.setCompleter(completer)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Notes (Markdown is fine)")
        self.notes.setTabChangesFocus(True)
        self.private = QCheckBox("&Private — never shown in shared pictures")
        self.key_moment = QCheckBox("Key &moment — always marked and labelled on the squiggle")
        self.error = ErrorLabel()

        form = QFormLayout()
        self.form = form
        # Rows whose field is a row of widgets get a label with an explicit buddy, so
        # their mnemonic works (Qt only sets one for a single-widget row).
        kind_label, feel_label = QLabel("&Kind"), QLabel("&Feel")
        kind_label.setBuddy(self.kind)
        feel_label.setBuddy(self.feel)
        form.addRow(kind_label, self.kind)
        form.addRow("", self.kind_help)
        form.addRow("&Title", self.title)
        form.addRow("", self.title_error)
        date_label = QLabel("&Date")
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, self.date)
        form.addRow("", self.date_error)
        form.addRow(feel_label, feel_row)
        self.from_label, self.to_label = QLabel("F&rom"), QLabel("T&o")
        self.from_label.setBuddy(self.shift_from)
        self.to_label.setBuddy(self.shift_to)
        form.addRow(self.from_label, self.shift_from)
        form.addRow(self.to_label, self.shift_to)
        form.addRow("Ta&gs", self.tags)
        form.addRow("&Notes", self.notes)
        form.addRow("", self.private)
        form.addRow("", self.key_moment)
        for name, w in (("Kind", self.kind), ("Title", self.title), ("Date", self.date),
                        ("Feel", self.feel), ("From", self.shift_from), ("To", self.shift_to),
                        ("Tags", self.tags), ("Notes", self.notes), ("Private", self.private),
                        ("Key moment", self.key_moment),
                        ("No feel", self.no_feel)):
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
        self.kind_help.setText(KIND_HELP[kind])
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
                              "Throw away what you wrote?" if self.original is None
                              else "Throw away your changes to this entry?",
                              parent=self)
            discard = box.addButton("&Throw away", QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton("&Keep writing", QMessageBox.ButtonRole.RejectRole)
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
            target = (self.title_error if "title" in msg else
                      self.date_error if any(w in msg for w in ("date", "month", "day", "year"))
                      else self.error)
            target.show_error(msg[:1].upper() + msg[1:] + ".")
            (self.title if target is self.title_error else self.date).setFocus()
            return
        self._initial = self._typed_values()
        super().accept()
