"""The window's actions, menus and toolbar, in one place so shortcuts are easy to audit."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox

from careersquiggle import APP_NAME
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.squiggle import DRIVE_LENS, FEEL_LENS
from careersquiggle.ui import contrast, safety_actions, window_tools
from careersquiggle.ui.keys import GlobalKeys, key_sequences, redo_keys
from careersquiggle.ui.passphrase_dialog import CHANGE, DECRYPT, ENCRYPT
from careersquiggle.ui.settings import NUDGE_CHOICES

Actions = Context("Actions")


def _action(w, text, slot, shortcut=None, tip=None) -> QAction:
    a = QAction(text, w)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    if tip:
        a.setStatusTip(tip)
        a.setToolTip(tip)
    a.triggered.connect(lambda _checked=False: slot())
    return a


# Window commands that must work whichever widget has the focus (see GlobalKeys).
GLOBAL_ACTIONS = ("new_entry", "export_picture", "checkin", "review", "find", "new_chapter",
                  "import", "export_text", "fit", "open_folder", "quit",
                  f"lens_{FEEL_LENS}", f"lens_{DRIVE_LENS}")


def _undo_redo(w, a: dict[str, QAction]) -> None:
    """Undo and Redo with fixed short labels on the toolbar (it never shifts), the full
    "Undo Add entry “…”" in the menu and the tooltip."""
    sk = QKeySequence.StandardKey
    for name, make, keys, text, nothing in (
            ("undo", w.undo_stack.createUndoAction, key_sequences(sk.Undo), Actions.tr("Undo"),
             Actions.tr("Nothing to undo")),
            ("redo", w.undo_stack.createRedoAction, redo_keys(), Actions.tr("Redo"),
             Actions.tr("Nothing to redo"))):
        act = make(w, f"&{text}")
        act.setShortcuts(keys)
        act.setIconText(text)
        shown = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)

        def tip(_=None, act=act, nothing=nothing, shown=shown):
            if not shiboken6.isValid(act):  # "changed" also comes while the window goes
                return
            what = act.text().replace("&", "")
            act.setToolTip(f"{what} ({shown})" if act.isEnabled() else nothing)
        act.changed.connect(tip)
        tip()
        a[name] = act


def build(w) -> dict[str, QAction]:
    a: dict[str, QAction] = {}
    sk = QKeySequence.StandardKey
    a["new_entry"] = _action(w, Actions.tr("&New entry…"), w.new_entry, sk.New,
                             Actions.tr("Log a career moment (Ctrl+N)"))
    a["edit_entry"] = _action(w, Actions.tr("&Edit entry…"), w.edit_entry, "F2",
                              Actions.tr("Edit the selected entry"))
    a["delete_entry"] = _action(w, Actions.tr("&Delete entry"), w.delete_entry, sk.Delete,
                                Actions.tr("Delete the selected entry (undoable)"))
    _undo_redo(w, a)
    a["find"] = _action(w, Actions.tr("&Find…"), lambda: (w.filters.search.setFocus(),
                                              w.filters.search.selectAll()), sk.Find)
    a["clear_filters"] = _action(w, Actions.tr("C&lear filters"), w.filters.clear)
    a["checkin"] = _action(w, Actions.tr("Check &in…"), w.new_checkin, "Ctrl+K",
                           Actions.tr("Record autonomy, mastery and purpose (Ctrl+K)"))
    a["checkins"] = _action(w, Actions.tr("Check-&ins…"), w.manage_checkins)
    a["new_chapter"] = _action(w, Actions.tr("New &chapter…"), w.new_chapter, "Ctrl+Shift+N")
    a["chapters"] = _action(w, Actions.tr("C&hapters…"), w.manage_chapters)
    a["zoom_in"] = _action(w, Actions.tr("Zoom &in"), lambda: w.view.zoom(0.8), sk.ZoomIn)
    a["zoom_out"] = _action(w, Actions.tr("Zoom &out"), lambda: w.view.zoom(1.25), sk.ZoomOut)
    a["fit"] = _action(w, Actions.tr("&Fit all"), w.view.fit_all, "Ctrl+0",
                       Actions.tr("Show the whole squiggle (Home)"))
    a["open_folder"] = _action(w, Actions.tr("&Open journal folder…"), partial(_choose_folder, w),
                               sk.Open)
    a["open_sample"] = _action(w, Actions.tr("Open &sample journal"), w.open_sample)
    a["export_picture"] = _action(w, Actions.tr("&Export picture…"),
                                  partial(window_tools.export_picture, w),
                                  "Ctrl+E",
                                  Actions.tr("Save a picture of the squiggle to share (Ctrl+E)"))
    a["copy_picture"] = _action(w, Actions.tr("&Copy picture"), partial(window_tools.copy_picture,
                                                                        w),
                                "Ctrl+Shift+C",
                                Actions.tr("Put a picture of the squiggle and its alt text on "
                                           "the clipboard"))
    a["import"] = _action(w, Actions.tr("&Import…"), partial(window_tools.import_file, w), "Ctrl+I",
                          Actions.tr("Bring entries in from LinkedIn, jrnl, Day One, JSON or CSV"))
    a["export_text"] = _action(w, Actions.tr("Export as &text…"),
                               partial(window_tools.export_as_text, w),
                               "Ctrl+Shift+E",
                               Actions.tr("Save the whole journal as JSON, CSV or Markdown"))
    a["review"] = _action(w, Actions.tr("Crossroads &review…"), partial(window_tools.open_review,
                                                                        w), "Ctrl+R",
                          Actions.tr("Look back over a period, reflect and weigh your options"))
    a["restore"] = _action(w, Actions.tr("Restore from &backup…"),
                           partial(safety_actions.restore_from_backup, w),
                           tip=Actions.tr("Put an earlier copy of the journal back (the current "
                                          "one is kept)"))
    a["encrypt"] = _action(w, Actions.tr("&Encrypt journal…"),
                           partial(safety_actions.change_encryption, w, ENCRYPT))
    a["passwd"] = _action(w, Actions.tr("Change &passphrase…"),
                          partial(safety_actions.change_encryption, w, CHANGE))
    a["decrypt"] = _action(w, Actions.tr("Remove encr&yption…"),
                           partial(safety_actions.change_encryption, w, DECRYPT))
    a["sync_setup"] = _action(w, Actions.tr("Sync &with a folder…"),
                              partial(_sync_dialog, "setup_sync", w),
                              tip=Actions.tr("Keep this journal the same on your laptops through "
                                             "a folder your sync tool keeps in step"))
    a["sync_conflicts"] = _action(w, Actions.tr("Sync co&nflicts…"),
                                  partial(_sync_dialog, "show_conflicts", w),
                                  tip=Actions.tr("Values that lost to another laptop's change: "
                                                 "review them and flip one"))
    a["quit"] = _action(w, Actions.tr("&Quit"), w.close, sk.Quit)
    a["shortcuts"] = _action(w, Actions.tr("&Keyboard shortcuts"), partial(_show_shortcuts, w))
    a["about"] = _action(w, fill(Actions.tr("&About %1"), APP_NAME), partial(_about, w))

    lens_group = QActionGroup(w)
    for key, text, shortcut in ((FEEL_LENS, Actions.tr("&Feel lens"), "Ctrl+1"),
                                (DRIVE_LENS, Actions.tr("&Drive lens"), "Ctrl+2")):
        act = _action(w, text, partial(_set_lens, w, key), shortcut)
        act.setCheckable(True)
        act.setChecked(w.lens == key)
        lens_group.addAction(act)
        a[f"lens_{key}"] = act
    contrast_group = QActionGroup(w)
    for key, text in ((contrast.SYSTEM, Actions.tr("Follow the &system")),
                      (contrast.HIGH, Actions.tr("&High contrast")),
                      (contrast.NORMAL, Actions.tr("&Normal contrast"))):
        act = _action(w, text, partial(w.set_contrast, key))
        act.setCheckable(True)
        act.setChecked(w.contrast.choice == key)
        contrast_group.addAction(act)
        a[f"contrast_{key}"] = act
    a["reduce_motion"] = _action(w, Actions.tr("Reduce &motion"),
                                 lambda: w.set_reduce_motion(a["reduce_motion"].isChecked()),
                                 tip=Actions.tr("Jump to what the view brings in, without a "
                                                "glide"))
    a["reduce_motion"].setCheckable(True)
    a["reduce_motion"].setChecked(w.view.reduce_motion)
    nudge_group = QActionGroup(w)
    for days, text in NUDGE_CHOICES:
        act = _action(w, Actions.tr(text), partial(w.set_nudge_days, days or None))
        act.setCheckable(True)
        act.setChecked((w.settings.nudge_days or 0) == days)
        nudge_group.addAction(act)
        a[f"nudge_{days}"] = act

    mb = w.menuBar()
    file_menu = mb.addMenu(Actions.tr("&File"))
    file_menu.addActions([a["open_folder"], a["open_sample"]])
    w.recent_menu = file_menu.addMenu(Actions.tr("Open &recent"))
    file_menu.addSeparator()
    w.file_menu = file_menu
    file_menu.addActions([a["import"], a["export_picture"], a["copy_picture"], a["export_text"]])
    file_menu.addSeparator()
    file_menu.addAction(a["restore"])
    w.file_export_anchor = file_menu.addSeparator()
    file_menu.addAction(a["quit"])
    edit = mb.addMenu(Actions.tr("&Edit"))
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["new_entry"], a["edit_entry"], a["delete_entry"]])
    edit.addSeparator()
    edit.addActions([a["find"], a["clear_filters"]])
    view = mb.addMenu(Actions.tr("&View"))
    view.addActions([a[f"lens_{FEEL_LENS}"], a[f"lens_{DRIVE_LENS}"]])
    view.addSeparator()
    view.addActions([a["zoom_in"], a["zoom_out"], a["fit"]])
    view.addSeparator()
    contrast_menu = view.addMenu(Actions.tr("&Contrast"))
    contrast_menu.addActions([a[f"contrast_{k}"] for k in contrast.CHOICES])
    view.addAction(a["reduce_motion"])
    view.addSeparator()
    view.addAction(a["review"])
    w.view_menu = view
    journal = mb.addMenu(Actions.tr("&Journal"))
    journal.addActions([a["checkin"], a["checkins"]])
    reminder = journal.addMenu(Actions.tr("Check-in &reminder"))
    reminder.addActions([a[f"nudge_{d}"] for d, _t in NUDGE_CHOICES])
    journal.addSeparator()
    journal.addActions([a["new_chapter"], a["chapters"]])
    journal.addSeparator()
    journal.addActions([a["encrypt"], a["passwd"], a["decrypt"]])
    journal.addSeparator()
    journal.addActions([a["sync_setup"], a["sync_conflicts"]])
    w.journal_menu = journal
    help_menu = mb.addMenu(Actions.tr("&Help"))
    help_menu.addActions([a["shortcuts"], a["about"]])

    tb = w.addToolBar(Actions.tr("Main"))
    tb.setObjectName("main_toolbar")
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.addActions([a["new_entry"], a["checkin"], a["new_chapter"]])
    tb.addSeparator()
    tb.addActions([a["undo"], a["redo"]])
    tb.addSeparator()
    lens = QComboBox()
    lens.addItem(Actions.tr("Feel"), FEEL_LENS)
    lens.addItem(Actions.tr("Drive"), DRIVE_LENS)
    lens.setCurrentIndex(max(0, lens.findData(w.lens)))
    lens.setToolTip(Actions.tr("Feel: how moments felt. Drive: mean of autonomy, mastery and "
                               "purpose."))
    lens.setAccessibleName(Actions.tr("Lens"))
    lens.currentIndexChanged.connect(lambda _i: _set_lens(w, lens.currentData()))
    w.lens_combo = lens
    tb.addWidget(lens)
    tb.addAction(a["fit"])
    tb.addSeparator()
    tb.addActions([a["export_picture"], a["review"]])
    w.toolbar = tb
    w.addActions(list(a.values()))
    fill_recent(w)
    w.global_keys = GlobalKeys(w, [a[name] for name in GLOBAL_ACTIONS])
    app = QApplication.instance()
    assert app is not None  # the window exists, so the application does
    app.installEventFilter(w.global_keys)
    return a


def _sync_dialog(name: str, w) -> None:
    """Sync's dialogs load sync (and `cryptography`) when first asked for, not at start."""
    from careersquiggle.ui import sync_dialogs

    getattr(sync_dialogs, name)(w)


def sync(w) -> None:
    has = w.selected_id() is not None
    w.action_for["edit_entry"].setEnabled(has)
    w.action_for["delete_entry"].setEnabled(has)
    encrypted = w.ctrl.journal.passphrase is not None
    w.action_for["encrypt"].setEnabled(not encrypted)
    w.action_for["passwd"].setEnabled(encrypted)
    w.action_for["decrypt"].setEnabled(encrypted)


def _set_lens(w, lens: str) -> None:
    if w.lens == lens:
        return
    w.action_for[f"lens_{lens}"].setChecked(True)
    w.lens_combo.setCurrentIndex(w.lens_combo.findData(lens))
    w.set_lens(lens)


set_lens = _set_lens  # for the view remembered per journal


def fill_recent(w) -> None:
    w.recent_menu.clear()
    recent = [f for f in w.settings.recent_journals() if Path(f).is_dir()]
    for folder in recent:
        w.recent_menu.addAction(folder, partial(w.open_folder, Path(folder)))
    w.recent_menu.setEnabled(bool(recent))


def _choose_folder(w) -> None:
    folder = QFileDialog.getExistingDirectory(w, Actions.tr("Open a journal folder"))
    if folder:
        w.open_folder(Path(folder))


SHORTCUTS = [  # shown translated; keys Qt names itself stay as they are
    ("Ctrl+N",
     QT_TRANSLATE_NOOP("Actions", "New entry")),
    (QT_TRANSLATE_NOOP("Actions", "F2 / double-click"),
     QT_TRANSLATE_NOOP("Actions", "Edit the selected entry")),
    (QT_TRANSLATE_NOOP("Actions", "Delete"),
     QT_TRANSLATE_NOOP("Actions", "Delete the selected entry")),
    ("Ctrl+Z / Ctrl+Shift+Z",
     QT_TRANSLATE_NOOP("Actions", "Undo / redo")),
    ("Ctrl+K",
     QT_TRANSLATE_NOOP("Actions", "Check in")),
    ("Ctrl+Shift+N",
     QT_TRANSLATE_NOOP("Actions", "New chapter")),
    ("Ctrl+F",
     QT_TRANSLATE_NOOP("Actions", "Search")),
    ("← / →",
     QT_TRANSLATE_NOOP("Actions",
                       "Step between entries on the squiggle (or check-ins on the side panel)")),
    ("Ctrl+← / Ctrl+→",
     QT_TRANSLATE_NOOP("Actions", "Jump to the previous / next chapter")),
    (QT_TRANSLATE_NOOP("Actions", "PgUp / PgDn"),
     QT_TRANSLATE_NOOP("Actions", "Jump to the previous / next year")),
    ("T",
     QT_TRANSLATE_NOOP("Actions", "The squiggle or the check-ins as a table")),
    ("+ / −",
     QT_TRANSLATE_NOOP("Actions", "Zoom the time axis")),
    (QT_TRANSLATE_NOOP("Actions", "Home or Ctrl+0"),
     QT_TRANSLATE_NOOP("Actions", "Fit the whole squiggle")),
    ("Ctrl+1 / Ctrl+2",
     QT_TRANSLATE_NOOP("Actions", "Feel / Drive lens")),
    ("Ctrl+E",
     QT_TRANSLATE_NOOP("Actions", "Export a picture")),
    ("Ctrl+Shift+C",
     QT_TRANSLATE_NOOP("Actions", "Copy the picture and its alt text")),
    ("Ctrl+R",
     QT_TRANSLATE_NOOP("Actions", "Crossroads review")),
    ("Ctrl+Shift+S",
     QT_TRANSLATE_NOOP("Actions", "In the review: save it as Markdown")),
    ("Ctrl+P",
     QT_TRANSLATE_NOOP("Actions", "In the review: print it (or save a PDF)")),
]


def _show_shortcuts(w) -> None:
    rows = "".join(f"<tr><td><b>{Actions.tr(k)}</b></td><td>&nbsp;&nbsp;"
                   f"{Actions.tr(t)}</td></tr>" for k, t in SHORTCUTS)
    QMessageBox.information(w, Actions.tr("Keyboard shortcuts"), f"<table>{rows}</table>")


def _about(w) -> None:
    from careersquiggle.logs import default_log_dir
    from careersquiggle.ui.about_dialog import AboutDialog

    AboutDialog(w.ctrl.journal.path.parent, w, log_folder=default_log_dir()).exec()
