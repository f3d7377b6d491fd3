"""Journal → Sync with a folder… and Journal → Sync conflicts…, and moving a journal out
of a folder a sync tool manages (the guard's warning: ui/sync_guard.py).

Loaded when first needed: it brings in services/sync/ and `cryptography`."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.services.sync import crypto
from careersquiggle.services.sync import folder as layout
from careersquiggle.services.sync.kinds import count_words
from careersquiggle.services.sync.setup import Conflict, JoinPreview, Sync
from careersquiggle.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from careersquiggle.ui.main_window import MainWindow

SyncGuard = Context("SyncGuard")


class SyncSetupDialog(QDialog):
    """Choose the synced folder, this laptop's name and the passphrase; joining a folder
    that holds a journal while this one has entries shows what merging would do first."""

    def __init__(self, journal: Any, parent: QWidget | None = None, *,
                 scrypt_n: int = crypto.SCRYPT_N):
        super().__init__(parent)
        self.part = Sync(journal)
        self.journal = journal
        self.scrypt_n = scrypt_n
        self.joined: bool | None = None
        self.setWindowTitle(self.tr("Sync with a folder"))
        explain = QLabel(self.tr(
            "Choose a folder your sync tool (Syncthing, Dropbox, Nextcloud, a USB stick…) "
            "keeps the same on your laptops. Career Squiggle writes encrypted change files "
            "there; the journal itself stays where it is. Use the same folder and "
            "passphrase on every laptop."))
        explain.setWordWrap(True)
        self.folder = QLineEdit(self.part.settings().get("folder", ""))  # set up: where
        self.folder.setAccessibleName(self.tr("Synced folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.name = QLineEdit(self.part.settings().get("device_name", ""))
        self.name.setAccessibleName(self.tr("This laptop's name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Sync passphrase"))
        if journal.passphrase is not None:
            self.passphrase.setPlaceholderText(self.tr("empty: the journal's own passphrase"))
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder"))
        folder_label.setBuddy(self.folder)  # a row holding a layout gets no buddy by itself
        form.addRow(folder_label, row)
        form.addRow(self.tr("This laptop's &name"), self.name)
        form.addRow(self.tr("Sync &passphrase"), self.passphrase)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.hide()
        self.merge = QCheckBox(self.tr("&Merge this journal's entries into it"))
        self.merge.hide()
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Sync"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout_ = QVBoxLayout(self)
        for widget in (explain,):
            layout_.addWidget(widget)
        layout_.addLayout(form)
        layout_.addWidget(self.preview)
        layout_.addWidget(self.merge)
        layout_.addWidget(self.error)
        layout_.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The synced folder"))
        if chosen:
            self.folder.setText(chosen)

    def _passphrase(self) -> str | None:
        return self.passphrase.text() or None

    def accept(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.error.show_error(self.tr("Choose the synced folder first."))
            return
        root = Path(text).expanduser()
        try:
            if self.journal.passphrase is None and not self._passphrase():
                self.error.show_error(self.tr("Choose a sync passphrase (this journal has "
                                              "none of its own)."))
                return
            held = root.is_dir() and layout.read_header(root) is not None
            if held and not self.journal.is_empty() and not self.merge.isChecked():
                preview = self.part.preview_join(root, self._passphrase(), self.scrypt_n)
                if preview is not None:
                    self._show_preview(preview)
                    return
            self.joined = self.part.setup(root, name=self.name.text().strip() or None,
                                          passphrase=self._passphrase(),
                                          merge_existing=self.merge.isChecked(),
                                          scrypt_n=self.scrypt_n)
        except crypto.WrongSyncPassphrase:
            self.error.show_error(self.tr("That passphrase does not open this folder's "
                                          "journal; nothing was changed."))
            return
        except JournalError as exc:
            self.error.show_error(str(exc))
            return
        except OSError as exc:
            self.error.show_error(self.tr("The folder cannot be used: %1").replace(
                "%1", exc.strerror or str(exc)))
            return
        super().accept()

    def _show_preview(self, p: JoinPreview) -> None:
        counts = count_words

        self.preview.setText(
            self.tr("This folder already holds a journal (%1). This journal holds %2; the "
                    "folder already has %3 of it, and merging adds %4.")
            .replace("%1", counts(p.in_folder)).replace("%2", counts(p.here))
            .replace("%3", counts(p.same)).replace("%4", counts(p.added)))
        self.preview.show()
        self.merge.show()
        self.error.show_error(self.tr("Look at what merging would do, tick Merge, then Sync."))


# A field's name in the conflict list (marked here, translated where shown).
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("ConflictsDialog", "title"),
    "notes": QT_TRANSLATE_NOOP("ConflictsDialog", "notes"),
    "note": QT_TRANSLATE_NOOP("ConflictsDialog", "note"),
    "feel": QT_TRANSLATE_NOOP("ConflictsDialog", "feel"),
    "date": QT_TRANSLATE_NOOP("ConflictsDialog", "date"),
    "tags": QT_TRANSLATE_NOOP("ConflictsDialog", "tags"),
    "kind": QT_TRANSLATE_NOOP("ConflictsDialog", "kind"),
    "private": QT_TRANSLATE_NOOP("ConflictsDialog", "private"),
    "key_moment": QT_TRANSLATE_NOOP("ConflictsDialog", "key moment"),
    "shift_from": QT_TRANSLATE_NOOP("ConflictsDialog", "from"),
    "shift_to": QT_TRANSLATE_NOOP("ConflictsDialog", "to"),
    "autonomy": QT_TRANSLATE_NOOP("ConflictsDialog", "autonomy"),
    "mastery": QT_TRANSLATE_NOOP("ConflictsDialog", "mastery"),
    "purpose": QT_TRANSLATE_NOOP("ConflictsDialog", "purpose"),
    "money": QT_TRANSLATE_NOOP("ConflictsDialog", "money"),
    "statement": QT_TRANSLATE_NOOP("ConflictsDialog", "intent"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "status"),
    "start": QT_TRANSLATE_NOOP("ConflictsDialog", "start"),
    "end": QT_TRANSLATE_NOOP("ConflictsDialog", "end"),
    "due": QT_TRANSLATE_NOOP("ConflictsDialog", "due"),
    "done": QT_TRANSLATE_NOOP("ConflictsDialog", "done"),
    "organisation": QT_TRANSLATE_NOOP("ConflictsDialog", "organisation"),
    "role": QT_TRANSLATE_NOOP("ConflictsDialog", "role"),
    "entry": QT_TRANSLATE_NOOP("ConflictsDialog", "event"),
    "prompt": QT_TRANSLATE_NOOP("ConflictsDialog", "prompt"),
}


class ConflictsDialog(QDialog):
    """The values that lost to another laptop's edit or delete; flip one to use it."""

    HEADERS = (QT_TRANSLATE_NOOP("ConflictsDialog", "Item"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Field"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Kept"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "The other laptop's"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Found"))

    def __init__(self, journal: Any, parent: QWidget | None = None, *,
                 announce: Any = None, after_flip: Any = None):
        super().__init__(parent)
        self.part = Sync(journal)
        self.announce = announce
        self.after_flip = after_flip
        self.setWindowTitle(self.tr("Sync conflicts"))
        explain = QLabel(self.tr(
            "The same thing was changed on two laptops before they met: the later change "
            "was kept, and the other is listed here. Flip one to use it instead; an item "
            "deleted on another laptop comes back with it."))
        explain.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Sync conflicts"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.flip_button = QPushButton(self.tr("&Use the other value"))
        self.flip_button.clicked.connect(self.flip_selected)
        self.dismiss_button = QPushButton(self.tr("&Keep as it is"))
        self.dismiss_button.setToolTip(self.tr("Take it off the list; the value kept stays"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.empty = QLabel(self.tr("No conflicts: every laptop agrees."))
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.flip_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        box = QVBoxLayout(self)
        box.addWidget(explain)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection)
        self.conflicts: list[Conflict] = []
        self.resize(900, 380)
        self.refresh()

    def refresh(self, *_round: object) -> None:
        self.conflicts = self.part.conflicts()
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            kept = self.tr("(deleted)") if c.deleted else _text(c.current)
            field_name = self.tr(_FIELDS[c.field]) if c.field in _FIELDS else c.field
            found = c.found_at.replace("T", " ").removesuffix("Z")[:16]
            for col, text in enumerate((c.title, field_name, kept, _text(c.value), found)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount() - 1):  # long titles do not push the rest out
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 240))
        self.empty.setVisible(not self.conflicts)
        self.table.setVisible(bool(self.conflicts))
        self._selection()

    def _selection(self) -> None:
        chosen = bool(self.table.selectedItems())
        self.flip_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _chosen(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def dismiss_selected(self) -> None:
        ident = self._chosen()
        if ident is None:
            return
        try:
            self.part.dismiss(ident)
        except JournalError as exc:
            self.error.show_error(str(exc))
            return
        self.refresh()

    def flip_selected(self) -> None:
        ident = self._chosen()
        if ident is None:
            return
        try:
            changes = self.part.flip(ident)
        except JournalError as exc:
            self.error.show_error(str(exc))
            return
        if self.announce is not None:
            self.announce(changes)
        if self.after_flip is not None:
            # A round (in the background): the flipped value goes out to the other laptops,
            # and the list shows it kept once the round is done.
            self.after_flip()
        self.refresh()


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value).replace("\n", " ")[:200]


# -- the window's side ---------------------------------------------------------------
def setup_sync(w: MainWindow) -> None:
    dialog = SyncSetupDialog(w.ctrl.journal, w)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        w.sync_runner.run()


def show_conflicts(w: MainWindow) -> None:
    dialog = ConflictsDialog(w.ctrl.journal, w, announce=w.ctrl.announce,
                             after_flip=w.sync_runner.run)
    w.sync_runner.done.connect(dialog.refresh)  # the round after a flip: what is kept now
    try:
        dialog.exec()
    finally:
        w.sync_runner.done.disconnect(dialog.refresh)
        dialog.deleteLater()


def move_out(w: MainWindow, path: Path, target: Path) -> bool:
    """Copy the journal into ``target`` (which must hold no journal) as a consistent
    copy, open it there, set the old file aside (kept, renamed), then offer to sync
    through the folder it came from."""
    from careersquiggle import paths
    from careersquiggle.services import backup

    dest = paths.journal_path(target)
    if dest.exists():
        w.show_error(SyncGuard.tr("%1 already holds a journal; choose an empty folder.").replace(
            "%1", str(target)))
        return False
    old_folder = path.parent
    try:
        paths.ensure_private_dir(target)
        backup.make_backup(path, w.ctrl.journal.passphrase, out=dest)
    except (JournalError, OSError) as exc:
        w.show_error(SyncGuard.tr("The journal could not be moved: %1").replace("%1", str(exc)))
        return False
    w.open_folder(target)  # closes the old journal (its last backup taken)
    if w.ctrl.journal.path != dest:
        return False
    # Kept, not deleted; if it cannot be renamed, the warning comes back when it is opened.
    with contextlib.suppress(OSError):
        path.rename(path.with_name(path.name + ".moved-out"))
    dialog = SyncSetupDialog(w.ctrl.journal, w)
    dialog.folder.setText(str(old_folder.parent / "careersquiggle-sync"))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        w.sync_runner.run()
    return True
