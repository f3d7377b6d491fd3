"""The check-in sequence: read from a real journal file, objects made only when asked for."""

import random
import sqlite3

import numpy as np
import pytest

from careersquiggle.core import drive_stats as ds
from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Chapter, CheckIn


def _noisy_checkins(n: int, seed: int = 3) -> list[CheckIn]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        y, m = rnd.randint(2001, 2025), rnd.randint(1, 12)
        # Month-only and day dates mixed, several on one day: the order must still hold.
        date = f"{y}-{m:02d}" if rnd.random() < 0.3 else f"{y}-{m:02d}-{rnd.randint(1, 28):02d}"
        out.append(CheckIn.create(date=date, autonomy=rnd.randint(0, 10),
                                  mastery=rnd.randint(0, 10), purpose=rnd.randint(0, 10),
                                  note="x" * rnd.randint(0, 300)))
    return out


@pytest.fixture
def filled(journal):
    for c in _noisy_checkins(600):
        journal.add_checkin(c)
    return journal


def test_the_journals_checkins_match_their_rows_in_order_and_content(filled, journal_path):
    cs = filled.checkins()
    rows = sqlite3.connect(journal_path).execute(
        "SELECT id, date, autonomy, mastery, purpose, note FROM checkins ORDER BY pos, id"
    ).fetchall()
    assert len(cs) == len(rows) == 600
    assert [(c.id, str(c.date), c.autonomy, c.mastery, c.purpose, c.note) for c in cs] == rows
    assert cs[-1] == cs[len(cs) - 1] and cs[1:3] == [cs[1], cs[2]]
    assert cs == list(cs) and CheckIns.of(list(reversed(cs))) == cs


def test_columns_agree_with_the_objects(filled):
    cs = filled.checkins()
    pos, ids, a, m, p = cs.columns()
    objects = CheckIns.of(list(cs))  # the same check-ins, made from objects
    for got, want in zip((pos, ids, a, m, p), objects.columns(), strict=True):
        assert np.array_equal(got, want)
    assert np.array_equal(pos, [c.date.position() for c in cs])
    assert (np.diff(pos) >= 0).all()


def test_statistics_need_no_object_but_the_ones_shown(filled):
    cs = filled.checkins()
    chapters = [Chapter.create(title="A", start="2003", end="2009-06"),
                Chapter.create(title="B", start="2009-06", end="2015")]
    rows = ds.per_chapter(cs, chapters, now=0.0)
    latest = ds.latest(cs)
    made = sum(c is not None for c in cs._made)
    assert made == 2  # the latest and the one before it, nothing else
    # The same figures as from plain objects, worked out by hand here.
    for ch, avg, n in rows:
        lo, hi = ch.span(0.0)
        inside = [c for c in cs if lo <= c.date.position() < hi]
        assert n == len(inside) > 0
        assert avg.autonomy == pytest.approx(sum(c.autonomy for c in inside) / n)
        assert avg.purpose == pytest.approx(sum(c.purpose for c in inside) / n)
    assert latest.checkin == list(cs)[-1]


def test_the_checkin_at_a_moment_is_the_latest_on_or_before_it(filled):
    cs = filled.checkins()
    for c in list(cs)[::37]:
        t = c.date.position()
        found = ds.at(cs, t)
        assert found.date.position() == t
        assert all(o.date.position() > t for o in list(cs)[cs.index(found) + 1:])
    assert ds.at(cs, cs[0].date.position() - 1) is None


def test_a_date_a_foreign_program_wrote_wrong_is_reported_by_check(filled, journal_path):
    with sqlite3.connect(journal_path) as db:
        db.execute("UPDATE checkins SET date = 'next spring' WHERE id = 300")
    cs = filled.checkins()
    cs.columns()  # the numbers are still fine: the panel can be drawn
    good, problem = cs.readable()
    assert problem.startswith("a check-in of this journal could not be read")
    assert "next spring" in problem
    assert len(good) == 599 and all(c.id != 300 for c in good)
    assert good.readable() == (good, None)


def test_a_score_that_is_not_a_number_is_one_clear_error(filled, journal_path):
    with sqlite3.connect(journal_path) as db:
        db.execute("UPDATE checkins SET mastery = 'lots' WHERE id = 10")
    with pytest.raises(ValidationError, match="not a number"):
        filled.checkins().columns()
    good, problem = filled.checkins().readable()
    assert "mastery" in problem and len(good) == 599
    assert good.columns()[3].size == 599  # the others' numbers, drawn as ever


def test_a_place_that_is_not_a_number_is_taken_from_the_date(filled, journal_path):
    with sqlite3.connect(journal_path) as db:
        db.execute("UPDATE checkins SET pos = 'somewhere' WHERE id = 20")
    good, problem = filled.checkins().readable()
    assert problem is None and len(good) == 600
    assert np.array_equal(good.positions(), [c.date.position() for c in good])


def test_a_chapter_that_ends_before_it_starts_holds_no_checkin(filled):
    backwards = Chapter(title="odd", start=Chapter.create(title="x", start="2020-10").start,
                        end=Chapter.create(title="x", start="2020-03").start)
    [(_ch, avg, n)] = ds.per_chapter(filled.checkins(), [backwards], now=0.0)
    assert (avg, n) == (None, 0)


def test_an_empty_journal_has_empty_columns(journal):
    cs = journal.checkins()
    assert len(cs) == 0 and cs == [] and ds.latest(cs) is None
    assert all(col.size == 0 for col in cs.columns())
