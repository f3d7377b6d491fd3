"""Fuzzy dates: written as remembered, kept as written, placed in the middle of their period."""

from __future__ import annotations

import datetime as dt

import pytest

from careersquiggle.core.dates import FuzzyDate, Precision, parse_optional, position_to_date
from careersquiggle.core.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "precision", "shown"),
    [
        ("2014", Precision.YEAR, "2014"),
        ("2019-03", Precision.MONTH, "2019-03"),
        ("2019-3", Precision.MONTH, "2019-03"),
        ("2019-03-07", Precision.DAY, "2019-03-07"),
        ("  2019-03-07 ", Precision.DAY, "2019-03-07"),
    ],
)
def test_each_precision_is_kept_as_written(text, precision, shown):
    d = FuzzyDate.parse(text)
    assert d.precision is precision
    assert str(d) == shown
    # What is written back parses to the same date: nothing is invented or lost.
    assert FuzzyDate.parse(str(d)) == d


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2023-02-30", "no day 30"),
        ("2023-02-29", "no day 29"),  # 2023 is not a leap year
        ("2023-04-31", "no day 31"),
        ("2023-13", "no month 13"),
        ("2023-00", "no month 0"),
        ("2023-01-00", "no day 0"),
        ("0999", "out of range"),
        ("last spring", "not a date"),
        ("March", "not a date"),
        ("Smarch 2019", "not a date"),
        ("14 March 2019 or so", "not a date"),
        ("30 February 2019", "no day 30"),
        ("2019/03/07", "not a date"),
        ("07-03-2019", "not a date"),
        ("", "date is empty"),
        ("2019-03-07T10:00", "not a date"),
        ("２０１９", "not a date"),  # full-width digits
    ],
)
def test_impossible_and_free_text_dates_are_refused_with_a_reason(text, words):
    with pytest.raises(ValidationError, match=words):
        FuzzyDate.parse(text)


def test_a_date_that_is_not_text_is_refused():
    with pytest.raises(ValidationError, match="must be text"):
        FuzzyDate.parse(2019)


@pytest.mark.parametrize("year", [2000, 2020, 2024])
def test_leap_days_exist_in_leap_years(year):
    assert FuzzyDate.parse(f"{year}-02-29").day == 29


@pytest.mark.parametrize("year", [1900, 2100, 2023])
def test_leap_days_do_not_exist_in_other_years(year):
    with pytest.raises(ValidationError):
        FuzzyDate.parse(f"{year}-02-29")


def test_a_year_sits_in_the_middle_of_the_year():
    pos = FuzzyDate.parse("2014").position()
    assert position_to_date(pos) == dt.date(2014, 7, 2)
    year = FuzzyDate.parse("2014")
    middle = (year.start_position() + year.end_position()) / 2
    assert abs(pos - middle) < 86400


def test_a_month_sits_in_the_middle_of_the_month():
    assert position_to_date(FuzzyDate.parse("2019-03").position()) == dt.date(2019, 3, 15)
    feb = FuzzyDate.parse("2019-02")
    assert feb.start_position() < feb.position() < feb.end_position()


def test_a_day_sits_at_noon_of_that_day():
    d = FuzzyDate.parse("2019-03-07")
    assert d.position() - d.start_position() == 12 * 3600
    assert d.end_position() - d.start_position() == 86400


def test_positions_follow_the_calendar_across_precisions():
    order = ["2013", "2014-01-01", "2014-03", "2014", "2014-12-31", "2015-01"]
    positions = [FuzzyDate.parse(t).position() for t in order]
    assert positions == sorted(positions)


def test_start_and_end_cover_the_whole_period():
    assert FuzzyDate.parse("2024-02").end() == dt.date(2024, 2, 29)
    assert FuzzyDate.parse("2023-02").end() == dt.date(2023, 2, 28)
    assert FuzzyDate.parse("2014").start() == dt.date(2014, 1, 1)
    assert FuzzyDate.parse("2014").end() == dt.date(2014, 12, 31)
    assert FuzzyDate.parse("2014-05-06").start() == FuzzyDate.parse("2014-05-06").end()


@pytest.mark.parametrize(
    ("text", "label"),
    [("2014", "2014"), ("2019-03", "March 2019"), ("2019-03-07", "7 March 2019")],
)
def test_label_is_as_precise_as_written(text, label):
    assert FuzzyDate.parse(text).label() == label


def test_optional_dates_allow_blank():
    assert parse_optional(None) is None
    assert parse_optional("   ") is None
    assert parse_optional("2014") == FuzzyDate(2014)


def test_a_day_needs_a_month():
    with pytest.raises(ValidationError, match="needs a month"):
        FuzzyDate(2014, None, 3)


# -- dates as people say them -------------------------------------------------
from careersquiggle.core.dates import month_names, not_a_date, parse_date  # noqa: E402

TODAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "stored", "precision", "label"),
    [
        ("2019", "2019", Precision.YEAR, "2019"),
        ("2019-03", "2019-03", Precision.MONTH, "March 2019"),
        ("2019-03-14", "2019-03-14", Precision.DAY, "14 March 2019"),
        ("Mar 2019", "2019-03", Precision.MONTH, "March 2019"),
        ("mar. 2019", "2019-03", Precision.MONTH, "March 2019"),
        ("March 2019", "2019-03", Precision.MONTH, "March 2019"),
        ("2019 March", "2019-03", Precision.MONTH, "March 2019"),
        ("Sept 2019", "2019-09", Precision.MONTH, "September 2019"),
        ("14 March 2019", "2019-03-14", Precision.DAY, "14 March 2019"),
        ("14th Mar 2019", "2019-03-14", Precision.DAY, "14 March 2019"),
        ("March 14, 2019", "2019-03-14", Precision.DAY, "14 March 2019"),
        ("2019-Mar-14", "2019-03-14", Precision.DAY, "14 March 2019"),
        ("today", "2026-03-01", Precision.DAY, "1 March 2026"),
        ("  Yesterday ", "2026-02-28", Precision.DAY, "28 February 2026"),
        ("last month", "2026-02", Precision.MONTH, "February 2026"),
        ("this month", "2026-03", Precision.MONTH, "March 2026"),
        ("last year", "2025", Precision.YEAR, "2025"),
    ],
)
def test_dates_as_people_say_them_keep_the_precision_given(text, stored, precision, label):
    d = parse_date(text, today=TODAY)
    assert (str(d), d.precision, d.label()) == (stored, precision, label)
    # What is shown back is read back as the same date.
    assert parse_date(d.label(), today=TODAY) == d


def test_last_month_in_january_is_december_of_the_year_before():
    assert str(parse_date("last month", today=dt.date(2026, 1, 31))) == "2025-12"


def test_fuzzy_date_parse_is_the_same_parser_with_the_real_today():
    assert FuzzyDate.parse("today") == FuzzyDate.from_date(dt.date.today())
    assert FuzzyDate.parse("March 2019") == FuzzyDate(2019, 3)


@pytest.mark.parametrize("text", ["soon", "next week", "13/2019", "2019 2020", "March April 2019"])
def test_every_bad_text_gets_the_same_message(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text, today=TODAY)
    assert str(caught.value) == str(not_a_date(text))
    assert "2019, 2019-03, 2019-03-14, March 2019, 14 March 2019, today" in str(caught.value)


def test_month_names_of_another_language_can_be_added():
    german = {"märz": 3, "mär": 3, "oktober": 10}
    assert month_names(german)["märz"] == 3 and month_names()["march"] == 3
    assert str(parse_date("14. März 2019", extra_months=german)) == "2019-03-14"
    assert str(parse_date("Oktober 2020", extra_months=german)) == "2020-10"
    with pytest.raises(ValidationError, match="not a date"):
        parse_date("März 2019")  # English only unless asked
    with pytest.raises(ValueError):
        month_names({"thirteenth": 13})
