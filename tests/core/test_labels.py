"""Label placement without Qt: measured text, wrapping, shortening only for labels that must
be shown, and no box on the line, a marker or another label."""

import numpy as np

from careersquiggle.core.labels import Obstacles, elide, extremes, place, two_lines, variants


def measure(text: str) -> float:
    return 7.0 * len(text)  # a fixed-pitch font: 7 px a character


def test_elide_measures_and_cuts_at_a_word():
    text = "Started a PhD, aiming for a professorship"
    assert elide(text, measure, 1000) == text
    cut = elide(text, measure, 140)
    assert cut.endswith("…") and measure(cut) <= 140 and cut.startswith("Started a PhD")


def test_two_lines_balance_the_widths():
    a, b = two_lines("one two three four five six", measure)
    assert abs(len(a) - len(b)) <= 6


def test_optional_labels_are_never_cut():
    full, short = variants("A rather long title for this", measure, 50, shorten=False)
    assert full == [] and short == []
    full, short = variants("A rather long title for this", measure, 50, shorten=True)
    assert short and all(measure(s) <= 50 for v in short for s in v)


def test_boxes_avoid_the_line_markers_and_each_other():
    xs = np.linspace(0, 1000, 2001)
    ys = 300 + 100 * np.sin(xs / 80)
    mx, my = xs[::100], ys[::100]
    obstacles = Obstacles(xs, ys, mx, my, 6.0)
    texts = [f"Moment {i} with words" for i in range(len(mx))]
    placed = place(mx, my, texts, measure, 16, np.abs(my - 300), (0, 0, 1000, 600), obstacles,
                   forced=[int(np.argmin(my)), int(np.argmax(my))], limit=12)
    assert len(placed) >= 6
    boxes = [p.box for p in placed]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
        cols = (xs >= a[0]) & (xs <= a[2])
        assert not ((ys[cols] >= a[1]) & (ys[cols] <= a[3])).any()
        d = np.hypot(np.clip(mx, a[0], a[2]) - mx, np.clip(my, a[1], a[3]) - my)
        assert (d >= 6).all()
    assert {int(np.argmin(my)), int(np.argmax(my))} <= {p.index for p in placed}


def test_extremes_are_the_lowest_and_highest_felt():
    y = np.array([1.0, -3.0, 4.0, 9.0])
    felt = np.array([True, True, True, False])
    assert extremes(y, felt) == [1, 2]


def test_leader_lines_never_cross():
    from careersquiggle.core.labels import _crosses

    xs = np.linspace(0, 600, 1201)
    ys = 200 + 120 * np.sin(xs / 40)
    mx, my = xs[::60], ys[::60]
    placed = place(mx, my, [f"A longer label number {i}" for i in range(len(mx))], measure, 16,
                   np.zeros(len(mx)), (0, 0, 600, 400), Obstacles(xs, ys, mx, my, 5.0),
                   forced=list(range(len(mx))), only_forced=True)
    leaders = [p.leader for p in placed if p.leader]
    assert leaders
    for i, a in enumerate(leaders):
        assert not any(_crosses(a, b) for b in leaders[i + 1:])
