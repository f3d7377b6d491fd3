"""Options, intent and plan actions: validation and the side-by-side comparison."""

from __future__ import annotations

import datetime as dt

import pytest

from careersquiggle.core.crossroads import Intent, Option, PlanAction, compare
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import CheckIn
from careersquiggle.core.review import Averages


def option(**kw):
    values = dict(title="Join a startup", autonomy=8, mastery=7, purpose=6, money=4)
    values.update(kw)
    return Option.create(**values)


def test_an_option_takes_scores_typed_as_text():
    o = option(autonomy="9", notes="small team")
    assert (o.autonomy, o.notes, o.title) == (9, "small team", "Join a startup")


@pytest.mark.parametrize("field,value,message", [
    ("title", "  ", "name is empty"),
    ("money", 11, "money must be from 0 to 10"),
    ("purpose", "lots", "purpose must be a whole number"),
    ("autonomy", None, "autonomy is missing"),
])
def test_a_bad_option_is_refused_with_a_clear_message(field, value, message):
    with pytest.raises(ValidationError, match=message):
        option(**{field: value})


def test_an_intent_statement_is_trimmed_and_bounded():
    assert Intent.create(statement="  Lead a platform group  ").statement == "Lead a platform group"
    with pytest.raises(ValidationError, match="keep it under"):
        Intent.create(statement="x" * 2001)


def test_a_plan_action_with_no_title_takes_its_kinds_suggestion():
    a = PlanAction.create(kind="mentor")
    assert a.title == "Mentor a less experienced colleague" and a.status == "idea"
    assert a.kind_label == "Mentor someone"


@pytest.mark.parametrize("kw,message", [
    (dict(kind="juggle"), "not a kind of plan action"),
    (dict(kind="mentor", status="finished"), "not a status"),
    (dict(kind="mentor", start="2024-05", due="2024-04"), "due date .* is before the start"),
    (dict(kind="mentor", start="2024-13"), "start date: there is no month 13"),
])
def test_a_bad_plan_action_is_refused(kw, message):
    with pytest.raises(ValidationError, match=message):
        PlanAction.create(**kw)


def test_a_done_action_is_dated_today_when_no_date_is_given_and_others_have_no_done_date():
    done = PlanAction.create(kind="lead-project", status="done", today=dt.date(2026, 3, 4))
    assert str(done.done) == "2026-03-04" and done.is_done
    doing = PlanAction.create(kind="lead-project", status="doing", done="2026-03")
    assert doing.done is None


def test_an_option_is_compared_with_now_and_with_the_average_so_far():
    now = CheckIn.create(date="2026-01", autonomy=5, mastery=7, purpose=6)
    avg = Averages(6.0, 6.0, 6.0, 4)
    rows = {c.name: c for c in compare(option(autonomy=8, mastery=4, purpose=6), now, avg)}
    assert (rows["autonomy"].gain, rows["autonomy"].arrow) == (3, "▲")
    assert (rows["mastery"].gain, rows["mastery"].arrow) == (-3, "▼")
    assert rows["purpose"].arrow == "="
    assert rows["money"].gain is None and rows["money"].arrow == "="


def test_without_a_current_check_in_the_average_is_the_baseline():
    rows = compare(option(autonomy=4), None, Averages(6.0, 7.0, 6.0, 2))
    assert rows[0].current is None and rows[0].gain == -2 and rows[0].arrow == "▼"
    assert compare(option(), None, None)[0].gain is None
