"""What the main window's parts (window_editing, window_journals) may use of the window.

Declared once here so each part type-checks on its own; MainWindow sets them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from concurrent.futures import Future

    from careersquiggle.core.checkin_list import CheckIns
    from careersquiggle.core.model import Chapter, Entry, EntryQuery
    from careersquiggle.services.open_journal import OpenJournal
    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.filter_bar import FilterBar
    from careersquiggle.ui.follow import ChangeFollower
    from careersquiggle.ui.loader import ColumnsLoader
    from careersquiggle.ui.settings import Settings
    from careersquiggle.ui.side_panel import SidePanel
    from careersquiggle.ui.squiggle_view import SquiggleView
    from careersquiggle.ui.sync_runner import SyncRunner


class WindowBase(QMainWindow):
    ctrl: JournalController
    settings: Settings
    view: SquiggleView
    filters: FilterBar
    loader: ColumnsLoader
    follow: ChangeFollower
    sync_runner: SyncRunner
    review: Any  # the crossroads review window, made when first asked for
    display_name: str
    checkins: CheckIns
    chapters: list[Chapter]
    panel: SidePanel
    query: EntryQuery
    _text_wanted: EntryQuery | None  # a big journal's text, read once its shape is shown
    _preload_future: Future[Any] | None  # a big file's integrity check, run in the background
    open_folder_fn: Callable[[Path, QWidget], OpenJournal] | None
    open_sample_fn: Callable[[], OpenJournal] | None

    def selected_id(self) -> int | None:
        raise NotImplementedError

    def _entry(self, entry_id: int | None) -> Entry | None:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        raise NotImplementedError

    def refuse(self, problem: str) -> None:
        raise NotImplementedError
