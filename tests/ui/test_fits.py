"""A window that fits: 900×600 and half a 1920 screen; the filters and the detail pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careersquiggle.core.dates import not_a_date
from careersquiggle.core.model import Kind


@pytest.mark.parametrize(("width", "height", "panel", "two_rows"), [
    (900, 600, False, True), (960, 1040, False, True), (1280, 800, True, False),
    (1920, 1080, True, False),
])
def test_the_window_fits_its_size(qtbot, make_window, demo_journal, width, height, panel,
                                  two_rows):
    w = make_window(demo_journal)
    w.resize(width, height)
    qtbot.waitUntil(lambda: w.width() == width)
    assert w.panel.isVisibleTo(w) is panel
    assert w.filters.compact is two_rows
    assert w.minimumSizeHint().width() <= 900
    for edit in (w.filters.date_from, w.filters.date_to):  # never cut to "fr…"
        assert edit.width() >= edit.fontMetrics().horizontalAdvance("March 2019")
    for child in (w.filters, w.view):
        right = child.mapTo(w, child.rect().topRight()).x()
        assert right <= w.width(), f"{type(child).__name__} runs off the window"


def test_a_narrow_window_says_the_nudge_in_the_status_bar(qtbot, make_window, journal):
    w = make_window(journal)
    w.resize(900, 600)
    qtbot.waitUntil(lambda: not w.panel.isVisibleTo(w))
    assert "check-in" in w.statusBar().currentMessage().lower()


def test_the_detail_pane_clears_when_its_entry_is_filtered_out(make_window, demo_journal):
    w = make_window(demo_journal)
    shock = next(e for e in demo_journal.entries() if e.kind is Kind.SHOCK)
    w.view.select_id(shock.id)
    assert shock.title in w.detail.toPlainText()
    w.filters.kind_buttons[Kind.SHOCK].setChecked(False)
    assert shock.title not in w.detail.toPlainText()
    assert w.selected_id() is None and "Select an entry" in w.detail.toPlainText()


def test_a_bad_date_in_the_filter_bar_gets_the_one_message(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    qtbot.keyClicks(w.filters.date_from, "soonish")
    qtbot.keyClick(w.filters.date_from, Qt.Key.Key_Return)
    expected = str(not_a_date("soonish"))
    assert w.filters.error.text() == expected[:1].upper() + expected[1:] + "."
    w.filters.date_from.clear()
    qtbot.keyClicks(w.filters.date_from, "Mar 2016")
    qtbot.keyClick(w.filters.date_from, Qt.Key.Key_Return)
    assert w.filters.error.text() == "" and w.query.date_from is not None
    assert str(w.query.date_from) == "2016-03"
