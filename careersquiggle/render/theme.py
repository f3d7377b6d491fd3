"""Colours and sizes. Okabe–Ito colours stay distinct for colour-blind eyes;
marker shapes differ too, so nothing depends on colour alone."""

from __future__ import annotations

from dataclasses import dataclass, replace

from careersquiggle.core.i18n import QT_TRANSLATE_NOOP
from careersquiggle.core.squiggle import Marker

OKABE_ITO = {
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
}

# marker -> (pyqtgraph symbol, colour key, size at scale 1, legend label: translate("Legend", …))
MARKERS = {
    Marker.EVENT: ("o", "blue", 11, QT_TRANSLATE_NOOP("Legend", "Career event")),
    Marker.SHIFT: ("d", "purple", 13, QT_TRANSLATE_NOOP("Legend", "Preference shift")),
    Marker.WINDFALL: ("t1", "green", 13, QT_TRANSLATE_NOOP("Legend", "Windfall")),
    Marker.SETBACK: ("t", "vermillion", 13, QT_TRANSLATE_NOOP("Legend", "Setback")),
    Marker.NOTE: ("o", "note", 6, QT_TRANSLATE_NOOP("Legend", "Note")),
}

# autonomy / mastery / purpose: colour and a distinct shape each.
DRIVE_STYLES = {
    "autonomy": ("orange", "o"),
    "mastery": ("sky", "s"),
    "purpose": ("green", "t1"),
}


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    muted: str
    grid_alpha: float
    curve: str
    note: str
    band_colours: tuple[str, ...]
    band_alpha: int
    label_background: str
    font_family: str = "DejaVu Sans"
    scale: float = 1.0
    # High contrast: heavier lines, solid edges where translucency alone told things
    # apart, a rim on every marker and a note marker with a shape of its own.
    high_contrast: bool = False
    line_width: float = 2.6  # the squiggle's line at scale 1
    marker_rim: str = ""  # "" : the background (light) or a pale rim (dark)
    band_edge: str = ""  # a solid line at each chapter's edges; "" : none
    note_symbol: str = "o"
    note_size: float = 6  # a note's marker at scale 1

    def colour(self, key: str) -> str:
        if key == "note":
            return self.note
        return OKABE_ITO[key]

    def symbol(self, marker: Marker) -> str:
        return self.note_symbol if marker == Marker.NOTE else MARKERS[marker][0]

    def size(self, marker: Marker) -> float:
        return self.note_size if marker == Marker.NOTE else MARKERS[marker][2]

    def scaled(self, scale: float) -> Theme:
        return replace(self, scale=scale)


LIGHT = Theme(
    name="light", background="#FFFFFF", foreground="#222222", muted="#6B6B6B",
    grid_alpha=0.12, curve="#3A3A3A", note="#8A8A8A",
    band_colours=("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#0072B2", "#F0E442"),
    band_alpha=34, label_background="#FFFFFFD0",
)

DARK = Theme(
    name="dark", background="#1E1F22", foreground="#E6E6E6", muted="#A0A0A0",
    grid_alpha=0.18, curve="#E0E0E0", note="#B0B0B0",
    band_colours=("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#0072B2", "#F0E442"),
    band_alpha=40, label_background="#1E1F22D0",
)

HIGH_CONTRAST_LIGHT = replace(
    LIGHT, foreground="#000000", muted="#000000", grid_alpha=0.35, curve="#000000",
    note="#000000", band_alpha=40, label_background="#FFFFFF", high_contrast=True,
    line_width=3.6, marker_rim="#000000", band_edge="#000000", note_symbol="x", note_size=10,
)

HIGH_CONTRAST_DARK = replace(
    DARK, background="#000000", foreground="#FFFFFF", muted="#FFFFFF", grid_alpha=0.4,
    curve="#FFFFFF", note="#FFFFFF", band_alpha=48, label_background="#000000",
    high_contrast=True, line_width=3.6, marker_rim="#FFFFFF", band_edge="#FFFFFF",
    note_symbol="x", note_size=10,
)


def theme_for(dark: bool, high_contrast: bool) -> Theme:
    """The window's theme for the palette's lightness and the contrast asked for."""
    if high_contrast:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def grid_lines(plot, theme: Theme, levels, grid=None):
    """Faint horizontal lines at ``levels``, drawn once as one path: pyqtgraph's own grid
    is redrawn with the axes on every pan and zoom step, and costs a quarter of it.
    Returns the item (pass it back to restyle it)."""
    import pyqtgraph as pg
    from PySide6 import QtGui, QtWidgets

    if grid is None:
        grid = QtWidgets.QGraphicsPathItem()
        grid.setZValue(-20)
        plot.addItem(grid, ignoreBounds=True)
        path = QtGui.QPainterPath()
        for v in levels:  # 1875 to 2128 on the time axis: any view of a life fits
            path.moveTo(-3e9, v)
            path.lineTo(5e9, v)
        grid.setPath(path)
    colour = pg.mkColor(theme.foreground)
    colour.setAlphaF(theme.grid_alpha)
    pen = pg.mkPen(colour, width=1)
    pen.setCosmetic(True)
    grid.setPen(pen)
    return grid


# Shared pictures are light unless asked otherwise, whatever the window looks like.
SHARE = LIGHT

# Pictures: light by default; transparent draws the light theme on no background.
PICTURE_THEMES = {"light": LIGHT, "dark": DARK, "transparent": LIGHT}
