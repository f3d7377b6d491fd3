"""Filters by kind, tag, chapter, date range and text; they narrow the squiggle and the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from careersquiggle.core.dates import parse_optional
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.core.model import Chapter, EntryQuery, Kind

Filters = Context("Filters")
# Marked here, translated where shown (translators are installed after import).
KIND_BUTTONS = {Kind.EVENT: QT_TRANSLATE_NOOP("Filters", "● Events"),
                Kind.SHIFT: QT_TRANSLATE_NOOP("Filters", "◆ Shifts"),
                Kind.SHOCK: QT_TRANSLATE_NOOP("Filters", "▲▼ Shocks"),
                Kind.NOTE: QT_TRANSLATE_NOOP("Filters", "· Notes")}
KIND_NAMES = {Kind.EVENT: QT_TRANSLATE_NOOP("Filters", "Show career events"),
              Kind.SHIFT: QT_TRANSLATE_NOOP("Filters", "Show preference shifts"),
              Kind.SHOCK: QT_TRANSLATE_NOOP("Filters", "Show external shocks"),
              Kind.NOTE: QT_TRANSLATE_NOOP("Filters", "Show notes")}


class SearchBox(QLineEdit):
    """Esc clears the search; Esc on an empty search hands the keyboard back."""

    escaped = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escaped.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    changed = Signal(object)  # EntryQuery
    escaped = Signal()  # Esc in an empty search box

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        self.kind_buttons: dict[Kind, QToolButton] = {}
        for kind, text in KIND_BUTTONS.items():
            b = QToolButton()
            b.setText(Filters.tr(text))
            b.setCheckable(True)
            b.setChecked(True)
            b.setAccessibleName(Filters.tr(KIND_NAMES[kind]))
            b.toggled.connect(self._emit)
            row.addWidget(b)
            self.kind_buttons[kind] = b
        self.tag = QComboBox()
        self.tag.setAccessibleName(Filters.tr("Tag filter"))
        self.tag.setMinimumContentsLength(8)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chapter = QComboBox()
        self.chapter.setAccessibleName(Filters.tr("Chapter filter"))
        self.chapter.setMinimumContentsLength(10)
        self.chapter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(Filters.tr("from"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(Filters.tr("to"))
        w: QWidget
        for w, name in ((self.date_from, Filters.tr("From date")), (self.date_to,
                                                                    Filters.tr("To date"))):
            w.setMaximumWidth(80)
            w.setAccessibleName(name)
            w.setToolTip(Filters.tr("A year, a month (2019-03) or a day (2019-03-14)"))
            w.editingFinished.connect(self._emit)
        self.search = SearchBox()
        self.search.escaped.connect(self.escaped)
        self.search.setPlaceholderText(Filters.tr("Search (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(Filters.tr("Search"))
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(self._emit)
        self.clear_button = QToolButton()
        self.clear_button.setText(Filters.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        for w in (self.tag, self.chapter, self.date_from, self.date_to):
            row.addWidget(w)
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)
        self.tag.currentIndexChanged.connect(self._emit)
        self.chapter.currentIndexChanged.connect(self._emit)
        self._quiet = False
        self.set_choices([], [])
        self.query = EntryQuery()

    def set_choices(self, tags: Sequence[tuple[str, int]], chapters: Sequence[Chapter]) -> None:
        """Refill the tag and chapter lists, keeping the current choice when it still exists."""
        self._quiet = True
        tag, chapter = self.tag.currentData(), self.chapter.currentData()
        self.tag.clear()
        self.tag.addItem(Filters.tr("All tags"), None)
        for t, n in tags:
            self.tag.addItem(f"{t} ({n})", t)
        self.chapter.clear()
        self.chapter.addItem(Filters.tr("All chapters"), None)
        for ch in chapters:
            self.chapter.addItem(ch.title, ch.id)
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag)))
        self.chapter.setCurrentIndex(max(0, self.chapter.findData(chapter)))
        self._quiet = False

    def clear(self, emit: bool = True) -> None:
        self._quiet = True
        for b in self.kind_buttons.values():
            b.setChecked(True)
        self.tag.setCurrentIndex(0)
        self.chapter.setCurrentIndex(0)
        for w in (self.date_from, self.date_to, self.search):
            w.clear()
        self._quiet = False
        if emit:
            self._emit()
        else:
            self.query = self.build_query()

    def _date(self, edit: QLineEdit):
        try:
            d = parse_optional(edit.text())
        except ValidationError as exc:
            edit.setStyleSheet("border: 1px solid #C0392B;")
            edit.setToolTip(str(exc))
            return None, False
        edit.setStyleSheet("")
        edit.setToolTip(Filters.tr("A year, a month (2019-03) or a day (2019-03-14)"))
        return d, True

    def build_query(self) -> EntryQuery:
        """What the filters say now (a tag or chapter that no longer exists is not a filter)."""
        kinds = frozenset(k.value for k, b in self.kind_buttons.items() if b.isChecked())
        date_from, _ok = self._date(self.date_from)
        date_to, _ok = self._date(self.date_to)
        return EntryQuery(
            kinds=frozenset() if len(kinds) == len(Kind) else (kinds or frozenset({"none"})),
            tags=frozenset({self.tag.currentData()}) if self.tag.currentData() else frozenset(),
            chapter_id=self.chapter.currentData(),
            date_from=date_from, date_to=date_to, text=self.search.text(),
        )

    def _emit(self, *_args) -> None:
        if self._quiet:
            return
        self.query = self.build_query()
        self.changed.emit(self.query)
