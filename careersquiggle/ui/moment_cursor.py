"""The squiggle's keyboard cursor and what a screen reader hears of it.

←/→ step between moments, Ctrl+←/→ jump between chapters, PgUp/PgDn between
years. Each move puts the accessible focus on the moment, which is read as e.g.
"March 2019, shift: I want to lead people, feel +2, chapter Engineer at
Fernbank, 3 of 20".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, Qt

from careersquiggle.core import walk
from careersquiggle.core.dates import FuzzyDate, position_to_date
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Chapter
from careersquiggle.core.squiggle import Marker
from careersquiggle.ui import accessible

if TYPE_CHECKING:
    from careersquiggle.ui.squiggle_view import SquiggleView

# Keyed by int: QKeyEvent.key() gives the key as a plain number.
_MOVES: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
_YEARS: dict[int, int] = {Qt.Key.Key_PageUp: -1, Qt.Key.Key_PageDown: 1}


def kind_word(marker: int) -> str:
    return {
        Marker.EVENT: QCoreApplication.translate("MomentCursor", "event"),
        Marker.SHIFT: QCoreApplication.translate("MomentCursor", "shift"),
        Marker.WINDFALL: QCoreApplication.translate("MomentCursor", "windfall"),
        Marker.SETBACK: QCoreApplication.translate("MomentCursor", "setback"),
        Marker.NOTE: QCoreApplication.translate("MomentCursor", "note"),
    }[Marker(int(marker))]


def chapter_at(chapters: Sequence[Chapter], pos: float) -> Chapter | None:
    """The chapter a moment belongs to: of those spanning it, the one begun last."""
    best = None
    for ch in chapters:
        end = math.inf if ch.end is None else ch.end.end_position()
        if ch.start.start_position() <= pos < end and (
                best is None or ch.start.start_position() >= best.start.start_position()):
            best = ch
    return best


class SquiggleItems(QObject):
    """The squiggle's moments for assistive technology (see accessible.Items)."""

    def __init__(self, view: SquiggleView):
        super().__init__(view)
        self.view = view

    def accessible_count(self) -> int:
        return len(self.view.data)

    def accessible_current(self) -> int | None:
        return self.view.selected

    def accessible_description(self) -> str:
        d = self.view.data
        moments = self.tr("%n moments", "", len(d))
        chapters = self.tr("%n chapters", "", len(self.view.chapters))
        span = d.span() if len(d) else None
        if span is None:
            return self.tr("career squiggle, no moments yet")
        first, last = (position_to_date(p).year for p in (float(d.x.min()), float(d.x.max())))
        years = str(first) if first == last else self.tr("%1 to %2").replace(
            "%1", str(first)).replace("%2", str(last))
        return self.tr("career squiggle, %1, %2, %3").replace("%1", years).replace(
            "%2", moments).replace("%3", chapters)

    def date_label(self, index: int) -> str:
        d = self.view.data
        if index < len(d.dates):
            try:
                return FuzzyDate.parse(d.dates[index]).label()
            except ValidationError:
                pass
        return position_to_date(float(d.x[index])).isoformat()

    def accessible_text(self, index: int) -> str:
        d = self.view.data
        parts = [self.date_label(index)]
        title = d.titles[index] if index < len(d.titles) else ""
        kind = kind_word(d.marker[index])
        parts[0] += ", " + (f"{kind}: {title}" if title else kind)
        feel = d.feel[index] if index < d.feel.size else math.nan
        if not math.isnan(feel):
            parts.append(self.tr("feel %1").replace("%1", f"{int(feel):+d}"))
        chapter = chapter_at(self.view.chapters, float(d.x[index]))
        if chapter is not None:
            parts.append(self.tr("chapter %1").replace("%1", chapter.title))
        parts.append(self.tr("%1 of %2").replace("%1", str(walk.rank(d.x, index) + 1))
                     .replace("%2", str(len(d))))
        return ", ".join(parts)

    def accessible_rect(self, index: int) -> QRect:
        """Around the marker, in screen coordinates: a magnifier follows the cursor."""
        g, d = self.view.graphics, self.view.data
        scene = self.view.plot.vb.mapViewToScene(QPointF(float(d.x[index]), float(d.y[index])))
        centre = g.viewport().mapToGlobal(g.mapFromScene(scene))
        return QRect(centre.x() - 8, centre.y() - 8, 16, 16)

    # -- moving ---------------------------------------------------------------
    def target_for(self, key: int, modifiers) -> int | None | bool:
        """The moment a key moves to; False when the key is not a cursor key."""
        d, here = self.view.data, self.view.selected
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in _MOVES and ctrl:
            starts = [ch.start.start_position() for ch in self.view.chapters]
            return walk.by_chapter(d.x, starts, here, _MOVES[key])
        if key in _MOVES:
            return walk.step(d.x, here, _MOVES[key])
        if key in _YEARS:
            return walk.by_year(d.x, here, _YEARS[key])
        return False

    def handle_key(self, key: int, modifiers) -> bool:
        target = self.target_for(key, modifiers)
        if target is False:
            return False
        if target is None:
            accessible.announce(self.view.graphics, self.tr("No moments to walk"))
        elif target == self.view.selected:
            accessible.announce(self.view.graphics, self.tr("No further moment that way"))
        else:
            self.view._select_index(int(target), reveal=True)
            accessible.focus_moved(self.view.graphics, int(target))
        return True
