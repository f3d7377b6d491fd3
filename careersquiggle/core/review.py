"""The crossroads review of a period: what happened, what changed, what drove you.

Pure calculations over entries, check-ins and chapters, so the window and the
Markdown review show the same numbers and tests need no screen.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.drive_stats import days_since
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import KINDS, Chapter, CheckIn, Entry, Kind, named

DIMENSIONS = ("autonomy", "mastery", "purpose")
TOP_SWINGS = 3


@dataclass(frozen=True)
class Period:
    """Days ``start``..``end`` inclusive; ``None`` means open on that side."""

    kind: str  # "all", "chapter", "year" (the last twelve months) or "custom"
    label: str
    start: dt.date | None = None
    end: dt.date | None = None

    @classmethod
    def all(cls) -> Period:
        return cls("all", translate("Review", "the whole journal"))

    @classmethod
    def last_year(cls, today: dt.date) -> Period:
        return cls("year", translate("Review", "the last twelve months"),
                   today - dt.timedelta(days=364), today)

    @classmethod
    def for_chapter(cls, chapter: Chapter, today: dt.date) -> Period:
        end = chapter.end.end() if chapter.end else max(today, chapter.start.end())
        return cls("chapter", chapter.title, chapter.start.start(), end)

    @classmethod
    def custom(cls, start: FuzzyDate | str | None, end: FuzzyDate | str | None) -> Period:
        """From the first day of ``start`` to the last day of ``end`` (dates as written)."""
        s = FuzzyDate.parse(start) if isinstance(start, str) else start
        e = FuzzyDate.parse(end) if isinstance(end, str) else end
        if s is not None and e is not None and e.end() < s.start():
            raise ValidationError(fill(translate(
                "Review", "the period ends (%1) before it starts (%2)"), e, s))
        if s and e:
            label = fill(translate("Review", "%1 to %2"), s.label(), e.label())
        elif s:
            label = fill(translate("Review", "since %1"), s.label())
        else:
            label = (fill(translate("Review", "until %1"), e.label()) if e
                     else translate("Review", "the whole journal"))
        return cls("custom", label, s.start() if s else None, e.end() if e else None)

    def _bounds(self) -> tuple[float, float]:
        lo = FuzzyDate.from_date(self.start).start_position() if self.start else float("-inf")
        hi = FuzzyDate.from_date(self.end).end_position() if self.end else float("inf")
        return lo, hi

    def contains(self, date: FuzzyDate) -> bool:
        """Whether a date falls inside, judged by where it sits on the time axis."""
        lo, hi = self._bounds()
        return lo <= date.position() < hi

    def overlaps(self, chapter: Chapter, today: dt.date) -> bool:
        lo, hi = self._bounds()
        c_lo, c_hi = chapter.span(FuzzyDate.from_date(today).end_position())
        return c_lo < hi and lo < c_hi


@dataclass(frozen=True)
class Averages:
    """Mean autonomy, mastery and purpose of ``count`` check-ins."""

    autonomy: float
    mastery: float
    purpose: float
    count: int

    @classmethod
    def of(cls, checkins: Sequence[CheckIn]) -> Averages | None:
        if not checkins:
            return None
        n = len(checkins)
        return cls(sum(c.autonomy for c in checkins) / n, sum(c.mastery for c in checkins) / n,
                   sum(c.purpose for c in checkins) / n, n)

    def get(self, dimension: str) -> float:
        value: float = getattr(self, dimension)
        return value

    @property
    def drive(self) -> float:
        return (self.autonomy + self.mastery + self.purpose) / 3.0


@dataclass(frozen=True)
class Swing:
    """A change of feel between two consecutive felt entries, and what lay between."""

    start: Entry
    end: Entry
    between: tuple[Entry, ...]

    @property
    def change(self) -> int:
        end, start = self.end.feel, self.start.feel
        assert end is not None and start is not None  # swings join felt entries only
        return end - start


@dataclass(frozen=True)
class ChapterDrive:
    chapter: Chapter
    averages: Averages | None


@dataclass(frozen=True)
class Transition:
    """Drive before a chapter began (since the previous one began) and during it."""

    chapter: Chapter
    previous: Chapter | None
    before: Averages | None
    after: Averages | None

    def change(self, dimension: str) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after.get(dimension) - self.before.get(dimension)

    def sentence(self, dimension: str) -> str | None:
        """'After starting X, autonomy went from 5.2 to 7.1.' (None without data on both sides)."""
        if self.before is None or self.after is None:
            return None
        a, b = self.before.get(dimension), self.after.get(dimension)
        if round(a, 1) == round(b, 1):
            return fill(translate("Review", "After starting %1, %2 stayed at %3."),
                        self.chapter.title, named(dimension), f"{b:.1f}")
        return fill(translate("Review", "After starting %1, %2 went from %3 to %4."),
                    self.chapter.title, named(dimension), f"{a:.1f}", f"{b:.1f}")

    def summary(self) -> str | None:
        """All three in one sentence: 'After starting X, autonomy went from 6.0 to 6.7, ...'."""
        if self.before is None or self.after is None:
            return None
        parts = []
        for d in DIMENSIONS:
            a, b = self.before.get(d), self.after.get(d)
            parts.append(fill(translate("Review", "%1 stayed at %2"), named(d), f"{b:.1f}")
                         if round(a, 1) == round(b, 1) else
                         fill(translate("Review", "%1 went from %2 to %3"), named(d),
                              f"{a:.1f}", f"{b:.1f}"))
        return fill(translate("Review", "After starting %1, %2, %3 and %4."),
                    self.chapter.title, *parts)


@dataclass(frozen=True)
class Review:
    period: Period
    today: dt.date
    entries: tuple[Entry, ...]
    by_kind: dict[str, int]
    shifts: tuple[Entry, ...]
    rises: tuple[Swing, ...]
    dips: tuple[Swing, ...]
    checkins: tuple[CheckIn, ...]
    drive: Averages | None
    chapters: tuple[ChapterDrive, ...]
    transitions: tuple[Transition, ...]
    last_checkin: CheckIn | None
    days_since_checkin: int | None

    @property
    def is_empty(self) -> bool:
        return not self.entries and not self.checkins


def _sorted_entries(entries: Sequence[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date.position(), e.id or 0))


def _sorted_checkins(checkins: Sequence[CheckIn]) -> list[CheckIn]:
    return sorted(checkins, key=lambda c: (c.date.position(), c.id or 0))


def swings(entries: Sequence[Entry]) -> list[Swing]:
    """Every change between consecutive felt entries, in time order (no-change steps left out)."""
    ordered = _sorted_entries(entries)
    felt = [i for i, e in enumerate(ordered) if e.feel is not None]
    out = []
    for i, j in itertools.pairwise(felt):
        if ordered[i].feel != ordered[j].feel:
            out.append(Swing(ordered[i], ordered[j], tuple(ordered[i + 1:j])))
    return out


def _in_span(c: CheckIn, lo: float, hi: float) -> bool:
    return lo <= c.date.position() < hi


def transitions(checkins: Sequence[CheckIn], chapters: Sequence[Chapter],
                today: dt.date) -> list[Transition]:
    """For each chapter: drive since the previous chapter began, and during the chapter."""
    now = FuzzyDate.from_date(today).end_position()
    ordered = sorted(chapters, key=lambda c: (c.start.start_position(), c.id or 0))
    out = []
    for k, ch in enumerate(ordered):
        lo, hi = ch.span(now)
        prev = ordered[k - 1] if k else None
        since = prev.start.start_position() if prev else float("-inf")
        before = [c for c in checkins if _in_span(c, since, lo)]
        during = [c for c in checkins if _in_span(c, lo, hi)]
        out.append(Transition(ch, prev, Averages.of(before), Averages.of(during)))
    return out


def review(entries: Sequence[Entry], checkins: Sequence[CheckIn], chapters: Sequence[Chapter],
           period: Period, today: dt.date, top: int = TOP_SWINGS) -> Review:
    inside = tuple(e for e in _sorted_entries(entries) if period.contains(e.date))
    by_kind = {k: 0 for k in KINDS}
    for e in inside:
        by_kind[e.kind.value] += 1
    steps = swings(inside)
    rises = sorted((s for s in steps if s.change > 0), key=lambda s: -s.change)[:top]
    dips = sorted((s for s in steps if s.change < 0), key=lambda s: s.change)[:top]

    all_checkins = _sorted_checkins(checkins)
    in_period = tuple(c for c in all_checkins if period.contains(c.date))
    now = FuzzyDate.from_date(today).end_position()
    shown = [ch for ch in sorted(chapters, key=lambda c: (c.start.start_position(), c.id or 0))
             if period.overlaps(ch, today)]
    per_chapter = []
    for ch in shown:
        lo, hi = ch.span(now)
        in_chapter = [c for c in in_period if _in_span(c, lo, hi)]
        per_chapter.append(ChapterDrive(ch, Averages.of(in_chapter)))
    # A chapter change belongs to the period when the new chapter starts inside it.
    changes = tuple(t for t in transitions(all_checkins, chapters, today)
                    if period.contains(FuzzyDate.from_date(t.chapter.start.start())))
    last = all_checkins[-1] if all_checkins else None
    return Review(
        period=period, today=today, entries=inside, by_kind=by_kind,
        shifts=tuple(e for e in inside if e.kind is Kind.SHIFT),
        rises=tuple(rises), dips=tuple(dips), checkins=in_period,
        drive=Averages.of(in_period), chapters=tuple(per_chapter), transitions=changes,
        last_checkin=last, days_since_checkin=days_since(last, today),
    )
