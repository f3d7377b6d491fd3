"""Autonomy/mastery/purpose statistics, computed without Qt."""

import datetime as dt

import pytest

from careersquiggle.core import drive_stats as ds
from careersquiggle.core.model import Chapter, CheckIn


def ck(date, a, m, p, id=None):
    return CheckIn.create(date=date, autonomy=a, mastery=m, purpose=p, id=id)


def test_latest_and_change_since_the_previous_checkin():
    cs = [ck("2024-01-10", 5, 6, 7), ck("2024-03-01", 7, 6, 4), ck("2023-06", 1, 1, 1)]
    latest = ds.latest(cs)
    assert str(latest.checkin.date) == "2024-03-01"
    assert (latest.change.autonomy, latest.change.mastery, latest.change.purpose) == (2, 0, -3)


def test_first_checkin_has_no_change_and_none_has_no_latest():
    assert ds.latest([]) is None
    assert ds.latest([ck("2024", 5, 5, 5)]).change is None


def test_average_over_a_range_and_per_chapter():
    cs = [ck("2020-01-01", 2, 4, 6), ck("2020-06-01", 4, 6, 8), ck("2022-01-01", 10, 10, 10)]
    avg = ds.average(cs)
    assert (avg.autonomy, avg.mastery, avg.purpose) == pytest.approx((16 / 3, 20 / 3, 8))
    lo = ck("2020-01-01", 0, 0, 0).date.start_position()
    hi = ck("2020-12-31", 0, 0, 0).date.end_position()
    two = ds.average(cs, lo, hi)
    assert (two.autonomy, two.mastery, two.purpose) == (3, 5, 7)
    assert ds.average(cs, hi, hi + 1) is None
    chapters = [Chapter.create(title="Job A", start="2020", end="2020"),
                Chapter.create(title="Job B", start="2021-06")]
    rows = ds.per_chapter(cs, chapters, now=ck("2026", 0, 0, 0).date.position())
    assert [(c.title, n) for c, _a, n in rows] == [("Job A", 2), ("Job B", 1)]
    assert rows[1][1].autonomy == 10


def test_scores_at_a_moment_are_the_latest_checkin_before_it():
    cs = [ck("2020-01-01", 2, 4, 6), ck("2021-01-01", 8, 8, 8)]
    mid_2020 = ck("2020-07", 0, 0, 0).date.position()
    assert ds.at(cs, mid_2020).autonomy == 2
    assert ds.at(cs, ck("2019", 0, 0, 0).date.position()) is None


@pytest.mark.parametrize("last,today,interval,due", [
    ("2026-10-01", dt.date(2026, 10, 28), 28, False),
    ("2026-10-01", dt.date(2026, 10, 29), 28, True),
    ("2026-10", dt.date(2026, 11, 27), 28, False),  # a month counts from its last day
    ("2020", dt.date(2026, 1, 1), None, False),  # "never"
])
def test_nudge_is_due_after_the_interval(last, today, interval, due):
    assert ds.nudge_due([ck(last, 5, 5, 5)], today, interval) is due


def test_nudge_without_checkins_invites_the_first():
    assert ds.nudge_due([], dt.date(2026, 1, 1), 28)
    assert "No check-ins yet" in ds.nudge_text([], dt.date(2026, 1, 1))
    assert "5 weeks ago" in ds.nudge_text([ck("2026-01-01", 5, 5, 5)], dt.date(2026, 2, 5))
