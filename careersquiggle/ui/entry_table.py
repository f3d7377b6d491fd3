"""The list of entries beside the squiggle (a model over the filtered entries)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from careersquiggle.core.model import Entry, Kind

COLUMNS = ("Date", "Kind", "Feel", "Title", "Tags")


def kind_text(e: Entry) -> str:
    if e.kind is Kind.SHOCK:
        return "▲ Windfall" if e.is_windfall else "▼ Setback"
    return {"event": "● Event", "shift": "◆ Shift", "note": "· Note"}[e.kind.value]


class EntryTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        self._row_of: dict[int, int] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._row_of = {e.id: r for r, e in enumerate(self.entries)}
        self.endResetModel()

    def row_of(self, entry_id: int | None) -> int | None:
        return self._row_of.get(entry_id) if entry_id is not None else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return str(e.date)
            if col == 1:
                return kind_text(e)
            if col == 2:
                return "" if e.feel is None else f"{e.feel:+d}"
            if col == 3:
                return e.title + ("  (private)" if e.private else "")
            return ", ".join(e.tags)
        if role == Qt.ToolTipRole and col == 0:
            return e.date.label()
        if role == Qt.FontRole and e.private:
            return self._italic
        if role == Qt.TextAlignmentRole and col == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return e.id
        return None


class EntryTable(QTableView):
    def __init__(self, model: EntryTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.Interactive)
        h.setStretchLastSection(True)
        for col, width in enumerate((86, 100, 46, 340)):
            self.setColumnWidth(col, width)
        self.setAccessibleName("Entries")

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self.model().entries[rows[0].row()].id if rows else None

    def select_id(self, entry_id: int | None) -> None:
        row = self.model().row_of(entry_id)
        if row is None:
            self.clearSelection()
            return
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))
