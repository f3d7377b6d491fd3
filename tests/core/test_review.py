"""The review statistics, computed without a database or a screen."""

from __future__ import annotations

import datetime as dt

import pytest

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.core.review import Averages, Period, days_since, review, swings

TODAY = dt.date(2026, 11, 24)


def entry(date, feel=None, kind="event", title=None, **kw):
    return Entry.create(kind=kind, title=title or f"{kind} {date}", date=date, feel=feel, **kw)


def checkin(date, a, m, p):
    return CheckIn.create(date=date, autonomy=a, mastery=m, purpose=p)


def chapter(title, start, end=None):
    return Chapter.create(title=title, start=start, end=end)


# -- periods -------------------------------------------------------------------
def test_a_custom_period_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValidationError, match="ends .*before it starts"):
        Period.custom("2020", "2019-12")


def test_a_custom_period_runs_from_the_first_to_the_last_day_of_the_dates_as_written():
    p = Period.custom("2014", "2015-02")
    assert (p.start, p.end) == (dt.date(2014, 1, 1), dt.date(2015, 2, 28))
    assert p.contains(FuzzyDate.parse("2015-02-28"))
    assert not p.contains(FuzzyDate.parse("2015-03-01"))
    assert not p.contains(FuzzyDate.parse("2013-12-31"))
    assert p.label == "2014 to February 2015"


def test_a_one_day_period_is_allowed():
    p = Period.custom("2020-05-05", "2020-05-05")
    assert p.contains(FuzzyDate.parse("2020-05-05"))


def test_last_year_is_the_twelve_months_up_to_today():
    p = Period.last_year(TODAY)
    assert p.end == TODAY and p.contains(FuzzyDate.parse("2025-11-25"))
    assert not p.contains(FuzzyDate.parse("2025-11-23"))


def test_an_ongoing_chapter_period_runs_until_today():
    p = Period.for_chapter(chapter("Now", "2024-03"), TODAY)
    assert (p.start, p.end, p.label) == (dt.date(2024, 3, 1), TODAY, "Now")


# -- entries by kind and shifts ------------------------------------------------
def test_entries_are_counted_by_kind_within_the_period_only():
    es = [entry("2014", 1), entry("2015-03", kind="note"), entry("2015-06", -2, kind="shock"),
          entry("2016", kind="shift", shift_from="code", shift_to="people"), entry("2010", 3)]
    r = review(es, [], [], Period.custom("2014", "2016"), TODAY)
    assert r.by_kind == {"event": 1, "shift": 1, "shock": 1, "note": 1}
    assert [str(e.date) for e in r.entries] == ["2014", "2015-03", "2015-06", "2016"]


def test_shifts_come_in_time_order_with_their_from_and_to():
    es = [entry("2020", kind="shift", title="later", shift_from="b", shift_to="c"),
          entry("2015", kind="shift", title="earlier", shift_from="a", shift_to="b"),
          entry("2017", 2)]
    r = review(es, [], [], Period.all(), TODAY)
    assert [(s.title, s.shift_from, s.shift_to) for s in r.shifts] == [
        ("earlier", "a", "b"), ("later", "b", "c")]


# -- rises and dips ------------------------------------------------------------
def test_rises_and_dips_are_the_biggest_changes_between_consecutive_felt_entries():
    es = [entry("2010", 0, title="a"), entry("2011", 4, title="b"), entry("2012", -3, title="c"),
          entry("2013", -1, title="d"), entry("2014", 5, title="e")]
    r = review(es, [], [], Period.all(), TODAY)
    assert [(s.start.title, s.end.title, s.change) for s in r.rises] == [
        ("d", "e", 6), ("a", "b", 4), ("c", "d", 2)]
    assert [(s.start.title, s.end.title, s.change) for s in r.dips] == [("b", "c", -7)]


def test_a_swing_keeps_the_unfelt_entries_between_its_ends():
    es = [entry("2010", 4, title="high"), entry("2011-02", kind="note", title="worry"),
          entry("2011-06", kind="shift", title="rethink"), entry("2012", -4, title="low")]
    (dip,) = review(es, [], [], Period.all(), TODAY).dips
    assert [e.title for e in dip.between] == ["worry", "rethink"]


def test_only_the_top_three_rises_are_kept_and_no_change_is_neither():
    es = [entry(str(2000 + i), v) for i, v in enumerate([0, 1, 0, 2, 0, 3, 0, 4, 4])]
    r = review(es, [], [], Period.all(), TODAY)
    assert [s.change for s in r.rises] == [4, 3, 2]
    assert all(s.change != 0 for s in swings(es))


def test_an_empty_period_gives_calm_empty_results():
    r = review([entry("2010", 3)], [checkin("2010", 5, 5, 5)], [chapter("Old", "2009", "2011")],
               Period.custom("2020", "2021"), TODAY)
    assert r.entries == () and r.by_kind == {"event": 0, "shift": 0, "shock": 0, "note": 0}
    assert (r.shifts, r.rises, r.dips, r.chapters, r.transitions) == ((), (), (), (), ())
    assert r.drive is None and r.is_empty
    # How long since the last check-in is about now, whatever the period.
    assert r.last_checkin is not None and r.days_since_checkin > 5000


def test_an_empty_journal_reviews_without_failing():
    r = review([], [], [], Period.all(), TODAY)
    assert r.is_empty and r.last_checkin is None and r.days_since_checkin is None


def test_a_single_entry_has_no_rises_or_dips():
    r = review([entry("2015", 5)], [], [], Period.all(), TODAY)
    assert len(r.entries) == 1 and r.rises == () and r.dips == ()


# -- autonomy, mastery and purpose ---------------------------------------------
def test_averages_per_chapter_use_the_check_ins_inside_each_chapter():
    chs = [chapter("PhD", "2010", "2012"), chapter("Job", "2013-01")]
    cis = [checkin("2010-06", 4, 6, 8), checkin("2011-06", 6, 6, 6), checkin("2014-01", 9, 3, 7)]
    r = review([], cis, chs, Period.all(), TODAY)
    (phd, job) = r.chapters
    assert (phd.averages.autonomy, phd.averages.mastery, phd.averages.purpose) == (5, 6, 7)
    assert phd.averages.count == 2 and job.averages.autonomy == 9


def test_a_chapter_without_check_ins_has_no_averages():
    r = review([], [checkin("2010", 5, 5, 5)], [chapter("Quiet", "2015", "2016")], Period.all(),
               TODAY)
    assert r.chapters[0].averages is None


def test_a_chapter_change_compares_drive_before_and_after():
    chs = [chapter("Lab", "2010", "2012"), chapter("Startup", "2013")]
    cis = [checkin("2010-06", 5, 6, 4), checkin("2011-06", 5, 6, 6), checkin("2014", 7, 6, 8)]
    r = review([], cis, chs, Period.all(), TODAY)
    first, change = r.transitions
    assert first.before is None and first.summary() is None
    assert change.previous.title == "Lab" and change.change("autonomy") == pytest.approx(2)
    assert change.sentence("autonomy") == "After starting Startup, autonomy went from 5.0 to 7.0."
    assert change.sentence("mastery") == "After starting Startup, mastery stayed at 6.0."
    assert change.summary() == ("After starting Startup, autonomy went from 5.0 to 7.0, "
                                "mastery stayed at 6.0 and purpose went from 5.0 to 8.0.")


def test_only_chapter_changes_inside_the_period_are_shown():
    chs = [chapter("A", "2010", "2012"), chapter("B", "2013", "2015"), chapter("C", "2016")]
    r = review([], [], chs, Period.custom("2013", "2014"), TODAY)
    assert [t.chapter.title for t in r.transitions] == ["B"]
    assert [c.chapter.title for c in r.chapters] == ["B"]


def test_period_drive_averages_its_own_check_ins():
    cis = [checkin("2010", 2, 2, 2), checkin("2020-01", 6, 7, 8), checkin("2020-06", 8, 7, 6)]
    r = review([], cis, [], Period.custom("2020", "2020"), TODAY)
    assert (r.drive.autonomy, r.drive.mastery, r.drive.purpose, r.drive.count) == (7, 7, 7, 2)
    assert r.drive.drive == 7


def test_averages_of_nothing_is_none():
    assert Averages.of([]) is None


# -- time since the last check-in ----------------------------------------------
def test_days_since_the_last_check_in_count_from_the_end_of_its_date():
    cis = [checkin("2026-11-10", 5, 5, 5), checkin("2026-01", 5, 5, 5)]
    assert review([], cis, [], Period.all(), TODAY).days_since_checkin == 14
    assert days_since(checkin("2026-11", 5, 5, 5), TODAY) == 0  # this month: never negative
    assert days_since(None, TODAY) is None
