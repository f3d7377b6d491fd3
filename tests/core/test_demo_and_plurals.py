"""Counts in words, and a sample story whose last check-in is recent."""

from __future__ import annotations

import datetime as dt

import pytest

from careersquiggle.core import drive_stats as ds
from careersquiggle.core.demo import sample_story
from careersquiggle.core.plural import count


@pytest.mark.parametrize(("n", "word", "text"), [
    (1, "entry", "1 entry"), (2, "entry", "2 entries"), (0, "entry", "0 entries"),
    (1, "check-in", "1 check-in"), (3, "check-in", "3 check-ins"), (1, "match", "1 match"),
    (2, "match", "2 matches"), (12000, "entry", "12,000 entries"),
])
def test_counts(n, word, text):
    assert count(n, word) == text


def test_zero_can_be_said_in_words():
    assert count(0, "check-in", zero="no") == "no check-ins"
    assert count(1, "check-in", zero="no") == "1 check-in"


def test_the_samples_last_check_in_is_near_the_day_it_is_opened():
    today = dt.date(2027, 5, 3)
    _entries, checkins, _chapters = sample_story(today)
    assert ds.days_since_last(checkins, today) == 10
    assert not ds.nudge_due(checkins, today, 28)
    starts = [c.date.start() for c in checkins]
    assert starts == sorted(starts)
