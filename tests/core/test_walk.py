"""The keyboard cursor's moves, on plain positions."""

from __future__ import annotations

import numpy as np

from careersquiggle.core import walk
from careersquiggle.core.dates import FuzzyDate


def _x(*dates: str) -> np.ndarray:
    return np.array([FuzzyDate.parse(d).position() for d in dates])


# Deliberately out of order: the cursor walks in time, not in storage order.
X = _x("2012-05", "2010", "2011-03", "2012-01", "2014-07", "2011-09")
IN_TIME = [1, 2, 5, 3, 0, 4]


def test_arrows_walk_in_time_order_and_stop_at_the_ends():
    seen, here = [], None
    for _ in range(8):
        here = walk.step(X, here, +1)
        seen.append(here)
    assert seen == IN_TIME + [4, 4]
    assert walk.step(X, None, -1) == 4
    assert walk.step(X, 1, -1) == 1
    assert walk.rank(X, 3) == 3
    assert walk.step(np.empty(0), None, 1) is None


def test_page_keys_jump_to_the_first_moment_of_the_next_or_previous_year_with_moments():
    assert walk.years(X).tolist() == [2012, 2010, 2011, 2012, 2014, 2011]
    assert walk.by_year(X, 2, +1) == 3  # 2011-03 -> 2012-01
    assert walk.by_year(X, 0, +1) == 4  # 2012-05 -> 2014-07: 2013 has none
    assert walk.by_year(X, 4, -1) == 3  # 2014 -> the first of 2012
    assert walk.by_year(X, 4, +1) == 4  # nothing later: stays
    assert walk.by_year(X, None, +1) == 1


def test_chapter_jumps_go_to_chapter_starts_and_back_to_the_start_of_the_current_one():
    starts = [FuzzyDate.parse(d).start_position() for d in ("2010", "2011-06", "2013", "2014")]
    assert walk.by_chapter(X, starts, 1, +1) == 5  # 2010 -> 2011-09, first after 2011-06
    assert walk.by_chapter(X, starts, 5, +1) == 4  # 2013 holds no moment: on to 2014-07
    assert walk.by_chapter(X, starts, 0, -1) == 5  # inside the 2011-06 chapter: its first
    assert walk.by_chapter(X, starts, 5, -1) == 1  # already first: the chapter before
    assert walk.by_chapter(X, starts, 1, -1) == 1  # nothing before
    assert walk.by_chapter(X, [], 2, +1) == 2
