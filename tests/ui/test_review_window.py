"""The review window driven through its widgets, over a real journal file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QWidget

from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.review import ReviewWindow


@pytest.fixture
def ctrl(demo_journal):
    return JournalController(OpenJournal(demo_journal))


@pytest.fixture
def stack(ctrl):
    return ctrl.undo_stack


@pytest.fixture
def window(qtbot, ctrl):
    w = ReviewWindow(ctrl)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_review_of_the_whole_demo_journal(window):
    ov = window.overview
    assert ov.entries_card.value.text() == "20 entries"
    assert "◆ 3 shifts" in ov.entries_card.caption.text()
    assert ov.checkin_card.value.text() == "10 days ago"  # the sample's last one is recent
    text = ov.text.toPlainText()
    shift, wish = "From professorship to building things", "I want to manage people"
    assert text.index(shift) < text.index(wish)
    assert "▲ +8 from Pandemic: the office closed overnight" in text
    assert "After starting VP Engineering at Fernbank: autonomy 5.7 → 8.0 ▲ +2.3" in text
    assert ov.drive_chart.shown == ["PhD in computational biology", "Engineer at Fernbank",
                                    "Engineering manager at Fernbank", "VP Engineering at Fernbank"]
    xs, _ys = ov.feel_chart.rise.getData()
    assert xs is not None and len(xs) > 2  # the biggest rise is drawn over the line


def test_choosing_a_chapter_reviews_only_that_chapter(window, qtbot):
    picker = window.overview.picker
    with qtbot.waitSignal(picker.periodChanged):
        picker.kind.setCurrentIndex(picker.kind.findData("chapter"))
    assert picker.chapter.isVisible()
    assert picker.chapter.currentText() == "VP Engineering at Fernbank"
    picker.chapter.setCurrentIndex(picker.chapter.findText("Engineer at Fernbank"))
    assert window.overview.review.period.label == "Engineer at Fernbank"
    assert window.overview.entries_card.value.text() == "7 entries"


def test_a_period_ending_before_it_starts_is_explained_next_to_the_dates(window, qtbot):
    picker = window.overview.picker
    picker.kind.setCurrentIndex(picker.kind.findData("custom"))
    before = window.overview.review
    qtbot.keyClicks(picker.start, "2020")
    qtbot.keyClicks(picker.end, "2019")
    picker.end.editingFinished.emit()
    assert "ends (2019) before it starts (2020)" in picker.error.text()
    assert window.overview.review is before  # the last good review stays
    picker.end.setText("1990")
    picker.start.setText("1989")
    picker.end.editingFinished.emit()
    assert picker.error.text() == ""
    assert "Nothing was written down for this period" in window.overview.text.toPlainText()


def test_answering_a_prompt_saves_a_reflection_note_and_undo_removes_it(window, qtbot, stack,
                                                                          demo_journal):
    tab = window.prompts
    window.tabs.setCurrentWidget(tab)
    tab.select("motivation-no-money")
    qtbot.keyClicks(tab.answer, "Teach, write, and walk.")
    with qtbot.waitSignal(window.ctrl.changed) as changed:
        qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    (note,) = [e for e in demo_journal.entries() if "reflection" in e.tags]
    assert changed.args[0].entries == frozenset({note.id})
    assert note.notes == "Teach, write, and walk." and note.kind.value == "note"
    assert tab._items["motivation-no-money"].text(1) == "✓ 24 November 2026"
    assert "Teach, write, and walk." in tab.latest.text() and tab.answer.toPlainText() == ""
    assert window.overview.entries_card.value.text() == "21 entries"
    stack.undo()
    assert [e for e in demo_journal.entries() if "reflection" in e.tags] == []
    assert tab._items["motivation-no-money"].text(1) == "" and "Not answered" in tab.latest.text()
    stack.redo()
    assert demo_journal.reflections.latest_answers()["motivation-no-money"].entry_id == note.id


def test_an_empty_answer_is_explained_and_nothing_is_saved(window, qtbot, stack, demo_journal):
    tab = window.prompts
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert "answer is empty" in tab.message.text()
    assert stack.count() == 0 and len(demo_journal.entries()) == 20


def _fill_option(tab, qtbot, title, **scores):
    tab.title.clear()
    qtbot.keyClicks(tab.title, title)
    for name, value in scores.items():
        tab.scores[name].setValue(value)


def test_options_are_added_side_by_side_with_gains_and_losses_marked(window, qtbot, stack,
                                                                     demo_journal):
    tab = window.options
    window.tabs.setCurrentWidget(tab)
    assert "at least 2 options" in tab.hint.text()
    _fill_option(tab, qtbot, "Join a startup", autonomy=10, mastery=6, purpose=8, money=3)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    _fill_option(tab, qtbot, "Stay", autonomy=8, mastery=8, purpose=8, money=8)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [o.title for o in demo_journal.crossroads.options()] == ["Join a startup", "Stay"]
    t = tab.table
    assert t.columnCount() == 4 and t.horizontalHeaderItem(2).text() == "Join a startup"
    assert t.item(0, 0).text() == "8" and t.item(0, 1).text() == "6.6"  # now, average
    assert t.item(0, 2).text() == "10  ▲ +2.0" and t.item(1, 2).text() == "6  ▼ −2.0"
    assert t.item(1, 2).background().color().name() != t.item(0, 2).background().color().name()
    assert t.item(0, 3).text() == "8  =" and t.item(3, 2).text() == "3"
    stack.undo()
    assert [o.title for o in demo_journal.crossroads.options()] == ["Join a startup"]
    assert t.columnCount() == 3


def test_a_sixth_option_or_a_repeated_name_is_refused(window, qtbot, demo_journal):
    tab = window.options
    for n in range(5):
        _fill_option(tab, qtbot, f"Path {n}")
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert not tab.add_button.isEnabled() and "5 options is the most" in tab.hint.text()
    tab.table.setCurrentCell(0, 2)  # pick "Path 0" to edit
    tab.title.setText("Path 1")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "already an option called 'Path 1'" in tab.error.text()
    assert [o.title for o in demo_journal.crossroads.options()][0] == "Path 0"


def test_editing_and_removing_an_option_can_be_undone(window, qtbot, stack, demo_journal):
    tab = window.options
    _fill_option(tab, qtbot, "Management", money=4)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    tab.table.setCurrentCell(0, 2)
    assert tab.title.text() == "Management"
    tab.scores["money"].setValue(9)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert demo_journal.crossroads.options()[0].money == 9
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert demo_journal.crossroads.options() == []
    stack.undo()
    stack.undo()
    assert [(o.title, o.money) for o in demo_journal.crossroads.options()] == [("Management", 4)]


def test_a_done_plan_action_goes_on_the_squiggle_in_one_click(window, qtbot, stack, demo_journal):
    tab = window.plan
    window.tabs.setCurrentWidget(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("present-leadership"))
    tab.status.setCurrentIndex(tab.status.findData("done"))
    qtbot.keyClicks(tab.done, "2026-10")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    (action,) = demo_journal.crossroads.plan()
    assert action.title == "Present our work to senior leadership" and str(action.done) == "2026-10"
    assert tab.plan_actions == [action]
    assert isinstance(tab.actions(), list)  # Qt's own QWidget.actions() is not hidden
    tab.table.setCurrentCell(0, 0)
    assert tab.squiggle_button.isEnabled()
    with qtbot.waitSignal(window.ctrl.changed) as changed:
        qtbot.mouseClick(tab.squiggle_button, Qt.MouseButton.LeftButton)
    (event,) = [e for e in demo_journal.entries() if "plan" in e.tags]
    assert changed.args[0].entries == frozenset({event.id})
    assert (event.kind.value, event.title, str(event.date)) == (
        "event", "Present our work to senior leadership", "2026-10")
    assert tab.table.item(0, 6).text() == "● on the squiggle"
    assert not tab.squiggle_button.isEnabled()
    stack.undo()
    assert [e for e in demo_journal.entries() if "plan" in e.tags] == []
    assert tab.squiggle_button.isEnabled()


def test_an_action_not_yet_done_cannot_go_on_the_squiggle(window, qtbot, demo_journal):
    tab = window.plan
    tab.kind.setCurrentIndex(tab.kind.findData("mentor"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    tab.table.setCurrentCell(0, 0)
    assert not tab.squiggle_button.isEnabled()
    tab.status.setCurrentIndex(tab.status.findData("doing"))
    qtbot.keyClicks(tab.due, "2026-13")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "due date: there is no month 13" in tab.error.text()
    assert demo_journal.crossroads.plan()[0].status == "idea"


def test_the_intent_statement_is_saved_and_undone(window, qtbot, stack, demo_journal):
    tab = window.plan
    qtbot.keyClicks(tab.intent, "Coach other leaders")
    qtbot.mouseClick(tab.save_intent_button, Qt.MouseButton.LeftButton)
    assert demo_journal.crossroads.intent().statement == "Coach other leaders"
    assert tab.intent_saved.text() == "Saved 2026-11-24"
    stack.undo()
    assert demo_journal.crossroads.intent().statement == ""
    assert tab.intent.toPlainText() == ""


def test_changes_made_elsewhere_show_after_refresh(window, demo_journal):
    from careersquiggle.core.crossroads import Option

    demo_journal.crossroads.add_option(Option.create(title="Sabbatical", autonomy=10, mastery=4,
                                                      purpose=6, money=0))
    window.refresh()
    assert window.options.table.horizontalHeaderItem(2).text() == "Sabbatical"


def test_every_control_has_a_name_for_screen_readers(window):
    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox))
                and not isinstance(w.parent(), (QComboBox, QSpinBox))]  # their inner editors
    assert controls and all(w.accessibleName() for w in controls), [
        type(w).__name__ for w in controls if not w.accessibleName()]
    buttons = window.findChildren(QPushButton)
    assert all(b.text() or b.accessibleName() for b in buttons)


def test_an_empty_journal_gives_a_calm_review(qtbot, journal):
    w = ReviewWindow(JournalController(OpenJournal(journal)))
    qtbot.addWidget(w)
    assert w.overview.entries_card.value.text() == "0 entries"
    assert w.overview.checkin_card.value.text() == "never"
    assert "A quiet period" in w.overview.text.toPlainText()
    picker = w.overview.picker
    chapter_item = picker.kind.model().item(picker.kind.findData("chapter"))
    assert not chapter_item.isEnabled()  # no chapters to choose from yet
    assert w.overview.drive_chart.shown == []


def test_undoing_an_answer_whose_note_was_deleted_elsewhere_is_harmless(window, qtbot, stack,
                                                                        demo_journal):
    tab = window.prompts
    qtbot.keyClicks(tab.answer, "Someone kind")
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    (note,) = [e for e in demo_journal.entries() if "reflection" in e.tags]
    demo_journal.delete_entry(note.id)  # e.g. from the terminal
    with qtbot.waitSignal(window.ctrl.failed) as failed:
        stack.undo()
    assert "no longer in the journal" in failed.args[0]
    assert len(demo_journal.entries()) == 20 and not stack.canUndo()


def test_mnemonics_do_not_clash_with_the_tabs_or_each_other(window):
    import re

    tabs = {re.search(r"&(\w)", window.tabs.tabText(i)).group(1).lower()
            for i in range(window.tabs.count())}
    for page in (window.overview, window.prompts, window.options, window.plan):
        keys = [m.group(1).lower() for w in page.findChildren(QWidget)
                for m in [re.search(r"&(\w)", getattr(w, "text", lambda: "")() or "")] if m]
        assert len(keys) == len(set(keys)) and not set(keys) & tabs, (page, keys)
