"""The export dialog's list of moments: tick the ones to label, edit the label's text.

The text is the picture's own: editing it never changes the entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.i18n import Context

MomentsTab = Context("MomentsTab")


class MomentList(QTableWidget):
    """One row per moment that may appear: a tick ("label this"), the date, the label."""

    changed = Signal()  # the user ticked, unticked or edited a label

    def __init__(self, parent=None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([MomentsTab.tr("Date"), MomentsTab.tr(
            "Label (tick to show; the entry is not changed)")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setAccessibleName(MomentsTab.tr("Moments to label"))
        self.ids: list[int] = []
        self.titles: dict[int, str] = {}
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def fill(self, cols: EntryColumns, chosen: dict[int, str]) -> None:
        """Show ``cols`` (already limited to what may appear), ticking ``chosen`` (id → text)."""
        self._filling = True
        order = sorted(range(len(cols)), key=lambda i: cols.pos[i])
        self.setRowCount(len(order))
        self.ids = [int(cols.ids[i]) for i in order]
        self.titles = {int(cols.ids[i]): cols.titles[i] for i in order}
        for row, i in enumerate(order):
            entry_id = int(cols.ids[i])
            date = QTableWidgetItem(cols.dates[i] if cols.dates else "")
            date.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            date.setCheckState(Qt.CheckState.Checked if entry_id in chosen
                               else Qt.CheckState.Unchecked)
            label = QTableWidgetItem(chosen.get(entry_id, cols.titles[i]))
            self.setItem(row, 0, date)
            self.setItem(row, 1, label)
        self._filling = False

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.item(row, col)
        assert item is not None  # every cell is filled when the rows are
        return item

    def set_ticks(self, chosen: dict[int, str]) -> None:
        """Tick the automatic choice without counting it as the user's."""
        self._filling = True
        for row, entry_id in enumerate(self.ids):
            self._cell(row, 0).setCheckState(Qt.CheckState.Checked if entry_id in chosen
                                            else Qt.CheckState.Unchecked)
            if entry_id in chosen:
                self._cell(row, 1).setText(chosen[entry_id])
        self._filling = False

    def choice(self) -> tuple[tuple[int, str], ...]:
        """(entry id, label text) of the ticked rows; an emptied label falls back to the title."""
        out = []
        for row, entry_id in enumerate(self.ids):
            if self._cell(row, 0).checkState() == Qt.CheckState.Checked:
                text = " ".join(self._cell(row, 1).text().split()) or self.titles[entry_id]
                out.append((entry_id, text))
        return tuple(out)

    def tick(self, entry_id: int, on: bool = True, text: str | None = None) -> None:
        row = self.ids.index(entry_id)
        if text is not None:
            self._cell(row, 1).setText(text)
        self._cell(row, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _item_changed(self, _item) -> None:
        if not self._filling:
            self.changed.emit()
