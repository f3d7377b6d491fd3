"""Opening the window's companions: picture export, text import/export, the review."""

from __future__ import annotations

import numpy as np

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import Context, fill
from careersquiggle.services.changes import Changes

Tools = Context("Tools")

def export_picture(w) -> None:
    from careersquiggle.ui.export_dialog import ExportDialog

    j = w.ctrl.journal
    dlg = ExportDialog(j.entry_columns(), w.checkins, w.chapters, w.view.x_range(),
                       w.settings, w)
    if dlg.exec() and dlg.written:
        w.statusBar().showMessage(fill(Tools.tr("Saved %1"), dlg.written), 8000)


def copy_picture(w) -> None:
    """Ctrl+Shift+C: the picture the export dialog last made, of the whole journal, on the
    clipboard with its alt text."""
    from careersquiggle.render.picture import Picture
    from careersquiggle.ui.picture_share import copy_picture as to_clipboard
    from careersquiggle.ui.picture_share import remembered_spec

    picture = Picture()
    try:
        image = picture.render(w.ctrl.journal.entry_columns(), w.checkins, w.chapters,
                               remembered_spec(w.settings))
        to_clipboard(image, picture.alt)
    finally:
        picture.close()
    w.statusBar().showMessage(Tools.tr("Copied the picture and its alt text"), 8000)


def import_file(w) -> None:
    from careersquiggle.ui.import_dialog import run_import_dialog

    report = run_import_dialog(w, w.ctrl)
    if report is not None:
        show_imported(w, report.added_ids)
        w.statusBar().showMessage(
            Tools.tr("Imported %n items — Ctrl+Z takes them out again.", "",
                     report.total_added), 8000)


def show_imported(w, added: Changes) -> None:
    """The view glides to what an import added, when some of it is out of sight."""
    data = w.view.data
    xs = [float(x) for x in data.x[np.isin(data.ids, list(added.entries))]]
    today = FuzzyDate.from_date(w.today()).end_position()  # where an ongoing chapter ends
    for ch in w.chapters:
        if ch.id in added.chapters:
            xs += [ch.start.start_position(), ch.end.end_position() if ch.end else today]
    if not xs:
        return
    lo, hi = min(xs), max(xs)
    x0, x1 = w.view.x_range()
    if not (x0 <= lo and hi <= x1):
        w.view.show_span((lo, hi))


def export_as_text(w) -> None:
    from careersquiggle.ui.export_text import export_text

    try:
        path = export_text(w, w.ctrl.journal, str(w.settings.value("export/folder")))
    except JournalError as exc:
        w.show_error(str(exc))
        return
    if path:
        w.statusBar().showMessage(fill(Tools.tr("Saved %1"), path), 8000)


def open_review(w) -> None:
    from careersquiggle.ui.review.window import ReviewWindow

    if w.review is None:
        w.review = ReviewWindow(w.ctrl, w, settings=w.settings)
        w.review.set_high_contrast(w.contrast.high)
        w.contrast.changed.connect(w.review.set_high_contrast)
    w.review.show()
    w.review.raise_()
    w.review.activateWindow()
