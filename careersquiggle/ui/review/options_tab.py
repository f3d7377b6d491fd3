"""Options at the crossroads, side by side with where you are now and your average so far."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core import crossroads as cr
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill
from careersquiggle.core.model import named
from careersquiggle.services import review as review_service
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import AddItem, DeleteItem, EditItem
from careersquiggle.ui.review.options_chart import OptionsChart
from careersquiggle.ui.review.style import ERROR, GAIN, GAIN_BG, LOSS, LOSS_BG, MUTED

OptionsText = Context("OptionsText")
SCORE_NAMES = {"autonomy": QT_TRANSLATE_NOOP("OptionsText", "Autonomy"),
               "mastery": QT_TRANSLATE_NOOP("OptionsText", "Mastery"),
               "purpose": QT_TRANSLATE_NOOP("OptionsText", "Purpose"),
               "money": QT_TRANSLATE_NOOP("OptionsText", "Money")}
FIXED_COLUMNS = 2  # "Now" and "Your average" come before the options


class OptionsTab(QWidget):
    def __init__(self, journal: Journal, do: Callable[..., str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self._do = journal, do
        self.options: list[cr.Option] = []
        self.selected_id: int | None = None
        intro = QLabel(OptionsText.tr(
            "Weigh two to five paths you could take. Each is scored the way you check in "
            "(0–10), plus money. ▲ means more than you have now, ▼ less."))
        intro.setWordWrap(True)
        rows = [OptionsText.tr(SCORE_NAMES[n]) for n in cr.OPTION_SCORES]
        rows.append(OptionsText.tr("Notes"))
        self.table = QTableWidget(len(rows), FIXED_COLUMNS)
        self.table.setVerticalHeaderLabels(rows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAccessibleName(OptionsText.tr("Options side by side"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.currentCellChanged.connect(lambda _r, c, *_: self._pick_column(c))
        self.hint = QLabel()
        self.hint.setStyleSheet(f"color: {MUTED};")

        form_box = QGroupBox(OptionsText.tr("Option"))
        form = QFormLayout(form_box)
        self.title = QLineEdit()
        self.title.setPlaceholderText(OptionsText.tr("e.g. Move into management"))
        self.title.setAccessibleName(OptionsText.tr("Option name"))
        form.addRow(OptionsText.tr("Na&me:"), self.title)
        self.scores: dict[str, QSpinBox] = {}
        scores_row = QHBoxLayout()
        for name in cr.OPTION_SCORES:
            box = QSpinBox()
            box.setRange(0, 10)
            box.setValue(5)
            box.setAccessibleName(fill(OptionsText.tr("Expected %1"), named(name)))
            label = QLabel(fill(OptionsText.tr("%1:"), OptionsText.tr(SCORE_NAMES[name])))
            label.setBuddy(box)
            scores_row.addWidget(label)
            scores_row.addWidget(box)
            self.scores[name] = box
        scores_row.addStretch(1)
        form.addRow(OptionsText.tr("Expected:"), scores_row)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(OptionsText.tr("Option notes"))
        self.notes.setFixedHeight(60)
        form.addRow(OptionsText.tr("No&tes:"), self.notes)
        self.add_button = QPushButton(OptionsText.tr("&Add option"))
        self.save_button = QPushButton(OptionsText.tr("Save &changes"))
        self.remove_button = QPushButton(OptionsText.tr("Remo&ve"))
        self.new_button = QPushButton(OptionsText.tr("&New"))
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {ERROR};")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(OptionsText.tr("Option problem"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for b in (self.new_button, self.remove_button, self.save_button, self.add_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.new_button.clicked.connect(self.clear_form)

        self.chart = OptionsChart()
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table)
        lay.addWidget(self.hint)
        lay.addWidget(self.chart, 1)
        lay.addWidget(form_box)
        self.refresh()

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.selected_id = None
        self.refresh()

    # -- the table ---------------------------------------------------------------
    def refresh(self) -> None:
        self.options = self.journal.crossroads.options()
        checkins = self.journal.checkins()
        current = checkins[-1] if checkins else None
        history = review_service.historical(self.journal)
        t = self.table
        t.blockSignals(True)
        t.setColumnCount(FIXED_COLUMNS + len(self.options))
        now_label = (fill(OptionsText.tr("Now\n(%1)"), current.date.label()) if current
                     else OptionsText.tr("Now\n(no check-in)"))
        t.setHorizontalHeaderLabels([now_label, OptionsText.tr("Your average")]
                                    + [o.title for o in self.options])
        for col, o in enumerate(self.options, FIXED_COLUMNS):
            header = t.horizontalHeaderItem(col)
            if header is not None:  # made just above
                header.setToolTip(o.title)  # a long name is cut with "…"
        for row, name in enumerate(cr.OPTION_SCORES):
            now = getattr(current, name, None) if name != "money" else None
            avg = history.get(name) if history and name != "money" else None
            t.setItem(row, 0, _cell("–" if now is None else str(now)))
            t.setItem(row, 1, _cell("–" if avg is None else f"{avg:.1f}"))
        t.setItem(len(cr.OPTION_SCORES), 0, _cell(""))
        t.setItem(len(cr.OPTION_SCORES), 1, _cell(""))
        for col, o in enumerate(self.options, FIXED_COLUMNS):
            for row, c in enumerate(cr.compare(o, current, history)):
                t.setItem(row, col, _score_cell(c))
            t.setItem(len(cr.OPTION_SCORES), col,
                      _cell(o.notes, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
        t.blockSignals(False)
        self._fit_table()
        self.chart.show_options(self.options, current, history)
        n = len(self.options)
        if n < cr.MIN_OPTIONS:
            self.hint.setText(OptionsText.tr(
                "Add at least %n options to weigh them against each other.", "", cr.MIN_OPTIONS))
        elif n >= cr.MAX_OPTIONS:
            self.hint.setText(OptionsText.tr("%n options is the most; remove one to add another.",
                                             "", cr.MAX_OPTIONS))
        else:
            self.hint.setText(OptionsText.tr("Click an option's column to edit it."))
        if self.selected_id not in {o.id for o in self.options}:
            self.selected_id = None
        self._sync_buttons()

    def _fit_table(self) -> None:
        # As tall as its rows: the chart below gets the rest of the room.
        t = self.table
        t.resizeRowsToContents()
        header = max(t.horizontalHeader().height(), t.horizontalHeader().sizeHint().height())
        height = header + sum(t.rowHeight(r) for r in range(t.rowCount()))
        t.setFixedHeight(height + 2 * t.frameWidth() + 4)

    def _pick_column(self, column: int) -> None:
        index = column - FIXED_COLUMNS
        if 0 <= index < len(self.options):
            self.load(self.options[index])

    def load(self, option: cr.Option) -> None:
        self.selected_id = option.id
        self.title.setText(option.title)
        for name, box in self.scores.items():
            box.setValue(option.score(name))
        self.notes.setPlainText(option.notes)
        self.error.clear()
        self._sync_buttons()

    def clear_form(self) -> None:
        self.selected_id = None
        self.title.clear()
        self.notes.clear()
        for box in self.scores.values():
            box.setValue(5)
        self.table.clearSelection()
        self.error.clear()
        self._sync_buttons()
        self.title.setFocus()

    def _sync_buttons(self) -> None:
        chosen = self.selected_id is not None
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(len(self.options) < cr.MAX_OPTIONS)

    # -- changes -----------------------------------------------------------------
    def _form_option(self) -> cr.Option | None:
        try:
            scores: dict[str, Any] = {n: b.value() for n, b in self.scores.items()}
            return cr.Option.create(title=self.title.text(), notes=self.notes.toPlainText(),
                                    **scores)
        except ValidationError as exc:
            self._fail(str(exc))
            return None

    def _fail(self, message: str | None) -> bool:
        self.error.setText(fill("⚠ %1", message) if message else "")
        return not message

    def add(self) -> None:
        option = self._form_option()
        if option is not None and self._fail(self._do(AddItem(option))):
            self.clear_form()

    def save(self) -> None:
        old = next((o for o in self.options if o.id == self.selected_id), None)
        new = self._form_option()
        if old is None or new is None:
            return
        new = old.with_changes(title=new.title, notes=new.notes,
                               **{n: new.score(n) for n in cr.OPTION_SCORES})
        if new != old:
            self._fail(self._do(EditItem(old, new)))

    def remove(self) -> None:
        old = next((o for o in self.options if o.id == self.selected_id), None)
        if old is not None and self._fail(self._do(DeleteItem(old))):
            self.clear_form()


def _cell(text: str, align=Qt.AlignmentFlag.AlignCenter) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align)
    return item


def _score_cell(c: cr.ScoreComparison) -> QTableWidgetItem:
    if c.gain is None:
        return _cell(str(c.value))
    text = f"{c.value}  {c.arrow}" if c.arrow == "=" else f"{c.value}  {c.arrow} {c.gain:+.1f}"
    item = _cell(text.replace("-", "−"))
    if c.arrow != "=":
        gain = c.arrow == "▲"
        item.setForeground(QBrush(QColor(GAIN if gain else LOSS)))
        item.setBackground(QBrush(QColor(GAIN_BG if gain else LOSS_BG)))
    item.setToolTip(fill(_comparison(c), named(c.name), c.value))
    return item


def _comparison(c: cr.ScoreComparison) -> str:
    """'%1: %2, more than now' and its kin, whole sentences for the translator."""
    now = c.current is not None
    if c.arrow == "=":
        return (OptionsText.tr("%1: %2, about the same as now") if now
                else OptionsText.tr("%1: %2, about the same as your average"))
    if (c.gain or 0) > 0:
        return (OptionsText.tr("%1: %2, more than now") if now
                else OptionsText.tr("%1: %2, more than your average"))
    return (OptionsText.tr("%1: %2, less than now") if now
            else OptionsText.tr("%1: %2, less than your average"))
