"""Every window and dialog of the app, built over a real journal: for the checks that must
hold everywhere (accessible names, translations, nothing cut off)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from careersquiggle.services.journal import Journal


def builders(journal: Journal, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    """name -> a function that builds the window or dialog (not yet shown)."""
    from careersquiggle.services.open_journal import OpenJournal
    from careersquiggle.ui.about_dialog import AboutDialog
    from careersquiggle.ui.chapter_dialog import ChapterDialog
    from careersquiggle.ui.checkin_dialog import CheckInDialog
    from careersquiggle.ui.controller import JournalController
    from careersquiggle.ui.entry_dialog import EntryDialog
    from careersquiggle.ui.export_dialog import ExportDialog
    from careersquiggle.ui.import_dialog import ImportDialog
    from careersquiggle.ui.main_window import MainWindow
    from careersquiggle.ui.manage_dialog import ManageDialog
    from careersquiggle.ui.passphrase_dialog import CHANGE, ENCRYPT, PassphraseDialog
    from careersquiggle.ui.restore_dialog import RefusedJournalBox, RestoreDialog
    from careersquiggle.ui.review import ReviewWindow
    from careersquiggle.ui.settings import Settings
    from careersquiggle.ui.sync_dialogs import ConflictsDialog, SyncSetupDialog
    from careersquiggle.ui.unlock_dialog import UnlockDialog

    def settings() -> Settings:
        return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    entry = journal.entries()[0]
    chapters, checkins = journal.chapters(), journal.checkins()
    return {
        "main window": lambda: MainWindow(JournalController(OpenJournal(journal)), settings()),
        "new entry": lambda: EntryDialog(known_tags=["work"]),
        "edit entry": lambda: EntryDialog(entry=entry, known_tags=["work"]),
        "new chapter": lambda: ChapterDialog(),
        "edit chapter": lambda: ChapterDialog(chapter=chapters[0]),
        "check in": lambda: CheckInDialog(previous=checkins[-1]),
        "chapters": lambda: ManageDialog(
            QCoreApplication.translate("Window", "Chapters"),
            lambda: [(c.title, c) for c in chapters], lambda: None,
            lambda _c: None, lambda _c: None),
        "export picture": lambda: ExportDialog(journal.entry_columns(), checkins, chapters,
                                               None, settings()),
        "import": lambda: ImportDialog(journal),
        "restore": lambda: RestoreDialog(journal.path),
        "refused journal": lambda: RefusedJournalBox(journal.path, _refusal(tmp_path)),
        "encrypt": lambda: PassphraseDialog(ENCRYPT, lambda *_a: None),
        "change passphrase": lambda: PassphraseDialog(CHANGE, lambda *_a: None),
        "unlock": lambda: UnlockDialog(journal.path, lambda _p: None),
        "about": lambda: AboutDialog(journal.path.parent, log_folder=tmp_path / "logs",
                                     open_url=lambda _u: None),
        "review": lambda: ReviewWindow(JournalController(OpenJournal(journal))),
        "sync setup": lambda: SyncSetupDialog(journal),
        "sync conflicts": lambda: ConflictsDialog(journal),
    }


def _refusal(tmp_path: Path) -> str:
    """The message the app gives for a file that is not a journal (in the current language)."""
    from careersquiggle.core.errors import JournalError

    junk = tmp_path / "not-a-journal" / "journal.sqlite3"
    junk.parent.mkdir(exist_ok=True)
    junk.write_bytes(b"this is not a database\n" * 200)
    try:
        Journal.open(junk).close()
    except JournalError as exc:
        return str(exc)
    raise AssertionError("a file of text opened as a journal")


def shown(qtbot, journal: Journal, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    """Each window and dialog, shown in turn (and closed after)."""
    for name, build in builders(journal, tmp_path).items():
        widget = build()
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        yield name, widget
        widget.close()
