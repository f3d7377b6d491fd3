"""Dates as the reader writes them: month names and order from QLocale.

What is stored and exported (JSON, CSV) stays ISO-like ('2019-03'); what is
shown — the window, pictures, the time axis — follows the reader's locale:
"März 2019", "14. März 2019", "March 14, 2019". The one date parser in
core.dates learns the locale's month names from :func:`install`, so a reader
can type what they read.
"""

from __future__ import annotations

import datetime as dt
import re

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset
from PySide6.QtCore import QDate, QLocale

from careersquiggle.core import dates
from careersquiggle.core.dates import FuzzyDate

_LONG, _SHORT = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
# The weekday in a long date format ("dddd, d MMMM yyyy") and what joins it to the rest.
_WEEKDAY = re.compile(r"\s*d{3,4}\s*[,.]?\s*")


def day_format(locale: QLocale) -> str:
    """The locale's long date without the weekday: "d MMMM yyyy", "MMMM d, yyyy"."""
    fmt = _WEEKDAY.sub(" ", locale.dateFormat(_LONG)).strip(" ,")
    return fmt or "d MMMM yyyy"


def label(d: FuzzyDate, locale: QLocale | None = None) -> str:
    """A fuzzy date at the precision it was written, in the reader's words."""
    loc = locale or QLocale()
    if d.day is not None and d.month is not None:
        return loc.toString(QDate(d.year, d.month, d.day), day_format(loc))
    if d.month is not None:
        return f"{loc.standaloneMonthName(d.month, _LONG)} {d.year}"
    return str(d.year)


def day_label(day: dt.date, locale: QLocale | None = None) -> str:
    return label(FuzzyDate.from_date(day), locale)


def month_names(locale: QLocale) -> dict[str, int]:
    """Every way the locale names a month (full and short, in a sentence and alone)."""
    names: dict[str, int] = {}
    for m in range(1, 13):
        for name in (locale.monthName(m, _LONG), locale.monthName(m, _SHORT),
                     locale.standaloneMonthName(m, _LONG), locale.standaloneMonthName(m, _SHORT)):
            key = name.strip().lower().rstrip(".")
            if key and not key.isdigit():
                names[key] = m
    return names


def install(locale: QLocale | None = None) -> None:
    """Show and read dates in ``locale`` (the default locale when None) everywhere."""
    loc = locale or QLocale()
    dates.set_reader_locale(month_names(loc), lambda d: label(d, loc))


def uninstall() -> None:
    dates.set_reader_locale({}, None)


class LocalDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with month and day names in the reader's language
    (pyqtgraph formats them with strftime, which speaks the C locale)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Time has no SI prefix; with it on, every pan and zoom re-lays out the axis label.
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):
        strings = super().tickStrings(values, scale, spacing)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%b", "%a %d"):
            return strings
        loc = QLocale()
        out = []
        for value, text in zip(values, strings, strict=True):
            if not text:
                out.append(text)
                continue
            # The same day pyqtgraph's own label is for.
            shifted = adjustTimestampToPreferredUtcOffset(value, self.utcOffset)
            day = (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=shifted)).date()
            if spec.format == "%b":
                out.append(loc.standaloneMonthName(day.month, _SHORT))
            else:
                out.append(f"{loc.dayName(day.isoweekday(), _SHORT)} {day.day}")
        return out


class ValueAxis(pg.AxisItem):
    """The value axis beside a time axis (feel, drive): its range stays put while time pans
    and zooms, so its ticks are laid out again only when that range itself changes
    (pyqtgraph lays out every axis of a view on any change of its range)."""

    def __init__(self, orientation: str = "left", **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)  # (feel and drive have no units to scale)

    def setRange(self, mn: float, mx: float) -> None:  # noqa: N802 (Qt's name)
        if [mn, mx] != list(getattr(self, "range", ())):  # (no range yet while it is made)
            super().setRange(mn, mx)
