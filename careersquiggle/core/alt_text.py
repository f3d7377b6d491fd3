"""Alt text for a picture: the shape in words, short (under 250 characters) and long.

Built only from what the picture shows (after privacy and redaction), so it
cannot say more than the pixels do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from careersquiggle.core.dates import position_to_date
from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.labels import extremes
from careersquiggle.core.model import Chapter
from careersquiggle.core.squiggle import DRIVE_LENS, SquiggleData

SHORT_LIMIT = 250


AltWords = Context("AltWords")

@dataclass(frozen=True)
class AltText:
    short: str
    long: str

    def as_text(self) -> str:
        return f"{self.short}\n\n{self.long}\n"


def _year(pos: float) -> int:
    return position_to_date(pos).year


def _years(lo: float, hi: float) -> str:
    a, b = _year(lo), _year(hi)
    return str(a) if a == b else f"{a}–{b}"


def _feel(v: float) -> str:
    return f"{v:+.0f}".replace("-", "−")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,;:") + "…"


def describe(data: SquiggleData, chapters: Sequence[Chapter], span: tuple[float, float] | None,
             labelled: Sequence[tuple[int, str]], now: float, *, hide_feel: bool = False,
             title: str = "") -> AltText:
    """``labelled``: (data index, text as drawn) of the labelled moments."""
    what = AltWords.tr("drive") if data.lens == DRIVE_LENS else AltWords.tr("how work felt")
    if span is None or not len(data):
        empty = AltWords.tr("an empty career squiggle.")
        short = f"{title}: {empty}" if title else empty
        return AltText(_clip(short, SHORT_LIMIT - 1),
                       AltWords.tr("A career squiggle with no moments yet."))
    when = _years(*span)
    n_ch = len(chapters)
    chap = AltWords.tr(", %n chapters", "", n_ch) if n_ch else ""
    shown_name = {"Low": AltWords.tr("Low"), "High": AltWords.tr("High")}
    text = dict(labelled)
    ext = extremes(data.y, data.felt) if data.lens != DRIVE_LENS else []
    parts = []
    for name, i in zip(("Low", "High"), sorted(ext, key=lambda k: data.y[k]), strict=False):
        # Only what the picture labels is named; otherwise just when it was.
        label = text.get(i)
        value = "" if hide_feel else f" {_feel(data.y[i])}"
        parts.append((name, label, _year(data.x[i]), value))

    def short_with(limit: int) -> str:
        head = fill(AltWords.tr("Career squiggle of %1, %2%3"), what, when, chap)
        bits = [f"{title}: {head}" if title else head]
        for name, label, year, value in parts:
            bits.append(f"{shown_name[name]}: {_clip(label, limit) + ' ' if label else ''}"
                        f"({year}{value})")
        trend = _trend(data)
        if trend:
            bits.append(trend)
        return ". ".join(bits) + "."

    short = short_with(80)
    for limit in (60, 45, 30, 20):
        if len(short) < SHORT_LIMIT:
            break
        short = short_with(limit)
    short = _clip(short, SHORT_LIMIT - 1)

    lines = [fill(AltWords.tr("A line of %1 over time, %2, through %n moments", "", len(data)),
                  what, when)
             + ("" if hide_feel else AltWords.tr(", on a scale from −5 to +5")) + "."]
    if chapters:
        lines.append(fill(AltWords.tr("Chapters: %1."), "; ".join(
            f"{' '.join(c.title.split())} ({_years(*c.span(now))})" for c in chapters)))
    for name, label, year, value in parts:
        word = AltWords.tr("Lowest") if name == "Low" else AltWords.tr("Highest")
        named = label + ", " if label else ""
        lines.append(f"{word}: {named}{year}{',' + value if value else ''}.")
    if labelled:
        order = sorted(labelled, key=lambda t: data.x[t[0]])
        lines.append(fill(AltWords.tr("Labelled moments: %1."), "; ".join(
            f"{_year(data.x[i])} {t}"
            + ("" if hide_feel or not data.felt[i] else f" ({_feel(data.y[i])})")
            for i, t in order)))
    return AltText(short, " ".join(lines))


def _trend(data: SquiggleData) -> str:
    """How the line ends compared with where it started."""
    if data.anchor_y.size < 2:
        return ""
    first, last = float(np.mean(data.anchor_y[:2])), float(np.mean(data.anchor_y[-2:]))
    if last - first > 1:
        return AltWords.tr("It ends higher than it began")
    if first - last > 1:
        return AltWords.tr("It ends lower than it began")
    return AltWords.tr("It ends about where it began")
