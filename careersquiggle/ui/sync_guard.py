"""The guard's dialog, at every start: a journal whose own file sits in a folder a sync
tool manages is damaged sooner or later. It offers to move the journal out and sync it
through a folder instead (ui/sync_dialogs.py, loaded only then)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from careersquiggle.core.i18n import Context
from careersquiggle.services.syncing import managed_by

if TYPE_CHECKING:
    from careersquiggle.ui.main_window import MainWindow

SyncGuard = Context("SyncGuard")


def guard(w: MainWindow) -> None:
    """Warn (once per opening) when the live journal sits in a folder a sync tool
    manages; offer to move it out and set up sync through that folder instead."""
    path = w.ctrl.journal.path
    tool = managed_by(path)
    if tool is None or w.ctrl.opened.throwaway_folder is not None:
        return
    box = QMessageBox(QMessageBox.Icon.Warning, w.windowTitle(),
                      SyncGuard.tr("This journal's file is inside a folder %1 syncs.").replace(
                          "%1", tool), parent=w)
    box.setInformativeText(SyncGuard.tr(
        "A database file copied by a sync tool while it is in use can be damaged or lose "
        "entries. Move the journal to a folder of its own on this laptop, and sync it "
        "through a folder instead: only encrypted change files go there."))
    move = box.addButton(SyncGuard.tr("&Move it out…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(SyncGuard.tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not move:
        return
    target = QFileDialog.getExistingDirectory(w, SyncGuard.tr("A new folder for the journal"))
    if target:
        from careersquiggle.ui.sync_dialogs import move_out

        move_out(w, path, Path(target))
