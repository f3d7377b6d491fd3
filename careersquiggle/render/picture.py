"""Pictures to share: the squiggle rendered off-screen at an exact size, in the light theme.

Privacy is decided here, before anything is drawn: private entries are left
out unless asked for, and notes (the kind, and any entry's notes text) never
appear in a picture.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from careersquiggle.core import squiggle
from careersquiggle.core.columns import KIND_CODES, EntryColumns
from careersquiggle.core.dates import position_to_date
from careersquiggle.core.model import Chapter, CheckIn, Entry, Kind
from careersquiggle.render.squiggle import SquiggleLayer
from careersquiggle.render.theme import DRIVE_STYLES, SHARE

PRESETS = {"slide": (1920, 1080), "post": (1200, 675), "square": (1080, 1080)}
MIN_SIDE, MAX_SIDE = 320, 8000
DEFAULT_TITLE = "My career squiggle"


@dataclass(frozen=True)
class PictureSpec:
    width: int = 1920
    height: int = 1080
    title: str = DEFAULT_TITLE
    subtitle: str | None = None  # None: the date range
    include_private: bool = False
    include_strip: bool = False
    span: tuple[float, float] | None = None  # None: everything
    lens: str = squiggle.FEEL_LENS
    label_spacing: int = 80  # pixels of width per label (at scale 1); smaller = denser
    # (entry id, text) of the moments to label, with the text to show (the entry is not
    # changed); None: the automatic choice.
    labels: tuple[tuple[int, str], ...] | None = None


def shareable(cols: EntryColumns, include_private: bool) -> EntryColumns:
    """What may appear in a picture. Notes never do; private entries only when asked."""
    keep = cols.kind != KIND_CODES[Kind.NOTE.value]
    if not include_private:
        keep &= ~cols.private
    return cols.take(keep)


def scale_for(width: int, height: int) -> float:
    # Text grows with the picture's area, so it stays readable from post to poster.
    return max(0.6, 1.5 * math.sqrt(width * height / (1920 * 1080)))


def default_subtitle(span: tuple[float, float] | None) -> str:
    if span is None:
        return ""
    a, b = (position_to_date(v).year for v in span)
    return f"{a} – {b}" if a != b else str(a)


class Picture:
    """The off-screen scene for one picture; reuse it for a live preview."""

    def __init__(self):
        self.widget = pg.GraphicsLayoutWidget()
        # Shown without appearing anywhere, so layouts get real sizes with no display.
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def render(self, entries: Sequence[Entry] | EntryColumns, checkins: Sequence[CheckIn],
               chapters: Sequence[Chapter], spec: PictureSpec,
               now: float | None = None) -> QtGui.QImage:
        now = time.time() if now is None else now
        w, h = spec.width, spec.height
        scale = scale_for(w, h)
        theme = SHARE.scaled(scale)
        cols = entries if isinstance(entries, EntryColumns) else EntryColumns.from_entries(entries)
        shown = shareable(cols, spec.include_private)
        if spec.span:
            shown = shown.take((shown.pos >= spec.span[0]) & (shown.pos <= spec.span[1]))
        data = squiggle.build_columns(shown, checkins, spec.lens)
        span = spec.span or _span(data, chapters, checkins if spec.include_strip else (), now)

        lay = self.widget
        lay.clear()
        lay.setBackground(theme.background)
        lay.ci.setContentsMargins(*(round(v * scale) for v in (28, 18, 36, 14)))
        lay.ci.setSpacing(round(4 * scale))
        title = pg.LabelItem(spec.title, color=theme.foreground, size=f"{round(26 * scale)}px",
                             bold=True, justify="left")
        subtitle_text = default_subtitle(span) if spec.subtitle is None else spec.subtitle
        subtitle = pg.LabelItem(subtitle_text, color=theme.muted, size=f"{round(15 * scale)}px",
                                justify="left")
        lay.addItem(title, row=0, col=0)
        lay.addItem(subtitle, row=1, col=0)
        plot = lay.addPlot(row=2, col=0, axisItems={"bottom": pg.DateAxisItem()})
        plot.hideButtons()
        layer = SquiggleLayer(plot, theme, interactive=False)
        layer.label_spacing = spec.label_spacing
        if spec.labels is not None:
            rows = {int(i): n for n, i in enumerate(data.ids)}
            layer.labels.fixed = {rows[i]: t for i, t in spec.labels if i in rows}
        self.layer = layer
        row = 3
        if spec.include_strip:
            strip = lay.addPlot(row=row, col=0, axisItems={"bottom": pg.DateAxisItem()})
            strip_lines = _draw_strip(strip, checkins, theme, scale)
            strip.setXLink(plot)
            plot.getAxis("bottom").setStyle(showValues=False)
            lay.ci.layout.setRowFixedHeight(row, round(h * 0.2))
            row += 1
        lay.addItem(layer.legend, row=row, col=0)
        if spec.include_strip:
            for name, line in strip_lines.items():
                layer.legend.addItem(line, name)
        footer = pg.LabelItem("Made with Career Squiggle", color=theme.muted,
                              size=f"{round(10 * scale)}px", justify="right")
        lay.addItem(footer, row=row + 1, col=0)
        lay.ci.layout.setRowStretchFactor(2, 10)
        if layer.legend is not None:
            _legend_without_notes(layer)
            # As many columns as the width allows: a legend wider than the picture would
            # push the plot out of it.
            layer.legend.setColumnCount(max(1, min(7, int(w / (190 * scale)))))

        lay.resize(w, h)
        lay.show()
        QtCore.QCoreApplication.processEvents()
        layer.set_data(data, chapters, now=now)
        layer.fit_all(span)
        QtCore.QCoreApplication.processEvents()
        layer._on_range()

        image = QtGui.QImage(w, h, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor(theme.background))
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        lay.scene().render(painter, QtCore.QRectF(0, 0, w, h), QtCore.QRectF(0, 0, w, h))
        painter.end()
        self.last_labels = layer.visible_labels()
        self.last_data = data
        return image

    def svg_bytes(self, width: int, height: int) -> bytes:
        """The scene last rendered, as SVG (vector, text stays text)."""
        from PySide6.QtSvg import QSvgGenerator

        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        gen = QSvgGenerator()
        gen.setOutputDevice(buffer)
        gen.setSize(QtCore.QSize(width, height))
        gen.setViewBox(QtCore.QRect(0, 0, width, height))
        gen.setTitle("Career squiggle")
        painter = QtGui.QPainter(gen)
        self.widget.scene().render(painter, QtCore.QRectF(0, 0, width, height),
                                   QtCore.QRectF(0, 0, width, height))
        painter.end()
        return bytes(buffer.data())

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()


def _span(data, chapters: Sequence[Chapter], checkins: Sequence[CheckIn], now: float):
    xs = [data.x]
    xs += [np.array(c.span(now)) for c in chapters]
    xs += [np.array([c.date.position() for c in checkins])]
    allx = np.concatenate([a for a in xs if a.size]) if any(a.size for a in xs) else np.empty(0)
    return (float(allx.min()), float(allx.max())) if allx.size else None


def _legend_without_notes(layer: SquiggleLayer) -> None:
    for sample, label in list(layer.legend.items):
        if label.text == "Note":
            layer.legend.removeItem(sample.item)


def _draw_strip(plot: pg.PlotItem, checkins: Sequence[CheckIn], theme, scale: float) -> dict:
    plot.hideButtons()
    plot.getViewBox().setBackgroundColor(theme.background)
    plot.showGrid(x=True, y=True, alpha=theme.grid_alpha)
    font = QtGui.QFont(theme.font_family)
    font.setPixelSize(max(9, round(12 * scale)))
    for name in ("bottom", "left"):
        ax = plot.getAxis(name)
        ax.setPen(pg.mkPen(theme.muted))
        ax.setTextPen(pg.mkPen(theme.foreground))
        ax.setStyle(tickFont=font, tickLength=round(-6 * scale))
    plot.getAxis("left").setTicks([[(0, "0"), (5, "5"), (10, "10")]])
    plot.getAxis("left").setWidth(round(58 * scale))
    plot.setYRange(-0.5, 10.5, padding=0)
    plot.getAxis("left").setLabel("A · M · P", color=theme.muted,
                                  **{"font-size": f"{round(12 * scale)}px"})
    ordered = sorted(checkins, key=lambda c: c.date.position())
    x = np.array([c.date.position() for c in ordered])
    lines = {}
    for dim, (colour, symbol) in DRIVE_STYLES.items():
        c = theme.colour(colour)
        lines[dim.capitalize()] = plot.plot(x, np.array([getattr(ck, dim) for ck in ordered],
                                                        dtype=float),
                  pen=pg.mkPen(c, width=2 * scale), symbol=symbol, symbolSize=7 * scale,
                  symbolBrush=pg.mkBrush(c), symbolPen=pg.mkPen(theme.background),
                  )
    return lines


def encode_png(image: QtGui.QImage) -> bytes:
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
