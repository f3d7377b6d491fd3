"""Chapters that overlap (two roles at once, a PhD beside a job) stack in lanes.

Each chapter gets a lane and the number of lanes of its cluster (the chapters
linked by overlapping); a chapter that overlaps nothing keeps the whole height.
"""

from __future__ import annotations

from collections.abc import Sequence


def lanes(spans: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """(lane, lanes in its cluster) for each (start, end), in the order given.

    Greedy by start: a chapter takes the first lane free by its start, so a
    chapter that starts when another ends can share its lane.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    lane = [0] * len(spans)
    cluster_of = [0] * len(spans)
    sizes: list[int] = []
    ends: list[float] = []  # per lane of the current cluster: where it is free again
    reach = float("-inf")
    for i in order:
        start, end = spans[i]
        if start >= reach:  # nothing open overlaps this one: a new cluster
            sizes.append(0)
            ends = []
        free = next((k for k, e in enumerate(ends) if e <= start), None)
        if free is None:
            ends.append(end)
            free = len(ends) - 1
        else:
            ends[free] = end
        lane[i] = free
        cluster_of[i] = len(sizes) - 1
        sizes[-1] = max(sizes[-1], len(ends))
        reach = max(reach, end)
    return [(lane[i], sizes[cluster_of[i]]) for i in range(len(spans))]
