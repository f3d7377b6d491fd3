"""Overlapping chapters stack in lanes; the others keep the whole height."""

from careersquiggle.core.lanes import lanes


def test_chapters_in_a_row_share_one_lane():
    assert lanes([(0, 10), (10, 20), (25, 30)]) == [(0, 1), (0, 1), (0, 1)]


def test_a_phd_beside_a_job_takes_a_second_lane():
    job, phd, later = (0, 100), (40, 80), (200, 300)
    assert lanes([job, phd, later]) == [(0, 2), (1, 2), (0, 1)]


def test_three_at_once_and_a_freed_lane_is_reused():
    spans = [(0, 50), (10, 20), (15, 40), (25, 45), (60, 70)]
    got = lanes(spans)
    assert got[0] == (0, 3) and got[1] == (1, 3) and got[2] == (2, 3)
    assert got[3] == (1, 3)  # lane 1 is free again at 25
    assert got[4] == (0, 1)
    # No two chapters of one lane overlap.
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            if got[a][0] == got[b][0]:
                (s1, e1), (s2, e2) = spans[a], spans[b]
                assert e1 <= s2 or e2 <= s1


def test_order_given_is_kept_and_empty_is_fine():
    assert lanes([]) == []
    assert lanes([(50, 60), (0, 100)]) == [(1, 2), (0, 2)]
