"""One-line capture: the grammar behind `careersquiggle add "TEXT"`."""

from __future__ import annotations

import datetime as dt

import pytest

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.one_line import parse_one_line

TODAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "title", "date", "feel", "tags"),
    [
        ("2019-03: Promoted to team lead @leadership +3", "Promoted to team lead", "2019-03", 3,
         ("leadership",)),
        ("Promoted to team lead @leadership #good", "Promoted to team lead", None, None,
         ("leadership", "good")),
        ("yesterday: Led the launch -2", "Led the launch", "2026-03-09", -2, ()),
        ("March 2019: Moved to Berlin @move", "Moved to Berlin", "2019-03", None, ("move",)),
        ("14 March 2019: First talk", "First talk", "2019-03-14", None, ()),
        ("Note to self: be brave", "Note to self: be brave", None, None, ()),
        ("Team grew from 5 to 12 \u22121", "Team grew from 5 to 12", None, -1, ()),
    ],
)
def test_the_grammar(text, title, date, feel, tags):
    line = parse_one_line(text, today=TODAY)
    assert line.title == title
    assert (str(line.date) if line.date else None) == date
    assert (line.feel, line.tags) == (feel, tags)


def test_a_leading_date_gone_wrong_is_refused_not_kept_in_the_title():
    with pytest.raises(ValidationError, match="no month 13"):
        parse_one_line("2019-13: Promoted")


def test_two_feels_are_refused():
    with pytest.raises(ValidationError, match="feel once"):
        parse_one_line("Good +2 and bad -3")
