"""The view of a journal (range, lens, filters) is as it was left, next time."""

from __future__ import annotations

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Kind


def test_range_lens_and_filters_come_back_per_journal(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    x0, x1 = FuzzyDate.parse("2013").start_position(), FuzzyDate.parse("2016").end_position()
    w.filters.kind_buttons[Kind.NOTE].setChecked(False)
    w.filters.tag.setCurrentIndex(w.filters.tag.findData("fernbank"))
    w.action_for["lens_drive"].trigger()
    w.view.plot.vb.setXRange(x0, x1, padding=0)
    shown = len(w.view.data)
    w.close()

    again = make_window(demo_journal)
    assert again.lens == "drive"
    assert not again.filters.kind_buttons[Kind.NOTE].isChecked()
    assert again.filters.tag.currentData() == "fernbank"
    assert len(again.view.data) == shown
    r0, r1 = again.view.x_range()
    assert abs(r0 - x0) < 86400 and abs(r1 - x1) < 86400
