"""Fuzzy dates: memories are "2014" or "March 2019", not timestamps.

A date keeps the precision it was written with. On a time axis it sits at the
middle of the period it names (mid-year, mid-month, or noon of the day).

The one parser for dates people type (dialogs, filter bar, review, terminal,
imports) is :func:`parse_date`; ``FuzzyDate.parse`` is the same parser with
today's date. It understands:

    2019   2019-03   2019-03-14          (the stored forms)
    Mar 2019   March 2019   2019 March   (a month)
    14 March 2019   March 14, 2019   14th Mar 2019   2019-Mar-14   (a day)
    today   yesterday   this month   last month   this year   last year

Month names come from :func:`month_names`, which takes extra names (e.g. the
reader's own language) so they can be added without touching the grammar.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate

# ASCII digits only, so the date is stored exactly as it was written.
_PATTERN = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*\Z", re.ASCII)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# English names, independent of the process locale: what is shown matches what is parsed.
_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
# Shown in messages and hints as translate("Dates", EXAMPLES): the reader's month and words.
# The month names the terminal shows and reads in the reader's language (the window takes
# them from QLocale instead, see set_reader_locale).
_MONTH_NAMES = (QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
                QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
                QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
                QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
                QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
                QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"))


def _month(number: int) -> str:
    return translate("Dates", _MONTH_NAMES[number - 1])


def _catalogue_months() -> dict[str, int]:
    """English month names and the catalogue's (full and first three letters)."""
    names = {}
    for number, english in enumerate(_MONTH_NAMES, start=1):
        said = translate("Dates", english).strip().lower()
        if said != english.lower():
            names[said] = number
            names.setdefault(said[:3], number)
    return month_names(names) if names else _ENGLISH


EXAMPLES = QT_TRANSLATE_NOOP(
    "Dates", "2019, 2019-03, 2019-03-14, March 2019, 14 March 2019, today, yesterday or last month")


def examples() -> str:
    """How a date may be written, in the reader's language."""
    return translate("Dates", EXAMPLES)


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
            raise ValidationError(fill(translate(
                "Dates", "the year %1 is out of range (1000-9999)"), self.year), field="date")
        if self.month is None and self.day is not None:
            raise ValidationError(translate("Dates", "a day needs a month"), field="date")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValidationError(fill(translate(
                "Dates", "there is no month %1; months run from 1 to 12"), self.month),
                field="date")
        if self.day is not None and self.month is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValidationError(fill(translate(
                    "Dates", "%1 has no day %2 (it has %3 days)"),
                    FuzzyDate(self.year, self.month).label(), self.day, last), field="date")

    # -- construction ---------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        if isinstance(text, str) and cls is FuzzyDate:
            return _parse_cached(text)  # dates repeat across a journal; instances are immutable
        return cls._parse(text)

    @classmethod
    def _parse(cls, text: str) -> FuzzyDate:
        if not isinstance(text, str):
            raise _not_text(text)
        m = _PATTERN.match(text)
        if not m:
            return parse_date(text)
        year, month, day = m.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

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
        """Human form, as precise as written: '2014', 'March 2019', '3 March 2019' (or in
        the reader's language, once the app has called :func:`set_reader_locale`)."""
        if _reader.label is not None:
            return _reader.label(self)
        # Without Qt (the terminal): the month's name and the order from the catalogue.
        if self.day is not None and self.month is not None:
            return fill(translate("Dates", "%1 %2 %3"), self.day, _month(self.month),
                        self.year)
        if self.month is not None:
            return fill(translate("Dates", "%1 %2"), _month(self.month), self.year)
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


def _parse_cached(text: str) -> FuzzyDate:
    m = _PATTERN.match(text)
    if m is None:  # words like "today" mean another date tomorrow: never cached
        return parse_date(text)
    return _parse_stored(text)


@functools.lru_cache(maxsize=65536)
def _parse_stored(text: str) -> FuzzyDate:
    return FuzzyDate._parse(text)


def parse_optional(text: str | None, *, today: dt.date | None = None) -> FuzzyDate | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return FuzzyDate.parse(text) if today is None else parse_date(text, today=today)


# -- dates as people say them -------------------------------------------------

def month_names(extra: Mapping[str, int] | None = None) -> dict[str, int]:
    """Lower-case month name -> month number: English full names and abbreviations,
    plus ``extra`` (e.g. {"märz": 3, "mär": 3}) for names in another language."""
    table: dict[str, int] = {}
    for number, name in enumerate(_MONTHS[1:], start=1):
        table[name.lower()] = number
        table[name[:3].lower()] = number
    table["sept"] = 9
    for name, number in (extra or {}).items():
        if not 1 <= int(number) <= 12:
            raise ValueError(f"month name {name!r}: {number} is not a month number")
        table[name.strip().lower().rstrip(".")] = int(number)
    return table


_ENGLISH = month_names()
_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)?|[^\W\d_]+", re.UNICODE)
_RELATIVE = ("today", "yesterday", "this month", "last month", "this year", "last year")


def parse_date(text: str, *, today: dt.date | None = None,
               extra_months: Mapping[str, int] | None = None) -> FuzzyDate:
    """A date as a person writes it (see the module's docstring), at the precision given.

    Raises ValidationError with one message for any text that is not a date."""
    if not isinstance(text, str):
        raise _not_text(text)
    m = _PATTERN.match(text)
    if m:
        year, month, day = m.groups()
        return FuzzyDate(int(year), int(month) if month else None, int(day) if day else None)
    words = " ".join(text.lower().split())
    relative = _relative_words().get(words)
    if relative is not None:
        return _relative(relative, today or dt.date.today())
    if extra_months is not None:
        months = month_names({**_reader.months, **extra_months})
    else:  # English and the reader's own month names (see set_reader_locale)
        months = _reader.table or _catalogue_months()
    found = _words_date(words, months)
    if found is None:
        raise not_a_date(text)
    return found


def not_a_date(text: str) -> ValidationError:
    """The one message for text that is not a date, wherever it was typed."""
    shown = " ".join(str(text).split())
    if not shown:
        return ValidationError(fill(translate("Dates", "the date is empty; write it as %1"),
                                    examples()), field="date")
    return ValidationError(fill(translate("Dates", "'%1' is not a date; write it as %2"),
                                shown, examples()), field="date")


def _not_text(value: object) -> ValidationError:
    return ValidationError(fill(translate("Dates", "a date must be text like %1, not %2"),
                                examples(), repr(value)), field="date")


# The words for dates relative to today, in English and in the reader's language.
_RELATIVE_SAID = {"today": QT_TRANSLATE_NOOP("Dates", "today"),
                  "yesterday": QT_TRANSLATE_NOOP("Dates", "yesterday"),
                  "this month": QT_TRANSLATE_NOOP("Dates", "this month"),
                  "last month": QT_TRANSLATE_NOOP("Dates", "last month"),
                  "this year": QT_TRANSLATE_NOOP("Dates", "this year"),
                  "last year": QT_TRANSLATE_NOOP("Dates", "last year")}


def _relative_words() -> dict[str, str]:
    """What a reader may type (lower case) -> the English word the grammar knows."""
    words = {w: w for w in _RELATIVE}
    for english, said in _RELATIVE_SAID.items():
        words.setdefault(" ".join(translate("Dates", said).lower().split()), english)
    return words


def _relative(words: str, today: dt.date) -> FuzzyDate:
    if words == "today":
        return FuzzyDate.from_date(today)
    if words == "yesterday":
        return FuzzyDate.from_date(today - dt.timedelta(days=1))
    if words == "this month":
        return FuzzyDate(today.year, today.month)
    if words == "last month":
        first = today.replace(day=1) - dt.timedelta(days=1)
        return FuzzyDate(first.year, first.month)
    if words == "this year":
        return FuzzyDate(today.year)
    return FuzzyDate(today.year - 1)  # last year


def _words_date(words: str, months: Mapping[str, int]) -> FuzzyDate | None:
    """'mar 2019', '14 march 2019', 'march 14, 2019', '2019-mar-14': a year, at most one
    month name and, with a month, at most one day number; anything else is not a date."""
    tokens = _TOKEN.findall(words)
    # Only separators may sit between the tokens: "14 March 2019 or so" is not a date.
    rest = _TOKEN.sub(" ", words)
    if rest.strip(" ,./-") or not tokens:
        return None
    year = month = day = None
    for tok in tokens:
        if tok.isalpha():
            if month is not None or tok.rstrip(".") not in months:
                return None
            month = months[tok.rstrip(".")]
            continue
        digits = tok.rstrip("stndrh")
        if not digits.isascii():
            return None
        if len(digits) == 4 and year is None:
            year = int(digits)
        elif len(digits) <= 2 and day is None:
            day = int(digits)
        else:
            return None
    if year is None or month is None:
        return None
    return FuzzyDate(year, month, day)


def position_to_date(pos: float) -> dt.date:
    return (_EPOCH + dt.timedelta(seconds=pos)).date()


def date_to_position(d: dt.date) -> float:
    return _ts(d.year, d.month, d.day, 12)


# -- the reader's language ------------------------------------------------------
# Core stays Qt-free: the app layer, which knows the locale (QLocale), hands in how
# dates read in it and its month names, once at start-up. Stored and exported forms
# (str(date): '2019-03') never change.

@dataclass
class _Reader:
    label: Callable[[FuzzyDate], str] | None = None
    months: dict[str, int] = field(default_factory=dict)  # lower-case name -> 1..12
    table: dict[str, int] | None = None  # English and the reader's names, for the parser


_reader = _Reader()


def set_reader_locale(months: Mapping[str, int],
                      label: Callable[[FuzzyDate], str] | None) -> None:
    """Dates shown with ``label`` and ``months`` (e.g. {"märz": 3}) understood besides
    English; ``({}, None)`` goes back to plain English."""
    _reader.label = label
    _reader.months = {name.lower(): int(m) for name, m in months.items()}
    _reader.table = month_names(_reader.months) if _reader.months else None


def reader_months() -> dict[str, int]:
    """The reader's own month names (empty in English)."""
    return dict(_reader.months)
