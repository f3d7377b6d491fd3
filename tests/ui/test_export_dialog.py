"""The export dialog through its widgets: the preview is the exported file pixel for pixel,
moments ticked and relabelled (entries untouched), alt text shown and written, and Copy
picture (Ctrl+Shift+C) in the dialog and the window."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from careersquiggle.ui.export_dialog import ExportDialog

LOWEST = "Few postdoc positions, and rent to pay"
PAPER = "First paper accepted"


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    raw = np.frombuffer(image.constBits(), np.uint8)
    return raw.reshape(image.height(), image.width(), 4).copy()


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    # The offscreen platform crashes at exit if the clipboard still holds an image.
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def dialog(qtbot, demo_journal, settings):
    j = demo_journal
    dlg = ExportDialog(j.entry_columns(), j.checkins(), j.chapters(), None, settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.reject()


def choose(combo, key):
    combo.setCurrentIndex(combo.findData(key))


def test_preview_is_the_exported_picture_pixel_for_pixel(tmp_path, dialog):
    choose(dialog.preset, "post")
    choose(dialog.scale, 2)
    choose(dialog.theme, "dark")
    dialog.title.setText("Ten years")
    dialog.update_preview()
    shown = dialog.image
    dialog.export_to(tmp_path / "p.png", "png")
    saved = QImage(str(tmp_path / "p.png"))
    assert (saved.width(), saved.height()) == (2400, 1350)
    assert dialog.image is shown  # nothing changed, so nothing was drawn again
    assert np.array_equal(pixels(saved), pixels(shown))
    # The preview label shows that image, fitted to its box.
    preview = dialog.preview.pixmap()
    assert abs(preview.width() / preview.height() - 2400 / 1350) < 0.02
    assert saved.text("Description").strip() == dialog.alt_text.toPlainText().strip()


def _row(dialog, title):
    return next(r for r, i in enumerate(dialog.moments.ids) if dialog.moments.titles[i] == title)


def test_tick_untick_and_relabel_moments_without_changing_entries(qtbot, dialog, demo_journal):
    choose(dialog.preset, "post")
    dialog.update_preview()
    assert LOWEST in dialog.picture.last_labels  # the automatic choice is ticked
    low = dialog.moments.item(_row(dialog, LOWEST), 0)
    assert low.checkState() == Qt.CheckState.Checked
    low.setCheckState(Qt.CheckState.Unchecked)  # the user unticks the lowest
    paper = _row(dialog, PAPER)
    dialog.moments.item(paper, 1).setText("Paper!")
    dialog.moments.item(paper, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: "Paper!" in dialog.picture.last_labels, timeout=5000)
    assert LOWEST not in dialog.picture.last_labels
    assert "Paper!" in dialog.picture.alt.long
    titles = [e.title for e in demo_journal.entries()]
    assert PAPER in titles and "Paper!" not in titles
    dialog.auto_button.click()
    assert LOWEST in dialog.picture.last_labels and "Paper!" not in dialog.picture.last_labels


def test_private_moments_are_not_listed_unless_included(dialog, demo_journal):
    secret = next(e for e in demo_journal.entries() if e.private).title
    assert secret not in dialog.moments.titles.values()
    dialog.private.setChecked(True)
    assert secret in dialog.moments.titles.values()


def test_hide_orgs_box_reaches_alt_text(dialog):
    dialog.redact["hide_orgs"].setChecked(True)
    dialog.update_preview()
    assert "Fernbank" not in dialog.alt_text.toPlainText()
    assert "Fernbank" not in " ".join(dialog.picture.last_labels)


def test_ctrl_shift_c_in_the_dialog_copies_picture_and_alt_text(qtbot, dialog):
    choose(dialog.preset, "square")
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage() and mime.text() == dialog.picture.alt.short
    image = QImage(mime.imageData())
    assert (image.width(), image.height()) == (1080, 1080)


def test_ctrl_shift_c_in_the_window(qtbot, make_window, demo_journal, settings):
    settings.set("export/preset", "post")
    w = make_window(demo_journal)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().mimeData() is not None
                    and QGuiApplication.clipboard().mimeData().hasImage(), timeout=10000)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage() and mime.text().startswith("Career squiggle")
    image = QImage(mime.imageData())
    assert (image.width(), image.height()) == (1200, 675)
