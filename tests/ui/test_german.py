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
