"""The view follows you: a new or edited entry and a filter bring what they concern in view."""

from __future__ import annotations

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, Entry
from careersquiggle.ui.entry_dialog import EntryDialog
from tests.ui.conftest import TODAY, drive_modal


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
    assert _in_view(w, "2020-05")
    assert w.view.selected_id() == journal.entries()[-1].id


def test_filtering_by_a_chapter_shows_that_chapter(make_window, demo_journal):
    w = make_window(demo_journal)
    w.view.plot.vb.setXRange(FuzzyDate.parse("2021").start_position(),
                             FuzzyDate.parse("2022").end_position(), padding=0)
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("PhD in computational biology"))
    assert _in_view(w, "2011-04") and not _in_view(w, "2021-06")


def test_fit_all_reaches_today_for_an_ongoing_chapter(make_window, journal):
    journal.add_entry(Entry.create(kind="event", title="Joined", date="2015"))
    journal.add_chapter(Chapter.create(title="Staff engineer", start="2015-01"))
    w = make_window(journal)
    w.view.fit_all()
    assert _in_view(w, TODAY.isoformat()) and _in_view(w, "2015-01")
