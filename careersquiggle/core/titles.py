"""Where chapter titles go at the top of the squiggle, so each reads as its own band's.

Qt-free: the caller measures text and gives each band's visible stretch in pixels.

- A title stays inside its band: its full text on one line, else on two (balanced), else
  as much as fits with an ellipsis on the second line. On a slide the eye matches a title
  to the tinted band it sits in; a title running on over the next band reads as that
  band's, or as one line with the title beside it.
- A band that overlaps no other has both rows of titles to itself. Titles of chapters
  that overlap (stacked in lanes) start on their lane's row and take two lines only
  where no other title is; where two would share a row, or one would end just where the
  other begins on the row below (read as one line), the earlier one is shortened to end
  a clear gap before the later one starts.
- Any two titles are ``gap`` apart at least, side by side; a title may sit over another
  on the other row only when they clearly overlap (stacked lines, not one line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from careersquiggle.core.labels import ELLIPSIS, elide, two_lines

MIN_CHARACTERS = 3  # a shortened title shows at least this much of itself, or nothing
Measure = Callable[[str], float]
Fit = Callable[[str, int, int], tuple[str, ...]]  # (title, room, lines) -> lines shown


@dataclass(frozen=True)
class Band:
    """A chapter's visible stretch in pixels, and the title rows it may use."""

    title: str
    left: float
    right: float
    row: int  # the row of its title's first line
    rows: int  # how many lines its title may take (more than one only where free)


@dataclass(frozen=True)
class Title:
    index: int  # into the bands given
    lines: tuple[str, ...]
    x: float  # left edge of the text
    row: int  # the row of its first line
    width: float  # of its widest line


def fit_lines(text: str, measure: Measure, width: float, max_lines: int) -> tuple[str, ...]:
    """``text`` in at most ``max_lines`` lines no wider than ``width``: whole on one line,
    else two balanced lines, else the first line full and the rest shortened with an
    ellipsis. Empty when fewer than MIN_CHARACTERS of it would show."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return ()
    if measure(text) <= width:
        return (text,)
    if max_lines >= 2:
        split = two_lines(text, measure)
        if split and max(measure(split[0]), measure(split[1])) <= width:
            return split
        words = text.split(" ")
        k = 0
        while k + 1 < len(words) and measure(" ".join(words[:k + 1])) <= width:
            k += 1
        if k:  # the first words whole, the rest as far as it goes
            first = " ".join(words[:k])
            rest = elide(" ".join(words[k:]), measure, width)
            if rest.removesuffix(ELLIPSIS):  # after whole words, even "1…" says something
                return first, rest
            if measure(first + ELLIPSIS) <= width:
                return (first + ELLIPSIS,)
    short = elide(text, measure, width)
    return (short,) if len(short.removesuffix(ELLIPSIS)) >= MIN_CHARACTERS else ()


def layout(bands: Sequence[Band], fit: Fit, measure: Measure, pad: float, gap: float,
           stack: float) -> list[Title]:
    """Titles for ``bands``: each starts ``pad`` inside its band's left edge and ends
    ``gap - pad`` before its right one (so titles in neighbouring bands are ``gap`` apart).

    ``fit(title, room, max_lines)`` gives the lines (the caller caches it); ``measure``
    their widths. ``stack``: how far a title must reach over one starting on the other row
    to read as the line above it rather than the start of one line with it.
    """
    order = sorted(range(len(bands)), key=lambda i: (bands[i].left, i))
    done: list[Title] = []  # the titles further right, final
    for i in reversed(order):
        b = bands[i]
        title = _place(b, b.rows, done, fit, measure, pad, gap, stack)
        if title is None and b.rows > 1:  # two lines only where nothing else is
            title = _place(b, 1, done, fit, measure, pad, gap, stack)
        if title is not None and title.lines:
            done.append(Title(i, title.lines, title.x, title.row, title.width))
    done.reverse()
    return done


def _place(b: Band, rows: int, later: Sequence[Title], fit: Fit, measure: Measure,
           pad: float, gap: float, stack: float) -> Title | None:
    """``b``'s title in up to ``rows`` lines, shortened to end before the titles right of it
    when one line has to (None: it would have to, in more than one line)."""
    x = b.left + pad
    limit = b.right - (gap - pad)
    for _ in range(len(later) + 1):  # each pass can only shorten it
        lines = fit(b.title, int(limit - x), rows) if limit > x else ()
        width = max((measure(t) for t in lines), default=0.0)
        cut = _cut_before(b, len(lines), x, x + width, later, gap, stack)
        if cut is None or not lines:
            return Title(-1, lines, x, b.row, width)
        if rows > 1:
            return None
        limit = min(limit, cut)
    return Title(-1, (), x, b.row, 0.0)


def _cut_before(b: Band, n_lines: int, x: float, end: float, later: Sequence[Title],
                gap: float, stack: float) -> float | None:
    """Where a title from ``x`` to ``end`` must end instead, for the titles right of it to
    read as their own (None: it may stay)."""
    rows = range(b.row, b.row + n_lines)
    for t in later:
        if t.x >= end + gap:
            continue  # a clear gap
        same_row = any(r in rows for r in range(t.row, t.row + len(t.lines)))
        over = min(stack, (end - x) / 2)
        if same_row or end - over < t.x:
            return t.x - gap
    return None
