"""File → Restore from backup…: the backups with their date and entry count, restored
after a confirmation. The journal file it replaces is kept aside, never deleted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.services import backup
from careersquiggle.services.backup import BackupInfo
from careersquiggle.ui.widgets import ErrorLabel

Restore = Context("Restore")
COUNTING = "…"
UNREADABLE = QT_TRANSLATE_NOOP("Restore", "cannot be read")  # translated where shown


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class RestoreDialog(QDialog):
    """``restore(info)`` does the restoring; the window passes one that closes its
    journal first and reopens it after. By default it calls
    :func:`careersquiggle.services.backup.restore` (for a journal that is not open).
    """

    def __init__(self, journal_path: Path, passphrase: str | None = None,
                 restore: Callable[[BackupInfo], object] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal_path = Path(journal_path)
        self._passphrase = passphrase
        self._restore = restore or (
            lambda info: backup.restore(info.path, self.journal_path, passphrase))
        self.restored: BackupInfo | None = None
        self.outcome: object = None
        self.setWindowTitle(Restore.tr("Restore from backup"))
        self.setMinimumSize(520, 360)
        self.backups = backup.list_backups(self.journal_path)
        intro = QLabel(Restore.tr("Choose the backup to bring back. The journal as it is now "
                                  "is kept aside in its folder, not deleted."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([Restore.tr("Taken"), Restore.tr("Entries"),
                                    Restore.tr("Size")])
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(Restore.tr("Backups"))
        for info in self.backups:
            item = QTreeWidgetItem([info.label(), COUNTING, _size(info.size)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            self.table.addTopLevelItem(item)
        self.table.resizeColumnToContents(0)
        self.empty = QLabel(fill(Restore.tr("There are no backups yet in %1."),
                                 backup.backup_folder(self.journal_path)))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(Restore.tr("&Restore…"))
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self.ask_to_confirm)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None))
        self.table.itemDoubleClicked.connect(lambda *_: self.ask_to_confirm())
        self.confirm = QMessageBox(QMessageBox.Icon.Question, Restore.tr("Restore this backup?"),
                                   "",
                                   QMessageBox.StandardButton.Yes
                                   | QMessageBox.StandardButton.Cancel, self)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm.buttonClicked.connect(
            lambda b: self._do_restore()
            if self.confirm.standardButton(b) == QMessageBox.StandardButton.Yes else None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        first = self.table.topLevelItem(0)
        if self.backups and first is not None:
            self.table.setCurrentItem(first)
        # Counting opens every backup (an encrypted one takes a moment to unlock):
        # one per turn of the event loop keeps the dialog responsive meanwhile.
        self._next_count = 0
        QTimer.singleShot(0, self._count_next)

    def _count_next(self) -> None:
        if self._next_count >= len(self.backups):
            return
        i = self._next_count
        self._next_count += 1
        n = backup.entry_count(self.backups[i].path, self._passphrase)
        item = self.table.topLevelItem(i)
        if item is not None:
            item.setText(1, Restore.tr(UNREADABLE) if n is None else str(n))
        QTimer.singleShot(0, self._count_next)

    def counts_shown(self) -> bool:
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return all(item is not None and item.text(1) != COUNTING for item in items)

    def selected(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.backups[self.table.indexOfTopLevelItem(item)]

    def ask_to_confirm(self) -> None:
        info, item = self.selected(), self.table.currentItem()
        if info is None or item is None:
            return
        count = item.text(1)
        self.confirm.setText(
            fill(Restore.tr("Replace the journal with the backup taken %1 (%2)?"), info.label(),
                 Restore.tr("%n entries", "", int(count))) if count.isdigit() else
            fill(Restore.tr("Replace the journal with the backup taken %1?"), info.label()))
        self.confirm.setInformativeText(Restore.tr(
            "Anything written since then will not be in the restored journal; the current file "
            "is kept aside."))
        self.confirm.open()

    def _do_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            self.outcome = self._restore(info)
        except JournalError as exc:
            msg = str(exc)
            self.error.show_error(msg[:1].upper() + msg[1:] + ".")
            return
        self.restored = info
        self.accept()


class RefusedJournalBox(QMessageBox):
    """At open, for a journal that was refused (damaged, not a journal, newer): says
    why and offers its newest good backup. ``open()`` it, or ``exec()`` it; after a
    click on :attr:`restore_button` the backup is in place and :attr:`restored` set."""

    def __init__(self, journal_path: Path, problem: str, passphrase: str | None = None,
                 held=None, parent: QWidget | None = None):
        super().__init__(QMessageBox.Icon.Warning, Restore.tr("The journal cannot be opened"),
                         Restore.tr("The journal cannot be opened."),
                         QMessageBox.StandardButton.Close, parent)
        self.journal_path = Path(journal_path)
        self.restored: BackupInfo | None = None
        self.aside: Path | None = None
        self.good = backup.newest_good_backup(self.journal_path, passphrase)
        self._passphrase, self._held = passphrase, held
        detail = problem[:1].upper() + problem[1:].rstrip(".") + "."
        self.restore_button = None
        if self.good is not None:
            n = backup.entry_count(self.good.path, passphrase)
            taken = self.good.label() if n is None else f"{self.good.label()} " \
                f"({Restore.tr('%n entries', '', n)})"
            detail += "\n\n" + fill(Restore.tr(
                "The newest good backup was taken %1. Restoring it keeps the file that cannot "
                "be opened aside, unchanged."), taken)
            self.restore_button = self.addButton(Restore.tr("&Restore backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
            self.setDefaultButton(self.restore_button)
        else:
            detail += "\n\n" + Restore.tr("There is no good backup to restore. The file has not "
                                          "been changed.")
        self.setInformativeText(detail)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:
        if button is not self.restore_button or self.good is None:
            return
        try:
            self.aside = backup.restore(self.good.path, self.journal_path, self._passphrase,
                                        held=self._held)
        except JournalError as exc:
            self.setInformativeText(str(exc))
            return
        self.restored = self.good
