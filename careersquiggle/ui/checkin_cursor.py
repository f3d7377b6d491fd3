"""The side panel's keyboard cursor over check-ins, and its table alternative.

With the panel's plot focused: ←/→ step between check-ins, PgUp/PgDn jump a
year, Escape goes back to the latest one; the numbers below follow the cursor,
and a screen reader hears "Check-in of 12 March 2024: autonomy 7, mastery 6,
purpose 8, 3 of 12". T shows the same check-ins as a table (and T back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTableWidget, QTableWidgetItem

from careersquiggle.core import walk
from careersquiggle.ui import accessible

if TYPE_CHECKING:
    from careersquiggle.ui.side_panel import SidePanel

_MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_YEARS = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CheckinItems(QObject):
    """The panel's check-ins for assistive technology (see accessible.Items)."""

    def __init__(self, panel: SidePanel):
        super().__init__(panel)
        self.panel = panel
        self.current: int | None = None
        accessible.install()
        plot = panel.plot_widget
        plot.accessible_items = self
        plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plot.installEventFilter(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Autonomy"), self.tr("Mastery"), self.tr("Purpose"),
             self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Check-ins as a table"))
        self.table.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(plot)
        self.stack.addWidget(self.table)
        self._filled = True  # the table shows the panel's check-ins (filled when shown)

    # -- data -----------------------------------------------------------------
    def refresh(self) -> None:
        """After the panel's check-ins changed."""
        n = len(self.panel.checkins)
        if self.current is not None and self.current >= n:
            self.current = None
        # Thousands of rows take a while to fill: only when the table is on screen.
        self._filled = False
        if self.stack.currentWidget() is self.table:
            self._fill()

    def _fill(self) -> None:
        self._filled = True
        n = len(self.panel.checkins)
        self.table.setRowCount(n)
        for r, c in enumerate(self.panel.checkins):
            cells = [c.date.label(), str(c.autonomy), str(c.mastery), str(c.purpose), c.note]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= col <= 3:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()

    def accessible_count(self) -> int:
        return len(self.panel.checkins)

    def accessible_current(self) -> int | None:
        return self.current

    def accessible_description(self) -> str:
        cs = self.panel.checkins
        if not cs:
            return self.tr("autonomy, mastery and purpose, no check-ins yet")
        first, last = cs[0].date.year, cs[-1].date.year
        years = str(first) if first == last else self.tr("%1 to %2").replace(
            "%1", str(first)).replace("%2", str(last))
        return self.tr("autonomy, mastery and purpose, %1, %2").replace("%1", years).replace(
            "%2", self.tr("%n check-ins", "", len(cs)))

    def accessible_text(self, index: int) -> str:
        c = self.panel.checkins[index]
        return (self.tr("Check-in of %1: autonomy %2, mastery %3, purpose %4, %5 of %6")
                .replace("%1", c.date.label()).replace("%2", str(c.autonomy))
                .replace("%3", str(c.mastery)).replace("%4", str(c.purpose))
                .replace("%5", str(index + 1)).replace("%6", str(len(self.panel.checkins))))

    def accessible_rect(self, index: int) -> QRect:
        plot = self.panel.plot_widget
        c = self.panel.checkins[index]
        scene = self.panel.plot.vb.mapViewToScene(QPointF(c.date.position(), c.drive))
        centre = plot.viewport().mapToGlobal(plot.mapFromScene(scene))
        return QRect(centre.x() - 8, centre.y() - 8, 16, 16)

    # -- moving ---------------------------------------------------------------
    def move_to(self, index: int | None) -> None:
        self.current = index
        if index is None:
            self.panel.show_at(None)
            return
        self.panel.show_at(float(self.panel._x[index]))
        self.panel.reveal(float(self.panel._x[index]))
        accessible.focus_moved(self.panel.plot_widget, index)

    def toggle_table(self) -> None:
        showing_table = self.stack.currentWidget() is self.table
        self.stack.setCurrentWidget(self.panel.plot_widget if showing_table else self.table)
        if showing_table:
            self.panel.plot_widget.setFocus()
        else:
            if not self._filled:
                self._fill()
            if self.current is not None:
                self.table.selectRow(self.current)
            self.table.setFocus()

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_T and not mods:
            self.toggle_table()
            return True
        if obj is self.table:
            return False
        x = self.panel._x
        if key in _MOVES:
            target = walk.step(x, self.current, _MOVES[key])
        elif key in _YEARS:
            target = walk.by_year(x, self.current, _YEARS[key])
        elif key == Qt.Key.Key_Escape and self.current is not None:
            self.move_to(None)
            return True
        else:
            return False
        if target is None:
            accessible.announce(self.panel.plot_widget, self.tr("No check-ins yet"))
        elif target == self.current:
            accessible.announce(self.panel.plot_widget, self.tr("No further check-in that way"))
        else:
            self.move_to(target)
        return True
