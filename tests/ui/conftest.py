"""Window fixtures: a real MainWindow over a real journal file, settings in tmp_path."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from careersquiggle.services.open_journal import OpenJournal
from careersquiggle.ui.controller import JournalController
from careersquiggle.ui.main_window import MainWindow
from careersquiggle.ui.settings import Settings

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings):
    made = []

    def make(journal, today=TODAY, **kw):
        opened = journal if isinstance(journal, OpenJournal) else OpenJournal(journal)
        w = MainWindow(JournalController(opened), settings, today=lambda: today, **kw)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make


def drive_modal(qtbot, dialog_type, fill, trigger):
    """Run ``trigger`` (which opens a modal dialog) and ``fill`` the dialog through its widgets.

    ``fill`` receives the dialog and must accept or reject it.
    """
    seen = []

    def poll():
        dlg = QApplication.activeModalWidget()
        if isinstance(dlg, dialog_type):
            seen.append(dlg)
            fill(dlg)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    trigger()
    assert seen, f"no {dialog_type.__name__} appeared"
    return seen[0]


def terminal(folder, *argv: str) -> str:
    """Run ``careersquiggle ARGV... --data-dir FOLDER`` in another process, as a person at a
    terminal would while the window is open; its standard output."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "careersquiggle", *argv, "--data-dir",
                           str(folder)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(autouse=True)
def _collected_after(qapp):
    """After pytest-qt has closed a test's widgets: let Qt delete them first, then collect
    their Python wrappers at once. Left to a later test's allocations, the collector met
    half-gone pyqtgraph items and crashed a worker (seen once in five full runs)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def _english_window(qapp):
    """The window as it starts for a British English reader: Qt's translators loaded."""
    from PySide6.QtCore import QLocale

    from careersquiggle.ui import language

    before = QLocale()
    language.install(qapp, "en_GB")
    yield
    language.uninstall(qapp)
    QLocale.setDefault(before)
