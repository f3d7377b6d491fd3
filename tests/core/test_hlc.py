"""The hybrid logical clock orders writes across laptops whose clocks disagree."""

from __future__ import annotations

import random

from careersquiggle.core.hlc import MAX_AHEAD_MS, Clock, Stamp

HOUR = 3600 * 1000


class Wall:
    def __init__(self, ms: int):
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_from_one_clock_always_rise_even_when_the_wall_clock_goes_back():
    wall = Wall(10 * HOUR)
    clock = Clock("a", wall=wall)
    stamps = [clock.now()]
    for step in (5, 0, -3 * HOUR, 1, -1):
        wall.ms += step
        stamps.append(clock.now())
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_a_laptop_hours_behind_still_writes_after_what_it_has_seen():
    ahead = Clock("a", wall=Wall(20 * HOUR))
    behind = Clock("b", wall=Wall(15 * HOUR))  # five hours slow
    seen = ahead.now()
    behind.see(seen)
    assert behind.now() > seen


def test_text_order_is_stamp_order():
    rng = random.Random(4)
    stamps = [Stamp(rng.randrange(10**13), rng.randrange(1000), rng.choice("abc"))
              for _ in range(300)]
    assert sorted(stamps) == sorted(stamps, key=str)
    assert all(Stamp.parse(str(s)) == s for s in stamps)


def test_a_stamp_from_the_far_future_is_not_followed():
    clock = Clock("a", wall=Wall(HOUR))
    clock.see(str(Stamp(HOUR + MAX_AHEAD_MS + 1, 0, "b")))
    assert Stamp.parse(clock.now()).ms == HOUR


def test_the_last_stamp_carries_over_a_restart():
    wall = Wall(HOUR)
    first = Clock("a", wall=wall)
    made = [first.now() for _ in range(3)]
    again = Clock("a", last=first.last, wall=wall)
    assert again.now() > made[-1]


def test_two_devices_never_make_the_same_stamp():
    a, b = Clock("a", wall=Wall(HOUR)), Clock("b", wall=Wall(HOUR))
    assert a.now() != b.now()
