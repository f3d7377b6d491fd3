"""Choosing the period to review: everything, the last year, a chapter, or dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.model import Chapter
from careersquiggle.core.review import Period
from careersquiggle.ui.review.style import ERROR

Periods = Context("Periods")
CHOICES = (("all", QT_TRANSLATE_NOOP("Periods", "The whole journal")),
           ("year", QT_TRANSLATE_NOOP("Periods", "The last twelve months")),
           ("chapter", QT_TRANSLATE_NOOP("Periods", "One chapter")),
           ("custom", QT_TRANSLATE_NOOP("Periods", "Between dates")))


class PeriodPicker(QWidget):
    """Emits ``periodChanged(Period)`` whenever a valid period is chosen; a bad one shows why."""

    periodChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = dt.date.today()
        self._chapters: list[Chapter] = []
        self._period = Period.all()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(Periods.tr("Re&view:"))
        self.kind = QComboBox()
        for key, text in CHOICES:
            self.kind.addItem(Periods.tr(text), key)
        self.kind.setAccessibleName(Periods.tr("Period to review"))
        label.setBuddy(self.kind)
        self.chapter = QComboBox()
        self.chapter.setAccessibleName(Periods.tr("Chapter to review"))
        self.start = QLineEdit()
        self.start.setPlaceholderText(Periods.tr("from 2019, March 2019, 14 March 2019, today…"))
        self.start.setAccessibleName(Periods.tr("Review from date"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(Periods.tr("to 2019, March 2019, 14 March 2019, today…"))
        self.end.setAccessibleName(Periods.tr("Review to date"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.setAccessibleName(Periods.tr("Period problem"))
        for w in (label, self.kind, self.chapter, self.start, self.end, self.error):
            row.addWidget(w)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._changed)
        self.chapter.currentIndexChanged.connect(self._changed)
        self.start.editingFinished.connect(self._changed)
        self.end.editingFinished.connect(self._changed)
        self._sync_visibility()

    def set_context(self, chapters: Sequence[Chapter], today: dt.date) -> None:
        """The chapters to offer (newest first) and today's date; keeps the chosen chapter."""
        self._today = today
        current = self.chapter.currentData()
        self._chapters = list(chapters)
        self.chapter.blockSignals(True)
        self.chapter.clear()
        for ch in reversed(self._chapters):
            self.chapter.addItem(ch.title, ch.id)
        found = self.chapter.findData(current)
        self.chapter.setCurrentIndex(max(found, 0))
        self.chapter.blockSignals(False)
        if self.kind.findData("chapter") >= 0:
            model = self.kind.model()
            assert isinstance(model, QStandardItemModel)  # a combo box's own model
            item = model.item(self.kind.findData("chapter"))
            item.setEnabled(bool(self._chapters))

    def period(self) -> Period:
        return self._period

    def _sync_visibility(self) -> None:
        key = self.kind.currentData()
        self.chapter.setVisible(key == "chapter")
        self.start.setVisible(key == "custom")
        self.end.setVisible(key == "custom")

    def _build(self) -> Period:
        key = self.kind.currentData()
        if key == "year":
            return Period.last_year(self._today)
        if key == "chapter":
            wanted = self.chapter.currentData()
            for ch in self._chapters:
                if ch.id == wanted:
                    return Period.for_chapter(ch, self._today)
            raise ValidationError(Periods.tr("there are no chapters yet; add one from the main "
                                             "window"))
        if key == "custom":
            start, end = self.start.text().strip() or None, self.end.text().strip() or None
            return Period.custom(start, end)
        return Period.all()

    def _changed(self, *_args) -> None:
        self._sync_visibility()
        try:
            period = self._build()
        except ValidationError as exc:
            self.error.setText(fill("⚠ %1", exc))
            return
        self.error.clear()
        if period != self._period:
            self._period = period
            self.periodChanged.emit(period)

    def refresh(self) -> None:
        """Recompute the period (today or the chapters may have changed)."""
        self._changed()
