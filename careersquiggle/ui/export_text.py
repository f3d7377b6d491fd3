"""File → Export as text…: the journal as CSV, Markdown or JSON, chosen in a save dialog.

Text exports are the owner's own copy and hold private entries too; the
dialog's title says so. (Pictures have their own dialog, which leaves them out.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context
from careersquiggle.services import formats
from careersquiggle.services.journal import Journal

# name filter shown in the dialog -> (format, csv table, suffix)
CHOICES = {  # marked here, translated when shown
    QT_TRANSLATE_NOOP("ExportText", "Markdown, to read (*.md)"): ("markdown", "entries", ".md"),
    QT_TRANSLATE_NOOP("ExportText", "CSV – entries, one per row (*.csv)"):
        ("csv", "entries", ".csv"),
    QT_TRANSLATE_NOOP("ExportText", "CSV – check-ins (*.csv)"): ("csv", "checkins", ".csv"),
    QT_TRANSLATE_NOOP("ExportText", "CSV – chapters (*.csv)"): ("csv", "chapters", ".csv"),
    QT_TRANSLATE_NOOP("ExportText", "Career Squiggle JSON, everything (*.json)"):
        ("json", "entries", ".json"),
}
ExportText = Context("ExportText")


def write_export(journal: Journal, path: Path | str, fmt: str, table: str = "entries") -> Path:
    """Write one text export to ``path`` (all or nothing)."""
    formats.write_text_file(path, formats.export_text(journal, fmt, table))
    return Path(path)


def export_text(parent: QWidget | None, journal: Journal, start_dir: str = "") -> Path | None:
    """Ask where and in which format, write the file; the path written, or None."""
    chooser = QFileDialog(parent,
                          ExportText.tr("Export journal as text (private entries included)"),
                          start_dir)
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    shown = {ExportText.tr(name): name for name in CHOICES}
    chooser.setNameFilters(list(shown))
    if not chooser.exec() or not chooser.selectedFiles():
        return None
    fmt, table, suffix = CHOICES.get(shown.get(chooser.selectedNameFilter(), ""),
                                     ("markdown", "entries", ".md"))
    path = Path(chooser.selectedFiles()[0])
    if not path.suffix:
        path = path.with_suffix(suffix)
    try:
        return write_export(journal, path, fmt, table)
    except JournalError as exc:
        QMessageBox.warning(parent, ExportText.tr("Export failed"), str(exc))
        return None
