"""The main window: the squiggle in the centre, entries below, autonomy/mastery/purpose beside."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careersquiggle import APP_NAME
from careersquiggle.core import squiggle
from careersquiggle.core.checkin_list import CheckIns
from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import DamagedJournal, JournalError
from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.model import Chapter, Entry, EntryQuery
from careersquiggle.render.squiggle import tooltip_text
from careersquiggle.render.theme import theme_for

if TYPE_CHECKING:
    from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui import sample_close, view_memory, window_actions
from careersquiggle.ui.contrast import ContrastWatcher
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.entry_detail import EntryDetail
from careersquiggle.ui.entry_table import EntryTable, EntryTableModel
from careersquiggle.ui.filter_bar import FilterBar
from careersquiggle.ui.follow import ChangeFollower
from careersquiggle.ui.loader import ASYNC_THRESHOLD, ColumnsLoader
from careersquiggle.ui.safety_actions import BackupTimer
from careersquiggle.ui.settings import Settings
from careersquiggle.ui.side_panel import SidePanel
from careersquiggle.ui.squiggle_view import SquiggleView
from careersquiggle.ui.sync_runner import SyncRunner
from careersquiggle.ui.window_editing import EditingCommands
from careersquiggle.ui.window_journals import JournalSwitching
from careersquiggle.ui.window_start import AfterPaint

Window = Context("Window")


SIDE_PANEL_FROM = 1100  # px of window width; below it the side panel folds away
COMPACT_FILTERS_BELOW = 1250


def is_dark(widget: QWidget) -> bool:
    return widget.palette().window().color().lightness() < 128


class MainWindow(EditingCommands, JournalSwitching, AfterPaint, QMainWindow):
    _preloaded = Signal(object)  # future of the background open, back on the window's thread
    action_for: dict[str, QAction]  # the window's actions by name

    def __init__(self, controller: JournalController, settings: Settings, *,
                 open_folder: Callable[[Path, QWidget], OpenJournal] | None = None,
                 open_sample: Callable[[], OpenJournal] | None = None,
                 display_name: str | None = None,
                 async_threshold: int = ASYNC_THRESHOLD,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__()
        self.ctrl = controller
        controller.setParent(self)  # it and its undo stack go when the window goes
        self.settings = settings
        self.open_folder_fn = open_folder
        self.open_sample_fn = open_sample
        self.display_name = display_name or Window.tr("My journal")
        self.async_threshold = async_threshold
        self.today = today
        self.query = EntryQuery()
        self.lens = settings.value("view/lens")
        self.cols = EntryColumns()
        self.counts = {"entries": 0, "checkins": 0, "chapters": 0}
        self.checkins = CheckIns.of(())
        self.chapters: list[Chapter] = []
        self.undo_stack = controller.undo_stack
        self.review = None  # the crossroads review window, made when first asked for
        self.refusing = False
        self._preload_future: Future[Any] | None = None
        # A big journal's text, asked for once the window has painted its shape: reading it
        # alongside the first paint (two threads, one interpreter lock) held that paint up.
        self._text_wanted: EntryQuery | None = None
        self._init_after_paint()
        self.contrast = ContrastWatcher(settings.value("view/contrast"), self)
        self.theme = theme_for(is_dark(self), self.contrast.high)

        self.view = SquiggleView(self.theme)
        self.view.reduce_motion = bool(settings.value("view/reduce_motion"))
        self.filters = FilterBar()
        self.table_model = EntryTableModel(self, tags_of=self._tags_of)
        self.table = EntryTable(self.table_model)
        self.detail = EntryDetail()
        self.panel = SidePanel(self.theme, today=today)
        self.panel.link_to(self.view.plot)
        self.panel.nudge_days = settings.nudge_days

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filters)
        top_layout.addWidget(self.view, 1)
        self.lower_split = QSplitter(Qt.Orientation.Horizontal)
        self.lower_split.addWidget(self.table)
        self.lower_split.addWidget(self.detail)
        self.lower_split.setStretchFactor(0, 3)
        self.lower_split.setStretchFactor(1, 2)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(top)
        self.left.addWidget(self.lower_split)
        self.left.setSizes([560, 260])
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.addWidget(self.left)
        self.main.addWidget(self.panel)
        self.main.setSizes([980, 340])
        self.setCentralWidget(self.main)
        self.status_counts = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a query has no meaningful percentage
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.status_counts)
        self.loader = ColumnsLoader(self)
        self.backups = BackupTimer(self)
        self.view.layer.tip_for = self._tip

        self.action_for = window_actions.build(self)
        self.follow = ChangeFollower(self)  # every change, ours or another process's
        self.sync_runner = SyncRunner(self)  # rounds with the synced folder, if set up
        self.statusBar().addPermanentWidget(self.sync_runner.spinner)
        self.statusBar().addPermanentWidget(self.sync_runner.label)
        self._connect()
        self._restore_state()
        self.resize(1280, 820) if not settings.value("window/geometry") else None
        self.reload()

    # -- wiring -------------------------------------------------------------
    def _connect(self) -> None:
        # Bound methods, not lambdas: Qt disconnects them when the window goes away.
        self.ctrl.changed.connect(self.follow.route)
        self.ctrl.failed.connect(self._operation_failed)
        self.loader.loaded.connect(self.apply_columns)
        self.loader.partial.connect(self.apply_points)
        self._preloaded.connect(self._check_preload)
        self.loader.failed.connect(self._load_failed)
        self.filters.changed.connect(self.set_query)
        self.view.entrySelected.connect(self._selected_on_plot)
        self.view.entryActivated.connect(self.edit_entry)
        self.view.hoveredAt.connect(self.panel.show_at)
        self.view.tableRequested.connect(self._show_table)
        self.view.empty.newEntryRequested.connect(self.new_entry)
        self.view.empty.sampleRequested.connect(self.open_sample)
        self.table.selectionModel().selectionChanged.connect(self._selected_in_table)
        self.table.doubleClicked.connect(lambda _i: self.edit_entry(self.table.selected_id()))
        self.panel.checkInRequested.connect(self.new_checkin)
        self.contrast.changed.connect(self._update_theme)
        self.filters.escaped.connect(self.view.graphics.setFocus)

    # -- refresh ------------------------------------------------------------
    def _operation_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def reload(self) -> None:
        try:
            self._reload()
        except DamagedJournal as exc:  # a damaged page met while reading
            self.refuse(str(exc))
        except JournalError as exc:
            self.show_error(str(exc))

    def _reload(self) -> None:
        j = self.ctrl.journal
        self.counts = j.counts()
        self.chapters = j.chapters()
        self.take_checkins(j.checkins(), check_now=False)
        self._after_next_paint()
        # A lifetime's tags, at start, are counted once the squiggle is on screen; their
        # names now, so a tag filter kept from last time finds its tag. (Once the window
        # shows, counting first is quicker: the list's text load would hold the journal.)
        self._tags_counted = (self.counts["entries"] <= self.async_threshold
                              or self.isVisible())
        self.filters.set_choices(j.tags() if self._tags_counted
                                 else [(t, None) for t in j.tag_names()], self.chapters)
        # A tag or chapter filtered on may be gone (deleted, or another journal): the
        # window follows what the filter bar now shows.
        self.query = self.filters.build_query()
        self.load_entries()

    def load_entries(self) -> None:
        j = self.ctrl.journal
        if self.counts["entries"] > self.async_threshold:
            # A lifetime of entries: the squiggle's shape now (positions only, a tenth of a
            # second at 100k); titles and the list arrive from the loader's thread.
            self.apply_points(j.entry_columns(self.query, text=False))
            # Shown first: a quick load may deliver before request() returns.
            self.progress.setVisible(True)
            self.statusBar().showMessage(Window.tr("Loading %n entries…", "",
                                                   self.counts["entries"]))
            if self.isVisible():
                self.loader.request(j, self.query, shape_first=False)
            else:
                self._text_wanted = self.query
                self._after_next_paint()
        else:
            self._text_wanted = None
            self.apply_columns(j.entry_columns(self.query))
        self._update_title()

    @property
    def loading(self) -> bool:
        return self.loader.busy or self._text_wanted is not None

    @property
    def busy(self) -> bool:
        """Still loading entries or opening the journal's full side in the background."""
        return self.loader.busy or (self._preload_future is not None
                                    and not self._preload_future.done())

    def apply_columns(self, cols: EntryColumns) -> None:
        self.progress.setVisible(False)
        self.statusBar().clearMessage()
        self.cols = cols
        data = squiggle.build_columns(cols, self.checkins, self.lens)
        empty_journal = not self.counts["entries"] and not self.counts["checkins"]
        self.view.show_data(data, self.chapters, empty_journal=empty_journal,
                            also=self._checkin_span())
        self.table_model.set_columns(cols)
        # An entry the filters now hide is no longer selected, nor shown in the detail pane.
        selected = self.view.selected_id()
        self.table.select_id(selected)
        self.detail.show_entry(self._entry(selected))
        self._update_status()
        window_actions.sync(self)

    def refuse(self, problem: str) -> None:
        """The journal turned out damaged: say so once and offer its newest good backup."""
        if self.refusing:
            return
        self.refusing = True
        from careersquiggle.ui.restore_dialog import RefusedJournalBox

        opened = self.ctrl.opened
        self.loader.cancel()
        self.sync_runner.let_go()
        opened.journal.close()
        box = RefusedJournalBox(opened.path, problem, opened.passphrase, opened.lock, self)
        box.exec()
        self.refusing = False
        if box.restored is not None:
            self.switch_to(opened.reopen(), self.display_name, close_old=False)

    def _checkin_span(self) -> tuple[float, float] | None:
        """Fit all shows the check-ins too (the side panel shares the time axis) and the
        chapters, an ongoing one up to today."""
        spans = []
        if self.checkins:
            spans.append((self.checkins[0].date.position(), self.checkins[-1].date.position()))
        today = FuzzyDate.from_date(self.today()).end_position()
        spans += [(c.start.start_position(), c.end.end_position() if c.end else today)
                  for c in self.chapters]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def _tags_of(self, ids) -> dict:
        return self.ctrl.journal.tags_of(ids)

    def apply_points(self, cols: EntryColumns) -> None:
        """The first phase of a big load: the squiggle's shape, before titles arrive."""
        data = squiggle.build_columns(cols, self.checkins, self.lens)
        self.view.show_data(data, self.chapters, empty_journal=False, also=self._checkin_span())

    def _load_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.show_error(fill(Window.tr("The journal could not be read: %1"), message))

    def set_query(self, query: EntryQuery) -> None:
        narrowed = ((query.chapter_id, query.date_from, query.date_to)
                    != (self.query.chapter_id, self.query.date_from, self.query.date_to))
        self.query = query
        self.reload()
        if narrowed and (query.chapter_id or query.date_from or query.date_to):
            self.view.show_span(self.view.data.span())  # glide to what the filter picked
        elif narrowed:
            self.view.fit_all(glide=True)

    def set_lens(self, lens: str) -> None:
        self.lens = lens
        self.settings.set("view/lens", lens)
        self.reload()

    def _entry(self, entry_id: int | None) -> Entry | None:
        if entry_id is None:
            return None
        try:
            return self.ctrl.journal.get_entry(entry_id)
        except JournalError:
            return None

    def _tip(self, index: int) -> str:
        e = self._entry(int(self.view.data.ids[index]))
        return tooltip_text(e) if e else ""

    def _update_status(self) -> None:
        total = self.counts
        shown = len(self.cols)
        # Only what there is: the empty journal's invitation and nudge say the rest.
        parts = []
        if total["entries"]:
            parts.append(Window.tr("%n entries", "", total["entries"]))
        if total["checkins"]:
            parts.append(Window.tr("%n check-ins", "", total["checkins"]))
        if total["chapters"]:
            parts.append(Window.tr("%n chapters", "", total["chapters"]))
        text = " · ".join(parts) or Window.tr("An empty journal")
        if not self.query.is_empty:
            text = fill(Window.tr("%1 shown of %2"), shown, text)
        self.status_counts.setText(text)
        if self.panel.refresh_nudge() and not self.panel.isVisibleTo(self):
            self.statusBar().showMessage(self.panel.nudge_label.text())
        else:
            self.statusBar().clearMessage()

    def _update_title(self, *_args) -> None:
        # No "*": every change is saved as it is made, and there is no Save command.
        self.setWindowTitle(f"{APP_NAME} — {self.display_name}")

    # -- selection ----------------------------------------------------------
    def _selected_on_plot(self, entry_id) -> None:
        self.table.blockSignals(True)
        self.table.select_id(entry_id)
        self.table.blockSignals(False)
        self.detail.show_entry(self._entry(entry_id))
        window_actions.sync(self)

    def _selected_in_table(self, *_args) -> None:
        entry_id = self.table.selected_id()
        self.view.select_id(entry_id, emit=False)
        self.detail.show_entry(self._entry(entry_id))
        window_actions.sync(self)

    def selected_id(self) -> int | None:
        return self.view.selected_id() or self.table.selected_id()

    def _show_table(self) -> None:
        """T on the squiggle: the same moments as rows, on the moment the cursor is on."""
        self.table.select_id(self.view.selected_id())
        self.table.setFocus()

    def set_nudge_days(self, days: int | None) -> None:
        self.settings.nudge_days = days
        self.panel.nudge_days = days
        self._update_status()

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text[:1].upper() + text[1:])

    # -- state --------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.settings
        if geometry := s.value("window/geometry"):
            self.restoreGeometry(geometry)
        if state := s.value("window/state"):
            self.restoreState(state)
        self._splitters_restored = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Once the window is painted, a big file's check runs in the background, so the
        # first edit does not wait for it (_after_paint).
        self._after_next_paint()
        if not self._splitters_restored:
            view_memory.restore(self)  # this journal's range, lens and filters of last time
            self.view.take_focus()
            # Splitters are restored once the window has its real size, or they get squeezed.
            self._splitters_restored = True
            for name, splitter in self._splitters():
                if sizes := self.settings.value(f"window/splitter_{name}"):
                    splitter.restoreState(sizes)

    def _splitters(self) -> tuple[tuple[str, QSplitter], ...]:
        return ("main", self.main), ("left", self.left), ("lower", self.lower_split)

    def save_state(self) -> None:
        view_memory.save(self)
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        for name, splitter in self._splitters():
            s.set(f"window/splitter_{name}", splitter.saveState())
        s.sync()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_theme()  # the system may have switched light/dark while we run

    def set_reduce_motion(self, on: bool) -> None:
        """View → Reduce motion: the view jumps to what it shows instead of gliding."""
        self.settings.set("view/reduce_motion", bool(on))
        self.view.reduce_motion = bool(on)

    def set_contrast(self, choice: str) -> None:
        """View → Contrast: follow the system, or always high, or always normal."""
        self.settings.set("view/contrast", choice)
        self.contrast.set_choice(choice)

    def _update_theme(self, *_args) -> None:
        theme = theme_for(is_dark(self), self.contrast.high)
        if theme is not self.theme:
            self.theme = theme
            self.view.layer.apply_theme(theme)
            self.view.graphics.setBackground(theme.background)
            self.panel.apply_theme(theme)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def fit_layout(self) -> None:
        """A narrow window (900 wide, half a 1920 screen) folds the side panel away (its
        nudge then goes to the status bar) and wraps the filter bar onto two rows."""
        width = self.width()
        self.filters.set_compact(width < COMPACT_FILTERS_BELOW)
        wide = width >= SIDE_PANEL_FROM
        if self.panel.isVisibleTo(self) != wide:
            self.panel.setVisible(wide)
            self._update_status()

    def closeEvent(self, event) -> None:
        if not sample_close.settle(self, self.ctrl.opened):
            event.ignore()  # the sample stays open, with what was written in it
            return
        self.follow.stop()
        self.sync_runner.stop()
        self.loader.shutdown()
        self.backups.shutdown()
        self.save_state()
        super().closeEvent(event)
