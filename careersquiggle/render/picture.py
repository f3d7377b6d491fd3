"""Pictures to share: the squiggle rendered off-screen at an exact size.

Privacy and redaction are decided here, before anything is drawn: private
entries are left out unless asked for, notes (the kind, and any entry's notes
text) never appear, and the redaction presets change the data itself, so what
is hidden cannot reach pixels, vector text, metadata or the alt text.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from careersquiggle.core import squiggle
from careersquiggle.core.alt_text import AltText, describe
from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.dates import position_to_date
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, translate
from careersquiggle.core.labels import extremes
from careersquiggle.core.model import Chapter, CheckIn, Entry, Kind
from careersquiggle.core.packed import KIND_CODES
from careersquiggle.core.redaction import Redaction, organisations, redact_chapters, scrub
from careersquiggle.core.squiggle import Marker
from careersquiggle.render.local_dates import LocalDateAxis, ValueAxis
from careersquiggle.render.picture_axes import hide_numbers, year_ticks
from careersquiggle.render.squiggle import SquiggleLayer
from careersquiggle.render.theme import DRIVE_STYLES, PICTURE_THEMES

PRESETS = {"slide": (1920, 1080), "post": (1200, 675), "square": (1080, 1080),
           "story": (1080, 1920)}
SCALES = (1, 2, 3)
THEMES = tuple(PICTURE_THEMES)
MIN_SIDE, MAX_SIDE = 320, 8000
MAX_PIXELS_SIDE = 12000  # width or height × scale: beyond this the image alone is gigabytes
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Picture", "My career squiggle")


def default_title() -> str:
    """The title a picture gets until the user writes one, in the reader's language."""
    return translate("Picture", DEFAULT_TITLE)


@dataclass(frozen=True)
class PictureSpec:
    width: int = 1920  # in logical pixels; the file has width × scale pixels
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
    scale: int = 1  # device-pixel ratio: 2 gives twice the pixels, text the same apparent size
    theme: str = "light"
    source: str = ""  # an optional source line at the bottom
    redaction: Redaction = field(default_factory=Redaction)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.scale, self.height * self.scale


def shareable(cols: EntryColumns, include_private: bool) -> EntryColumns:
    """What may appear in a picture. Notes never do; private entries only when asked."""
    keep = cols.kind != KIND_CODES[Kind.NOTE.value]
    if not include_private:
        keep &= ~cols.private
    return cols.take(keep)


def scale_for(width: int, height: int) -> float:
    """Text size for a picture. Pictures are mostly seen on phones, shown at the phone's
    width: text grows with the width (up to a slide's) so a post or a story stays readable
    there, and with the area beyond that, so a poster is not all margin."""
    phone = min(width, 1500) / 640
    return max(0.6, phone, 1.5 * math.sqrt(width * height / (1920 * 1080)))


def default_subtitle(span: tuple[float, float] | None) -> str:
    if span is None:
        return ""
    a, b = (position_to_date(v).year for v in span)
    return f"{a} – {b}" if a != b else str(a)


def key_moments(data: squiggle.SquiggleData) -> list[int]:
    """The moments a "key moments only" picture labels: the lowest and highest, and those
    marked key; when none is marked, the turns (shocks and preference shifts)."""
    marked = np.flatnonzero(data.key) if data.key.size == len(data) else np.empty(0, np.int64)
    turns = np.flatnonzero(np.isin(data.marker, [Marker.SHIFT, Marker.WINDFALL, Marker.SETBACK]))
    chosen = marked if marked.size else turns
    return sorted(set(extremes(data.y, data.felt)) | {int(i) for i in chosen})


class Picture:
    """The off-screen scene for one picture; reuse it for a live preview."""

    def __init__(self):
        self.widget = pg.GraphicsLayoutWidget()
        # Shown without appearing anywhere, so layouts get real sizes with no display.
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.alt = AltText("", "")
        self.shown: list[tuple[int, str]] = []  # (entry id, text) of the labels drawn

    def render(self, entries: Sequence[Entry] | EntryColumns, checkins: Sequence[CheckIn],
               chapters: Sequence[Chapter], spec: PictureSpec,
               now: float | None = None) -> QtGui.QImage:
        now = time.time() if now is None else now
        w, h = spec.width, spec.height
        red = spec.redaction
        scale = scale_for(w, h)
        theme = PICTURE_THEMES[spec.theme].scaled(scale)
        transparent = spec.theme == "transparent"
        cols = entries if isinstance(entries, EntryColumns) else EntryColumns.from_entries(entries)
        shown = shareable(cols, spec.include_private)
        if spec.span:
            shown = shown.take((shown.pos >= spec.span[0]) & (shown.pos <= spec.span[1]))
        names = organisations(chapters) if red.hide_orgs else []
        if names:
            shown = replace(shown, titles=[scrub(t, names) for t in shown.titles])
        chapters = redact_chapters(chapters, red.hide_orgs)
        data = squiggle.build_columns(shown, checkins, spec.lens)
        span = spec.span or _span(data, chapters, checkins if spec.include_strip else (), now)

        lay = self.widget
        lay.clear()
        lay.setBackground(None if transparent else theme.background)
        portrait = h > w * 1.2
        lay.ci.setContentsMargins(*(round(v * scale) for v in (28, 18, 36, 14)))
        lay.ci.setSpacing(round(4 * scale))
        title = pg.LabelItem(_html(spec.title), color=theme.foreground,
                             size=f"{round((26 if portrait else 22) * scale)}px", bold=True,
                             justify="left")
        subtitle_text = default_subtitle(span) if spec.subtitle is None else spec.subtitle
        subtitle = pg.LabelItem(_html(subtitle_text), color=theme.muted,
                                size=f"{round(14 * scale)}px", justify="left")
        lay.addItem(title, row=0, col=0)
        lay.addItem(subtitle, row=1, col=0)
        plot = lay.addPlot(row=2, col=0, axisItems={"bottom": LocalDateAxis(),
                                                       "left": ValueAxis()}, enableMenu=False)
        plot.hideButtons()
        layer = SquiggleLayer(plot, theme, interactive=False)
        if transparent:
            plot.getViewBox().setBackgroundColor(None)
        # A tall picture has room for labels above and below each other: more of them.
        layer.label_spacing = spec.label_spacing * (math.sqrt(w / h) if portrait else 1.0)
        if spec.labels is not None or red.key_only:
            rows = {int(i): n for n, i in enumerate(data.ids)}
            if spec.labels is not None:
                fixed = {rows[i]: t for i, t in spec.labels if i in rows}
            else:
                fixed = {}
            if red.key_only:
                keys = set(key_moments(data))
                fixed = ({k: t for k, t in fixed.items() if k in keys} if spec.labels is not None
                         else {k: data.titles[k] for k in keys})
            layer.labels.fixed = {k: scrub(t, names) for k, t in fixed.items()}
        layer.labels.reach = 4  # a picture is drawn once: look further for room
        self.layer = layer
        row = 3
        strip = None
        if spec.include_strip:
            strip = lay.addPlot(row=row, col=0, axisItems={"bottom": LocalDateAxis()},
                                enableMenu=False)
            strip_lines = _draw_strip(strip, checkins, theme, scale, transparent)
            strip.setXLink(plot)
            plot.getAxis("bottom").setStyle(showValues=False)
            lay.ci.layout.setRowFixedHeight(row, round(h * (0.12 if portrait else 0.2)))
            row += 1
        legend = layer.legend
        assert legend is not None  # a layer has one unless asked not to
        lay.addItem(legend, row=row, col=0)
        if spec.include_strip:
            for name, line in strip_lines.items():
                legend.addItem(line, name)
        foot = pg.GraphicsLayout()
        foot.addItem(pg.LabelItem(_html(spec.source), color=theme.muted,
                                  size=f"{round(11 * scale)}px", justify="left"), row=0, col=0)
        made = translate("Picture", "Made with Career Squiggle")
        foot.addItem(pg.LabelItem(made, color=theme.muted, size=f"{round(10 * scale)}px",
                                  justify="right"), row=0, col=1)
        lay.addItem(foot, row=row + 1, col=0)
        lay.ci.layout.setRowStretchFactor(2, 10)
        if layer.legend is not None:
            _legend_without_notes(layer)
            for _sample, label in layer.legend.items:  # a key, not the story: small text
                label.setText(label.text, size=f"{round(11 * scale)}px", color=theme.foreground)
            # As many columns as the width allows: a legend wider than the picture would
            # push the plot out of it.
            layer.legend.setColumnCount(max(1, min(7, int(w / (160 * scale)))))

        lay.resize(w, h)
        lay.show()
        _settle(lay, plot)
        layer.set_data(data, chapters, now=now)
        layer.fit_all(span)
        _room_for_chapter_titles(layer, bool(chapters))
        if red.hide_feel:
            hide_numbers(plot.getAxis("left"))
            if strip is not None:
                hide_numbers(strip.getAxis("left"), (0, 5, 10))
        if red.years_only:
            (x0, x1), _ = plot.getViewBox().viewRange()
            axis = (strip or plot).getAxis("bottom")
            axis.setTicks([year_ticks(x0, x1, max(2, int(w / (90 * scale))))])
        _settle(lay, plot)
        layer.redraw()  # the feel axis may have moved: place the labels again

        image = self.paint(spec)
        self.last_labels = layer.visible_labels()
        self.last_data = data
        self.shown = [(int(data.ids[i]), t)
                      for i, t in zip(layer.labels.shown, self.last_labels, strict=True)]
        labelled = list(zip(layer.labels.shown, self.last_labels, strict=False))
        own_title = ("" if spec.title.strip() in (DEFAULT_TITLE, default_title())
                     else spec.title.strip())
        self.alt = describe(data, chapters, span, labelled, now, hide_feel=red.hide_feel,
                            title=own_title)
        return image

    def paint(self, spec: PictureSpec) -> QtGui.QImage:
        """The scene last laid out, as an image at the spec's scale."""
        w, h = spec.width, spec.height
        pw, ph = spec.pixel_size
        transparent = spec.theme == "transparent"
        image = QtGui.QImage(pw, ph, QtGui.QImage.Format.Format_ARGB32 if transparent
                             else QtGui.QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(spec.scale)  # drawn in logical pixels, stored at scale
        image.fill(QtGui.QColor(0, 0, 0, 0) if transparent
                   else QtGui.QColor(PICTURE_THEMES[spec.theme].background))
        painter = QtGui.QPainter(image)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        self.widget.scene().render(painter, QtCore.QRectF(0, 0, w, h), QtCore.QRectF(0, 0, w, h))
        painter.end()
        return image

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()


def _settle(lay: pg.GraphicsLayoutWidget, plot: pg.PlotItem) -> None:
    """Let the layout finish: the same picture must come out the same, pixel for pixel,
    however busy the machine (a layout pass can take several rounds of events)."""
    last = None
    for _ in range(20):
        lay.ci.layout.activate()
        QtCore.QCoreApplication.processEvents()
        now = (plot.vb.sceneBoundingRect(), plot.getAxis("left").width(),
               plot.getAxis("bottom").height())
        if now == last:
            return
        last = now


def _room_for_chapter_titles(layer: SquiggleLayer, any_chapters: bool) -> None:
    """Stretch the feel axis upwards just enough for the chapter titles' rows above +5,
    whatever the picture's height."""
    from careersquiggle.render.squiggle import Y_RANGE

    h = float(layer.vb.height())
    # Without chapters, a line of label text above +5 keeps the highest moment labelled.
    rows = (layer.labels.title_rows_height() if any_chapters
            else layer.labels.fm.lineSpacing() * 1.6)
    if h <= rows * 1.5:
        return
    lo, clear = Y_RANGE[0], 5.6  # markers at +5 stay clear of the titles
    frac = rows / h
    layer.vb.setYRange(lo, (clear - lo * frac) / (1 - frac), padding=0)


def _html(text: str) -> str:
    """LabelItem shows rich text: the user's own text is shown as written."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if text else "")


def _span(data, chapters: Sequence[Chapter], checkins: Sequence[CheckIn], now: float):
    xs = [data.x]
    xs += [np.array(c.span(now)) for c in chapters]
    xs += [np.array([c.date.position() for c in checkins])]
    allx = np.concatenate([a for a in xs if a.size]) if any(a.size for a in xs) else np.empty(0)
    return (float(allx.min()), float(allx.max())) if allx.size else None


def _legend_without_notes(layer: SquiggleLayer) -> None:
    legend = layer.legend
    assert legend is not None  # a layer has one unless asked not to
    for sample, label in list(legend.items):
        if label.text == "Note":
            legend.removeItem(sample.item)


def _draw_strip(plot: pg.PlotItem, checkins: Sequence[CheckIn], theme, scale: float,
                transparent: bool) -> dict:
    plot.hideButtons()
    plot.getViewBox().setBackgroundColor(None if transparent else theme.background)
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
    plot.getAxis("left").setLabel(translate("Picture", "A · M · P"), color=theme.muted,
                                  **{"font-size": f"{round(12 * scale)}px"})
    ordered = sorted(checkins, key=lambda c: c.date.position())
    x = np.array([c.date.position() for c in ordered])
    lines = {}
    for dim, (colour, symbol) in DRIVE_STYLES.items():
        c = theme.colour(colour)
        lines[dim.capitalize()] = plot.plot(
            x, np.array([getattr(ck, dim) for ck in ordered], dtype=float),
            pen=pg.mkPen(c, width=2 * scale), symbol=symbol, symbolSize=7 * scale,
            symbolBrush=pg.mkBrush(c), symbolPen=pg.mkPen(theme.background))
    return lines
