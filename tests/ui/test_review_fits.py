"""The review window on a small screen (900x600): its tabs scroll instead of being cut or
pushing the window taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea

from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.review import ReviewWindow


def test_on_a_900_by_600_screen_the_tabs_scroll_and_every_button_can_be_reached(
        qtbot, demo_journal):
    w = ReviewWindow(JournalController(OpenJournal(demo_journal)))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(QSize(880, 540))  # a 900x600 screen less the title bar and a panel
    w.tabs.setCurrentWidget(w.options)
    qtbot.waitUntil(lambda: w.height() == 540)
    scroll = w.findChild(QScrollArea)
    assert scroll.widget() is w.tabs
    need = w.tabs.minimumSizeHint().height()
    assert need > scroll.viewport().height()  # the options tab needs more than there is
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    assert w.tabs.height() >= need  # so it scrolls, and nothing in it is squeezed
    button = w.options.add_button
    scroll.ensureWidgetVisible(button)
    qtbot.waitUntil(lambda: not button.visibleRegion().isEmpty())
    assert w.output.isVisible() and w.output.geometry().bottom() <= w.height()
