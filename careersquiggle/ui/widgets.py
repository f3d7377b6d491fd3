"""Small reusable widgets: a fuzzy date editor, an error label."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from careersquiggle.core.dates import FuzzyDate

PRECISIONS = ("Year", "Month", "Day")


class FuzzyDateEdit(QWidget):
    """A date as precise as the memory: a year, a month of a year, or a day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional_text: str | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.precision = QComboBox()
        self.precision.addItems(PRECISIONS)
        self.precision.setAccessibleName("Date precision")
        self.year = QSpinBox()
        self.year.setRange(1000, 9999)  # the same years FuzzyDate accepts
        self.year.setAccessibleName("Year")
        self.month = QComboBox()
        self.month.addItems([calendar.month_name[m] for m in range(1, 13)])
        self.month.setAccessibleName("Month")
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName("Day")
        self.none = QCheckBox(optional_text) if optional_text else None
        for w in (self.precision, self.year, self.month, self.day):
            row.addWidget(w)
        if self.none:
            row.addWidget(self.none)
            self.none.toggled.connect(self._sync)
        row.addStretch(1)
        self.precision.currentIndexChanged.connect(self._sync)
        for sig in (self.precision.currentIndexChanged, self.year.valueChanged,
                    self.month.currentIndexChanged, self.day.valueChanged):
            sig.connect(self.changed)
        self.set_date(FuzzyDate.today())

    def _sync(self) -> None:
        p = self.precision.currentIndex()
        off = bool(self.none and self.none.isChecked())
        self.precision.setEnabled(not off)
        self.year.setEnabled(not off)
        self.month.setVisible(p >= 1)
        self.day.setVisible(p >= 2)
        self.month.setEnabled(not off)
        self.day.setEnabled(not off)
        self.changed.emit()

    def set_date(self, date: FuzzyDate | None) -> None:
        if date is None:
            if self.none:
                self.none.setChecked(True)
            return
        if self.none:
            self.none.setChecked(False)
        self.precision.setCurrentIndex({"year": 0, "month": 1, "day": 2}[date.precision.value])
        self.year.setValue(date.year)
        self.month.setCurrentIndex((date.month or 1) - 1)
        self.day.setValue(date.day or 1)
        self._sync()

    def text(self) -> str | None:
        """The date as written (YYYY, YYYY-MM, YYYY-MM-DD); None when 'ongoing'/'none'."""
        if self.none and self.none.isChecked():
            return None
        p = self.precision.currentIndex()
        parts = [f"{self.year.value():04d}"]
        if p >= 1:
            parts.append(f"{self.month.currentIndex() + 1:02d}")
        if p >= 2:
            parts.append(f"{self.day.value():02d}")
        return "-".join(parts)


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
