"""Encrypt the journal, change its passphrase, or remove its encryption.

The dialog checks what was typed (a new passphrase twice, long enough) and
then calls ``apply`` with the passphrases; a wrong current passphrase or any
other problem is shown in the dialog, which stays open to try again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.services import encryption
from careersquiggle.ui.widgets import ErrorLabel

ENCRYPT, CHANGE, DECRYPT = "encrypt", "change", "decrypt"
Passphrase = Context("Passphrase")
_TEXT = {  # marked here, translated when the dialog is made
    ENCRYPT: (QT_TRANSLATE_NOOP("Passphrase", "Encrypt journal"),
              QT_TRANSLATE_NOOP("Passphrase", "&Encrypt"),
              QT_TRANSLATE_NOOP("Passphrase", "The journal and its backups will be encrypted. "
                                "Without the passphrase nobody can read them, not even you: "
                                "keep it somewhere safe.")),
    CHANGE: (QT_TRANSLATE_NOOP("Passphrase", "Change passphrase"),
             QT_TRANSLATE_NOOP("Passphrase", "&Change"),
             QT_TRANSLATE_NOOP("Passphrase", "The journal and its backups will open with the "
                               "new passphrase only.")),
    DECRYPT: (QT_TRANSLATE_NOOP("Passphrase", "Remove encryption"),
              QT_TRANSLATE_NOOP("Passphrase", "&Remove encryption"),
              QT_TRANSLATE_NOOP("Passphrase", "The journal and its backups will be stored "
                                "unencrypted, readable by anyone who can read your files.")),
}


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """``apply`` is called as apply(new) to encrypt, apply(current, new) to change,
    apply(current) to decrypt; what it returns is kept in :attr:`outcome`."""

    def __init__(self, mode: str, apply: Callable[..., object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        if mode not in _TEXT:
            raise ValueError(mode)
        self.mode = mode
        self._apply = apply
        self.outcome: object = None
        title, action, explain = (Passphrase.tr(t) for t in _TEXT[mode])
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        intro = QLabel(explain)
        intro.setWordWrap(True)
        self.current = (_password_field(Passphrase.tr("Current passphrase"))
                        if mode != ENCRYPT else None)
        self.new = _password_field(Passphrase.tr("New passphrase")) if mode != DECRYPT else None
        self.again = (_password_field(Passphrase.tr("New passphrase again"))
                      if mode != DECRYPT else None)
        form = QFormLayout()
        if self.current:
            form.addRow(Passphrase.tr("C&urrent passphrase"), self.current)
        if self.new and self.again:
            self.new.setPlaceholderText(
                Passphrase.tr("at least %n characters", "", encryption.MIN_LENGTH))
            form.addRow(Passphrase.tr("&New passphrase"), self.new)
            form.addRow(Passphrase.tr("New passphrase &again"), self.again)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if not encryption.available():
            # Say how to get it rather than failing later.
            self.error.show_error(Passphrase.tr("Encryption is not available: ")
                                  + encryption.ENABLE_ENCRYPTION + ".")
            self.ok_button.setEnabled(False)
        first = self.current or self.new  # a dialog always has one of them
        if first is not None:
            first.setFocus()

    def _show(self, exc: Exception, field: QLineEdit | None) -> None:
        msg = str(exc)
        self.error.show_error(msg[:1].upper() + msg[1:] + ".")
        if field is not None:
            field.selectAll()
            field.setFocus()

    def accept(self) -> None:
        args: list[str] = []
        if self.current is not None:
            if not self.current.text():
                self.error.show_error(Passphrase.tr("Enter the current passphrase."))
                return
            args.append(self.current.text())
        if self.new is not None and self.again is not None:
            try:
                args.append(encryption.check_new_passphrase(self.new.text(), self.again.text()))
            except JournalError as exc:
                self._show(exc, self.new)
                return
        try:
            self.outcome = self._apply(*args)
        except encryption.WrongPassphrase:
            self.error.show_error(Passphrase.tr("The current passphrase is not right; nothing "
                                                "was changed."))
            if self.current is not None:
                self.current.selectAll()
                self.current.setFocus()
            return
        except JournalError as exc:
            self._show(exc, None)
            return
        super().accept()
