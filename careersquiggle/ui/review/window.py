"""The crossroads review window, opened from the main window (View → Review, Ctrl+R).

    review = ReviewWindow(controller, parent)

Every change made here is an operation pushed through the controller onto its
one undo stack, so Ctrl+Z works here and in the main window alike; the window
refreshes from the controller's ``changed`` (whoever made the change).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from careersquiggle.core.i18n import Context
from careersquiggle.services.changes import Changes
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import Operation
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.keys import redo_keys
from careersquiggle.ui.review.options_tab import OptionsTab
from careersquiggle.ui.review.output_bar import OutputBar
from careersquiggle.ui.review.overview import OverviewTab
from careersquiggle.ui.review.plan_tab import PlanTab
from careersquiggle.ui.review.prompts_tab import PromptsTab
from careersquiggle.ui.settings import Settings

MINIMUM = QSize(560, 400)  # smaller than this, nothing reads well even with scrolling
ReviewWindowText = Context("ReviewWindowText")


class ReviewWindow(QWidget):
    def __init__(self, ctrl: JournalController, parent: QWidget | None = None,
                 settings: Settings | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(ReviewWindowText.tr("Crossroads review"))
        self.setAccessibleName(self.windowTitle())
        self.ctrl, self.undo_stack = ctrl, ctrl.undo_stack
        journal = self.journal = ctrl.journal
        ctrl.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(ReviewWindowText.tr("Review sections"))
        self.overview = OverviewTab(journal)
        self.prompts = PromptsTab(journal, self.do)
        self.options = OptionsTab(journal, self.do)
        self.plan = PlanTab(journal, self.do)
        for page, title in ((self.overview, ReviewWindowText.tr("&Review")),
                            (self.prompts, ReviewWindowText.tr("Reflection &prompts")),
                            (self.options, ReviewWindowText.tr("&Options")),
                            (self.plan, ReviewWindowText.tr("&Intent and plan"))):
            self.tabs.addTab(page, title)
        # Save as Markdown or PDF, print: the review of the period chosen on the first tab.
        self.output = OutputBar(lambda: self.journal, self.overview.picker.period, settings)
        lay = QVBoxLayout(self)
        lay.addWidget(self.scroll_when_short(self.tabs))
        lay.addWidget(self.output)
        # Undo and redo work here too, on the shared stack.
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        redo = QShortcut(self)
        redo.setKeys(redo_keys())  # the same keys as the main window's Redo
        redo.activated.connect(self.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        for n in range(4):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, lambda n=n: self.tabs.setCurrentIndex(n))
        self.resize(1240, 820)
        self.overview.refresh()

    def scroll_when_short(self, tabs: QTabWidget) -> QScrollArea:
        """The tabs scroll, rather than being cut, in a window smaller than they need (a
        900x600 screen); otherwise the scroll area is invisible."""
        scroll = QScrollArea()
        scroll.setWidget(tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop; it follows the focus
        self.setMinimumSize(MINIMUM)
        return scroll

    def do(self, op: Operation) -> str | None:
        """Do ``op`` as an undoable step; return the journal's message if it refused it."""
        return self.ctrl.push(op)

    def set_journal(self, journal: Journal) -> None:
        """Show another journal (e.g. after opening the sample); the stack is the caller's."""
        self.journal = journal
        for tab in (self.overview, self.prompts, self.options, self.plan):
            tab.set_journal(journal)

    def set_high_contrast(self, high: bool) -> None:
        """Follow the main window's contrast (the system's, or View → Contrast)."""
        self.options.chart.set_high_contrast(high)

    def refresh(self, changes: Changes | None = None) -> None:
        """Bring every tab up to date after the journal changed (here or elsewhere)."""
        self.overview.refresh()
        other = changes.other if changes is not None else frozenset({"*"})
        if changes is None or changes.entries or other & {"*"}:
            self.prompts.refresh()
        if changes is None or changes.checkins or other & {"options", "*"}:
            self.options.refresh()
        if changes is None or changes.entries or other & {"intent", "plan", "*"}:
            self.plan.refresh()
