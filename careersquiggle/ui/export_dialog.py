"""File → Export picture…: title, size, range, strip, privacy, with a live preview."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QMessageBox, QSpinBox, QVBoxLayout, QWidget,
)

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.render.picture import (
    DEFAULT_TITLE, MAX_SIDE, MIN_SIDE, PRESETS, Picture, PictureSpec,
)
from careersquiggle.render.picture_files import picture_bytes
from careersquiggle.services.files import atomic_write

PRESET_LABELS = [("slide", "Slide — 1920 × 1080"), ("post", "Post — 1200 × 675"),
                 ("square", "Square — 1080 × 1080"), ("custom", "Custom size")]


class ExportDialog(QDialog):
    def __init__(self, entries: Sequence[Entry], checkins: Sequence[CheckIn],
                 chapters: Sequence[Chapter], visible: tuple[float, float] | None,
                 settings=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export picture")
        self.entries, self.checkins, self.chapters = entries, list(checkins), list(chapters)
        self.visible = visible
        self.settings = settings
        self.picture = Picture()
        self.image = None
        self.written: Path | None = None

        self.title = QLineEdit(self._setting("title", DEFAULT_TITLE))
        self.subtitle = QLineEdit()
        self.subtitle.setPlaceholderText("The date range")
        self.preset = QComboBox()
        for key, text in PRESET_LABELS:
            self.preset.addItem(text, key)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box in (self.width_box, self.height_box):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setSuffix(" px")
        size_row = QHBoxLayout()
        size_row.addWidget(self.preset)
        size_row.addWidget(self.width_box)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_box)
        self.format = QComboBox()
        self.format.addItem("PNG image", "png")
        self.format.addItem("SVG drawing", "svg")
        self.range = QComboBox()
        self.range.addItem("The whole journal", None)
        if visible:
            self.range.addItem("What is visible now", visible)
        import time
        for ch in self.chapters:
            self.range.addItem(f"Chapter: {ch.title}", ch.span(time.time()))
        self.strip = QCheckBox("Include the autonomy · mastery · purpose strip")
        self.private = QCheckBox("Include private entries")
        self.private.setToolTip("Private entries are left out of pictures unless you tick this. "
                                "Notes never appear in a picture.")
        self.preview = QLabel()
        self.preview.setMinimumSize(560, 315)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName("Preview")
        self.preview.setStyleSheet("background: palette(base); border: 1px solid palette(mid);")

        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("S&ubtitle", self.subtitle)
        form.addRow("Size", size_row)
        form.addRow("&Format", self.format)
        form.addRow("&Range", self.range)
        form.addRow("", self.strip)
        form.addRow("", self.private)
        for name, w in (("Title", self.title), ("Subtitle", self.subtitle), ("Size preset", self.preset),
                        ("Width", self.width_box), ("Height", self.height_box), ("Format", self.format),
                        ("Range", self.range)):
            w.setAccessibleName(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton("&Export…",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.buttons)
        layout.addLayout(left)
        layout.addWidget(self.preview, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # let typing settle before re-rendering
        self._timer.timeout.connect(self.update_preview)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        for sig in (self.title.textChanged, self.subtitle.textChanged, self.width_box.valueChanged,
                    self.height_box.valueChanged, self.range.currentIndexChanged,
                    self.strip.toggled, self.private.toggled):
            sig.connect(self._timer.start)
        self.preset.setCurrentIndex(max(0, self.preset.findData(self._setting("preset", "slide"))))
        self.strip.setChecked(self._setting("strip", "false") == "true")
        self._preset_changed()
        self.update_preview()

    def _setting(self, key: str, default: str) -> str:
        return str(self.settings.value(f"export/{key}", default)) if self.settings else default

    def _preset_changed(self) -> None:
        key = self.preset.currentData()
        custom = key == "custom"
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            w, h = PRESETS[key]
            self.width_box.setValue(w)
            self.height_box.setValue(h)
        self._timer.start()

    def spec(self) -> PictureSpec:
        return PictureSpec(
            width=self.width_box.value(), height=self.height_box.value(),
            title=self.title.text(), subtitle=self.subtitle.text() or None,
            include_private=self.private.isChecked(), include_strip=self.strip.isChecked(),
            span=self.range.currentData(),
        )

    def update_preview(self) -> None:
        self.image = self.picture.render(self.entries, self.checkins, self.chapters, self.spec())
        pix = QPixmap.fromImage(self.image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pix)

    def export_to(self, path: Path) -> None:
        spec = self.spec()
        self._timer.stop()
        self.update_preview()
        data = picture_bytes(self.picture, self.image, spec, self.format.currentData())
        atomic_write(path, data, private=False)  # made to be shared: the usual file mode
        self.written = Path(path)
        if self.settings:
            self.settings.set("export/title", spec.title)
            self.settings.set("export/preset", self.preset.currentData())
            self.settings.set("export/strip", "true" if spec.include_strip else "false")
            self.settings.set("export/folder", str(Path(path).parent))

    def choose_and_export(self) -> None:
        fmt = self.format.currentData()
        folder = self._setting("folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, "Export picture", str(Path(folder) / f"career-squiggle.{fmt}"),
            "PNG image (*.png)" if fmt == "png" else "SVG drawing (*.svg)")
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.export_to(Path(path))
        except JournalError as exc:
            QMessageBox.warning(self, "Export picture", str(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.picture.close()
        super().done(result)
