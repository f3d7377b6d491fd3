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

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems import DateAxisItem as _date_axis
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset
from PySide6.QtCore import QDate, QLocale, QTimeZone

from careersquiggle.core import dates
from careersquiggle.core.dates import FuzzyDate

_LONG, _SHORT = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
# The weekday in a long date format ("dddd, d MMMM yyyy") and what joins it to the rest.
_WEEKDAY = re.compile(r"\s*d{3,4}\s*[,.]?\s*")
# The zoom levels whose ticks are kept between steps (see LocalDateAxis.tickValues): years,
# months and days, each a fixed lattice of times (pyqtgraph's steppers for them count from
# the epoch or from a year's start, never from the view's edge). Finer ones are left alone.
_LATTICE_LEVELS = (_date_axis.YEAR_MONTH_ZOOM_LEVEL, _date_axis.MONTH_DAY_ZOOM_LEVEL)


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
    (pyqtgraph formats them with strftime, which speaks the C locale).

    Its ticks are the same as pyqtgraph's, worked out with less on every pan and zoom
    step: which times get a tick (years, months, days) is a fixed lattice, so the lattice
    is prepared for a stretch three views wide and each step takes its part of it; a
    tick's text is kept once made (a tick's time and format say what it reads)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Time has no SI prefix; with it on, every pan and zoom re-lays out the axis label.
        self.enableAutoSIPrefix(False)
        # (tick spec, skip factor, utc offset, zone) -> (from, to, lattice times, their ticks)
        self._lattices: dict[tuple, tuple[float, float, np.ndarray, np.ndarray]] = {}
        self._texts: dict[tuple, str] = {}  # (format, spacing, offset, zone, locale, time) -> text

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph's name)
        density = (maxVal - minVal) / size
        self.setZoomLevelForDensity(density)
        level = self.zoomLevel
        lo_ok, hi_ok = _date_axis.MIN_REGULAR_TIMESTAMP, _date_axis.MAX_REGULAR_TIMESTAMP
        if level not in _LATTICE_LEVELS or not lo_ok < minVal < maxVal < hi_ok:
            return level.tickValues(minVal, maxVal, minSpc=self.minSpacing)
        # ZoomLevel.tickValues, with each spec's ticks taken from its lattice.
        min_spc = self.minSpacing
        all_ticks = np.array([])
        value_specs = []
        for spec in level.tickSpecs:
            lo, hi = level.extendTimeRangeForSpacing(spec.spacing, minVal, maxVal)
            skip = spec.skipFactor(min_spc)
            ticks = self._lattice_ticks(spec, skip, lo, hi, maxVal - minVal)
            # np.isclose(all_ticks, ticks[:, np.newaxis], rtol=0, atol=...) for finite times
            close = np.any(np.abs(all_ticks - ticks[:, np.newaxis]) <= min_spc * 0.01, axis=-1)
            ticks = ticks[~close]
            all_ticks = np.concatenate([all_ticks, ticks])
            value_specs.append((spec.spacing, ticks.tolist()))
            if skip > 1:
                break
        return value_specs

    def _lattice_ticks(self, spec, skip: int, lo: float, hi: float, span: float) -> np.ndarray:
        """``spec.makeTicks`` from lo to hi moved to local time, as pyqtgraph's
        ``ZoomLevel.tickValues`` makes them: every lattice time after lo up to hi."""
        # (local time: the system's time zone, should it change while the window is open)
        key = (spec, skip, self.utcOffset, QTimeZone.systemTimeZoneId())
        have = self._lattices.get(key)
        if have is None or not (have[0] <= lo and hi <= have[1]):
            start = max(lo - span, _date_axis.MIN_REGULAR_TIMESTAMP)
            end = min(hi + span, _date_axis.MAX_REGULAR_TIMESTAMP)
            times = []
            x = spec.step(start, skip, first=True)
            while x <= end:
                times.append(x)
                x = spec.step(x, skip, first=False)
            utc = np.array(times, dtype=float)
            ticks = self.zoomLevel.moveTicksToLocalTimeCoords(utc.copy(), spec.spacing, skip)
            if len(self._lattices) > 64:
                self._lattices.clear()
            have = self._lattices[key] = (start, end, utc, np.asarray(ticks, dtype=float))
        _start, _end, utc, ticks = have
        i0, i1 = np.searchsorted(utc, [lo, hi], side="right")
        return ticks[i0:i1].copy()

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        head = (None if spec is None else spec.format, spacing, self.utcOffset,
                QTimeZone.systemTimeZoneId(), QLocale().name())
        texts = self._texts
        if any((*head, v) not in texts for v in values):
            if len(texts) > 20_000:
                texts.clear()
            for v, text in zip(values, self._tick_strings(values, scale, spacing),
                               strict=True):
                texts[(*head, v)] = text
        return [texts[(*head, v)] for v in values]

    def _tick_strings(self, values, scale, spacing):
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
