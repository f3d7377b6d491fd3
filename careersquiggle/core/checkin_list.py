"""The journal's check-ins as one sequence: numbers as columns, objects made when looked at.

A lifetime of weekly check-ins is thousands of rows. The side panel draws them from
their positions and scores alone, and the window looks at a handful as objects (the
latest, the one under the pointer). Making all of them into dated, checked objects at
start took longer than drawing them, so rows stay rows until one is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import CheckIn, parse_score

if TYPE_CHECKING:
    import numpy as np

# Where each number sits in a stored row: (pos, id, date, autonomy, mastery, purpose, ...).
_POS, _ID, _SCORES = 0, 1, (3, 4, 5)


def order_key(c: CheckIn) -> tuple[float, int]:
    """Oldest first; check-ins of one date in the order they were made."""
    return c.date.position(), c.id or 0


class CheckIns(Sequence[CheckIn]):
    """Check-ins oldest first (position, then id), as a read-only sequence.

    Build it with :meth:`from_rows` (rows read from the journal, each made into a
    :class:`CheckIn` on first use) or :meth:`of` (objects already made, put in order).
    """

    __slots__ = ("_cols", "_made", "_make", "_rows")

    def __init__(self, rows: Sequence[tuple[Any, ...]] | None,
                 make: Callable[[tuple[Any, ...]], CheckIn] | None,
                 made: list[CheckIn | None]) -> None:
        self._rows = rows
        self._make = make
        self._made = made
        self._cols: tuple[np.ndarray, ...] | None = None

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[Any, ...]],
                  make: Callable[[tuple[Any, ...]], CheckIn]) -> CheckIns:
        """``rows`` already in order, each ``(pos, id, date, autonomy, mastery, purpose, ...)``;
        ``make`` turns a row into its check-in (and raises ValidationError for a bad one)."""
        return cls(rows, make, [None] * len(rows))

    @classmethod
    def of(cls, checkins: Iterable[CheckIn]) -> CheckIns:
        if isinstance(checkins, CheckIns):
            return checkins
        in_order = sorted(checkins, key=order_key)
        made: list[CheckIn | None] = list(in_order)
        return cls(None, None, made)

    # -- the sequence ---------------------------------------------------------
    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> CheckIn: ...

    @overload
    def __getitem__(self, index: slice) -> list[CheckIn]: ...

    def __getitem__(self, index: int | slice) -> CheckIn | list[CheckIn]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        c = self._made[index]
        if c is None:
            assert self._rows is not None and self._make is not None  # (only rows start empty)
            c = self._made[index] = self._make(self._rows[index])
        return c

    def __iter__(self) -> Iterator[CheckIn]:
        for i in range(len(self)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CheckIns | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other,
                                                                           strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # (compared by content, like a list)

    def __repr__(self) -> str:
        return f"CheckIns({len(self)})"

    def readable(self) -> tuple[CheckIns, str | None]:
        """Every check-in made now, and the ones that can be shown: ``(self, None)`` when
        all can, else ``(the others, what was wrong with the first that cannot)``. A row a
        foreign program wrote wrong (a date that is not one, a score that is not a whole
        number from 0 to 10) is reported here, once, at a moment the caller chose."""
        good: list[CheckIn] = []
        problem: str | None = None
        for i in range(len(self)):
            try:
                c = self[i]
                for dim in ("autonomy", "mastery", "purpose"):
                    parse_score(getattr(c, dim), dim)
            except ValidationError as exc:
                problem = problem or str(exc)
                continue
            good.append(c)
        if problem is not None:
            return CheckIns.of(good), fill(translate(
                "CheckIns", "a check-in of this journal could not be read: %1"), problem)
        try:
            self.columns()
        except ValidationError:  # a place that is not a number: the dates say where
            return CheckIns.of(good), None
        return self, None

    # -- as columns -----------------------------------------------------------
    def columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(positions, ids, autonomy, mastery, purpose) as float arrays, in order."""
        if self._cols is None:
            import numpy as np

            n = len(self)
            if self._rows is not None:
                rows = self._rows
                try:
                    pos = np.fromiter((r[_POS] for r in rows), dtype=float, count=n)
                    ids = np.fromiter((r[_ID] for r in rows), dtype=float, count=n)
                    scores = [np.fromiter((r[k] for r in rows), dtype=float, count=n)
                              for k in _SCORES]
                except (TypeError, ValueError):  # text where a number belongs: not ours
                    raise ValidationError(translate(
                        "CheckIns", "a check-in in this file has a score or place that is not "
                        "a number")) from None
            else:
                cs = list(self)
                pos = np.fromiter((c.date.position() for c in cs), dtype=float, count=n)
                ids = np.fromiter((c.id or 0 for c in cs), dtype=float, count=n)
                scores = [np.fromiter((getattr(c, d) for c in cs), dtype=float, count=n)
                          for d in ("autonomy", "mastery", "purpose")]
            self._cols = (pos, ids, *scores)
        pos, ids, a, m, p = self._cols
        return pos, ids, a, m, p

    def positions(self) -> np.ndarray:
        return self.columns()[0]

    def index_at(self, pos: float) -> int | None:
        """Index of the latest check-in on or before ``pos`` (None before the first)."""
        import numpy as np

        i = int(np.searchsorted(self.positions(), pos, side="right")) - 1
        return None if i < 0 else i
