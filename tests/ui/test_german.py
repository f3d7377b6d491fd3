"""The app opened in German, as `careersquiggle --lang de` opens it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialogButtonBox

from careersquiggle.app import make_application
from careersquiggle.ui.checkin_dialog import CheckInDialog


def test_the_window_speaks_german(qtbot, make_window, demo_journal):
    app = make_application(lang="de")
    w = make_window(demo_journal)
    iface = QAccessible.queryAccessibleInterface(w.view.graphics)
    assert iface.text(QAccessible.Text.Name) == "Karrierekurve"
    assert iface.text(QAccessible.Text.Description) == (
        "Karrierekurve, 2009 bis 2024, 20 Momente, 4 Kapitel")
    assert w.view.moment_cursor.accessible_text(3).startswith("November 2012, Rückschlag: ")
    latest = demo_journal.checkins()[-1].date.start()
    german_month = QLocale(QLocale.Language.German).standaloneMonthName(latest.month)
    assert f"{german_month} {latest.year}" in w.panel.caption.text()  # dates in German too
    dialog = CheckInDialog(w)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own
    assert app.translate("SquiggleItems", "%n moments", "", 1) == "1 Moment"


def _english_sources_german_changes() -> set[str]:
    """English texts of the catalogue whose German differs (mnemonics aside)."""
    from careersquiggle import translations

    table = translations.read_catalogue(translations.folder() / "careersquiggle_de.ts")
    return {source.replace("&", "") for (_c, source, _d), forms in table.items()
            if "%" not in source and len(source) > 2
            and all(f.replace("&", "") != source.replace("&", "") for f in forms)}


def test_every_window_and_dialog_speaks_german(qtbot, demo_journal, tmp_path):
    """Opened in German, no window, dialog or review tab shows one of our English texts."""
    from tests.ui.every_window import builders
    from tests.ui.untranslated import visible_texts

    make_application(lang="de")
    english = _english_sources_german_changes()
    found = {}
    for name, build in builders(demo_journal, tmp_path).items():
        window = build()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        left = sorted({f"{where}: {text!r}" for where, text in visible_texts(window)
                       if text.replace("&", "") in english})
        if left:
            found[name] = left
        window.close()
    assert found == {}


def test_the_entry_dialog_in_german_reads_german_dates_and_says_why_not(qtbot):
    from careersquiggle.ui.entry_dialog import EntryDialog

    make_application(lang="de")
    dialog = EntryDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Neuer Eintrag"
    assert dialog.kind.buttons[next(iter(dialog.kind.buttons))].text() == "● Ereignis"
    dialog.accept()  # no title yet
    assert dialog.title_error.text() == "Der Titel ist leer; schreib ein paar Wörter."
    dialog.title.setText("Beförderung")
    dialog.date.edit.setText("14. März 2019")
    dialog.accept()
    assert dialog.result_entry is not None and str(dialog.result_entry.date) == "2019-03-14"
    again = EntryDialog()
    qtbot.addWidget(again)
    again.title.setText("Neuer Job")
    again.date.edit.setText("im Frühling")
    again.accept()
    assert again.result_entry is None
    assert again.date_error.text().startswith("„im Frühling“ ist kein Datum; schreib es etwa so: "
                                              "2019, 2019-03, 2019-03-14, März 2019")
    again.date.edit.setText("gestern")
    again.accept()
    assert again.result_entry is not None and again.result_entry.date.precision.value == "day"
