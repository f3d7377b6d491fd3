"""Plots a screen reader can walk: a QAccessibleInterface whose children are the moments.

A plot is pixels to assistive technology. A widget that carries an
``accessible_items`` object (see :class:`Items`) gets, through the factory
installed by :func:`install`, an interface with a name, a description ("career
squiggle, 2009 to 2026, 20 moments, 4 chapters") and one child per moment or
check-in. Moving the keyboard cursor moves the accessible focus to that child,
so a screen reader reads it and a magnifier follows it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_Text = QAccessible.Text
_Role = QAccessible.Role


class Items(Protocol):
    """What a walkable plot tells assistive technology."""

    def accessible_description(self) -> str: ...
    def accessible_count(self) -> int: ...
    def accessible_text(self, index: int) -> str: ...  # the child's name: what is read
    def accessible_current(self) -> int | None: ...
    def accessible_rect(self, index: int) -> QRect: ...  # in screen coordinates


class ItemAccessible(QAccessibleInterface):
    """One moment (or check-in) of a plot. It reads its text live from the plot, so it
    stays right when the data change; an index past the end is no longer valid."""

    def __init__(self, plot: PlotAccessible, index: int):
        super().__init__()
        self._plot = plot
        self.index = index

    def _items(self) -> Items | None:
        return self._plot.items()

    def isValid(self) -> bool:
        items = self._items()
        return items is not None and self.index < items.accessible_count()

    def object(self):
        return None

    def window(self):
        return self._plot.window()

    def relations(self, _match=None):
        return []

    def focusChild(self):
        return None

    def childAt(self, _x, _y):
        return None

    def parent(self):
        return self._plot

    def child(self, _index):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child) -> int:
        return -1

    def text(self, t) -> str:
        items = self._items()
        if t == _Text.Name and items is not None and self.isValid():
            return items.accessible_text(self.index)
        return ""

    def setText(self, _t, _text) -> None:
        pass

    def rect(self) -> QRect:
        items = self._items()
        return items.accessible_rect(self.index) if items is not None and self.isValid() \
            else QRect()

    def role(self):
        return _Role.ListItem

    def state(self):
        s = QAccessible.State()
        s.focusable = True
        s.selectable = True
        items = self._items()
        if items is not None and items.accessible_current() == self.index:
            s.selected = True
            s.focused = self._plot.widget().hasFocus()
        return s


class PlotAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget):
        super().__init__(widget, _Role.Chart)
        # Children are made when first asked for and kept: assistive technology holds
        # on to the interfaces it was given, so they must outlive a refresh.
        self._children: dict[int, ItemAccessible] = {}

    def items(self) -> Items | None:
        return getattr(self.widget(), "accessible_items", None)

    def text(self, t) -> str:
        items = self.items()
        if t == _Text.Description and items is not None:
            return self.widget().accessibleDescription() or items.accessible_description()
        return super().text(t)

    def childCount(self) -> int:
        items = self.items()
        return 0 if items is None else items.accessible_count()

    def child(self, index: int):
        if not 0 <= index < self.childCount():
            return None
        if index not in self._children:
            self._children[index] = ItemAccessible(self, index)
        return self._children[index]

    def indexOfChild(self, child) -> int:
        index = getattr(child, "index", -1)
        return index if self._children.get(index) is child else -1

    def focusChild(self):
        items = self.items()
        current = None if items is None else items.accessible_current()
        return None if current is None else self.child(current)

    def childAt(self, x: int, y: int):
        return None  # moments are points: found by the keyboard cursor, not by hit-testing


def _factory(_key: str, obj):
    if isinstance(obj, QWidget) and getattr(obj, "accessible_items", None) is not None:
        iface = PlotAccessible(obj)
        # Qt's cache owns the interface; the widget keeps the Python side alive with it.
        obj._accessible_interface = iface  # type: ignore[attr-defined]  # a Python-side attribute
        return iface
    return None


_installed = False


def install() -> None:
    """Once per process, before the first plot is shown."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def focus_moved(widget: QWidget, index: int) -> None:
    """Tell assistive technology the cursor is on child ``index`` of ``widget``: a screen
    reader reads the child's name (what :meth:`Items.accessible_text` says)."""
    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(index)
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, message: str) -> None:
    """Something to be heard that is not a move: "last moment", "no check-ins"."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
