"""Check-in: autonomy, mastery and purpose today, each 0–10."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.drive_stats import DIMENSIONS, HINTS, DriveStats
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.model import CheckIn
from careersquiggle.ui.widgets import TODAY, ErrorLabel, FuzzyDateEdit

CheckInForm = Context("CheckInForm")
NAMES = {"autonomy": QT_TRANSLATE_NOOP("CheckInForm", "Autonomy"),
         "mastery": QT_TRANSLATE_NOOP("CheckInForm", "Mastery"),
         "purpose": QT_TRANSLATE_NOOP("CheckInForm", "Purpose")}


class CheckInDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, checkin: CheckIn | None = None,
                 previous: CheckIn | None = None):
        super().__init__(parent)
        self.original = checkin
        self.result_checkin: CheckIn | None = None
        self.setWindowTitle(CheckInForm.tr("Edit check-in") if checkin
                            else CheckInForm.tr("Check in"))
        self.setMinimumWidth(480)
        grid = QGridLayout()
        self.sliders: dict[str, QSlider] = {}
        self.values_shown: dict[str, QLabel] = {}
        start = checkin or previous
        for row, dim in enumerate(DIMENSIONS):
            name = QLabel(fill("<b>%1</b>", CheckInForm.tr(NAMES[dim])))
            hint = QLabel(DriveStats.tr(HINTS[dim]))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: palette(mid);")
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 10)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.setValue(getattr(start, dim) if start else 5)
            slider.setAccessibleName(CheckInForm.tr(NAMES[dim]))
            name.setBuddy(slider)
            value = QLabel(str(slider.value()))
            value.setMinimumWidth(24)
            slider.valueChanged.connect(lambda v, lab=value: lab.setText(str(v)))
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(slider, row * 2, 1)
            grid.addWidget(value, row * 2, 2)
            grid.addWidget(hint, row * 2 + 1, 1, 1, 2)
            self.sliders[dim] = slider
            self.values_shown[dim] = value
        self.date = FuzzyDateEdit(empty=TODAY)
        if checkin:
            self.date.set_date(checkin.date)
        self.note = QLineEdit(checkin.note if checkin else "")
        self.note.setPlaceholderText(CheckInForm.tr("What is behind these numbers? (optional)"))
        self.note.setAccessibleName(CheckInForm.tr("Note"))
        self.error = ErrorLabel()
        form = QFormLayout()
        date_label = QLabel(CheckInForm.tr("&Date"))
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, self.date)
        form.addRow(CheckInForm.tr("&Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        v: dict[str, Any] = {dim: s.value() for dim, s in self.sliders.items()}
        v.update(date=self.date.text(), note=self.note.text())
        try:
            self.result_checkin = (self.original.with_changes(**v) if self.original
                                   else CheckIn.create(**v))
        except ValidationError as exc:
            msg = str(exc)
            self.error.show_error(msg[:1].upper() + msg[1:] + ".")
            return
        super().accept()
