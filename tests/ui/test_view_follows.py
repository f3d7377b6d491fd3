"""The view follows you: a new or edited entry and a filter bring what they concern in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, Entry
from careersquiggle.ui import window_tools
from careersquiggle.ui.entry_dialog import EntryDialog
from careersquiggle.ui.import_dialog import ImportDialog
from tests.ui.conftest import TODAY, drive_modal


def _glided(qtbot, w) -> None:
    qtbot.waitUntil(lambda: not w.view.motion.running, timeout=3000)


def _in_view(w, date: str) -> bool:
    x0, x1 = w.view.x_range()
    return x0 <= FuzzyDate.parse(date).position() <= x1


def test_a_new_entry_out_of_view_is_brought_into_view(qtbot, make_window, journal):
    for year in (2010, 2011, 2012):
        journal.add_entry(Entry.create(kind="event", title=f"Year {year}", date=str(year)))
    w = make_window(journal)
    w.view.plot.vb.setXRange(FuzzyDate.parse("2010").start_position(),
                             FuzzyDate.parse("2011").end_position(), padding=0)
    assert not _in_view(w, "2020-05")

    def fill(dlg):
        dlg.title.setText("Moved abroad")
        dlg.date.edit.setText("May 2020")
        dlg.accept()

    drive_modal(qtbot, EntryDialog, fill, w.new_entry)
    assert w.view.motion.running  # a short glide, so the eye follows
    _glided(qtbot, w)
    assert _in_view(w, "2020-05")
    assert w.view.selected_id() == journal.entries()[-1].id


def test_filtering_by_a_chapter_shows_that_chapter(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.view.plot.vb.setXRange(FuzzyDate.parse("2021").start_position(),
                             FuzzyDate.parse("2022").end_position(), padding=0)
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("PhD in computational biology"))
    _glided(qtbot, w)
    assert _in_view(w, "2011-04") and not _in_view(w, "2021-06")


def test_fit_all_reaches_today_for_an_ongoing_chapter(make_window, journal):
    journal.add_entry(Entry.create(kind="event", title="Joined", date="2015"))
    journal.add_chapter(Chapter.create(title="Staff engineer", start="2015-01"))
    w = make_window(journal)
    w.view.fit_all()
    assert _in_view(w, TODAY.isoformat()) and _in_view(w, "2015-01")


def _years(w, a: str, b: str) -> None:
    w.view.plot.vb.setXRange(FuzzyDate.parse(a).start_position(),
                             FuzzyDate.parse(b).end_position(), padding=0)


def test_the_glide_passes_between_and_ends_exactly_on_what_the_filter_picked(
        qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    _years(w, "2021", "2022")
    start = w.view.x_range()
    seen = []
    w.view.plot.vb.sigXRangeChanged.connect(lambda _vb, r: seen.append(tuple(r)))
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("PhD in computational biology"))
    target = w.view.motion.target
    assert target == w.view.layer.fit_range(w.view.data.span())
    _glided(qtbot, w)
    assert w.view.x_range() == pytest.approx(target)
    between = [r for r in seen[:-1] if r[0] not in (start[0], target[0])]
    assert between, "the range jumped instead of gliding"
    assert all(min(start[0], target[0]) <= r[0] <= max(start[0], target[0]) for r in between)


def test_with_reduced_motion_the_range_is_set_at_once_and_the_choice_is_kept(
        qtbot, make_window, demo_journal, settings):
    w = make_window(demo_journal)
    assert not w.action_for["reduce_motion"].isChecked()
    w.action_for["reduce_motion"].trigger()  # View → Reduce motion
    assert settings.value("view/reduce_motion") is True
    _years(w, "2021", "2022")
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("PhD in computational biology"))
    assert not w.view.motion.running
    assert w.view.x_range() == pytest.approx(w.view.layer.fit_range(w.view.data.span()))
    settings.sync()
    again = make_window(demo_journal)
    assert again.action_for["reduce_motion"].isChecked() and again.view.reduce_motion
    again.action_for["reduce_motion"].trigger()
    assert settings.value("view/reduce_motion") is False and not again.view.reduce_motion


def test_zooming_during_a_glide_stops_it_where_the_user_took_over(qtbot, make_window,
                                                                   demo_journal):
    w = make_window(demo_journal)
    _years(w, "2021", "2022")
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("PhD in computational biology"))
    target = w.view.motion.target
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Plus)
    assert not w.view.motion.running
    qtbot.wait(300)
    assert w.view.x_range() != pytest.approx(target)


def test_an_import_out_of_view_is_glided_into_view(qtbot, make_window, journal):
    from tests.ui.test_import_dialog import DATA, choose

    journal.add_entry(Entry.create(kind="note", title="Mine", date="2005"))
    w = make_window(journal)
    _years(w, "2004", "2006")

    def fill(dlg: ImportDialog):
        choose(qtbot, dlg, "jrnl", DATA / "jrnl_export.json")
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)

    drive_modal(qtbot, ImportDialog, fill, lambda: window_tools.import_file(w))
    assert w.view.motion.running
    _glided(qtbot, w)
    assert _in_view(w, "2019-03-04") and _in_view(w, "2023-05-20")
