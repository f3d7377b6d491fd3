"""Small charts where a picture says more than numbers: the period's feel, drive by chapter."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from careersquiggle.core.curve import sample_curve
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.core.review import DIMENSIONS, ChapterDrive, Review
from careersquiggle.render.local_dates import LocalDateAxis
from careersquiggle.ui.review.style import CURVE, DRIVE_COLOURS, GAIN, LOSS, MUTED

Charts = Context("Charts")
DIMENSION_NAMES = {"autonomy": QT_TRANSLATE_NOOP("Charts", "Autonomy"),
                   "mastery": QT_TRANSLATE_NOOP("Charts", "Mastery"),
                   "purpose": QT_TRANSLATE_NOOP("Charts", "Purpose")}
_BRUSHES = {d: pg.mkBrush(c) for d, c in DRIVE_COLOURS.items()}
_CURVE_PEN = pg.mkPen(CURVE, width=2)
_RISE_PEN = pg.mkPen(GAIN, width=5)
_DIP_PEN = pg.mkPen(LOSS, width=5, style=Qt.PenStyle.DashLine)  # dashed: not colour alone


class FeelChart(pg.PlotWidget):
    """The period's squiggle with its biggest rise and dip drawn over it."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems={"bottom": LocalDateAxis()})
        self.setTitle(Charts.tr("How it felt"), color=CURVE, size="11pt")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setYRange(-5.5, 5.5)
        self.setMinimumHeight(180)
        self.setAccessibleName(Charts.tr("Chart: how the period felt, with its biggest rise "
                                         "and dip"))
        self.viewport().setAccessibleName(self.accessibleName())
        self.addLine(y=0, pen=pg.mkPen(MUTED, width=1, style=Qt.PenStyle.DotLine))
        self.curve = self.plot(pen=_CURVE_PEN)
        self.points = self.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=CURVE,
                                symbolPen=None)
        self.rise = self.plot(pen=_RISE_PEN)
        self.dip = self.plot(pen=_DIP_PEN)
        self.marks: list[pg.TextItem] = []
        keep_whole(self)

    def show_review(self, r: Review) -> None:
        for m in self.marks:
            self.removeItem(m)
        self.marks = []
        felt = [e for e in r.entries if e.feel is not None]
        x = np.array([e.date.position() for e in felt], dtype=float)
        y = np.array([e.feel for e in felt], dtype=float)
        xs, ys = sample_curve(x, y, samples=400)
        self.curve.setData(xs, ys)
        self.points.setData(x, y)
        for item, swings, arrow, colour in ((self.rise, r.rises, "▲", GAIN),
                                            (self.dip, r.dips, "▼", LOSS)):
            if not swings:
                item.setData([], [])
                continue
            s = swings[0]
            a, b = s.start.date.position(), s.end.date.position()
            inside = (xs >= a) & (xs <= b)
            item.setData(xs[inside], ys[inside])
            # The label sits beside the middle of the highlighted stretch, away from the line.
            mid = (a + b) / 2
            mark = pg.TextItem(f"{arrow} {s.change:+d}".replace("-", "−"), color=colour,
                               anchor=(-0.15, 0.5))
            mark.setPos(mid, float(np.interp(mid, xs, ys)))
            self.addItem(mark)
            self.marks.append(mark)
        lo, hi = _span(r, x)
        if lo is not None and hi is not None:
            pad = max((hi - lo) * 0.03, 86400 * 15)
            self.setXRange(lo - pad, hi + pad, padding=0)


def _span(r: Review, x: np.ndarray) -> tuple[float | None, float | None]:
    """The period's own bounds where it has them, else the span of the felt points."""
    lo = FuzzyDate.from_date(r.period.start).start_position() if r.period.start else None
    hi = FuzzyDate.from_date(r.period.end).end_position() if r.period.end else None
    if x.size:
        lo = x.min() if lo is None else lo
        hi = x.max() if hi is None else hi
    return (lo, hi) if lo is not None and hi is not None else (None, None)


class DriveChart(pg.PlotWidget):
    """Autonomy, mastery and purpose per chapter, as grouped bars (0-10)."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setTitle(Charts.tr("Autonomy, mastery, purpose by chapter"), color=CURVE,
                      size="11pt")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setYRange(0, 10.5, padding=0)
        self.setMinimumHeight(200)
        self.setAccessibleName(Charts.tr("Chart: autonomy, mastery and purpose by chapter"))
        self.viewport().setAccessibleName(self.accessibleName())
        # Below the chapters' names, in a row of its own: a legend there covers no bar.
        self.legend = pg.LegendItem(colCount=len(DIMENSIONS), labelTextColor=CURVE)
        self.plotItem.layout.addItem(self.legend, 5, 1)
        self.bars = {}
        for d in DIMENSIONS:
            bar = pg.BarGraphItem(x=[], height=[], width=0.26, brush=_BRUSHES[d], pen=pg.mkPen("w"))
            self.addItem(bar)
            self.legend.addItem(bar, Charts.tr(DIMENSION_NAMES[d]))
            self.bars[d] = bar
        self.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]])
        self.tick_font = QFont(self.font())
        self.getAxis("bottom").setStyle(tickFont=self.tick_font)
        self.shown: list[str] = []
        self.plotItem.vb.sigResized.connect(lambda *_: self._set_ticks())
        keep_whole(self)

    def show_chapters(self, chapters: Sequence[ChapterDrive]) -> None:
        with_data = [c for c in chapters if c.averages is not None]
        self.shown = [c.chapter.title for c in with_data]
        for k, d in enumerate(DIMENSIONS):
            xs = [i + (k - 1) * 0.28 for i in range(len(with_data))]
            heights = [c.averages.get(d) for c in with_data if c.averages is not None]
            self.bars[d].setOpts(x=xs, height=heights, width=0.26)
        self._set_ticks()
        self.setXRange(-0.6, max(len(with_data), 1) - 0.4, padding=0)

    def _set_ticks(self) -> None:
        # Each chapter's name gets the width its group of bars has, measured.
        room = max(24.0, self.plotItem.vb.width() / max(1, len(self.shown)) - 8)
        metrics = QFontMetricsF(self.tick_font)
        self.getAxis("bottom").setTicks([[
            (i, metrics.elidedText(t, Qt.TextElideMode.ElideRight, room))
            for i, t in enumerate(self.shown)]])



def keep_whole(chart: pg.PlotWidget) -> None:
    """Never narrower than its title, axes and legend need: a splitter squeezing it further
    would cut the chart off at the side (the text beside it gives way instead)."""
    least = chart.plotItem.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
    chart.setMinimumWidth(int(least) + 4)
