"""The options at the crossroads as a chart: each option's expected autonomy, mastery, purpose
and money side by side, with where you are now and your average marked over the bars.

One group of bars per option, one colour per criterion (the same colours as the check-ins
elsewhere in the app; money has its own). The legend sits in its own row below the plot,
so it can never cover a bar, whatever the window's size or the options' names.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from careersquiggle.core import crossroads as cr
from careersquiggle.core.i18n import Context
from careersquiggle.core.model import CheckIn
from careersquiggle.core.review import Averages
from careersquiggle.ui.review.style import CRITERION_COLOURS, CURVE, MUTED

BAR_SLOT = 0.2  # each of the four bars of an option gets a fifth of the group's unit width
HC_EDGE = "#000000"  # high contrast: every bar outlined, so none depends on its tint alone


OptionsText = Context("OptionsText")


def criterion_names() -> dict[str, str]:
    return {"autonomy": OptionsText.tr("Autonomy"), "mastery": OptionsText.tr("Mastery"),
            "purpose": OptionsText.tr("Purpose"), "money": OptionsText.tr("Money")}


def _offset(k: int) -> float:
    """Where criterion ``k``'s bar sits within its option's group (centred on the option)."""
    return (k - (len(cr.OPTION_SCORES) - 1) / 2) * BAR_SLOT


class OptionsChart(pg.GraphicsLayoutWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        title = OptionsText.tr("Options against now and your average")
        self.setAccessibleName(OptionsText.tr("Chart: options against now and your average"))
        self.viewport().setAccessibleName(self.accessibleName())
        self.setMinimumHeight(220)
        self.plot = self.addPlot(row=0, col=0)
        self.plot.setTitle(title, color=CURVE, size="11pt")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 10.5, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]])
        self.tick_font = QFont(self.font())
        self.plot.getAxis("bottom").setStyle(tickFont=self.tick_font)
        # Outside the plot, in a row of its own: a legend there cannot cover a bar.
        self.legend = pg.LegendItem(colCount=len(cr.OPTION_SCORES) + 2, labelTextColor=CURVE)
        self.addItem(self.legend, row=1, col=0)
        self.ci.layout.setRowStretchFactor(0, 10)
        names = criterion_names()
        self.bars: dict[str, pg.BarGraphItem] = {}
        for name in cr.OPTION_SCORES:
            bar = pg.BarGraphItem(x=[], height=[], width=BAR_SLOT * 0.9)
            self.plot.addItem(bar)
            self.legend.addItem(bar, names[name])
            self.bars[name] = bar
        self.now = self.plot.plot(connect="pairs")
        self.average = self.plot.plot(connect="pairs")
        self.legend.addItem(self.now, OptionsText.tr("Now"))
        self.legend.addItem(self.average, OptionsText.tr("Your average"))
        self.titles: list[str] = []
        self.high_contrast = False
        self._style()
        self.plot.vb.sigResized.connect(self._set_ticks)

    # -- look -----------------------------------------------------------------
    def set_high_contrast(self, high: bool) -> None:
        if high != self.high_contrast:
            self.high_contrast = high
            self._style()

    def _style(self) -> None:
        high = self.high_contrast
        edge = pg.mkPen(HC_EDGE, width=1.5) if high else pg.mkPen("w")
        for name, bar in self.bars.items():
            bar.setOpts(brush=pg.mkBrush(CRITERION_COLOURS[name]), pen=edge)
        self.now.setPen(pg.mkPen(HC_EDGE if high else CURVE, width=4 if high else 3))
        self.average.setPen(pg.mkPen(HC_EDGE if high else MUTED, width=3 if high else 2,
                                     style=Qt.PenStyle.DotLine))
        self.legend.update()

    def brush_colour(self, name: str) -> str:
        """The fill of ``name``'s bars, as #rrggbb (what the legend shows too)."""
        return pg.mkBrush(self.bars[name].opts["brush"]).color().name()

    # -- data -----------------------------------------------------------------
    def show_options(self, options: Sequence[cr.Option], current: CheckIn | None,
                     average: Averages | None) -> None:
        self.titles = [o.title for o in options]
        for k, name in enumerate(cr.OPTION_SCORES):
            self.bars[name].setOpts(x=[i + _offset(k) for i in range(len(options))],
                                    height=[o.score(name) for o in options])
        for item, source in ((self.now, current), (self.average, average)):
            xs: list[float] = []
            ys: list[float] = []
            # Money has no history to compare with: its bars carry no marks.
            for k, name in enumerate(cr.OPTION_SCORES[:3]):
                if source is None:
                    break
                value = float(getattr(source, name))
                for i in range(len(options)):
                    centre = i + _offset(k)
                    xs += [centre - BAR_SLOT / 2, centre + BAR_SLOT / 2]
                    ys += [value, value]
            item.setData(xs, ys)
        self.plot.setXRange(-0.5, max(len(options), 1) - 0.5, padding=0)
        self._set_ticks()
        described = "; ".join(
            f"{o.title}: " + ", ".join(f"{criterion_names()[n]} {o.score(n)}"
                                       for n in cr.OPTION_SCORES) for o in options)
        self.setAccessibleDescription(described)

    def _set_ticks(self, *_args) -> None:
        # Each option's name gets the width of its group, measured; cut only when it must be.
        room = self.plot.vb.width() / max(1, len(self.titles)) - 8
        metrics = QFontMetricsF(self.tick_font)
        ticks = [(i, metrics.elidedText(t, Qt.TextElideMode.ElideRight, max(room, 24)))
                 for i, t in enumerate(self.titles)]
        self.plot.getAxis("bottom").setTicks([ticks])

    def tick_labels(self) -> list[str]:
        """The option names as the axis shows them."""
        ticks = self.plot.getAxis("bottom")._tickLevels
        return [text for _pos, text in ticks[0]] if ticks else []

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if "legend" not in self.__dict__:  # pyqtgraph resizes before __init__ is done
            return
        # As many legend columns as the width allows (measured: the words differ by
        # language); a wider legend would be cut off, a narrower one takes rows from the bars.
        items = self.legend.items
        widest = max(sample.boundingRect().width() + label.item.boundingRect().width()
                     for sample, label in items)
        fits = int((self.width() - 24) // (widest + 2 * self.legend.layout.horizontalSpacing()
                                             + 12))
        self.legend.setColumnCount(max(1, min(len(items), fits)))
