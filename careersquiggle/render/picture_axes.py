"""Axis ticks for redacted pictures: years only, and a feel axis without numbers."""

from __future__ import annotations

import pyqtgraph as pg

from careersquiggle.core.dates import _ts, position_to_date


def year_ticks(x0: float, x1: float, most: int) -> list[tuple[float, str]]:
    """Ticks at the start of years only (every year, or every 2, 5, 10… to fit ``most``)."""
    a, b = position_to_date(x0).year, position_to_date(x1).year + 1
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 1000) if (b - a) / s <= max(most, 1))
    first = -(-a // step) * step
    return [(_ts(y, 1, 1), str(y)) for y in range(first, b + 1, step) if x0 <= _ts(y, 1, 1) <= x1]


def hide_numbers(axis: pg.AxisItem, values: tuple[float, ...] = (-5, 0, 5)) -> None:
    """Keep the axis and its grid lines at ``values``, drop the numbers."""
    axis.setTicks([[(v, "") for v in values]])
