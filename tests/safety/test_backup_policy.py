"""Which backups are kept as they age: recent ones all, then daily, weekly, monthly, yearly."""

from __future__ import annotations

import datetime as dt

from careersquiggle.core.backup_policy import KEEP_LAST, backups_to_keep

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def hours_ago(*hours: float) -> list[dt.datetime]:
    return [NOW - dt.timedelta(hours=h) for h in hours]


def test_few_backups_are_all_kept():
    times = hours_ago(0.25, 0.5, 30, 24 * 400)
    assert backups_to_keep(times, NOW) == set(times)


def test_the_last_ten_are_kept_however_close_together():
    times = [NOW - dt.timedelta(minutes=15 * i) for i in range(30)]  # one morning's work
    kept = backups_to_keep(times, NOW)
    assert set(times[:KEEP_LAST]) <= kept
    # Beyond the last ten, one per day: all thirty fall on the same day as the newest.
    assert kept == set(times[:KEEP_LAST])


def test_a_backup_every_hour_for_a_year_thins_to_a_few_dozen():
    times = [NOW - dt.timedelta(hours=h) for h in range(24 * 365)]
    kept = backups_to_keep(times, NOW)
    assert 40 <= len(kept) <= 50
    days = {t.date() for t in kept if NOW - t < dt.timedelta(days=14)}
    assert len(days) >= 14  # every one of the last two weeks still has a backup
    # the newest of each day is the one kept
    yesterday = [t for t in times if t.date() == (NOW - dt.timedelta(days=1)).date()]
    assert max(yesterday) in kept and min(yesterday) not in kept
    # every month of the last year is still there
    months = {(t.year, t.month) for t in kept}
    assert len(months) >= 12


def test_old_backups_keep_one_per_year_for_ever():
    times = [dt.datetime(y, m, 1, tzinfo=UTC) for y in range(2000, 2020) for m in (1, 6, 12)]
    kept = backups_to_keep(times, NOW)
    newest_ten = set(sorted(times)[-KEEP_LAST:])
    decembers = {dt.datetime(y, 12, 1, tzinfo=UTC) for y in range(2000, 2020)}
    assert kept == newest_ten | decembers


def test_backups_from_the_future_are_never_deleted():
    ahead = NOW + dt.timedelta(days=3)
    times = [ahead] + [NOW - dt.timedelta(minutes=i) for i in range(20)]
    assert ahead in backups_to_keep(times, NOW)


def test_time_zones_do_not_change_the_answer():
    times = hours_ago(*range(0, 24 * 60, 5))
    local = [t.astimezone(dt.timezone(dt.timedelta(hours=-7))) for t in times]
    assert backups_to_keep(times, NOW) == backups_to_keep(local, NOW)
