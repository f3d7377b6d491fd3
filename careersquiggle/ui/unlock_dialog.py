"""Unlock an encrypted journal: ask for its passphrase, say plainly when it is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context, fill
from careersquiggle.services.encryption import WrongPassphrase
from careersquiggle.ui.widgets import ErrorLabel

T = TypeVar("T")
Unlock = Context("Unlock")


class UnlockDialog(QDialog, Generic[T]):
    """Calls ``open_with(passphrase)`` on Unlock; a wrong passphrase keeps the dialog
    open with a message, anything else wrong is shown too. On success the opened
    value (the Journal) is in :attr:`opened`."""

    def __init__(self, journal_path: Path, open_with: Callable[[str], T],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._open_with = open_with
        self.opened: T | None = None
        self.attempts = 0
        self.setWindowTitle(Unlock.tr("Unlock journal"))
        self.setMinimumWidth(420)
        intro = QLabel(fill(Unlock.tr("The journal <b>%1</b> in %2 is encrypted.<br>Enter its "
                                      "passphrase to open it."),
                            Path(journal_path).name, Path(journal_path).parent))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(Unlock.tr("Passphrase"))
        self.passphrase.setPlaceholderText(Unlock.tr("Passphrase"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(Unlock.tr("&Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.error.show_error(Unlock.tr("Enter the passphrase."))
            return
        self.attempts += 1
        try:
            self.opened = self._open_with(text)
        except WrongPassphrase:
            self.error.show_error("That passphrase does not open this journal. "
                                  "Check it (and Caps Lock) and try again.")
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except JournalError as exc:
            msg = str(exc)
            self.error.show_error(msg[:1].upper() + msg[1:] + ".")
            return
        super().accept()


def unlock(journal_path: Path, open_with: Callable[[str], T],
           parent: QWidget | None = None) -> T | None:
    """Ask until the passphrase opens the journal; None when the user cancels."""
    dialog = UnlockDialog(journal_path, open_with, parent)
    return dialog.opened if dialog.exec() == QDialog.DialogCode.Accepted else None
