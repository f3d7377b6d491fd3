"""Fuzzy dates: memories are "2014" or "March 2019", not timestamps.

A date keeps the precision it was written with. On a time axis it sits at the
middle of the period it names (mid-year, mid-month, or noon of the day).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from enum import Enum

from careersquiggle.core.errors import ValidationError

# ASCII digits only, so the date is stored exactly as it was written.
_PATTERN = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*\Z", re.ASCII)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MONTHS = [calendar.month_name[m] for m in range(13)]


class Precision(str, Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@functools.lru_cache(maxsize=65536)
def _ts(year: int, month: int, day: int, hour: int = 0) -> float:
    # Cached: a lifetime of entries shares a few thousand distinct days.
    return (dt.datetime(year, month, day, hour, tzinfo=dt.UTC) - _EPOCH).total_seconds()


@dataclass(frozen=True, order=False)
class FuzzyDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1000 <= self.year <= 9999:
            raise ValidationError(f"the year {self.year} is out of range (1000-9999)")
        if self.month is None and self.day is not None:
            raise ValidationError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(f"there is no month {self.month}; months run from 1 to 12")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValidationError(
                    f"{_MONTHS[self.month]} {self.year} has no day {self.day} (it has {last} days)"
                )

    # -- construction ---------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        if isinstance(text, str) and cls is FuzzyDate:
            return _parse_cached(text)  # dates repeat across a journal; instances are immutable
        return cls._parse(text)

    @classmethod
    def _parse(cls, text: str) -> FuzzyDate:
        if not isinstance(text, str):
            raise ValidationError("a date must be text like 2014, 2014-03 or 2014-03-03, not "
                                  f"{text!r}")
        m = _PATTERN.match(text)
        if not m:
            raise ValidationError(
                f"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2014, 2014-03, "
                "2014-03-03)"
            )
        year, month, day = (int(g) if g else None for g in m.groups())
        return cls(year, month, day)

    @classmethod
    def from_date(cls, d: dt.date) -> FuzzyDate:
        return cls(d.year, d.month, d.day)

    @classmethod
    def today(cls) -> FuzzyDate:
        return cls.from_date(dt.date.today())

    # -- views ----------------------------------------------------------
    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def __str__(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def label(self) -> str:
        """Human form, as precise as written: '2014', 'March 2019', '3 March 2019'."""
        if self.day is not None:
            return f"{self.day} {_MONTHS[self.month]} {self.year}"
        if self.month is not None:
            return f"{_MONTHS[self.month]} {self.year}"
        return str(self.year)

    def start(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def end(self) -> dt.date:
        """The last day of the period the date names."""
        if self.day is not None:
            return self.start()
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def position(self) -> float:
        """Seconds since 1970 (UTC) of the middle of the period: where it sits on a time axis."""
        if self.day is not None:
            return _ts(self.year, self.month, self.day, 12)
        if self.month is not None:
            return _ts(self.year, self.month, 15, 12)
        return _ts(self.year, 7, 2, 12)

    def start_position(self) -> float:
        s = self.start()
        return _ts(s.year, s.month, s.day)

    def end_position(self) -> float:
        """Seconds since 1970 of the end of the last day of the period."""
        e = self.end()
        return _ts(e.year, e.month, e.day) + 86400.0


@functools.lru_cache(maxsize=65536)
def _parse_cached(text: str) -> FuzzyDate:
    return FuzzyDate._parse(text)


def parse_optional(text: str | None) -> FuzzyDate | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return FuzzyDate.parse(text)


def position_to_date(pos: float) -> dt.date:
    return (_EPOCH + dt.timedelta(seconds=pos)).date()


def date_to_position(d: dt.date) -> float:
    return _ts(d.year, d.month, d.day, 12)
