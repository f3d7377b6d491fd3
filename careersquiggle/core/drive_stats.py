"""Autonomy, mastery, purpose over time: latest values, changes, averages, the nudge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.dates import FuzzyDate, position_to_date
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.core.model import Chapter, CheckIn

DriveStats = Context("DriveStats")
DIMENSIONS = ("autonomy", "mastery", "purpose")
# Marked here, translated where shown: DriveStats.tr(HINTS[dim]).
HINTS = {
    "autonomy": QT_TRANSLATE_NOOP("DriveStats", "How much you decide what you work on, when "
                                  "and how."),
    "mastery": QT_TRANSLATE_NOOP("DriveStats", "How much you are getting better at something "
                                 "that matters to you."),
    "purpose": QT_TRANSLATE_NOOP("DriveStats", "How much your work serves something bigger "
                                 "than yourself."),
}
DEFAULT_NUDGE_DAYS = 28


@dataclass(frozen=True)
class Scores:
    autonomy: float
    mastery: float
    purpose: float

    def get(self, dim: str) -> float:
        value: float = getattr(self, dim)
        return value

    @property
    def drive(self) -> float:
        return (self.autonomy + self.mastery + self.purpose) / 3


@dataclass(frozen=True)
class Latest:
    checkin: CheckIn
    change: Scores | None  # since the previous check-in; None for the first one


def _scores(c: CheckIn) -> Scores:
    return Scores(c.autonomy, c.mastery, c.purpose)


def ordered(checkins: Iterable[CheckIn]) -> CheckIns:
    """Oldest first (the journal's own list already is: it is returned as it is)."""
    return CheckIns.of(checkins)


def latest(checkins: Sequence[CheckIn]) -> Latest | None:
    cs = ordered(checkins)
    if not cs:
        return None
    last = cs[-1]
    if len(cs) == 1:
        return Latest(last, None)
    prev = cs[-2]
    return Latest(last, Scores(*(last_v - prev_v for last_v, prev_v in zip(
        (last.autonomy, last.mastery, last.purpose), (prev.autonomy, prev.mastery, prev.purpose),
        strict=True))))


def average(checkins: Sequence[CheckIn], lo: float | None = None,
            hi: float | None = None) -> Scores | None:
    """Mean scores of the check-ins placed within [lo, hi] on the time axis."""
    inside = [c for c in checkins
              if (lo is None or c.date.position() >= lo)
              and (hi is None or c.date.position() <= hi)]
    if not inside:
        return None
    n = len(inside)
    return Scores(sum(c.autonomy for c in inside) / n, sum(c.mastery for c in inside) / n,
                  sum(c.purpose for c in inside) / n)


def per_chapter(checkins: Iterable[CheckIn], chapters: Sequence[Chapter], now: float
                ) -> list[tuple[Chapter, Scores | None, int]]:
    """(chapter, mean scores, number of check-ins) for each chapter."""
    pos, _ids, *scores = ordered(checkins).columns()  # numbers only: no check-in is made
    out: list[tuple[Chapter, Scores | None, int]] = []
    for ch in chapters:
        lo, hi = ch.span(now)
        i0, i1 = (int(i) for i in pos.searchsorted([lo, hi], side="left"))
        n = max(0, i1 - i0)  # (a chapter a foreign file has end before it starts: none)
        mean = Scores(*(float(v[i0:i1].sum()) / n for v in scores)) if n else None
        out.append((ch, mean, n))
    return out


def at(checkins: Sequence[CheckIn], pos: float) -> CheckIn | None:
    """The check-in that describes a moment: the latest one on or before it."""
    cs = ordered(checkins)
    i = cs.index_at(pos)
    return None if i is None else cs[i]


def days_since(checkin: CheckIn | None, today: dt.date) -> int | None:
    """Days from the end of the check-in's date ('2025-06' counts from 30 June); a check-in
    dated ahead of today counts as today, never negative."""
    if checkin is None:
        return None
    return max(0, (today - checkin.date.end()).days)


def days_since_last(checkins: Sequence[CheckIn], today: dt.date) -> int | None:
    cs = ordered(checkins)
    return days_since(cs[-1] if cs else None, today)


def nudge_due(checkins: Sequence[CheckIn], today: dt.date, interval_days: int | None) -> bool:
    """True when it is time to invite a check-in (never when the interval is None)."""
    if interval_days is None:
        return False
    since = days_since_last(checkins, today)
    return since is None or since >= interval_days


def nudge_text(checkins: Sequence[CheckIn], today: dt.date) -> str:
    since = days_since_last(checkins, today)
    if since is None:
        return DriveStats.tr("No check-ins yet: how are autonomy, mastery and purpose today?")
    if since == 1:
        return DriveStats.tr("Your last check-in was yesterday. A minute for autonomy, mastery "
                             "and purpose?")
    if since < 14:
        text = DriveStats.tr("Your last check-in was %n days ago. A minute for autonomy, "
                             "mastery and purpose?", "", since)
    elif since < 63:
        text = DriveStats.tr("Your last check-in was %n weeks ago. A minute for autonomy, "
                             "mastery and purpose?", "", since // 7)
    elif since < 730:
        text = DriveStats.tr("Your last check-in was %n months ago. A minute for autonomy, "
                             "mastery and purpose?", "", round(since / 30.44))
    else:
        text = DriveStats.tr("Your last check-in was %n years ago. A minute for autonomy, "
                             "mastery and purpose?", "", since // 365)
    return text


def position_label(pos: float) -> str:
    """The day at a time-axis position, written as any other date."""
    return FuzzyDate.from_date(position_to_date(pos)).label()
