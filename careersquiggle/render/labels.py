"""Drawing the squiggle's labels: the text boxes, leader lines and chapter titles.

Placement is decided in :mod:`careersquiggle.core.labels` from measured text;
this module measures, draws and keeps the items (reused, never re-created per
refresh). Used by the window and by pictures alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from careersquiggle.core.labels import Obstacles, Placed, extremes, place, priorities
from careersquiggle.core.squiggle import Marker
from careersquiggle.render.theme import Theme
from careersquiggle.render.titles import ChapterTitles

if TYPE_CHECKING:
    from careersquiggle.render.squiggle import SquiggleLayer

CENTRED_TOP = QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignTop


class LabelLayer:
    def __init__(self, plot: pg.PlotItem):
        self.plot = plot
        self.vb = plot.getViewBox()
        self.item = LabelsItem()
        self.item.setZValue(8)
        plot.addItem(self.item, ignoreBounds=True)
        self.titles = ChapterTitles(plot)  # the chapter titles at the top, under the line
        self._widths: dict[tuple[int, str], float] = {}
        self.placed: list[Placed] = []
        self.shown: list[int] = []  # data indices of the labels drawn, in placement order
        self._anchors: list[tuple[float, float]] = []  # each label's marker when placed (px)
        # For pictures: data index -> text to show instead of the automatic choice.
        self.fixed: dict[int, str] | None = None
        self.keep_extremes = True  # lowest and highest always get a label
        self.reach = 2  # label heights an optional label may move away (pictures: further)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        s = theme.scale
        self.font = QtGui.QFont(theme.font_family)
        self.font.setPixelSize(max(9, round(12 * s)))
        self.fm = QtGui.QFontMetricsF(self.font)
        self.titles.apply_theme(theme)
        self.colour = pg.mkColor(theme.foreground)
        self.fill = pg.mkBrush(theme.label_background)
        self.leader_pen = pg.mkPen(theme.muted, width=max(1.0, 1.1 * s))

    # -- chapter titles (render/titles.py) ---------------------------------------
    def add_chapter_title(self, title: str, colour: QtGui.QColor, lo: float, hi: float,
                          lane: int = 0, lanes: int = 1) -> None:
        self.titles.add(title, colour, lo, hi, lane, lanes)

    def clear_chapters(self) -> None:
        self.titles.clear()

    def chapter_titles(self) -> list[str]:
        """The chapter titles drawn now, as shown (lines joined; shortened ones end in …)."""
        return self.titles.texts()

    def title_rows_height(self) -> float:
        """Pixels the chapter titles take at the top of the plot."""
        return self.titles.rows_height()

    # -- moment labels --------------------------------------------------------
    def _measure(self, text: str) -> float:
        key = (self.font.pixelSize(), text)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            width = self._widths[key] = self.fm.horizontalAdvance(text)
        return width

    def refresh(self, layer: SquiggleLayer, candidates: np.ndarray, markers_shown: np.ndarray,
                curve: tuple[np.ndarray, np.ndarray], limit: int) -> None:
        """Place labels for ``candidates`` (data indices) among the markers and the line."""
        d = layer.data
        w, h = float(self.vb.width()), float(self.vb.height())
        (x0, x1), (y0, y1) = self.vb.viewRange()
        if w >= 10 and h >= 10:
            self.titles.refresh(x0, x1, y1, w, h)
        if not len(d) or w < 10 or h < 10 or len(d.titles) != len(d):  # titles still loading
            self._draw([], x0, x1, y0, y1, w, h)
            return

        def to_px(xs, ys):
            return (np.asarray(xs) - x0) / (x1 - x0) * w, (y1 - np.asarray(ys)) / (y1 - y0) * h

        s = self.theme.scale
        texts: dict[int, str]
        if self.fixed is not None:
            texts = {i: t for i, t in self.fixed.items() if 0 <= i < len(d) and x0 <= d.x[i] <= x1}
            idx = np.array(sorted(texts), dtype=np.int64)
            forced = list(range(idx.size))
        else:
            idx = np.asarray(candidates, dtype=np.int64)
            texts = {int(i): d.titles[i] for i in idx}
            forced = []
            if self.keep_extremes and idx.size:
                inside = np.flatnonzero((d.x >= x0) & (d.x <= x1))
                must = extremes(d.y[inside], d.felt[inside]) if inside.size else []
                extra = [int(inside[k]) for k in must]
                idx = np.r_[np.array(extra, dtype=np.int64), idx[~np.isin(idx, extra)]]
                texts.update({i: d.titles[i] for i in extra})
                forced = list(range(len(extra)))
        if idx.size == 0:
            self._draw([], x0, x1, y0, y1, w, h)
            return
        px, py = to_px(d.x[idx], d.y[idx])
        mpx, mpy = to_px(d.x[markers_shown], d.y[markers_shown])
        sizes = np.array([self.theme.size(Marker(m)) for m in range(len(Marker))], float) * s
        radius = sizes[d.marker[markers_shown].astype(np.int64)] / 2 + 1.5 * s
        cpx, cpy = to_px(*curve)
        # The line is drawn with a pen of some width: keep labels that far off it.
        obstacles = Obstacles(cpx, cpy, mpx, mpy, radius, pad=2.5 * s,
                              cell=max(48.0, 3 * self.fm.lineSpacing()))
        # Key moments (the user's own choice) are labelled first.
        prio = priorities(np.abs(np.nan_to_num(d.y[idx])), d.marker[idx] == Marker.NOTE)
        if d.key.size == len(d):
            prio = prio + 20.0 * d.key[idx]
        top = self.title_rows_height() if self.titles else 0.0  # clear of chapter titles
        line_h = self.fm.lineSpacing()
        self.placed = place(
            px, py, [texts[int(i)] for i in idx], self._measure, line_h, prio, (0, top, w, h),
            obstacles, forced=forced, only_forced=self.fixed is not None, gap=5 * s,
            limit=limit if self.fixed is None else len(idx), max_width=max(160 * s, w * 0.3),
            pad=3 * s, reach=self.reach)
        self.shown = [int(idx[p.index]) for p in self.placed]
        self._anchors = [(float(px[p.index]), float(py[p.index])) for p in self.placed]
        self._draw(self.placed, x0, x1, y0, y1, w, h)

    def follow(self, layer: SquiggleLayer) -> None:
        """While a pan or zoom goes on: each label rides along with its marker (placing
        them anew waits until the view rests). A label whose marker left the view, or that
        would now run out of it or into another label, is dropped meanwhile."""
        d = layer.data
        w, h = float(self.vb.width()), float(self.vb.height())
        (x0, x1), (y0, y1) = self.vb.viewRange()
        if w < 10 or h < 10 or x1 <= x0:
            return
        self.titles.refresh(x0, x1, y1, w, h)
        shown = np.array(self.shown, dtype=np.int64)
        if not self.placed or shown.max() >= len(d):
            self._draw([], x0, x1, y0, y1, w, h)
            return
        px = (d.x[shown] - x0) / (x1 - x0) * w
        py = (y1 - d.y[shown]) / (y1 - y0) * h
        kept: list[Placed] = []
        keep: list[int] = []
        for n, p in enumerate(self.placed):
            mx, my = float(px[n]), float(py[n])
            dx, dy = mx - self._anchors[n][0], my - self._anchors[n][1]
            box = (p.box[0] + dx, p.box[1] + dy, p.box[2] + dx, p.box[3] + dy)
            if not (0 <= mx <= w and box[0] >= 0 and box[2] <= w and box[1] >= 0
                    and box[3] <= h):
                continue
            if any(box[0] < b.box[2] and b.box[0] < box[2] and box[1] < b.box[3]
                   and b.box[1] < box[3] for b in kept):
                continue
            leader = None if p.leader is None else (
                p.leader[0] + dx, p.leader[1] + dy, p.leader[2] + dx, p.leader[3] + dy)
            kept.append(Placed(p.index, p.lines, box, leader))
            keep.append(n)
        self.placed = kept
        self.shown = [int(shown[n]) for n in keep]
        self._anchors = [(float(px[n]), float(py[n])) for n in keep]
        self._draw(kept, x0, x1, y0, y1, w, h)

    def _draw(self, placed: Sequence[Placed], x0, x1, y0, y1, w, h) -> None:
        if not placed:
            self.placed, self.shown, self._anchors = [], [], []
        self.item.setPos(x0, y1)  # the view's top-left corner; the item draws in pixels
        self.item.show_labels(placed, (w, h), self.font, self.fm.lineSpacing(),
                              3 * self.theme.scale,
                              self.colour, self.fill.color(), self.leader_pen)

    def visible_labels(self) -> list[str]:
        return [" ".join(p.lines) for p in self.placed]

    def label_boxes(self) -> list[QtCore.QRectF]:
        """Where the labels really are drawn, in scene coordinates (for tests and checks)."""
        at = self.item.scenePos()  # the item draws in pixels, whatever the view's scale
        return [QtCore.QRectF(b[0], b[1], b[2] - b[0], b[3] - b[1]).translated(at)
                for b in (p.box for p in self.placed)]


class LabelsItem(pg.GraphicsObject):
    """All moment labels and their leader lines, painted in pixels in one go.

    Text is drawn with the font it was measured with, so each backing box is exactly
    the box that placement checked; in SVG and PDF it stays text.
    """

    def __init__(self):
        super().__init__()
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresTransformations)
        self._placed: Sequence[Placed] = ()
        self._size = (0.0, 0.0)

    def show_labels(self, placed, size, font, line_h, pad, colour, fill, leader_pen) -> None:
        self.prepareGeometryChange()
        self._placed, self._size = list(placed), size
        self._font, self._line_h, self._pad = font, line_h, pad
        self._colour, self._fill, self._leader_pen = colour, fill, leader_pen
        self.update()

    def boundingRect(self) -> QtCore.QRectF:
        return QtCore.QRectF(0, 0, *self._size)

    def paint(self, painter, *_args) -> None:
        if not self._placed:
            return
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(self._leader_pen)
        for p in self._placed:
            if p.leader:
                painter.drawLine(QtCore.QPointF(*p.leader[:2]), QtCore.QPointF(*p.leader[2:]))
        painter.setFont(self._font)
        for p in self._placed:
            left, top, right, bottom = p.box
            painter.fillRect(QtCore.QRectF(left, top, right - left, bottom - top), self._fill)
            painter.setPen(self._colour)
            for n, line in enumerate(p.lines):
                row = QtCore.QRectF(left, top + self._pad + n * self._line_h, right - left,
                                    self._line_h)
                painter.drawText(row, CENTRED_TOP, line)
