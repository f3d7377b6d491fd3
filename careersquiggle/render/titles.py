"""Drawing the chapter titles at the top of the squiggle (the window and pictures alike).

Where each title goes, and how it is wrapped or shortened, is decided in
:mod:`careersquiggle.core.titles`; this module measures (once per text), keeps the fitted
lines per title and room, and paints all titles in one item: titles are refreshed on every
pan and zoom step, and text items re-laid out on each step cost a step dearly.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from careersquiggle.core.titles import Band, fit_lines, layout
from careersquiggle.render.theme import Theme

ROWS = 2  # title rows at the top of the plot
ROW_SPACING = 1.1  # a row, in line spacings

# What the item shows of one title: lines, left, top (pixels), colour, the full title.
Shown = tuple[tuple[str, ...], float, float, QtGui.QColor, str]


class ChapterTitles:
    def __init__(self, plot: pg.PlotItem):
        # Under the line and markers, painted as text in one item.
        self.item = TitlesItem()
        self.item.setZValue(-5)
        plot.addItem(self.item, ignoreBounds=True)
        self._chapters: list[tuple[str, QtGui.QColor, float, float, int, int]] = []
        self._shown: list[Shown] | None = None  # None: to be drawn anew
        self._bands: list[tuple[float, float]] = []  # each shown title's band (pixels)
        self._fitted: dict[tuple[str, int, int], tuple[str, ...]] = {}
        self._widths: dict[str, float] = {}

    def apply_theme(self, theme: Theme) -> None:
        s = theme.scale
        self.font = QtGui.QFont(theme.font_family)
        self.font.setPixelSize(max(9, round(12 * s)))
        self.font.setBold(True)
        self.fm = QtGui.QFontMetricsF(self.font)
        self.margin = 4 * s  # from the top of the plot, and from a band's left edge
        # Two titles side by side are an em apart at least (several word spaces and a band's
        # edge: never one line); a title over one on the row below reaches two ems past its
        # start, or the two would read as one line broken in two.
        self.gap = float(self.font.pixelSize())
        self.stack = 2 * self.font.pixelSize()
        self._shown, self._fitted, self._widths = None, {}, {}

    def add(self, title: str, colour: QtGui.QColor, lo: float, hi: float, lane: int = 0,
            lanes: int = 1) -> None:
        """A chapter's title; ``lane`` of ``lanes`` when it overlaps others (core/lanes.py)."""
        self._chapters.append((title, colour, lo, hi, lane, lanes))
        self._shown = None

    def clear(self) -> None:
        self._chapters = []
        self._shown = None

    def __bool__(self) -> bool:
        return bool(self._chapters)

    def texts(self) -> list[str]:
        """The titles drawn now, as shown (lines joined; shortened ones end with …)."""
        return [" ".join(lines) for lines, *_ in self._shown or ()]

    def rows_height(self) -> float:
        """Pixels the titles take at the top of the plot."""
        return ROWS * self.fm.lineSpacing() * ROW_SPACING + self.margin

    def refresh(self, x0: float, x1: float, y1: float, w: float, h: float) -> None:
        """Lay the titles out for the view (x0..x1 over w pixels); draw only on a change."""
        if x1 <= x0:
            return
        per = w / (x1 - x0)
        bands, kept = [], []
        for n, (title, _colour, lo, hi, lane, lanes) in enumerate(self._chapters):
            start, end = max(lo, x0), min(hi, x1)
            if end > start:
                row = 0 if lanes <= 1 else lane % ROWS  # overlapping: the lane's row
                bands.append(Band(title, (start - x0) * per, (end - x0) * per, row, ROWS - row))
                kept.append(n)
        placed = layout(bands, self._fit, self._measure, self.margin, self.gap, self.stack)
        self._bands = [(bands[t.index].left, bands[t.index].right) for t in placed]
        row_h = self.fm.lineSpacing() * ROW_SPACING
        shown = [(t.lines, t.x, self.margin + t.row * row_h, self._chapters[kept[t.index]][1],
                  self._chapters[kept[t.index]][0]) for t in placed]
        self.item.setPos(x0, y1)  # the view's top-left corner; it draws in pixels
        if shown != self._shown:
            self._shown = shown
            self.item.show_titles(shown, (w, h), self.font, self.fm, row_h, self._measure)

    def boxes(self) -> list[QtCore.QRectF]:
        """Where the titles' text is drawn, in scene coordinates (for tests and checks)."""
        at = self.item.scenePos()  # the item draws in pixels, whatever the view's scale
        return [r.translated(at) for r in self.item.boxes]

    def tip_at(self, scene_pos: QtCore.QPointF) -> str:
        """The whole title of a shortened one at ``scene_pos`` (the window's tooltip there);
        "" elsewhere. (The item draws in pixels, so Qt cannot find it under the mouse.)"""
        at = scene_pos - self.item.scenePos()
        for (lines, *_, full), box in self.item.drawn():
            if box.contains(at):
                return full if " ".join(lines) != " ".join(full.split()) else ""
        return ""

    def drawn(self) -> list[tuple[str, tuple[str, ...], QtCore.QRectF, float, float]]:
        """Each title drawn: (full title, lines, its text's box, its band's visible left and
        right edges), in scene coordinates (for tests and checks)."""
        at = self.item.scenePos()
        return [(full, lines, box.translated(at), at.x() + left, at.x() + right)
                for ((lines, *_, full), box), (left, right)
                in zip(self.item.drawn(), self._bands, strict=True)]

    def _fit(self, title: str, room: int, lines: int) -> tuple[str, ...]:
        key = (title, room, lines)
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) > 20_000:
                self._fitted.clear()
            fitted = self._fitted[key] = fit_lines(title, self._measure, room, lines)
        return fitted

    def _measure(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            width = self._widths[text] = self.fm.horizontalAdvance(text)
        return width


class TitlesItem(pg.GraphicsObject):
    """The chapter titles, painted in pixels at the top of the view in one go (as text, in
    SVG and PDF too)."""

    def __init__(self):
        super().__init__()
        self.setFlag(self.GraphicsItemFlag.ItemIgnoresTransformations)
        self._titles: Sequence[Shown] = ()
        self._size = (0.0, 0.0)
        self.boxes: list[QtCore.QRectF] = []  # each title's text, in the item's pixels

    def show_titles(self, titles: Sequence[Shown], size, font, fm, row_h, measure) -> None:
        self.prepareGeometryChange()
        self._titles, self._size = list(titles), size
        self._font, self._ascent, self._row_h = font, fm.ascent(), row_h
        height = fm.ascent() + fm.descent()
        self.boxes = [QtCore.QRectF(x, top, max(measure(t) for t in lines),
                                    (len(lines) - 1) * row_h + height)
                      for lines, x, top, *_ in self._titles]
        self.update()

    def drawn(self) -> list[tuple[Shown, QtCore.QRectF]]:
        """What is painted now: each title and its text's box (in the item's pixels)."""
        return list(zip(self._titles, self.boxes, strict=True))

    def boundingRect(self) -> QtCore.QRectF:
        return QtCore.QRectF(0, 0, *self._size)

    def paint(self, painter, *_args) -> None:
        if not self._titles:
            return
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self._font)
        for lines, x, top, colour, _full in self._titles:
            painter.setPen(colour)
            for k, line in enumerate(lines):
                painter.drawText(QtCore.QPointF(x, top + self._ascent + k * self._row_h), line)
