"""Colours and sizes. Okabe–Ito colours stay distinct for colour-blind eyes;
marker shapes differ too, so nothing depends on colour alone."""

from __future__ import annotations

from dataclasses import dataclass, replace

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

# marker -> (pyqtgraph symbol, colour key, size at scale 1, legend label)
MARKERS = {
    Marker.EVENT: ("o", "blue", 11, "Career event"),
    Marker.SHIFT: ("d", "purple", 13, "Preference shift"),
    Marker.WINDFALL: ("t1", "green", 13, "Windfall"),
    Marker.SETBACK: ("t", "vermillion", 13, "Setback"),
    Marker.NOTE: ("o", "note", 6, "Note"),
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

    def colour(self, key: str) -> str:
        if key == "note":
            return self.note
        return OKABE_ITO[key]

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

# Shared pictures are always light, whatever the window looks like.
SHARE = LIGHT
