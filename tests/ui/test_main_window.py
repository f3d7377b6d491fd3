"""The squiggle window, driven as a person would: dialogs, undo, filters, selection."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from careersquiggle.core.model import Chapter, Entry, EntryQuery, Kind
from careersquiggle.services.operations import AddItem
from careersquiggle.ui.entry_dialog import EntryDialog
from careersquiggle.ui.main_window import SIDE_PANEL_FROM
from tests.ui.conftest import drive_modal


def _ok(dlg):
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _fill_entry(title, kind="event", date="March 2019", feel=3, tags=""):
    def fill(dlg: EntryDialog):
        dlg.kind.buttons[Kind(kind)].click()
        dlg.title.setText(title)
        dlg.date.edit.setText(date)
        if feel is None:
            dlg.no_feel.setChecked(True)
        else:
            dlg.feel.setValue(feel)
        dlg.tags.setText(tags)
        _ok(dlg)
    return fill


def test_empty_journal_invites_the_first_entry(make_window, journal):
    w = make_window(journal)
    assert w.view.stack.currentWidget() is w.view.empty
    assert w.view.empty.sample_button.isVisible()
    assert w.windowTitle() == "Career Squiggle — My journal"


def test_create_edit_delete_with_undo_and_redo(qtbot, make_window, journal):
    w = make_window(journal)
    drive_modal(qtbot, EntryDialog, _fill_entry("Joined Acme as an engineer", tags="#Acme, work"),
                w.new_entry)
    [e] = journal.entries()
    assert (e.title, str(e.date), e.feel, e.tags) == ("Joined Acme as an engineer", "2019-03", 3,
                                                      ("acme", "work"))
    assert w.view.stack.currentWidget() is w.view.graphics
    assert list(w.view.data.titles) == ["Joined Acme as an engineer"]
    assert w.table_model.rowCount() == 1

    w.view.select_id(e.id)
    def rename(dlg):
        dlg.title.setText("Joined Acme as a senior engineer")
        dlg.feel.setValue(4)
        _ok(dlg)
    drive_modal(qtbot, EntryDialog, rename, w.edit_entry)
    assert journal.get_entry(e.id).title == "Joined Acme as a senior engineer"
    assert w.view.data.y.tolist() == [4.0]

    w.undo_stack.undo()
    assert journal.get_entry(e.id).title == "Joined Acme as an engineer"
    w.undo_stack.redo()
    assert journal.get_entry(e.id).feel == 4

    w.view.select_id(e.id)
    w.action_for["delete_entry"].trigger()
    assert journal.entries() == []
    assert len(w.view.data) == 0
    w.undo_stack.undo()
    back = journal.entries()
    assert [x.id for x in back] == [e.id] and back[0].title == "Joined Acme as a senior engineer"
    # Undo the creation too: the journal is empty again.
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert journal.entries() == []


def test_blank_title_is_explained_next_to_the_field(qtbot, make_window, journal):
    w = make_window(journal)
    messages = []

    def fill(dlg):
        dlg.title.setText("   ")
        _ok(dlg)
        messages.append(dlg.title_error.text())
        assert dlg.isVisible()  # still open for a correction
        dlg.reject()

    drive_modal(qtbot, EntryDialog, fill, w.new_entry)
    assert "title is empty" in messages[0]
    assert journal.entries() == []


def test_shift_fields_only_for_shifts(qtbot, journal):
    dlg = EntryDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.shift_from.isVisible()
    dlg.kind.buttons[Kind.SHIFT].click()
    assert dlg.shift_from.isVisible() and dlg.shift_to.isVisible()
    dlg.title.setText("I want to manage people")
    dlg.shift_from.setText("coding all day")
    dlg.shift_to.setText("growing a team")
    dlg.accept()
    assert dlg.result_entry.shift_to == "growing a team"


def test_filters_and_search_narrow_the_plot_and_the_list(make_window, demo_journal):
    w = make_window(demo_journal)
    total = len(w.view.data)
    assert total == 20

    w.filters.kind_buttons[next(k for k in w.filters.kind_buttons
                                if k.value == "shock")].setChecked(False)
    assert all(t not in w.view.data.titles for t in ("Pandemic: the office closed overnight",))
    assert len(w.view.data) == total - 4

    w.filters.clear()
    w.filters.search.setText("fernbank")
    titles = set(w.view.data.titles)
    assert "Joined Fernbank, a local startup, as an engineer" in titles
    assert "First paper accepted" not in titles
    assert w.table_model.rowCount() == len(w.view.data)

    w.filters.clear()
    w.filters.tag.setCurrentIndex(w.filters.tag.findData("phd"))
    assert sorted(w.view.data.titles) == sorted(
        e.title for e in demo_journal.entries() if "phd" in e.tags)

    w.filters.clear()
    w.filters.chapter.setCurrentIndex(w.filters.chapter.findText("VP Engineering at Fernbank"))
    assert set(w.view.data.titles) == {"Promoted to VP Engineering",
                                       "From scaling the team to scaling other leaders",
                                       "Coffee with a founder I admire"}
    w.filters.clear()
    w.filters.date_from.setText("2020")
    w.filters.date_from.editingFinished.emit()
    assert min(w.view.data.x) >= Entry.create(kind="note", title="x",
                                              date="2020").date.start_position()


def test_click_selects_and_hover_describes_the_entry(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.view.fit_all()
    qtbot.wait(50)  # let the layout settle to its final size
    target = demo_journal.entries()[3]  # the postdoc shock
    i = w.view.data.index_of(target.id)
    vb = w.view.plot.vb
    scene_pt = vb.mapViewToScene(QPointF(w.view.data.x[i], w.view.data.y[i]))
    view_pt = w.view.graphics.mapFromScene(scene_pt)
    qtbot.mouseMove(w.view.graphics.viewport(), view_pt)
    qtbot.waitUntil(lambda: target.title in (vb.toolTip() or ""))
    assert "Setback" not in vb.toolTip() and "External shock" in vb.toolTip()
    assert "November 2012" in vb.toolTip() and "Feel: -4" in vb.toolTip()
    qtbot.mouseClick(w.view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=view_pt)
    qtbot.waitUntil(lambda: w.view.selected_id() == target.id)
    assert target.title in w.detail.toPlainText()
    assert w.table.selected_id() == target.id


def test_keyboard_steps_between_entries_and_zooms(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.view.graphics.setFocus()
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Right)
    first = demo_journal.entries()[0]
    assert w.view.selected_id() == first.id
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Right)
    assert w.view.selected_id() == demo_journal.entries()[1].id
    x0, x1 = w.view.x_range()
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Plus)
    z0, z1 = w.view.x_range()
    assert (z1 - z0) < (x1 - x0) * 0.9
    qtbot.keyClick(w.view.graphics, Qt.Key.Key_Home)
    f0, f1 = w.view.x_range()
    assert f0 <= min(w.view.data.x) and f1 >= max(w.view.data.x)


def test_labels_never_overlap(qtbot, make_window, demo_journal):
    """The window's labels (the same layer as pictures): measured where they are drawn, never
    on each other, a marker or the line; full titles; chapter titles whole where they fit,
    each inside its band."""
    from tests.render.test_labels import check_clear
    from tests.render.test_titles import check_titles

    w = make_window(demo_journal)
    qtbot.waitUntil(lambda: len(w.view.layer.visible_labels()) >= 5)
    check_clear(w.view.layer)
    assert not any("…" in t for t in w.view.layer.visible_labels())
    titles = w.view.layer.labels.chapter_titles()
    assert "Engineering manager at Fernbank" in titles
    check_titles(w.view.layer)


def test_drive_lens_draws_the_checkins(make_window, demo_journal, settings):
    w = make_window(demo_journal)
    w.action_for["lens_drive"].trigger()
    assert w.view.data.lens == "drive"
    checkins = demo_journal.checkins()
    assert len(w.view.data.anchor_x) == len(checkins)
    assert np.allclose(sorted(w.view.data.anchor_y), sorted(c.drive - 5 for c in checkins))
    assert settings.value("view/lens") == "drive"


def test_chapters_are_undoable_too(make_window, journal):
    w = make_window(journal)
    from careersquiggle.services.operations import AddItem, DeleteItem
    w.ctrl.push(AddItem(Chapter.create(title="PhD", start="2009", end="2013")))
    [ch] = journal.chapters()
    w.ctrl.push(DeleteItem(ch))
    assert journal.chapters() == []
    w.undo_stack.undo()
    assert [c.title for c in journal.chapters()] == ["PhD"]


def test_window_state_is_remembered(qtbot, make_window, journal, settings):
    w = make_window(journal)
    w.resize(1250, 700)
    w.main.setSizes([600, 400])
    expected = w.main.sizes()
    w.lens_combo.setCurrentIndex(1)
    w.close()
    again = make_window(journal)
    # The offscreen screen is small, so Qt clamps the width to it; the height comes back whole.
    assert again.size().height() == 700
    if again.width() >= SIDE_PANEL_FROM:
        assert again.main.sizes()[0] == expected[0]  # the panel absorbs the clamped width
    else:  # clamped below the width the side panel needs: it is folded away
        assert not again.panel.isVisibleTo(again)
    assert again.lens == "drive" and again.lens_combo.currentData() == "drive"


def test_large_journals_load_without_freezing_the_window(qtbot, make_window, demo_journal):
    # The threshold is lowered so the sample story takes the path a 100k journal takes.
    w = make_window(demo_journal, async_threshold=5)
    qtbot.waitUntil(lambda: not w.loading and len(w.view.data) == 20)
    assert w.table_model.rowCount() == 20
    assert not w.progress.isVisible()
    # Tags are fetched for the rows on screen: the list still shows them.
    m = w.table_model
    shown = {m.data(m.index(r, 3)): m.data(m.index(r, 4)) for r in range(m.rowCount())}
    assert shown["Started a PhD, aiming for a professorship"] == "academia, phd"
    assert shown["Defended my thesis"] == "phd"
    w.filters.search.setText("fernbank")
    qtbot.waitUntil(lambda: not w.loading)
    expected = [e.title for e in demo_journal.entries(EntryQuery(text="fernbank"))]
    qtbot.waitUntil(lambda: list(w.view.data.titles) == expected)
    assert 0 < len(expected) < 20


def test_a_big_journal_loads_all_the_same_with_the_squiggle_folded_away(
        qtbot, make_window, demo_journal):
    # The squiggle's pane folded to nothing (a splitter dragged shut last time): it never
    # paints, and the list, the tag counts and the check-ins still arrive.
    w = make_window(demo_journal, async_threshold=5)
    w.left.setSizes([0, 800])
    w.close()
    again = make_window(demo_journal, async_threshold=5)
    assert again.left.sizes()[0] == 0
    qtbot.waitUntil(lambda: not again.loading and again.table_model.rowCount() == 20,
                    timeout=5000)
    texts = [again.filters.tag.itemText(i) for i in range(1, again.filters.tag.count())]
    assert texts == [f"{t} ({n})" for t, n in demo_journal.tags()]


def test_review_opens_from_the_window_and_shares_undo(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    w.action_for["review"].trigger()
    assert w.review is not None and w.review.isVisible()
    assert w.review.undo_stack is w.undo_stack
    before = w.counts["entries"]
    # A change made in the main window reaches the review (it refreshes from the journal).
    from careersquiggle.services.operations import AddItem

    w.ctrl.push(AddItem(Entry.create(kind="event", title="Offer from Initech", date="2026-10",
                                     feel=2)))
    assert w.counts["entries"] == before + 1
    w.review.close()


def test_follows_the_palette_when_it_changes(qtbot, make_window, demo_journal):
    from PySide6.QtGui import QColor, QPalette

    w = make_window(demo_journal)
    light_bg = w.view.plot.vb.background.brush().color().name()
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
    w.setPalette(dark)
    qtbot.waitUntil(lambda: w.theme.name == "dark")
    assert w.view.plot.vb.background.brush().color().name() != light_bg


def test_a_healthy_big_journal_checked_in_the_background_is_never_called_damaged(
        qtbot, make_window, journal_path):
    """Regression: the window starts before a big file's check, which then runs on the
    loader's thread while the window keeps reading; a healthy journal must never get the
    "damaged, restore a backup?" box. check_later_above=0 plays a journal that big."""
    from PySide6.QtWidgets import QApplication

    from careersquiggle.services.demo import load_sample
    from careersquiggle.services.journal import Journal

    with Journal.open(journal_path) as j:
        load_sample(j)
    journal = Journal.open(journal_path, check_later_above=0)
    assert not journal.verified
    boxes = []

    def watch():  # any modal box that shows up is noted and closed
        box = QApplication.activeModalWidget()
        if box is not None:
            boxes.append(box.windowTitle() + " " + getattr(box, "informativeText", str)())
            box.close()
    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(5)
    w = make_window(journal)
    for _ in range(20):  # reads while the check runs beside them
        w.reload()
    qtbot.waitUntil(lambda: journal.verified and not w.busy)
    w.reload()
    timer.stop()
    assert boxes == []
    assert len(w.view.data) == 20 and w.panel.big["purpose"].text() == "8"
    w.ctrl.push(AddItem(Entry.create(kind="event", title="New role", date="2026-10")))
    assert "New role" in w.view.data.titles
    journal.close()
