"""Where entries sit on the squiggle, by lens, and which labels fit."""

import numpy as np

from careersquiggle.core import squiggle
from careersquiggle.core.labels import Obstacles, place
from careersquiggle.core.model import CheckIn, Entry


def e(kind, date, feel=None, title="x", id=1):
    return Entry.create(kind=kind, title=title, date=date, feel=feel, id=id)


def test_entries_without_feel_sit_on_the_curve():
    es = [e("event", "2010", 2, id=1), e("note", "2011", None, id=2), e("event", "2012", 4, id=3)]
    d = squiggle.build(es)
    assert d.felt.tolist() == [True, False, True]
    assert d.y[0] == 2 and d.y[2] == 4
    assert 2 < d.y[1] < 4  # on the line between its neighbours


def test_markers_by_kind_and_shock_direction():
    es = [e("event", "2010", 1), e("shift", "2011", 0), e("shock", "2012", 3),
          e("shock", "2013", -2),
          e("shock", "2014", 0), e("note", "2015")]
    d = squiggle.build(es)
    M = squiggle.Marker
    assert d.marker.tolist() == [M.EVENT, M.SHIFT, M.WINDFALL, M.SETBACK, M.SETBACK, M.NOTE]


def test_drive_lens_runs_through_the_checkins_rescaled():
    cs = [CheckIn.create(date="2010", autonomy=10, mastery=10, purpose=10),
          CheckIn.create(date="2012", autonomy=0, mastery=0, purpose=0)]
    d = squiggle.build([e("event", "2011", 5)], cs, squiggle.DRIVE_LENS)
    assert d.anchor_y.tolist() == [5.0, -5.0]
    assert -5 <= d.y[0] <= 5 and not d.felt.any()


def test_empty_journal_has_no_span():
    d = squiggle.build([])
    assert len(d) == 0 and d.span() is None
    xs, ys = d.curve()
    assert xs.size == 0


def test_labels_do_not_overlap_and_prefer_strong_moments():
    px = np.array([100.0, 105.0, 300.0])
    py = np.array([200.0, 200.0, 200.0])
    placed = place(px, py, ["eleven chars"] * 3, lambda t: 80.0, 14, np.array([1.0, 5.0, 2.0]),
                   (0, 0, 400, 400), Obstacles(np.empty(0), np.empty(0), px, py, 5.0))
    chosen = {p.index: p.box for p in placed}
    assert 1 in chosen and 2 in chosen
    # The weaker neighbour goes elsewhere or is left out: never on top.
    if 0 in chosen:
        a, b = chosen[0], chosen[1]
        assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_the_line_reaches_entries_beyond_its_first_and_last_value():
    cs = [CheckIn.create(date="2012", autonomy=6, mastery=6, purpose=6),
          CheckIn.create(date="2014", autonomy=8, mastery=8, purpose=8)]
    d = squiggle.build([e("event", "2009", 3, id=1), e("event", "2018", 1, id=2)], cs,
                       squiggle.DRIVE_LENS)
    xs, ys = d.curve()
    assert xs.min() <= d.x.min() and xs.max() >= d.x.max()
    # ...at the level the entries sit on.
    assert np.isclose(np.interp(d.x[0], xs, ys), d.y[0])
    assert np.isclose(np.interp(d.x[1], xs, ys), d.y[1])
