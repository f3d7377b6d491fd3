"""Before a changed sample journal closes: keep it, copy what was added, or discard it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from careersquiggle import paths
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context, fill
from careersquiggle.services import sample_keep

KEEP, COPY, DISCARD = "keep", "copy", "discard"


SampleClose = Context("SampleClose")

def home_folder(w) -> Path:
    """"My journal": the journal the window was started on (first in Open recent)."""
    recent = [Path(f) for f in w.settings.recent_journals() if Path(f).is_dir()]
    return recent[0] if recent else paths.default_data_dir()


def ask(w) -> str | None:
    """KEEP, COPY, DISCARD, or None to stay in the sample."""
    box = QMessageBox(QMessageBox.Icon.Question, SampleClose.tr("Sample journal"),
                      SampleClose.tr("You wrote in the sample journal. It is removed when it "
                                     "closes.\n\nWhat should happen to your work?"), parent=w)
    keep = box.addButton(SampleClose.tr("&Keep it as a new journal…"),
                         QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(SampleClose.tr("&Copy what I added into my journal"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(SampleClose.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.setEscapeButton(stay)
    box.exec()
    chosen: dict[object, str] = {keep: KEEP, copy: COPY, discard: DISCARD}
    return chosen.get(box.clickedButton())


def settle(w, opened, into=None, *, choose_folder=None) -> bool:
    """Called before ``journal`` closes. ``into``: the journal the window moves to, when it
    is the person's own. Returns False when the sample must stay open."""
    before = getattr(opened, "sample_snapshot", None)
    journal = opened.journal
    if before is None or not sample_keep.changed(journal, before):
        return True
    answer = ask(w)
    try:
        if answer == KEEP:
            pick = choose_folder or (lambda: QFileDialog.getExistingDirectory(
                w, SampleClose.tr("Choose an empty folder for the new journal")))
            folder = pick()
            if not folder:
                return False
            sample_keep.keep_as_new(journal, Path(folder)).close()
            w.settings.add_recent(str(folder))
            w.statusBar().showMessage(
                fill(SampleClose.tr("The sample was kept as a new journal in %1"), folder), 8000)
        elif answer == COPY:
            _copy(w, journal, before, into)
        elif answer != DISCARD:
            return False
    except JournalError as exc:
        w.show_error(str(exc))
        return False
    opened.sample_snapshot = None  # settled: not asked again
    return True


def _copy(w, journal, before, into) -> None:
    if into is not None and getattr(into, "sample_snapshot", None) is None:
        report = sample_keep.copy_added(journal, before, into.journal)
    else:
        target = w.open_folder_fn(home_folder(w), w)
        try:
            report = sample_keep.copy_added(journal, before, target.journal)
        finally:
            target.close(backup_now=True)
    w.statusBar().showMessage(SampleClose.tr("Copied %n items from the sample into your "
                                             "journal.", "", report.total_added), 8000)
