"""The composition root for the window: arguments -> paths -> journal -> window.

Start-up order: settle the data folder, open (and migrate) the journal, then
build Qt objects; so a journal that cannot be opened is reported before any
window appears.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import cast

from careersquiggle import APP_DIR_NAME, APP_ID, APP_NAME, ORG_NAME, __version__, paths
from careersquiggle.core.errors import JournalError


def open_folder(folder: Path, parent=None, *, throwaway: bool = False):
    """Open the journal in ``folder`` for the window: lock it, unlock it if encrypted,
    offer a backup if it is damaged. Raises JournalError, or Cancelled. A ``throwaway``
    folder is removed when its journal is closed."""
    from careersquiggle.ui.opening import open_interactively

    folder = paths.ensure_private_dir(folder)
    opened = open_interactively(paths.journal_path(folder), parent,
                                throwaway_folder=folder if throwaway else None)
    paths.make_private(opened.path)
    return opened


def open_sample():
    """A copy of the sample story in a temporary folder: the user's journal stays untouched."""
    from careersquiggle.services import sample_keep
    from careersquiggle.services.demo import load_sample

    folder = Path(tempfile.mkdtemp(prefix="careersquiggle-sample-"))
    opened = open_folder(folder, throwaway=True)  # nothing of it is kept
    load_sample(opened.journal)
    # What it held at first: before it closes, the window asks what to do with the rest.
    opened.sample_snapshot = sample_keep.snapshot(opened.journal)
    return opened


def settings_file(folder: Path) -> Path:
    """The user's settings; a journal folder given by hand keeps its own (portable use)."""
    if folder != paths.default_data_dir():
        return folder / "settings.ini"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_DIR_NAME, appauthor=False)) / "settings.ini"


def make_application(argv: list[str] | None = None, lang: str | None = None):
    # numpy before Qt: modules imported after PySide6 go through its import hook, which
    # reads their source. (SQLAlchemy is not loaded at all unless a file needs upgrading.)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    import careersquiggle.core.squiggle  # noqa: F401
    from careersquiggle.resources import resource_path

    # instance() is typed as the core application; ours is always a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(argv or sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from careersquiggle.ui import language

    language.install(app, lang)  # before any window: text is translated when it is made
    # Every rendered size, so title bar, task switcher and dock each get a crisp one.
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        icon.addFile(str(resource_path(f"icons/app-{size}.png")))
    app.setWindowIcon(icon)
    return app


def build_window(folder: Path, settings_path: Path):
    from PySide6.QtCore import QSettings

    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.main_window import MainWindow
    from careersquiggle.ui.settings import Settings

    opened = open_folder(folder)
    name = None if folder == paths.default_data_dir() else folder.name  # None: "My journal"
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.add_recent(str(folder))  # so File → Open recent leads back here from a sample
    return MainWindow(JournalController(opened), settings, open_folder=open_folder,
                      open_sample=open_sample, display_name=name)


def run_window(args: argparse.Namespace) -> int:
    from careersquiggle import platform_check
    from careersquiggle.ui.opening import Cancelled

    if platform_check.wants_xcb() and (missing := platform_check.problem()):
        print(f"error: {missing}", file=sys.stderr)
        return 1
    folder = paths.data_dir(getattr(args, "data_dir", None))
    app = make_application(lang=getattr(args, "lang", None))
    try:
        window = build_window(folder, settings_file(folder))
    except Cancelled:
        return 0
    except JournalError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, f"The journal could not be opened.\n\n{exc}")
        print(f"error: {exc}", file=sys.stderr)
        return 1
    window.show()
    _quit_on_terminate(window)
    code = app.exec()
    window.ctrl.opened.close(backup_now=True)  # the last backup; other windows may come in
    return code


def _quit_on_terminate(window) -> None:
    """A logout or `kill` closes the window properly: state saved, last backup taken."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGTERM, lambda *_: window.close())
    # Python handles signals only when it runs: wake it up now and then.
    window._signal_timer = QTimer(window)
    window._signal_timer.timeout.connect(lambda: None)
    window._signal_timer.start(300)
