"""A hybrid logical clock: stamps that order the writes of several laptops.

A stamp is the wall-clock time in milliseconds, a counter and the device id,
written so that plain text comparison orders stamps. Each laptop's clock never
goes backwards: a stamp is always above every stamp this device has made or
seen (so a laptop whose clock is hours behind still orders its new writes
after what it has read from the others), and the device id breaks ties, so two
devices never make the same stamp. Pure Python, no Qt, no database.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

# A stamp from the far future (a laptop whose clock said 2090) would drag every
# other clock along for good; more than a year ahead of ours is not followed.
MAX_AHEAD_MS = 366 * 24 * 3600 * 1000
_WIDTH_MS, _WIDTH_COUNT = 14, 6


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    count: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:0{_WIDTH_MS}d}-{self.count:0{_WIDTH_COUNT}d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        ms, count, device = text.split("-", 2)
        if len(ms) != _WIDTH_MS or len(count) != _WIDTH_COUNT or not device:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(ms), int(count), device)


class Clock:
    """One device's clock. ``last`` is the highest stamp made or seen so far (kept by
    the caller between runs, so a restart does not go back)."""

    def __init__(self, device: str, last: str | None = None,
                 wall: Callable[[], int] = wall_ms):
        self.device = device
        self._wall = wall
        self._ms, self._count = 0, 0
        if last:
            self.see(last)

    def now(self) -> str:
        """A new stamp, above every stamp made or seen here."""
        wall = self._wall()
        if wall > self._ms:
            self._ms, self._count = wall, 0
        else:
            self._count += 1
        return str(Stamp(self._ms, self._count, self.device))

    def see(self, text: str) -> None:
        """Take note of another device's stamp (so later stamps here come after it)."""
        seen = Stamp.parse(text)
        if seen.ms > self._wall() + MAX_AHEAD_MS:
            return
        if (seen.ms, seen.count) > (self._ms, self._count):
            self._ms, self._count = seen.ms, seen.count

    @property
    def last(self) -> str:
        return str(Stamp(self._ms, self._count, self.device))
