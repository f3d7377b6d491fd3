"""The review window's bar charts: their legends never cover a bar, at the window's smallest
and usual sizes and with long names, and no chart is cut off at the side; on the options
chart money has a colour of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize, Qt

from careersquiggle.core import crossroads as cr
from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.review import ReviewWindow

LONG = ["Stay and grow as VP Engineering at Fernbank for three more years",
        "Found a company with the co-founder I met at the conference in Lisbon",
        "Take a sabbatical year and write the book about distributed teams",
        "Move to a research lab and lead a small team of applied scientists",
        "Teach engineering management at the university two days a week"]


@pytest.fixture
def window(qtbot, demo_journal):
    for k, title in enumerate(LONG):
        demo_journal.crossroads.add_option(cr.Option.create(
            title=title, autonomy=10 - k, mastery=10, purpose=3 + k, money=10 - 2 * k))
    w = ReviewWindow(JournalController(OpenJournal(demo_journal)))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.options)
    return w


def _bar_rects(chart) -> list[QRectF]:
    rects = []
    for bar in chart.bars.values():
        width = bar.opts["width"]
        for x, height in zip(bar.opts["x"], bar.opts["height"], strict=True):
            # Through the view box, whose mapping is brought up to date first (an item's
            # own mapping may still be the one of the last paint).
            shape = bar.getViewBox().mapViewToScene(QRectF(x - width / 2, 0, width, height))
            rects.append(shape.boundingRect())
    return rects


@pytest.mark.parametrize("size", ["smallest", "default"])
def test_the_legend_never_covers_a_bar(qtbot, window, size):
    if size == "smallest":
        window.resize(window.minimumSizeHint())
    else:
        window.resize(QSize(1240, 820))
    chart = window.options.chart
    qtbot.waitUntil(lambda: chart.width() > 0 and chart.legend.sceneBoundingRect().height() > 0)
    qtbot.wait(50)  # the layout settles after the resize
    legend = chart.legend.sceneBoundingRect()
    bars = _bar_rects(chart)
    assert len(bars) == 4 * len(LONG)
    assert all(r.height() > 0 for r in bars)
    assert not [r for r in bars if r.intersects(legend)]
    assert chart.rect().contains(legend.toRect())  # and the legend is not cut off
    # Each long name is shortened to its group's width, not dropped.
    labels = chart.tick_labels()
    assert len(labels) == len(LONG) and all(label[:4] == t[:4] for label, t in zip(
        labels, LONG, strict=True))


def test_money_has_its_own_colour_also_in_high_contrast(window):
    chart = window.options.chart
    for high in (False, True):
        window.set_high_contrast(high)
        colours = {name: chart.brush_colour(name) for name in cr.OPTION_SCORES}
        assert colours["money"] not in {colours[d] for d in ("autonomy", "mastery", "purpose")}
        assert len(set(colours.values())) == 4  # every criterion told apart
    assert chart.high_contrast
    edge = chart.bars["money"].opts["pen"]
    assert edge.color().name() == "#000000" and edge.widthF() >= 1.5  # outlined bars
    window.set_high_contrast(False)
    assert chart.bars["money"].opts["pen"].color().name() == "#ffffff"


def test_a_long_name_in_the_table_header_is_cut_with_an_ellipsis_and_told_in_full(window):
    header = window.options.table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert [window.options.table.horizontalHeaderItem(2 + k).toolTip()
            for k in range(len(LONG))] == LONG


@pytest.mark.parametrize("size", ["smallest", "default"])
def test_the_chapters_chart_legend_covers_no_bar_and_nothing_is_cut_off(qtbot, window, size):
    window.tabs.setCurrentWidget(window.overview)
    window.resize(window.minimumSizeHint() if size == "smallest" else QSize(1240, 820))
    chart = window.overview.drive_chart
    qtbot.waitUntil(lambda: chart.legend.sceneBoundingRect().height() > 0)
    qtbot.wait(50)
    legend = chart.legend.sceneBoundingRect()
    bars = _bar_rects(chart)
    assert len(bars) == 3 * 4  # three scores for each of the sample's four chapters
    assert not [r for r in bars if r.intersects(legend)]
    needed = chart.plotItem.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
    assert chart.width() >= needed  # the splitter never squeezes it narrower than it draws
    assert chart.rect().contains(legend.toRect())
