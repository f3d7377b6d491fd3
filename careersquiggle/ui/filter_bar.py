"""Filters by kind, tag, chapter, date range and text; they narrow the squiggle and the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.dates import examples, parse_optional
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.core.model import Chapter, EntryQuery, Kind
from careersquiggle.ui.widgets import ErrorLabel

COMPACT_WIDTH = 620  # about the width of the kind buttons, tag and chapter


def date_tip() -> str:
    return Filters.tr("Write it as %1").replace("%1", examples())


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
        # Two rows that become one when there is room: in a narrow window the bar wraps
        # instead of cutting its fields to "fr…".
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        # The bar's width does not hold the window wide: narrow, it wraps (set_compact).
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.rows = (QHBoxLayout(), QHBoxLayout())
        for r in self.rows:
            outer.addLayout(r)
        self.error = ErrorLabel()
        self.error.setAccessibleName(Filters.tr("Filter problem"))
        outer.addWidget(self.error)
        row = self.rows[0]
        self.compact = False
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
            w.setMinimumWidth(w.fontMetrics().horizontalAdvance("March 2019") + 16)
            w.setMaximumWidth(w.minimumWidth() + 40)
            w.setAccessibleName(name)
            w.setToolTip(date_tip())
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
        self.second = [self.date_from, self.date_to, self.search, self.clear_button]
        for w in (self.tag, self.chapter, *self.second):
            row.addWidget(w, 1 if w is self.search else 0)
        self.tag.currentIndexChanged.connect(self._emit)
        self.chapter.currentIndexChanged.connect(self._emit)
        self._quiet = False
        self._problems: dict[QLineEdit, str] = {}
        self.set_choices([], [])
        self.query = EntryQuery()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as its first row alone: wider than that, the rest wraps below."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.rows[0].minimumSize().width()
                         if self.compact else COMPACT_WIDTH), hint.height())

    def state(self) -> dict:
        """What the filters are set to, as plain values (remembered per journal)."""
        hidden = [k.value for k, b in self.kind_buttons.items() if not b.isChecked()]
        return {"hidden_kinds": hidden,
                "tag": self.tag.currentData(), "chapter": self.chapter.currentData(),
                "from": self.date_from.text(), "to": self.date_to.text(),
                "search": self.search.text()}

    def set_state(self, state: dict) -> None:
        """Set the filters from :meth:`state` (a tag or chapter gone since is left out)."""
        self._quiet = True
        hidden = set(state.get("hidden_kinds") or ())
        for k, b in self.kind_buttons.items():
            b.setChecked(k.value not in hidden)
        self.tag.setCurrentIndex(max(0, self.tag.findData(state.get("tag"))))
        self.chapter.setCurrentIndex(max(0, self.chapter.findData(state.get("chapter"))))
        self.date_from.setText(str(state.get("from") or ""))
        self.date_to.setText(str(state.get("to") or ""))
        self.search.setText(str(state.get("search") or ""))
        self._quiet = False
        self._emit()

    def one_row_width(self) -> int:
        """The width every control needs side by side (longer in some languages)."""
        items = [self.rows[i].itemAt(j) for i in (0, 1) for j in range(self.rows[i].count())]
        shown = [w for w in (item.widget() for item in items if item is not None)
                 if w is not None]
        spacing = max(0, self.rows[0].spacing())
        return sum(w.sizeHint().width() for w in shown) + spacing * len(shown) + 8

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # The window wraps the bar below a fixed width; a language with longer words
        # needs it sooner, so the bar also wraps whenever one row would not fit.
        if not self.compact and self.width() < self.one_row_width():
            self.set_compact(True)

    def set_compact(self, compact: bool) -> None:
        """Dates, search and Clear on a second row (a narrow window) or all on one."""
        if compact == self.compact:
            return
        self.compact = compact
        target = self.rows[1] if compact else self.rows[0]
        for w in self.second:
            target.addWidget(w, 1 if w is self.search else 0)  # moves it from the other row

    def set_choices(self, tags: Sequence[tuple[str, int | None]],
                    chapters: Sequence[Chapter]) -> None:
        """Refill the tag and chapter lists, keeping the current choice when it still exists.
        A tag's count may be None: not counted yet (a big journal's, until its first paint)."""
        self._quiet = True
        tag, chapter = self.tag.currentData(), self.chapter.currentData()
        self.tag.clear()
        self.tag.addItem(Filters.tr("All tags"), None)
        for t, n in tags:
            self.tag.addItem(t if n is None else f"{t} ({n})", t)
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
            message = str(exc)
            message = message[:1].upper() + message[1:] + "."  # as the dialogs say it
            edit.setToolTip(message)
            self._problems[edit] = message
            return None, False
        edit.setStyleSheet("")
        edit.setToolTip(date_tip())
        self._problems.pop(edit, None)
        return d, True

    def build_query(self) -> EntryQuery:
        """What the filters say now (a tag or chapter that no longer exists is not a filter)."""
        kinds = frozenset(k.value for k, b in self.kind_buttons.items() if b.isChecked())
        date_from, _ok = self._date(self.date_from)
        date_to, _ok = self._date(self.date_to)
        self.error.show_error(" ".join(self._problems.values()))
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
