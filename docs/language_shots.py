#!/usr/bin/env python3
"""Screenshots of the window and the main dialogs in a language and a contrast, to look
for text that is cut off or overlaps (docs/screenshots/ keeps a German and a pseudo one).

    Xvfb :103 & DISPLAY=:103 openbox &
    DISPLAY=:103 .venv/bin/python docs/language_shots.py OUT_DIR [de|pseudo|en_GB ...]

Each language is shot in normal and in high contrast: the main window over the sample
journal, the entry dialog (a preference shift, so every field shows), the review
window and the export dialog, each at the size it opens with.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(out: Path, langs: list[str]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from careersquiggle.app import make_application
    from careersquiggle.core.model import Kind
    from careersquiggle.services.demo import load_sample
    from careersquiggle.services.journal import Journal
    from careersquiggle.services.open_journal import OpenJournal
    from careersquiggle.ui import language
    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.entry_dialog import EntryDialog
    from careersquiggle.ui.export_dialog import ExportDialog
    from careersquiggle.ui.main_window import MainWindow
    from careersquiggle.ui.review import ReviewWindow
    from careersquiggle.ui.settings import Settings

    app = make_application(lang=langs[0])
    work = Path(tempfile.mkdtemp(prefix="language-shots-"))
    journal = Journal.open(work / "journal.sqlite3")
    load_sample(journal)
    shift = next(e for e in journal.entries() if e.kind is Kind.SHIFT)
    out.mkdir(parents=True, exist_ok=True)

    def settle(widget) -> None:
        widget.show()
        for _ in range(20):
            app.processEvents()

    for lang in langs:
        language.install(app, lang)
        for contrast in ("normal", "high"):
            settings = Settings(QSettings(str(work / f"{lang}-{contrast}.ini"),
                                          QSettings.Format.IniFormat))
            settings.set("view/contrast", contrast)
            ctrl = JournalController(OpenJournal(journal))
            window = MainWindow(ctrl, settings)
            window.resize(1280, 800)
            settle(window)
            shots = {"window": window}
            entry = EntryDialog(window, entry=shift, known_tags=["leadership"])
            review = ReviewWindow(ctrl, window)
            export = ExportDialog(journal.entry_columns(), journal.checkins(),
                                  journal.chapters(), None, settings, window)
            for name, widget in (("entry", entry), ("review", review), ("export", export)):
                settle(widget)
                shots[name] = widget
            for name, widget in shots.items():
                widget.grab().save(str(out / f"{lang}-{contrast}-{name}.png"))
            for widget in (entry, review, export, window):
                widget.close()
            app.processEvents()
    QApplication.processEvents()


if __name__ == "__main__":
    shoot(Path(sys.argv[1]), sys.argv[2:] or ["de", "pseudo", "en_GB"])
