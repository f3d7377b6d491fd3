"""The squiggle's pyqtgraph items on a PlotItem: line, markers, guides, bands, labels.

Items are created once and refreshed with ``setData`` (pyqtgraph's fast
path); pens and brushes are built once per theme.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from careersquiggle.core import moments, trend
from careersquiggle.core.i18n import Context, fill, translate
from careersquiggle.core.labels import priorities, spread_order
from careersquiggle.core.lanes import lanes
from careersquiggle.core.model import Chapter, Entry
from careersquiggle.core.squiggle import DRIVE_LENS, Marker, SquiggleData
from careersquiggle.render.items import Curve, Scatter, quiet_hidden_axes
from careersquiggle.render.labels import LabelLayer
from careersquiggle.render.theme import MARKERS, Theme, grid_lines

Y_RANGE = (-6.2, 7.2)  # room above +5 for chapter titles
MAX_DOTS = 4000  # beyond this many faint dots, keep one per small pixel cell
PAD = 0.05  # drawn beyond each side of the view, so a pan step shows no gap
LABEL_CANDIDATES = 400  # text is measured only for this many strong, spread-out moments
# A pan or zoom at rest this long gets its labels placed anew: wheel notches and key repeats
# come faster, so a gesture is not held up placing labels it scrolls past at once.
REST_MS = 150

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
        self.moments = np.empty(0, dtype=np.int64)  # indices of the entries drawn in full
        self._edges = np.empty(0)  # chapter starts and ends
        self._shown: dict = {}  # per marker: the moments last drawn, and where
        self._sorted = True  # entries in time order: the view is one slice of them
        self._chapter_items: list = []
        self._selected: int | None = None

        self.guides = pg.PlotDataItem(connect="pairs")
        self.curve = Curve()
        # The spread around the trend: one filled outline (cheaper than FillBetweenItem).
        self.band = QtWidgets.QGraphicsPathItem()
        self.band.setPen(pg.mkPen(None))
        # The raw values under the line, faint; one item (pyqtgraph's fast path), refilled
        # only when the view leaves the stretch prepared or the zoom changes a lot.
        self.dots = Scatter(symbol="o", pxMode=True)
        self._dots_for: tuple[float, float, float] | None = None  # (from, to, time per px)
        # One item per kind of marker: uniform style is pyqtgraph's fast path.
        self.scatters = {
            m: Scatter(hoverable=interactive, tip=self._tip if interactive else None)
            for m in Marker
        }
        self.ring = Scatter()
        self._ring_at: tuple[float, float] | None = None  # where the ring was last drawn
        # Notes lie underneath the other markers; the selection ring on top of all.
        markers = [self.scatters[Marker.NOTE]] + [v for k, v in self.scatters.items()
                                                  if k != Marker.NOTE]
        layers = (self.band, self.dots, self.guides, self.curve, *markers, self.ring)
        for z, item in enumerate(layers, start=1):
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
        quiet_hidden_axes(plot)
        self._pending = False
        # What the markers were last drawn for: (x range, width, height, id of the data).
        self._last_view: tuple[tuple[float, ...], float, float, int] | None = None
        self._labels_for: tuple | None = None  # the view the labels were last placed in
        self._moments_for: tuple | None = None  # the view the moments were last chosen for
        # A pan or zoom step refreshes the line and the faint dots at once, before the paint
        # it causes (one paint a step, not two); the moments and their labels, the costliest
        # part, are chosen once the view rests (they ride along meanwhile). Resizes come in
        # bursts and are coalesced.
        self.rest_timer = QtCore.QTimer(self.vb)  # goes with the plot
        self.rest_timer.setSingleShot(True)
        self.rest_timer.setInterval(REST_MS)
        self.rest_timer.timeout.connect(self.refresh)
        self.vb.sigXRangeChanged.connect(self._moved)
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
        self._grid = grid_lines(self.plot, theme, range(-5, 6), getattr(self, "_grid", None))
        self.curve.setPen(pg.mkPen(theme.curve, width=theme.line_width * s))
        self._band_colour = pg.mkColor(theme.curve)
        dot = pg.mkColor(theme.note)
        # The raw values are a texture under the trend, not the story (firmer in high contrast).
        dot.setAlpha(150 if theme.high_contrast else 70)
        self.dots.setSize(3.5 * s)
        self.dots.setBrush(pg.mkBrush(dot))
        self.dots.setPen(pg.mkPen(None))
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
        self._ring_at = None
        self.labels.apply_theme(theme)
        self._setup_axis_labels()
        self._setup_legend()
        if self._chapter_items:  # drawn in the old theme's colours
            self._set_chapters(*self._chapters)
        if len(self.data) or self._chapter_items:
            self._last_view = self._labels_for = self._moments_for = None
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
        """Show ``data`` with chapter bands. The y of entries without a feel of their own
        follows the line as drawn (the trend, when it is the trend): ``data.y`` is updated
        in place on every refresh, so markers, labels and hit tests agree."""
        self.data = data
        self._last_view = self._labels_for = self._moments_for = None
        self._dots_for = None
        self._shown = {}
        self._sorted = bool(np.all(np.diff(data.x) >= 0))
        self._chapters = (list(chapters), time.time() if now is None else now)
        self._set_chapters(*self._chapters)
        self._setup_axis_labels()
        self._draw()

    def _draw(self) -> None:
        self.refresh()
        self.select(self._selected)

    def _choose_moments(self) -> None:
        """The entries in view drawn as full markers (see core.moments); the rest are faint
        dots."""
        d = self.data
        (x0, x1), (y0, y1) = self.vb.viewRange()
        pad = (x1 - x0) * PAD
        i0, i1 = np.searchsorted(d.x, [x0 - pad, x1 + pad]) if self._sorted else (0, len(d))
        near = np.arange(i0, i1) if self._sorted else np.flatnonzero(
            (d.x >= x0 - pad) & (d.x <= x1 + pad))
        w, h = self._size()
        level = np.interp(d.x[near], *self._curve_xy) if self._curve_xy[0].size else None
        # Spacing in the theme's pixels: bigger markers (a picture's scale) need more room.
        s = max(self.theme.scale, 0.1)
        pick = moments.choose(d.x[near], d.y[near], d.marker[near], d.key[near],
                              d.felt[near], x0, x1, w / s, h / s, (y0, y1), self._edges,
                              level=level)
        self.moments = self._markers_shown = near[pick]

    def _draw_markers(self) -> None:
        """The moments' markers where their entries are drawn now (an entry without a feel
        of its own sits on the line, which moves with the zoom)."""
        d = self.data
        if self.moments.size and int(self.moments.max()) >= len(d):
            self.moments = self._markers_shown = np.empty(0, dtype=np.int64)
        for m, item in self.scatters.items():
            idx = self.moments[d.marker[self.moments] == m]
            ys = d.y[idx]
            shown = self._shown.get(m)
            if shown is not None and np.array_equal(shown[0], idx) and np.array_equal(shown[1], ys):
                continue  # the same moments where they were: refilling the item costs most
            self._shown[m] = (idx, ys)
            item.setData(x=d.x[idx], y=ys, data=idx)

    def _refresh_dots(self, x0: float, x1: float, w: float) -> None:
        """Faint dots at the line's raw values (feel, or drive), prepared for a stretch
        three views wide at this zoom, so most pan and zoom steps need no work."""
        per_px = (x1 - x0) / w
        if trend.dots_ready(self._dots_for, x0, x1, per_px):
            return
        d = self.data
        lo, hi = trend.dots_stretch(x0, x1)
        i0, i1 = np.searchsorted(d.anchor_x, [lo, hi])
        ax, ay = d.anchor_x[i0:i1], d.anchor_y[i0:i1]
        keep = trend.thin(ax, ay, lo, per_px, MAX_DOTS)
        self.dots.setData(x=ax[keep], y=ay[keep])
        self._dots_for = (lo, hi, per_px)

    def _size(self) -> tuple[float, float]:
        return max(1.0, float(self.vb.width() or 800)), max(1.0, float(self.vb.height() or 400))

    def _set_chapters(self, chapters: Sequence[Chapter], now: float) -> None:
        for item in self._chapter_items:
            self.plot.removeItem(item)
        self._chapter_items = []
        self.labels.clear_chapters()
        spans = [ch.span(now) for ch in chapters]
        self._edges = np.array([v for ch, (lo, hi) in zip(chapters, spans, strict=True)
                                for v in ((lo,) if ch.end is None else (lo, hi))], dtype=float)
        t = self.theme
        # Titles stay inside their bands; overlapping chapters' titles take their lane's row.
        in_time = sorted(range(len(chapters)), key=lambda k: spans[k])
        placed = lanes(spans)
        for n in in_time:
            ch, (lo, hi), (lane, count) = chapters[n], spans[n], placed[n]
            colour = pg.mkColor(t.band_colours[n % len(t.band_colours)])
            colour.setAlpha(t.band_alpha)
            # Overlapping chapters share the height, one lane each, so neither turns grey.
            # A plain rectangle in data units (the feel axis never moves): no work per frame.
            y0, y1 = Y_RANGE
            top = y1 - (y1 - y0) * lane / count
            band = QtWidgets.QGraphicsRectItem(lo, top - (y1 - y0) / count, hi - lo,
                                               (y1 - y0) / count)
            band.setBrush(pg.mkBrush(colour))
            # High contrast: a solid edge, so chapters are not told apart by a tint alone.
            edge = pg.mkPen(t.band_edge, width=2 * t.scale) if t.band_edge else pg.mkPen(None)
            band.setPen(edge)
            band.setZValue(-10)
            label_colour = pg.mkColor(t.foreground) if t.high_contrast else pg.mkColor(
                t.band_colours[n % len(t.band_colours)]).darker(170 if t.name == "light" else 60)
            self.labels.add_chapter_title(ch.title, label_colour, lo, hi, lane, count)
            self.plot.addItem(band, ignoreBounds=True)
            self._chapter_items.append(band)

    # -- level of detail ------------------------------------------------------
    def _schedule(self, *_args) -> None:
        """Coalesce the several resize signals of a layout into one refresh (and refresh a
        plot just shown)."""
        if not self.interactive:
            self.refresh()
        elif not self._pending:
            self._pending = True
            QtCore.QTimer.singleShot(0, self._resized)

    def _resized(self) -> None:
        """A new size (or the plot just shown): the line and the moments now, the labels
        once the size rests (a window's layout settles in a few passes, a drag in many)."""
        self._pending = False
        if self.vb.scene() is None or not self._on_screen():
            return  # (a deferred refresh for a plot already taken down, or hidden again)
        # Only the height changed (a window's layout settling): the moments chosen for this
        # time and width serve until the size rests.
        view, chosen = self._view(), self._moments_for
        taller = chosen is not None and (chosen[0], chosen[1], chosen[3]) == (
            view[0], view[1], view[3])
        self._refresh_view(choose=not taller)
        if self._labels_for != self._view():
            self.labels.follow(self)
            self.rest_timer.start()

    def _on_screen(self) -> bool:
        """Whether the plot is shown: a window still being built is not, its size is not
        final yet and all drawn for it would be drawn again at once."""
        if not self.interactive:
            return True
        views = self.vb.scene().views()
        return bool(views) and views[0].isVisible()

    def _view(self) -> tuple:
        return (tuple(self.vb.viewRange()[0]), self.vb.width(), self.vb.height(), id(self.data))

    def _moved(self, *_args) -> None:
        """A pan or zoom step: the line now, the moments and their labels chosen anew once
        the view rests (meanwhile they ride along, where their entries are)."""
        if not self.interactive:
            self.refresh()
            return
        if not self._on_screen():
            return  # drawn once shown
        self._refresh_view(choose=self._thinned_out())
        if self._labels_for != self._view():
            self.labels.follow(self)
            self.rest_timer.start()  # (again: a gesture still going on pushes it back)

    def _thinned_out(self) -> bool:
        """Whether the moments kept while the view moves have mostly left it (a long zoom
        in): then they are chosen anew at once, or the view would show almost none."""
        d, m = self.data, self.moments
        if not len(d) or m.size and int(m.max()) >= len(d):
            return True
        (x0, x1), _ = self.vb.viewRange()
        shown = int(np.count_nonzero((d.x[m] >= x0) & (d.x[m] <= x1)))
        return shown < moments.limit_for(self._size()[0] / max(self.theme.scale, 0.1)) // 3

    def redraw(self) -> None:
        """Draw everything again, as if the view had just changed (the axes may have moved)."""
        self._last_view = self._labels_for = self._moments_for = None
        self.refresh()

    @property
    def at_rest(self) -> bool:
        """Everything drawn for the view as it is now, labels included."""
        return (not self.rest_timer.isActive() and not self._pending
                and self._labels_for is not None)

    def refresh(self) -> None:
        """Everything for the view as it is now: line, markers and labels."""
        self._pending = False
        self.rest_timer.stop()
        if self.vb.scene() is None:
            return  # a deferred refresh for a plot already taken down
        if not self._on_screen():
            self._last_view = self._labels_for = self._moments_for = None  # drawn once shown
            return
        self._refresh_view()
        view = self._view()
        if view != self._labels_for:
            self._labels_for = view
            self._refresh_labels()

    def _refresh_view(self, choose: bool = True) -> None:
        """The line and the faint dots for the view; with ``choose``, the moments drawn in
        full are chosen for it too (else those chosen last stay, where their entries are)."""
        # The view's transform now, not while painting: pyqtgraph defers it to the paint,
        # where it marks every item dirty once more and the view paints twice a step.
        self.vb.updateMatrix()
        view = self._view()
        moved = view != self._last_view  # (start-up sends several signals for one view)
        if moved:
            self._last_view = view
            self._refresh_curve()  # first: entries without a feel sit on the line it draws
            (x0, x1), _ = self.vb.viewRange()
            self._refresh_dots(x0, x1, self._size()[0])
        chose = choose and view != self._moments_for
        if chose:
            self._moments_for = view
            self._choose_moments()
        if moved or chose:
            self._draw_markers()
            if chose:
                self._refresh_guides()  # (in data units: a step alone does not move them)
            self.select(self._selected)  # the ring follows an entry that sits on the line

    def _refresh_guides(self) -> None:
        """Guides for the shifts in view: dashed when few, faint when many, none when they
        would only be a fence."""
        shifts = self.data.x[self.moments[self.data.marker[self.moments] == Marker.SHIFT]]
        many = shifts.size > 10
        colour = pg.mkColor(self.theme.colour("purple"))
        colour.setAlpha(70 if many else 255)
        # Dashes are slow in bulk.
        style = QtCore.Qt.PenStyle.SolidLine if many else QtCore.Qt.PenStyle.DashLine
        self.guides.setPen(pg.mkPen(colour, width=1.2 * self.theme.scale, style=style))
        self.guides.setData(np.repeat(shifts, 2), np.tile([-5.6, 5.6], shifts.size))

    def _refresh_curve(self) -> None:
        """The line for this view (the trend when entries crowd, see core.trend), its
        spread, and where the entries without a feel of their own sit on it."""
        (x0, x1), _ = self.vb.viewRange()
        w, _h = self._size()
        xs, ys, low, high, weight = self.data.line(x0, x1, w, pad=PAD)
        self.curve.setData(xs, ys)
        self._curve_xy = (xs, ys)
        colour = QtGui.QColor(self._band_colour)
        colour.setAlpha(round(34 * weight))  # the band fades in with the trend
        self.band.setBrush(pg.mkBrush(colour))
        show_band = weight > 0 and xs.size > 1
        self.band.setVisible(show_band)
        if show_band:
            path = pg.arrayToQPath(np.r_[xs, xs[::-1]], np.r_[high, low[::-1]])
            path.closeSubpath()
            self.band.setPath(path)
        d = self.data
        if xs.size and len(d):
            pad = (x1 - x0) * PAD
            if self._sorted:  # the entries near the view are one slice
                i0, i1 = np.searchsorted(d.x, [x0 - pad, x1 + pad])
                near = i0 + np.flatnonzero(~d.felt[i0:i1])
            else:
                near = np.flatnonzero((d.x >= x0 - pad) & (d.x <= x1 + pad) & ~d.felt)
            d.y[near] = np.interp(d.x[near], xs, ys)

    def _refresh_labels(self) -> None:
        """Choose the candidate moments (strong and spread over the view); the label layer
        measures them and places those that fit."""
        d = self.data
        w = float(self.vb.width())
        candidates = np.empty(0, dtype=np.int64)
        if len(d) and w >= 10 and len(d.titles) == len(d):
            (x0, x1), _ = self.vb.viewRange()
            # Labels go to the moments drawn in full (all entries, when they are few).
            inside = (d.x[self.moments] >= x0) & (d.x[self.moments] <= x1)
            visible = np.sort(self.moments[inside])
            if visible.size > LABEL_CANDIDATES:
                feel_all = np.abs(np.nan_to_num(d.y[visible])) + 20.0 * d.key[visible]
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
        at = None if self._selected is None else (float(self.data.x[self._selected]),
                                                  float(self.data.y[self._selected]))
        if at == self._ring_at:
            return  # (this runs on every pan and zoom step)
        self._ring_at = at
        self.ring.setData([] if at is None else [at[0]], [] if at is None else [at[1]])

    def fit_range(self, span: tuple[float, float] | None = None) -> tuple[float, float]:
        """The time range "fit all" shows for ``span`` (default: the data's), with a margin."""
        span = span or self.data.span()
        if span is None:
            now = time.time()
            span = (now - 5 * 365 * 86400, now)
        lo, hi = span
        pad = max((hi - lo) * 0.04, 60 * 86400)
        return lo - pad, hi + pad

    def fit_all(self, span: tuple[float, float] | None = None) -> None:
        self.vb.setXRange(*self.fit_range(span), padding=0)
        self.vb.setYRange(*Y_RANGE, padding=0)

    def _tip(self, x: float, y: float, data) -> str:
        i = int(data)
        return self.tip_for(i) if self.tip_for and 0 <= i < len(self.data) else ""
