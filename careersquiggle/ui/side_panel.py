"""Autonomy, mastery, purpose beside the squiggle, on the same time axis."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core import drive_stats as ds
from careersquiggle.core import trend
from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.model import Chapter, CheckIn
from careersquiggle.render.items import Curve, Scatter, quiet_hidden_axes
from careersquiggle.render.local_dates import LocalDateAxis, ValueAxis
from careersquiggle.render.squiggle import REST_MS
from careersquiggle.render.theme import DRIVE_STYLES, Theme, grid_lines
from careersquiggle.ui.checkin_cursor import CheckinItems
from careersquiggle.ui.squiggle_view import WheelViewBox

Panel = Context("Panel")
MAX_DOTS = 800  # per dimension; beyond this, one check-in per small pixel cell is drawn
DIMENSION_NAMES = {"autonomy": QT_TRANSLATE_NOOP("Panel", "Autonomy"),
                   "mastery": QT_TRANSLATE_NOOP("Panel", "Mastery"),
                   "purpose": QT_TRANSLATE_NOOP("Panel", "Purpose")}


def delta_text(change: float | None) -> str:
    if change is None:
        return Panel.tr("first check-in")
    if change > 0:
        return f"▲ {change:g}"
    if change < 0:
        return f"▼ {-change:g}"
    return Panel.tr("= no change")


class SidePanel(QWidget):
    checkInRequested = Signal()

    def __init__(self, theme: Theme, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.nudge_days: int | None = ds.DEFAULT_NUDGE_DAYS
        self.checkins = CheckIns.of(())
        self.chapters: list[Chapter] = []
        self._x = np.empty(0)
        self._scores = {dim: np.empty(0) for dim in ds.DIMENSIONS}
        self.setMinimumWidth(240)  # with the filter bar, a 900-wide window still fits

        title = QLabel(Panel.tr("<b>Autonomy · Mastery · Purpose</b>"))
        title.setWordWrap(True)  # longer in other languages than the panel is wide
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": LocalDateAxis(),
                                                   "left": ValueAxis()},
                                        viewBox=WheelViewBox(), enableMenu=False)
        self.plot_widget.setAccessibleName(Panel.tr("Autonomy, mastery and purpose over time"))
        self.plot_widget.viewport().setAccessibleName(self.plot_widget.accessibleName())
        self.plot_widget.setMinimumHeight(190)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.hideButtons()
        self.plot.vb.setMouseEnabled(x=True, y=False)
        self.plot.vb.setYRange(-0.5, 10.5, padding=0)
        self.plot.getAxis("left").setTicks([[(0, "0"), (5, "5"), (10, "10")]])
        self.plot.getAxis("left").setWidth(28)
        quiet_hidden_axes(self.plot)
        # Per dimension: the line (through the check-ins when few are in view, their
        # smoothed trend when they crowd: core.trend, as the squiggle) and the raw values.
        self.lines: dict[str, pg.PlotCurveItem] = {}  # (plain curves: cheap to refill a step)
        self.raw: dict[str, pg.ScatterPlotItem] = {}
        for dim in ds.DIMENSIONS:
            self.raw[dim] = Scatter(pxMode=True)
            self.plot.addItem(self.raw[dim])
            self.lines[dim] = Curve()
            self.plot.addItem(self.lines[dim])
        self._dense: bool | None = None
        self._dots_for: tuple[float, float, float] | None = None  # see trend.dots_ready
        self._pending = False
        self._last_view: tuple | None = None
        self.crosshair = pg.InfiniteLine(angle=90, movable=False)
        self.crosshair.setVisible(False)
        self.plot.addItem(self.crosshair, ignoreBounds=True)
        self.checkin_cursor = CheckinItems(self)  # keyboard cursor, screen reader, table (T)

        self.caption = QLabel()  # the palette's own text colour: readable in light and dark
        numbers = QGridLayout()
        self.big: dict[str, QLabel] = {}
        self.change: dict[str, QLabel] = {}
        for col, dim in enumerate(ds.DIMENSIONS):
            name = QLabel(Panel.tr(DIMENSION_NAMES[dim]))
            big = QLabel("–")
            big.setAlignment(Qt.AlignmentFlag.AlignCenter)
            big.setAccessibleName(fill(Panel.tr("Latest %1"), Panel.tr(DIMENSION_NAMES[dim])))
            change = QLabel("")
            change.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name.setAlignment(Qt.AlignmentFlag.AlignCenter)
            numbers.addWidget(name, 0, col)
            numbers.addWidget(big, 1, col)
            numbers.addWidget(change, 2, col)
            self.big[dim], self.change[dim] = big, change
        self.visible_avg = QLabel()
        self.visible_avg.setWordWrap(True)
        self.chapter_table = QTableWidget(0, 4)
        self.chapter_table.setHorizontalHeaderLabels(
            [Panel.tr("Chapter"), Panel.tr("A"), Panel.tr("M"), Panel.tr("P")])
        self.chapter_table.verticalHeader().hide()
        self.chapter_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chapter_table.horizontalHeader().setSectionResizeMode(0,
                                                                   QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            self.chapter_table.horizontalHeader().setSectionResizeMode(
                c, QHeaderView.ResizeMode.ResizeToContents)
        self.chapter_table.setAccessibleName(Panel.tr("Averages per chapter"))
        self.nudge = QFrame()
        self.nudge.setFrameShape(QFrame.Shape.StyledPanel)
        nudge_layout = QVBoxLayout(self.nudge)
        self.nudge_label = QLabel()
        self.nudge_label.setWordWrap(True)
        self.nudge_label.installEventFilter(self)
        self.plot_widget.installEventFilter(self)
        self.nudge_button = QPushButton(Panel.tr("Check in now…"))
        self.nudge_button.clicked.connect(self.checkInRequested)
        nudge_layout.addWidget(self.nudge_label)
        nudge_layout.addWidget(self.nudge_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.checkin_cursor.stack, 2)
        layout.addWidget(self.caption)
        layout.addLayout(numbers)
        layout.addWidget(self.nudge)
        layout.addWidget(self.visible_avg)
        layout.addWidget(QLabel(Panel.tr("<b>Averages per chapter</b>")))
        layout.addWidget(self.chapter_table, 1)
        # The visible range's average once the view rests: re-laying out its wrapped text
        # on every pan and zoom step cost a fifth of the step.
        self._average_timer = QTimer(self)
        self._average_timer.setSingleShot(True)
        self._average_timer.setInterval(REST_MS)
        self._average_timer.timeout.connect(self._update_visible_average)
        self.plot.vb.sigXRangeChanged.connect(self._range_moved)
        self.plot.vb.sigXRangeChanged.connect(self._refresh_lines)  # before the step's paint
        self.plot.vb.sigResized.connect(self._schedule)
        self.apply_theme(theme)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.plot_widget.setBackground(theme.background)
        for name in ("bottom", "left"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen(theme.muted))
            ax.setTextPen(pg.mkPen(theme.foreground))
        self._grid = grid_lines(self.plot, theme, (0, 2.5, 5, 7.5, 10),
                                getattr(self, "_grid", None))
        for dim, line in self.lines.items():
            colour, symbol = DRIVE_STYLES[dim]
            c = theme.colour(colour)
            line.setPen(pg.mkPen(c, width=3.5 if theme.high_contrast else 2))
            self.raw[dim].setSymbol(symbol)
            # Big figures in a tint can be faint (orange on white): high contrast uses text colour.
            figure = theme.foreground if theme.high_contrast else c
            self.big[dim].setStyleSheet(f"font-size: 28px; font-weight: 600; color: {figure};")
        self._dense = None  # restyle the raw values on the next refresh
        self.crosshair.setPen(pg.mkPen(theme.muted, style=Qt.PenStyle.DashLine))

    def link_to(self, plot: pg.PlotItem) -> None:
        """Share the squiggle's time axis: zooming or panning one moves the other."""
        self.plot.setXLink(plot)

    # -- data -----------------------------------------------------------------
    def set_data(self, checkins: Iterable[CheckIn], chapters: Sequence[Chapter]) -> None:
        self.checkins = ds.ordered(checkins)
        self.chapters = list(chapters)
        # Drawn from the numbers alone: thousands of check-ins are not made into objects.
        self._x, _ids, *scores = self.checkins.columns()
        self._scores = dict(zip(ds.DIMENSIONS, scores, strict=True))
        self._last_view = self._dots_for = None
        self._refresh_lines()
        self.show_at(None)
        self.checkin_cursor.refresh()
        self._update_visible_average()
        rows = ds.per_chapter(self.checkins, self.chapters, time.time())
        self.chapter_table.setRowCount(len(rows))
        for r, (ch, avg, n) in enumerate(rows):
            self.chapter_table.setItem(r, 0, QTableWidgetItem(ch.title))
            for c, dim in enumerate(ds.DIMENSIONS, start=1):
                text = "–" if avg is None else QLocale().toString(float(avg.get(dim)), "f", 1)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(Panel.tr("%n check-ins", "", n))
                self.chapter_table.setItem(r, c, item)
        self.refresh_nudge()

    def show_at(self, pos: float | None) -> None:
        """The big numbers: the latest check-in, or the one in force at ``pos`` (crosshair)."""
        if pos is not None:
            self.crosshair.setPos(pos)
            self.crosshair.setVisible(True)
            c = ds.at(self.checkins, pos)
            at = ds.position_label(pos)
            self.caption.setText(fill(Panel.tr("At %1: check-in of %2"), at, c.date.label()) if c
                                 else fill(Panel.tr("At %1: no check-in yet"), at))
            for dim in ds.DIMENSIONS:
                self.big[dim].setText("–" if c is None else str(getattr(c, dim)))
                self.change[dim].setText("")
            return
        self.crosshair.setVisible(False)
        latest = ds.latest(self.checkins)
        if latest is None:
            self.caption.setText("")  # the nudge below says there are none yet
            for dim in ds.DIMENSIONS:
                self.big[dim].setText("–")
                self.change[dim].setText("")
            return
        self.caption.setText(fill(Panel.tr("Latest check-in: %1"), latest.checkin.date.label()))
        for dim in ds.DIMENSIONS:
            self.big[dim].setText(str(getattr(latest.checkin, dim)))
            self.change[dim].setText(delta_text(None if latest.change is None
                                                else latest.change.get(dim)))

    def reveal(self, pos: float) -> None:
        """Pan the shared time axis so ``pos`` is in view."""
        (x0, x1), _ = self.plot.vb.viewRange()
        if not x0 <= pos <= x1:
            half = (x1 - x0) / 2
            self.plot.vb.setXRange(pos - half, pos + half, padding=0)

    def _schedule(self, *_args) -> None:
        """One refresh for the several resize signals of a layout."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh_lines)

    def _refresh_lines(self, *_args) -> None:
        self._pending = False
        # The view's transform now, not while painting (pyqtgraph would then mark every item
        # dirty once more, and the panel would paint twice a step).
        self.plot.vb.updateMatrix()
        if not self.plot_widget.isVisible():
            self._last_view = None  # not on screen (a window still being built): once shown
            return
        (x0, x1), _ = self.plot.vb.viewRange()
        width = max(50.0, float(self.plot.vb.width() or 300))
        if (x0, x1, width, self._x.size) == self._last_view:
            return
        self._last_view = (x0, x1, width, self._x.size)
        # The three lines at once (trend.lines: the same as trend.line one by one).
        drawn = trend.lines(self._x, [self._scores[dim] for dim in self.lines], x0, x1, width,
                            pad=0.05)
        for line, (xs, ys, _weight) in zip(self.lines.values(), drawn, strict=True):
            line.setData(xs, ys)
        weight = drawn[-1][2] if drawn else 0.0
        dense = weight >= 0.5
        if dense != self._dense:  # few: full markers on the line; many: faint dots under it
            self._dense = dense
            self._dots_for = None  # restyled while empty: not thousands of points one by one
            for dim, raw in self.raw.items():
                raw.clear()
                c = pg.mkColor(self.theme.colour(DRIVE_STYLES[dim][0]))
                if dense:
                    c.setAlpha(60)
                raw.setBrush(pg.mkBrush(c))
                rim = self.theme.marker_rim or self.theme.background
                raw.setPen(pg.mkPen(None) if dense else pg.mkPen(rim))
                raw.setSize(4 if dense else (9 if self.theme.high_contrast else 7))
        self._refresh_raw(x0, x1, width)

    def _refresh_raw(self, x0: float, x1: float, width: float) -> None:
        """The check-ins' own values, prepared for a stretch around the view and thinned to
        what the panel's few hundred pixels can show (thousands of them draw slowly)."""
        per_px = (x1 - x0) / width
        if trend.dots_ready(self._dots_for, x0, x1, per_px):
            return
        lo, hi = trend.dots_stretch(x0, x1)
        i0, i1 = np.searchsorted(self._x, [lo, hi])
        xs = self._x[i0:i1]
        for dim in ds.DIMENSIONS:
            ys = self._scores[dim][i0:i1]
            keep = trend.thin(xs, ys, lo, per_px, MAX_DOTS)
            self.raw[dim].setData(x=xs[keep], y=ys[keep])
        self._dots_for = (lo, hi, per_px)

    def _update_visible_average(self, *_args) -> None:
        # The same figures as drive_stats.average, in numpy: this runs on every zoom step.
        (x0, x1), _ = self.plot.vb.viewRange()
        inside = (self._x >= x0) & (self._x <= x1)
        if not inside.any():
            self._set_average_text(Panel.tr("No check-ins in the visible range."))
            return
        a, m, p = (self._scores[d][inside].mean() for d in ds.DIMENSIONS)
        loc = QLocale()
        self._set_average_text(fill(
            Panel.tr("Visible range average — autonomy <b>%1</b>, mastery <b>%2</b>, "
                     "purpose <b>%3</b>"), *(loc.toString(float(v), "f", 1) for v in (a, m, p))))

    def _range_moved(self, *_args) -> None:
        if self.isVisible():
            self._average_timer.start()  # (again: a pan or zoom going on pushes it back)
        else:
            self._update_visible_average()  # a window being built: its layout is yet to come

    def _set_average_text(self, text: str) -> None:
        if text != self.visible_avg.text():  # (the same text would be laid out again)
            self.visible_avg.setText(text)

    def refresh_nudge(self) -> bool:
        """Show the invitation when a check-in is due; return whether it is shown."""
        due = ds.nudge_due(self.checkins, self.today(), self.nudge_days)
        self.nudge_label.setText(ds.nudge_text(self.checkins, self.today()) if due else "")
        self.nudge.setVisible(due)
        self._fit_nudge()
        return due

    def _fit_nudge(self) -> None:
        """The invitation keeps the height its wrapped text needs at the panel's width, so a
        longer language is never cut off when the window is short."""
        label = self.nudge_label
        label.setMinimumHeight(label.heightForWidth(max(label.width(), 200)) if label.text()
                               else 0)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.nudge_label and event.type() == QEvent.Type.Resize:
            self._fit_nudge()  # its width is known only once the layout gave it one
        elif obj is self.plot_widget and event.type() == QEvent.Type.Show:
            self._schedule()  # nothing is drawn for a plot not yet on screen
        return super().eventFilter(obj, event)
