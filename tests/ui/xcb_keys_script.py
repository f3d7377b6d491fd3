"""Run by test_xcb_keys.py in a child process on a real X server (xcb), where Qt binds
keys the X11 way: Redo is Ctrl+Shift+Z and a line edit takes Ctrl+K and Ctrl+E.

Prints one JSON object with what happened."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                   Qt.KeyboardModifier.AltModifier)

messages: list[str] = []
qInstallMessageHandler(lambda _kind, _ctx, text: messages.append(text))
app = QApplication(sys.argv[:1])

from careersquiggle.core.model import Entry  # noqa: E402
from careersquiggle.services.journal import Journal  # noqa: E402
from careersquiggle.services.open_journal import OpenJournal  # noqa: E402
from careersquiggle.services.operations import AddItem  # noqa: E402
from careersquiggle.ui.controller import JournalController  # noqa: E402
from careersquiggle.ui.main_window import MainWindow  # noqa: E402
from careersquiggle.ui.settings import Settings  # noqa: E402

folder = Path(sys.argv[1])
journal = Journal.open(folder / "journal.sqlite3")
journal.add_entry(Entry.create(kind="note", title="Started", date="2018"))
settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
w = MainWindow(JournalController(OpenJournal(journal)), settings)
w.show()
w.activateWindow()
QTest.qWaitForWindowActive(w, 5000)
out: dict = {"platform": app.platformName(), "focus_at_start": type(app.focusWidget()).__name__}


def pressed_opens(widget, key, modifiers) -> str | None:
    """Press a key in ``widget``; the class name of the modal window it opened, if any."""
    seen: list[str] = []
    poll = QTimer()
    poll.setInterval(20)

    def close_it():
        dlg = QApplication.activeModalWidget()
        if dlg is not None:
            poll.stop()
            seen.append(type(dlg).__name__)
            dlg.reject()

    poll.timeout.connect(close_it)
    # A window shortcut needs its window active, and after a dialog closes the X server
    # gives the activation back only later (late on a busy machine): wait for it.
    w.activateWindow()
    QTest.qWaitForWindowActive(w, 5000)
    widget.setFocus()
    poll.start()
    QTest.keyClick(widget, key, modifiers)  # a dialog runs (and is closed) inside this call
    QTest.qWait(200)
    poll.stop()
    return seen[0] if seen else None


w.ctrl.push(AddItem(Entry.create(kind="event", title="Promoted", date="2019")))
w.undo_stack.undo()
out["after_undo"] = len(journal.entries())
w.view.graphics.setFocus()
QTest.keyClick(w.view.graphics, Qt.Key.Key_Z, CTRL | SHIFT)
out["after_ctrl_shift_z"] = len(journal.entries())
w.undo_stack.undo()
QTest.keyClick(w.view.graphics, Qt.Key.Key_Y, CTRL)
out["after_ctrl_y"] = len(journal.entries())
w.filters.search.setText("prom")
out["ctrl_k_in_search"] = pressed_opens(w.filters.search, Qt.Key.Key_K, CTRL)
out["search_text_after_ctrl_k"] = w.filters.search.text()
out["ctrl_n_in_search"] = pressed_opens(w.filters.search, Qt.Key.Key_N, CTRL)
out["ctrl_e_in_search"] = pressed_opens(w.filters.date_from, Qt.Key.Key_E, CTRL)
out["redo_keys"] = [k.toString() for k in w.action_for["redo"].shortcuts()]
out["ambiguous"] = [m for m in messages if "mbiguous" in m]
out["messages"] = messages
w.close()
journal.close()
print(json.dumps(out))
