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


def test_a_big_journals_tag_filter_comes_back_before_its_tags_are_counted(
        qtbot, make_window, demo_journal):
    # The threshold is lowered so the sample story takes the path a 100k journal takes:
    # tag names at once, their counts once the squiggle is on screen.
    w = make_window(demo_journal, async_threshold=5)
    qtbot.waitUntil(lambda: not w.loading)
    counted = dict(demo_journal.tags())
    w.filters.tag.setCurrentIndex(w.filters.tag.findData("fernbank"))
    qtbot.waitUntil(lambda: not w.loading)
    shown = sorted(w.view.data.titles)
    w.close()

    again = make_window(demo_journal, async_threshold=5)
    assert again.filters.tag.currentData() == "fernbank"
    qtbot.waitUntil(lambda: not again.loading)
    assert sorted(again.view.data.titles) == shown and 0 < len(shown) < 20
    texts = [again.filters.tag.itemText(i) for i in range(1, again.filters.tag.count())]
    # Counted, most used first, as a small journal's are.
    assert texts == [f"{t} ({n})" for t, n in demo_journal.tags()]
    assert f"fernbank ({counted['fernbank']})" == again.filters.tag.currentText()
