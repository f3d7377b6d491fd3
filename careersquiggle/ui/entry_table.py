"""The list of entries beside the squiggle (a model over the filtered entries)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.core.model import Entry
from careersquiggle.core.packed import KIND_CODES

Entries = Context("Entries")
# Marked here, translated where shown (translators are installed after import).
COLUMNS = (QT_TRANSLATE_NOOP("Entries", "Date"), QT_TRANSLATE_NOOP("Entries", "Kind"),
           QT_TRANSLATE_NOOP("Entries", "Feel"), QT_TRANSLATE_NOOP("Entries", "Title"),
           QT_TRANSLATE_NOOP("Entries", "Tags"))
_KIND_TEXT = {KIND_CODES["event"]: QT_TRANSLATE_NOOP("Entries", "● Event"),
              KIND_CODES["shift"]: QT_TRANSLATE_NOOP("Entries", "◆ Shift"),
              KIND_CODES["note"]: QT_TRANSLATE_NOOP("Entries", "· Note")}


def kind_label(kind_code: int, feel: float | None) -> str:
    if kind_code == KIND_CODES["shock"]:
        if feel is not None and feel > 0:
            return Entries.tr("▲ Windfall")
        return Entries.tr("▼ Setback")
    return Entries.tr(_KIND_TEXT[kind_code])


def kind_text(e: Entry) -> str:
    return kind_label(KIND_CODES[e.kind.value], e.feel)


class EntryTableModel(QAbstractTableModel):
    """Reads straight from columns, so a hundred thousand rows cost nothing until shown."""

    def __init__(self, parent=None, tags_of=None):
        super().__init__(parent)
        self.cols = EntryColumns()
        # Tags are fetched for the rows on screen only, then remembered.
        self.tags_of = tags_of
        self._tags: dict[int, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_columns(self, cols: EntryColumns) -> None:
        self.beginResetModel()
        self.cols = cols
        self._tags = {}
        self.endResetModel()

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.set_columns(EntryColumns.from_entries(entries))

    def row_of(self, entry_id: int | None) -> int | None:
        return self.cols.row_of(entry_id)

    def id_at(self, row: int) -> int:
        return int(self.cols.ids[row])

    def _tag_text(self, row: int) -> str:
        if self.cols.tags is not None:
            return ", ".join(self.cols.tags[row].split())
        entry_id = int(self.cols.ids[row])
        if entry_id not in self._tags and self.tags_of is not None:
            # A screenful at a time: one query for the rows around this one.
            around = self.cols.ids[max(0, row - 20): row + 60]
            found = self.tags_of(around)
            for i in around:
                self._tags[int(i)] = ", ".join(found.get(int(i), ()))
        return self._tags.get(entry_id, "")

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cols)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Entries.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, r, col = self.cols, index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            feel = None if math.isnan(c.feel[r]) else int(c.feel[r])
            if col == 0:
                return c.dates[r]
            if col == 1:
                return kind_label(int(c.kind[r]), feel)
            if col == 2:
                return "" if feel is None else f"{feel:+d}"
            if col == 3:
                return c.titles[r] + (Entries.tr("  (private)") if c.private[r] else "")
            return self._tag_text(r)
        if role == Qt.ItemDataRole.FontRole and c.private[r]:
            return self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return int(c.ids[r])
        return None


class EntryTable(QTableView):
    def __init__(self, model: EntryTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setStretchLastSection(True)
        for col, width in enumerate((86, 100, 46, 340)):
            self.setColumnWidth(col, width)
        self.setAccessibleName(Entries.tr("Entries"))

    def _model(self) -> EntryTableModel:
        model = self.model()
        assert isinstance(model, EntryTableModel)  # set in __init__, never replaced
        return model

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self._model().id_at(rows[0].row()) if rows else None

    def select_id(self, entry_id: int | None) -> None:
        row = self._model().row_of(entry_id)
        if row is None:
            self.clearSelection()
            return
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))
