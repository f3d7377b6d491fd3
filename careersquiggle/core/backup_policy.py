"""Which backups to keep: many recent ones, then fewer the older they get.

A pure function so the rule can be read and tested without files:

- the newest ``KEEP_LAST`` backups, whatever their age;
- for the last ``DAILY_DAYS`` days, the newest backup of each day;
- for the last ``WEEKLY_WEEKS`` weeks, the newest of each ISO week;
- for the last ``MONTHLY_MONTHS`` months, the newest of each month;
- beyond that, the newest of each year, for ever.

After a year of daily use that is about 10 + 14 + 8 + 12 + 1 files. A
journal is small (a megabyte for thousands of entries), so the years are
cheap to keep and a word written long ago stays recoverable. Days, weeks and
months are counted in UTC so the result does not depend on where the laptop is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

KEEP_LAST = 10
DAILY_DAYS = 14
WEEKLY_WEEKS = 8
MONTHLY_MONTHS = 12


def _day(t: dt.datetime) -> Hashable:
    return t.date()


def _week(t: dt.datetime) -> Hashable:
    return t.isocalendar()[:2]


def _month(t: dt.datetime) -> Hashable:
    return (t.year, t.month)


def _year(t: dt.datetime) -> Hashable:
    return t.year


def _months_before(now: dt.datetime, months: int) -> dt.datetime:
    y, m = divmod(now.year * 12 + now.month - 1 - months, 12)
    return now.replace(year=y, month=m + 1, day=1, hour=0, minute=0, second=0, microsecond=0)


def backups_to_keep(times: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The subset of ``times`` (aware datetimes of existing backups) to keep at ``now``."""
    utc = dt.UTC
    now = now.astimezone(utc)
    ordered = sorted({t.astimezone(utc) for t in times}, reverse=True)
    keep = set(ordered[:KEEP_LAST])
    # A backup "from the future" means the clock moved; never delete on that basis.
    keep.update(t for t in ordered if t > now)
    tiers: list[tuple[dt.datetime | None, Callable[[dt.datetime], Hashable]]] = [
        (now - dt.timedelta(days=DAILY_DAYS), _day),
        (now - dt.timedelta(weeks=WEEKLY_WEEKS), _week),
        (_months_before(now, MONTHLY_MONTHS), _month),
        (None, _year),
    ]
    for since, bucket in tiers:
        seen: set[Hashable] = set()
        for t in ordered:  # newest first: the first one met in a bucket is its newest
            if since is not None and t < since:
                break
            key = bucket(t)
            if key not in seen:
                seen.add(key)
                keep.add(t)
    return keep
