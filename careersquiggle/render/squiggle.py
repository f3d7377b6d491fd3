"""The squiggle's pyqtgraph items on a PlotItem: line, markers, guides, bands, labels.

Items are created once and refreshed with ``setData`` (pyqtgraph's fast
path); pens and brushes are built once per theme.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from careersquiggle.core.i18n import Context, fill, translate
from careersquiggle.core.labels import priorities, spread_order
from careersquiggle.core.model import Chapter, Entry
from careersquiggle.core.squiggle import DRIVE_LENS, Marker, SquiggleData
from careersquiggle.render.labels import LabelLayer
from careersquiggle.render.theme import MARKERS, Theme

Y_RANGE = (-6.2, 7.2)  # room above +5 for chapter titles
MAX_MARKERS = 3000  # beyond this many on screen, keep one marker per small pixel cell
LABEL_CANDIDATES = 400  # text is measured only for this many strong, spread-out moments

Tooltip = Context("Tooltip")


def tooltip_text(e: Entry) -> str:
    lines = [f"{e.date.label()} · {e.kind.label}", e.title]
    if e.feel is not None:
        lines.append(fill(Tooltip.tr("Feel: %1"), f"{e.feel:+d}"))
    if e.shift_from or e.shift_to:
        lines.append(fill(Tooltip.tr("From: %1  →  To: %2"), e.shift_from or "—",
                          e.shift_to or "—"))
    if e.tags:
        lines.append(fill(Tooltip.tr("Tags: %1"), ", ".join(e.tags)))
    if e.private:
        lines.append(Tooltip.tr("Private"))
    return "\n".join(lines)


class SquiggleLayer:
    """Everything the squiggle draws, on one ``pg.PlotItem``."""

    def __init__(self, plot: pg.PlotItem, theme: Theme, *, interactive: bool = True,
                 legend: bool = True):
        self.plot = plot
        self.vb = plot.getViewBox()
        self.interactive = interactive
        self.data = SquiggleData()
        # Hover text for the entry at an index; the window fetches it on demand.
        self.tip_for: Callable[[int], str] | None = None
        self._chapter_items: list = []
        self._selected: int | None = None

        self.guides = pg.PlotDataItem(connect="pairs")
        self.curve = pg.PlotDataItem()
        # One item per kind of marker: uniform style is pyqtgraph's fast path.
        self.scatters = {
            m: pg.ScatterPlotItem(hoverable=interactive, tip=self._tip if interactive else None)
            for m in Marker
        }
        self.ring = pg.ScatterPlotItem()
        # Notes lie underneath the other markers; the selection ring on top of all.
        markers = [self.scatters[Marker.NOTE]] + [v for k, v in self.scatters.items()
                                                  if k != Marker.NOTE]
        for z, item in enumerate((self.guides, self.curve, *markers, self.ring), start=2):
            item.setZValue(z)
            plot.addItem(item)
        # The caller places the legend (outside the plot, so it never hides data).
        self.legend = pg.LegendItem(colCount=8) if legend else None
        self.labels = LabelLayer(plot)  # moment labels, leader lines, chapter titles
        self.label_spacing = 120.0  # pixels of width per label
        self._curve_xy: tuple[np.ndarray, np.ndarray] = (np.empty(0), np.empty(0))
        self._markers_shown = np.empty(0, dtype=np.int64)
        self.vb.setMouseEnabled(x=True, y=False)
        self.vb.setYRange(*Y_RANGE, padding=0)
        self._pending = False
        # What the markers were last drawn for: (x range, width, height, id of the data).
        self._last_view: tuple[tuple[float, ...], float, float, int] | None = None
        self.vb.sigXRangeChanged.connect(self._schedule)
        self.vb.sigResized.connect(self._schedule)
        self.apply_theme(theme)

    # -- style ----------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        s = theme.scale
        fg = pg.mkColor(theme.foreground)
        self.plot.getViewBox().setBackgroundColor(theme.background)
        self.font = QtGui.QFont(theme.font_family)
        self.font.setPixelSize(max(9, round(12 * s)))
        for name in ("bottom", "left"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen(theme.muted))
            ax.setTextPen(pg.mkPen(fg))
            ax.setStyle(tickFont=self.font, tickLength=round(-6 * s), tickTextOffset=round(4 * s))
        self.plot.showGrid(x=True, y=True, alpha=theme.grid_alpha)
        faint = pg.mkColor(theme.curve)
        faint.setAlpha(255 if theme.high_contrast else 110)  # must not hide the markers on it
        self._curve_pens = {False: pg.mkPen(theme.curve, width=theme.line_width * s),
                            True: pg.mkPen(faint, width=1.0 * s)}
        self._dense = False
        self.curve.setPen(self._curve_pens[False])
        self.guides.setPen(pg.mkPen(theme.colour("purple"), width=1.2 * s,
                                    style=QtCore.Qt.PenStyle.DashLine))
        self._brushes = {m: pg.mkBrush(theme.colour(MARKERS[m][1])) for m in Marker}
        # A light rim in dark mode keeps dark-blue markers visible against the background.
        rim = theme.marker_rim or (theme.background if theme.name == "light" else "#E6E6E6B0")
        self._pen = pg.mkPen(rim, width=(2.0 if theme.high_contrast else 1.2) * s)
        for m, item in self.scatters.items():
            item.setSymbol(theme.symbol(m))
            item.setSize(theme.size(m) * s)
            item.setBrush(self._brushes[m])
            item.setPen(self._pen)
        self.ring.setData([], [], symbol="o", size=26 * s, brush=None,
                          pen=pg.mkPen(theme.foreground, width=2 * s))
        self.labels.apply_theme(theme)
        self._setup_axis_labels()
        self._setup_legend()
        if self._chapter_items:  # drawn in the old theme's colours
            self._set_chapters(*self._chapters)
        if len(self.data) or self._chapter_items:
            self._last_view = None
            self._draw()

    def _setup_axis_labels(self) -> None:
        left = self.plot.getAxis("left")
        left.setTicks([[(-5, "−5"), (0, "0"), (5, "+5")], [(v, "") for v in range(-4, 5)]])
        label = Tooltip.tr("Drive") if self.data.lens == DRIVE_LENS else Tooltip.tr("Feel")
        left.setLabel(label, color=self.theme.muted,
                      **{"font-size": f"{round(12 * self.theme.scale)}px"})
        left.setWidth(round(58 * self.theme.scale))

    def _setup_legend(self) -> None:
        if self.legend is None:
            return
        self.legend.clear()
        s = self.theme.scale
        self.legend.setLabelTextColor(self.theme.foreground)
        self.legend.setLabelTextSize(f"{max(8, round(11 * s))}pt" if s != 1 else "9pt")
        self.legend.setBrush(pg.mkBrush(None))
        self.legend.setPen(pg.mkPen(None))
        for m in Marker:
            label = translate("Legend", MARKERS[m][3])
            sample = pg.ScatterPlotItem(symbol=self.theme.symbol(m), size=self.theme.size(m) * s,
                                        brush=self._brushes[m], pen=self._pen)
            self.legend.addItem(sample, label)

    # -- data -----------------------------------------------------------------
    def set_data(self, data: SquiggleData, chapters: Sequence[Chapter],
                 now: float | None = None) -> None:
        """Show ``data`` with chapter bands."""
        self.data = data
        self._chapters = (list(chapters), time.time() if now is None else now)
        self._set_chapters(*self._chapters)
        self._setup_axis_labels()
        self._draw()

    def _draw(self) -> None:
        self._on_range()
        self.select(self._selected)

    def _refresh_markers(self, force: bool = False) -> None:
        d = self.data
        if len(d) <= MAX_MARKERS:
            if force:  # all of them, once: panning needs no work
                for m, item in self.scatters.items():
                    idx = np.flatnonzero(d.marker == m)
                    item.setData(x=d.x[idx], y=d.y[idx], data=idx)
                self._markers_shown = np.arange(len(d))
            return
        (x0, x1), _ = self.vb.viewRange()
        pad = (x1 - x0) * 0.02
        visible = np.flatnonzero((d.x >= x0 - pad) & (d.x <= x1 + pad))
        if visible.size > MAX_MARKERS:
            visible = self._thin(visible, x0, x1)
        for m, item in self.scatters.items():
            idx = visible[d.marker[visible] == m]
            item.setData(x=d.x[idx], y=d.y[idx], data=idx)
        self._markers_shown = visible

    def _thin(self, idx: np.ndarray, x0: float, x1: float) -> np.ndarray:
        """One marker per kind per (3-pixel column, half-unit of feel): what the eye can tell
        apart among tens of thousands."""
        w = max(1.0, float(self.vb.width() or 800))
        cx = ((self.data.x[idx] - x0) / (x1 - x0) * w / 3).astype(np.int64)  # 3-px columns
        cy = np.round(self.data.y[idx] * 2).astype(np.int64) + 20
        key = (cx * 64 + cy) * 8 + self.data.marker[idx]
        _, first = np.unique(key, return_index=True)
        return idx[np.sort(first)]

    def _set_chapters(self, chapters: Sequence[Chapter], now: float) -> None:
        for item in self._chapter_items:
            self.plot.removeItem(item)
        self._chapter_items = []
        self.labels.clear_chapters()
        t = self.theme
        for n, ch in enumerate(chapters):
            lo, hi = ch.span(now)
            colour = pg.mkColor(t.band_colours[n % len(t.band_colours)])
            colour.setAlpha(t.band_alpha)
            # High contrast: a solid edge, so chapters are not told apart by a tint alone.
            edge = pg.mkPen(t.band_edge, width=2 * t.scale) if t.band_edge else pg.mkPen(None)
            band = pg.LinearRegionItem((lo, hi), movable=False, brush=pg.mkBrush(colour),
                                       pen=edge)
            band.setZValue(-10)
            label_colour = pg.mkColor(t.foreground) if t.high_contrast else pg.mkColor(
                t.band_colours[n % len(t.band_colours)]).darker(170 if t.name == "light" else 60)
            title = pg.TextItem(ch.title, color=label_colour, anchor=(0, 0))
            self.labels.add_chapter_title(title, ch.title, lo, hi)  # fitted to the band's width
            # Alternate two rows so neighbouring short chapters do not collide.
            title.setPos(lo, Y_RANGE[1] - (0.05 if n % 2 == 0 else 0.65))
            title.setZValue(-5)
            self.plot.addItem(band)
            self.plot.addItem(title)
            self._chapter_items += [band, title]

    # -- level of detail ------------------------------------------------------
    def _schedule(self, *_args) -> None:
        """Coalesce the several range signals of one zoom step into one refresh."""
        if not self.interactive:
            self._on_range()
        elif not self._pending:
            self._pending = True
            QtCore.QTimer.singleShot(0, self._on_range)

    def _on_range(self, *_args) -> None:
        self._pending = False
        view = (tuple(self.vb.viewRange()[0]), self.vb.width(), self.vb.height(), id(self.data))
        if view == self._last_view:
            return  # nothing moved since the last refresh (start-up sends several signals)
        new_data = self._last_view is None or self._last_view[3] != view[3]
        self._last_view = view
        self._refresh_markers(force=new_data)
        self._refresh_curve()
        self._refresh_labels()
        self._refresh_guides()

    def _refresh_guides(self) -> None:
        """Guides for the shifts in view: dashed when few, faint when many, none when they
        would only be a fence."""
        (x0, x1), _ = self.vb.viewRange()
        shifts = self.data.x[self.data.marker == Marker.SHIFT]
        shifts = shifts[(shifts >= x0) & (shifts <= x1)]
        if shifts.size > 300:
            shifts = shifts[:0]
        many = shifts.size > 25
        colour = pg.mkColor(self.theme.colour("purple"))
        colour.setAlpha(70 if many else 255)
        # Dashes are slow in bulk.
        style = QtCore.Qt.PenStyle.SolidLine if many else QtCore.Qt.PenStyle.DashLine
        self.guides.setPen(pg.mkPen(colour, width=1.2 * self.theme.scale, style=style))
        self.guides.setData(np.repeat(shifts, 2), np.tile([-5.6, 5.6], shifts.size))

    def _refresh_curve(self) -> None:
        (x0, x1), _ = self.vb.viewRange()
        width = max(200, int(self.vb.width() or 800))
        # Sample only what is visible, about two samples per pixel.
        pad = (x1 - x0) * 0.05
        xs, ys = self.data.curve(samples=2 * width, lo=x0 - pad, hi=x1 + pad)
        # Denser than the pixels: the line is a band of peaks and dips, and a thin pen
        # draws that band as well at a fraction of the cost of a thick one.
        dense = xs.size > 2 and xs[0] == xs[1]
        if dense != self._dense:
            self._dense = dense
            self.curve.setPen(self._curve_pens[dense])
            for m, item in self.scatters.items():  # smaller markers where they crowd
                item.setSize(self.theme.size(m) * self.theme.scale * (0.7 if dense else 1.0))
        self.curve.setData(xs, ys)
        self._curve_xy = (xs, ys)

    def _refresh_labels(self) -> None:
        """Choose the candidate moments (strong and spread over the view); the label layer
        measures them and places those that fit."""
        d = self.data
        w = float(self.vb.width())
        candidates = np.empty(0, dtype=np.int64)
        if len(d) and w >= 10 and len(d.titles) == len(d):
            (x0, x1), _ = self.vb.viewRange()
            visible = np.flatnonzero((d.x >= x0) & (d.x <= x1))
            if visible.size > LABEL_CANDIDATES:
                feel_all = np.abs(np.nan_to_num(d.y[visible]))
                pre_px = (d.x[visible] - x0) / (x1 - x0) * w
                keep = spread_order(pre_px, priorities(feel_all, d.marker[visible] == Marker.NOTE),
                                    max(4, int(w / 40)), 0, w)[:LABEL_CANDIDATES]
                visible = np.sort(visible[keep])
            candidates = visible
        # About one label per 120 px of width: zoomed out it tells the story, zoomed in the detail.
        limit = max(4, int(w / (self.label_spacing * self.theme.scale)))
        self.labels.refresh(self, candidates, self._markers_shown, self._curve_xy, limit)

    def visible_labels(self) -> list[str]:
        return self.labels.visible_labels()

    # -- selection and view ---------------------------------------------------
    def select(self, index: int | None) -> None:
        self._selected = index if index is not None and 0 <= index < len(self.data) else None
        if self._selected is None:
            self.ring.setData([], [])
        else:
            self.ring.setData([self.data.x[self._selected]], [self.data.y[self._selected]])

    def fit_all(self, span: tuple[float, float] | None = None) -> None:
        span = span or self.data.span()
        if span is None:
            now = time.time()
            span = (now - 5 * 365 * 86400, now)
        lo, hi = span
        pad = max((hi - lo) * 0.04, 60 * 86400)
        self.vb.setXRange(lo - pad, hi + pad, padding=0)
        self.vb.setYRange(*Y_RANGE, padding=0)

    def _tip(self, x: float, y: float, data) -> str:
        i = int(data)
        return self.tip_for(i) if self.tip_for and 0 <= i < len(self.data) else ""
