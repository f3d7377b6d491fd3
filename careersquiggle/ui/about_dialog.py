"""Help → About: the version, and where the journal and the logs live (and a way to open them)."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careersquiggle import APP_NAME, __version__
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill

About = Context("About")
TAGLINE = QT_TRANSLATE_NOOP("About", "A private journal for the non-linear career.")
PRIVACY = QT_TRANSLATE_NOOP("About",
                            "Nothing leaves this computer: no accounts, no telemetry, no network.")


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None, *,
                 log_folder: Path | None = None,
                 open_url: Callable[[QUrl], object] = QDesktopServices.openUrl):
        super().__init__(parent)
        self.setWindowTitle(fill(About.tr("About %1"), APP_NAME))
        self.open_url = open_url

        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAccessibleName(fill(About.tr("%1 icon"), APP_NAME))
        self.title = QLabel(f"<h2>{APP_NAME}</h2>")
        self.version = QLabel(fill(About.tr("Version %1"), __version__))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version.setAccessibleName(About.tr("Version"))
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.version)
        top = QHBoxLayout()
        top.addWidget(icon, alignment=Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        text = QLabel(f"{About.tr(TAGLINE)}<br>{About.tr(PRIVACY)}")
        text.setWordWrap(True)

        folders = QGridLayout()
        self.data_field, self.open_data = self._folder_row(
            folders, 0, About.tr("Your journal"), About.tr("journal folder"), data_folder)
        self.log_field = self.open_logs = None
        if log_folder is not None:
            self.log_field, self.open_logs = self._folder_row(
                folders, 1, About.tr("Logs"), About.tr("log folder"), log_folder)

        # Worth pasting into a bug report.
        runtime = QLabel(fill(About.tr("Python %1 · PySide6 %2 · Qt %3"),
                              platform.python_version(), PySide6.__version__, qVersion()))
        runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        runtime.setEnabled(False)  # muted, in whatever palette the system uses

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(folders)
        layout.addWidget(runtime)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _folder_row(self, grid: QGridLayout, row: int, label: str, what: str,
                    folder: Path) -> tuple[QLineEdit, QPushButton]:
        # A read-only line, not a label: it can be selected, copied and read by a screen reader.
        field = QLineEdit(str(folder))
        field.setReadOnly(True)
        field.setCursorPosition(0)
        field.setAccessibleName(fill(About.tr("%1 — %2 location"), label, what))
        caption = QLabel(f"{label}:")
        caption.setBuddy(field)
        button = QPushButton(About.tr("Open &log folder") if row else About.tr("&Open folder"))
        button.setAccessibleName(fill(About.tr("Open the %1"), what))
        button.setToolTip(fill(About.tr("Show the %1 in your file manager"), what))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.open_folder(folder))
        grid.addWidget(caption, row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(button, row, 2)
        return field, button

    def open_folder(self, folder: Path) -> None:
        # A file:// URL: the system's file manager, nothing on the network.
        self.open_url(QUrl.fromLocalFile(str(folder)))
