"""File → Export picture…: size, look, redaction, which moments carry a label, alt text,
and a preview that is the exported picture itself."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.columns import EntryColumns
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.core.redaction import Redaction
from careersquiggle.render.picture import (
    MAX_PIXELS_SIDE,
    MAX_SIDE,
    MIN_SIDE,
    PRESETS,
    Picture,
    PictureSpec,
    shareable,
)
from careersquiggle.render.picture_files import picture_bytes
from careersquiggle.services.files import atomic_write
from careersquiggle.ui.export_moments import MomentList
from careersquiggle.ui.picture_share import copy_picture, remember, remembered, remembered_spec

ExportForm = Context("ExportForm")
# Marked here, translated where shown (translators are installed after import).
PRESET_LABELS = [("slide", QT_TRANSLATE_NOOP("ExportForm", "Slide — 1920 × 1080")),
                 ("post", QT_TRANSLATE_NOOP("ExportForm", "Post — 1200 × 675")),
                 ("square", QT_TRANSLATE_NOOP("ExportForm", "Square — 1080 × 1080")),
                 ("story", QT_TRANSLATE_NOOP("ExportForm", "Story — 1080 × 1920")),
                 ("custom", QT_TRANSLATE_NOOP("ExportForm", "Custom size"))]
THEME_LABELS = [("light", QT_TRANSLATE_NOOP("ExportForm", "Light")),
                ("dark", QT_TRANSLATE_NOOP("ExportForm", "Dark")),
                ("transparent", QT_TRANSLATE_NOOP("ExportForm", "Transparent background"))]
FORMAT_LABELS = [("png", QT_TRANSLATE_NOOP("ExportForm", "PNG image")),
                 ("svg", QT_TRANSLATE_NOOP("ExportForm", "SVG drawing")),
                 ("pdf", QT_TRANSLATE_NOOP("ExportForm", "PDF document"))]
REDACTIONS = [("hide_orgs", QT_TRANSLATE_NOOP("ExportForm", "Hide organisation names "
                                              "(chapters show the role)")),
              ("years_only", QT_TRANSLATE_NOOP("ExportForm", "Years only (no months or days)")),
              ("hide_feel", QT_TRANSLATE_NOOP("ExportForm", "Hide the feel numbers")),
              ("key_only", QT_TRANSLATE_NOOP("ExportForm", "Label key moments only"))]


class ExportDialog(QDialog):
    def __init__(self, entries: Sequence[Entry] | EntryColumns, checkins: Sequence[CheckIn],
                 chapters: Sequence[Chapter], visible: tuple[float, float] | None,
                 settings=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(ExportForm.tr("Export picture"))
        self.cols = (entries if isinstance(entries, EntryColumns)
                     else EntryColumns.from_entries(entries))
        self.checkins, self.chapters = list(checkins), list(chapters)
        self.settings = settings
        self.picture = Picture()
        self._picture_closed = False
        self.image: QImage | None = None
        self.rendered: PictureSpec | None = None  # the spec self.image was made from
        self.written: Path | None = None
        self.user_labels = False  # True once the user ticks or edits a label
        last = remembered_spec(settings)

        self.title = QLineEdit(last.title)
        self.subtitle = QLineEdit()
        self.subtitle.setPlaceholderText(ExportForm.tr("The date range"))
        self.source = QLineEdit(last.source)
        self.source.setPlaceholderText(ExportForm.tr("Optional, e.g. “Source: my journal”"))
        self.preset = _combo(PRESET_LABELS)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for spin in (self.width_box, self.height_box):
            spin.setRange(MIN_SIDE, MAX_SIDE)
            spin.setSuffix(ExportForm.tr(" px"))
        self.scale = _combo([(1, "1×"), (2, ExportForm.tr("2× (sharp on high-density screens)")),
                             (3, "3×")], translated=True)
        self.theme = _combo(THEME_LABELS)
        self.format = _combo(FORMAT_LABELS)
        self.range = QComboBox()
        self.range.addItem(ExportForm.tr("The whole journal"), None)
        if visible:
            self.range.addItem(ExportForm.tr("What is visible now"), visible)
        for ch in self.chapters:
            self.range.addItem(fill(ExportForm.tr("Chapter: %1"), ch.title), ch.span(time.time()))
        self.strip = QCheckBox(ExportForm.tr("Include the autonomy · mastery · purpose strip"))
        self.private = QCheckBox(ExportForm.tr("Include private entries"))
        self.private.setToolTip(ExportForm.tr("Private entries are left out of pictures unless "
                                              "you tick this. Notes never appear in a picture."))
        self.redact = {key: QCheckBox(ExportForm.tr(text)) for key, text in REDACTIONS}
        self.moments = MomentList()
        self.auto_button = QPushButton(ExportForm.tr("&Automatic choice"))
        self.auto_button.setToolTip(ExportForm.tr("Label the moments the picture would choose "
                                                  "by itself"))
        self.alt_text = QPlainTextEdit()
        self.alt_text.setReadOnly(True)
        self.copy_alt = QPushButton(ExportForm.tr("Copy &alt text"))
        self.copy_button = QPushButton(ExportForm.tr("&Copy picture"))
        self.copy_button.setToolTip(ExportForm.tr("Put the picture and its alt text on the "
                                                  "clipboard (Ctrl+Shift+C)"))
        self.preview = QLabel()
        self.preview.setMinimumSize(560, 315)
        # The picture follows the box, never the other way round (or it would be cut off).
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(ExportForm.tr("Preview"))
        self.preview.setStyleSheet("background: palette(base); border: 1px solid palette(mid);")

        size_row = QHBoxLayout()
        w: QWidget
        for w in (self.preset, self.width_box, QLabel("×"), self.height_box, self.scale):
            size_row.addWidget(w)
        form = QFormLayout()
        form.addRow(ExportForm.tr("&Title"), self.title)
        form.addRow(ExportForm.tr("S&ubtitle"), self.subtitle)
        form.addRow(ExportForm.tr("Sour&ce line"), self.source)
        form.addRow(ExportForm.tr("Size"), size_row)
        form.addRow(ExportForm.tr("&Look"), self.theme)
        form.addRow(ExportForm.tr("&Format"), self.format)
        form.addRow(ExportForm.tr("&Range"), self.range)
        for check in (self.strip, self.private, *self.redact.values()):
            form.addRow("", check)
        for name, w in ((ExportForm.tr("Title"), self.title),
                        (ExportForm.tr("Subtitle"), self.subtitle),
                        (ExportForm.tr("Source line"), self.source),
                        (ExportForm.tr("Size preset"), self.preset),
                        (ExportForm.tr("Width"), self.width_box),
                        (ExportForm.tr("Height"), self.height_box),
                        (ExportForm.tr("Scale"), self.scale), (ExportForm.tr("Look"), self.theme),
                        (ExportForm.tr("Format"), self.format),
                        (ExportForm.tr("Range"), self.range),
                        (ExportForm.tr("Alt text"), self.alt_text)):
            w.setAccessibleName(name)
        picture_tab = QWidget()
        picture_tab.setLayout(form)
        moments_tab = QWidget()
        mt = QVBoxLayout(moments_tab)
        mt.addWidget(self.moments)
        mt.addWidget(self.auto_button, 0, Qt.AlignmentFlag.AlignLeft)
        alt_tab = QWidget()
        at = QVBoxLayout(alt_tab)
        at.addWidget(QLabel(ExportForm.tr("Written into the file; paste it where you post the "
                                          "picture.")))
        at.addWidget(self.alt_text)
        at.addWidget(self.copy_alt, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(ExportForm.tr("Picture, moments and alt text"))
        self.tabs.addTab(picture_tab, ExportForm.tr("&Picture"))
        self.tabs.addTab(moments_tab, ExportForm.tr("&Moments"))
        self.tabs.addTab(alt_tab, ExportForm.tr("Alt te&xt"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(ExportForm.tr("&Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.tabs, 1)
        left.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.preview, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # let typing settle before re-rendering
        self._timer.timeout.connect(self.update_preview)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.scale.currentIndexChanged.connect(self._limit_sides)
        for sig in (self.title.textChanged, self.subtitle.textChanged, self.source.textChanged,
                    self.width_box.valueChanged, self.height_box.valueChanged,
                    self.scale.currentIndexChanged, self.theme.currentIndexChanged,
                    self.strip.toggled, *(b.toggled for b in self.redact.values())):
            sig.connect(self._timer.start)
        # These change which moments may appear: the list follows.
        self.range.currentIndexChanged.connect(self._refill_moments)
        self.private.toggled.connect(self._refill_moments)
        self.moments.changed.connect(self._labels_edited)
        self.auto_button.clicked.connect(self._automatic_labels)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.copy_alt.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.picture.alt.as_text()))
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_to_clipboard)

        _select(self.preset, remembered(settings, "preset", "slide"))
        if self.preset.currentData() == "custom":
            self.width_box.setValue(last.width)
            self.height_box.setValue(last.height)
        _select(self.scale, last.scale)
        _select(self.theme, last.theme)
        _select(self.format, remembered(settings, "format", "png"))
        self.strip.setChecked(last.include_strip)
        for key, check in self.redact.items():
            check.setChecked(getattr(last.redaction, key))
        self._preset_changed()
        self._refill_moments()

    # -- the picture ----------------------------------------------------------
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

    def _limit_sides(self) -> None:
        """At 2× or 3× a custom size may be smaller: the image must stay a sane size."""
        most = min(MAX_SIDE, MAX_PIXELS_SIDE // int(self.scale.currentData()))
        for box in (self.width_box, self.height_box):
            box.setMaximum(most)

    def spec(self) -> PictureSpec:
        return PictureSpec(
            width=self.width_box.value(), height=self.height_box.value(),
            title=self.title.text(), subtitle=self.subtitle.text() or None,
            source=self.source.text().strip(),
            include_private=self.private.isChecked(), include_strip=self.strip.isChecked(),
            span=self.range.currentData(), scale=int(self.scale.currentData()),
            theme=self.theme.currentData(),
            labels=self.moments.choice() if self.user_labels else None,
            redaction=Redaction(**{k: b.isChecked() for k, b in self.redact.items()}),
        )

    def update_preview(self) -> None:
        """Render the picture; the preview shows this very image, and export writes it."""
        self._timer.stop()
        spec = self.spec()
        self.image = self.picture.render(self.cols, self.checkins, self.chapters, spec)
        self.rendered = spec
        if not self.user_labels:
            self.moments.set_ticks(dict(self.picture.shown))
        self.alt_text.setPlainText(self.picture.alt.as_text())
        self._full = QPixmap.fromImage(self.image)
        self._full.setDevicePixelRatio(1.0)  # fit the picture's real pixels into the preview
        self._fit_preview()

    def _fit_preview(self) -> None:
        """The picture, whole, in the preview's box (redone when the dialog is resized)."""
        if getattr(self, "_full", None) is None:
            return
        ratio = self.devicePixelRatioF()
        pix = self._full.scaled(self.preview.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)
        pix.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pix)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def current_image(self) -> QImage:
        """The picture for exactly the dialog's current choices (rendered only if stale)."""
        if self.rendered != self.spec() or self._timer.isActive():
            self.update_preview()
        assert self.image is not None  # update_preview draws it
        return self.image

    # -- moments --------------------------------------------------------------
    def _refill_moments(self) -> None:
        """Only what may appear (privacy, range) is listed; the user's ticks are kept."""
        kept = dict(self.moments.choice()) if self.user_labels else {}
        self.moments.fill(self._moment_cols(), kept)
        self.update_preview()

    def _labels_edited(self) -> None:
        self.user_labels = True
        self._timer.start()

    def _automatic_labels(self) -> None:
        self.user_labels = False
        self.moments.fill(self._moment_cols(), {})
        self.update_preview()

    def _moment_cols(self) -> EntryColumns:
        cols = shareable(self.cols, self.private.isChecked())
        span = self.range.currentData()
        return cols.take((cols.pos >= span[0]) & (cols.pos <= span[1])) if span else cols

    # -- out ------------------------------------------------------------------
    def copy_to_clipboard(self) -> None:
        copy_picture(self.current_image(), self.picture.alt)

    def export_to(self, path: Path, fmt: str | None = None) -> None:
        fmt = fmt or self.format.currentData()
        image = self.current_image()
        assert self.rendered is not None  # drawn just now
        data = picture_bytes(self.picture, image, self.rendered, fmt)
        atomic_write(path, data, private=False)  # made to be shared: the user's usual mode
        self.written = Path(path)
        remember(self.settings, replace(self.rendered, labels=None), self.preset.currentData())
        if self.settings:
            self.settings.set("export/format", fmt)
            self.settings.set("export/folder", str(Path(path).parent))

    def choose_and_export(self) -> None:
        fmt = self.format.currentData()
        folder = remembered(self.settings, "folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, ExportForm.tr("Export picture"), str(Path(folder) / f"career-squiggle.{fmt}"),
            ExportForm.tr(dict(FORMAT_LABELS)[fmt]) + f" (*.{fmt})")
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        try:
            self.export_to(Path(path))
        except JournalError as exc:
            QMessageBox.warning(self, ExportForm.tr("Export picture"), str(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        if not self._picture_closed:  # done() runs again if the closed dialog is closed
            self.picture.close()
            self._picture_closed = True
        super().done(result)


def _combo(items, translated: bool = False) -> QComboBox:
    box = QComboBox()
    for key, text in items:
        box.addItem(text if translated else ExportForm.tr(text), key)
    return box


def _select(box: QComboBox, key) -> None:
    box.setCurrentIndex(max(0, box.findData(key)))
