"""Small reusable widgets: a fuzzy date editor, an error label."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from careersquiggle.core.dates import FuzzyDate, examples, parse_date, parse_optional
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill

DateField = Context("DateField")
TODAY, ONGOING = "today", "ongoing"  # what an empty field means (keys, not shown)
_PLACEHOLDER = {TODAY: QT_TRANSLATE_NOOP("DateField",
                                         "today — or 2019, March 2019, 14 March 2019, yesterday…"),
                ONGOING: QT_TRANSLATE_NOOP("DateField", "ongoing — or the date it ended"),
                None: QT_TRANSLATE_NOOP("DateField", "2019, March 2019, 14 March 2019, yesterday…")}
_PRECISION = {"year": QT_TRANSLATE_NOOP("DateField", "a year"),
              "month": QT_TRANSLATE_NOOP("DateField", "a month"),
              "day": QT_TRANSLATE_NOOP("DateField", "a day")}


class FuzzyDateEdit(QWidget):
    """A date typed as people say it ("March 2019", "2014", "yesterday"), read by the one
    date parser; beside it, what it was understood as.

    ``empty``: what an empty field means — TODAY, ONGOING (no date), or None (required).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty: str | None = None,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.empty, self._today = empty, today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(DateField.tr(_PLACEHOLDER[empty]))
        self.edit.setToolTip(fill(DateField.tr("Write it as %1"), examples()))
        self.edit.setAccessibleName(DateField.tr("Date"))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setAccessibleName(DateField.tr("Date understood as"))
        row.addWidget(self.edit, 1)
        row.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self._typed()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _typed(self, *_args) -> None:
        text = self.edit.text()
        try:
            d = parse_optional(text, today=self._today())
        except ValidationError:
            d = None  # said on OK, with the one message; half-typed text is not an error yet
        if d is None and not text.strip() and self.empty == TODAY:
            d = FuzzyDate.from_date(self._today())
        self.hint.setText(fill(DateField.tr("= %1 (%2)"), d.label(),
                               DateField.tr(_PRECISION[d.precision.value])) if d else "")
        self.changed.emit()

    def set_date(self, date: FuzzyDate | None) -> None:
        """Show a date back as written: at its own precision, in words."""
        self.edit.setText("" if date is None else date.label())

    def date(self) -> FuzzyDate | None:
        """The date typed; None when empty means ongoing. Raises ValidationError."""
        text = self.edit.text()
        if not text.strip():
            if self.empty == TODAY:
                return FuzzyDate.from_date(self._today())
            if self.empty == ONGOING:
                return None
        return parse_date(text, today=self._today())

    def text(self) -> str | None:
        """The date in its stored form (YYYY, YYYY-MM, YYYY-MM-DD), None when empty means
        ongoing; text that is not a date comes back as typed, for the model to explain."""
        try:
            d = self.date()
        except ValidationError:
            return self.edit.text()
        return None if d is None else str(d)


class ErrorLabel(QLabel):
    """A message shown next to a field when its value is not acceptable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet("color: #C0392B;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def today() -> dt.date:
    return dt.date.today()
