"""Intent and plan: where I want to go, and the actions agreed with my manager to get there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core import crossroads as cr
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import Context, fill, translate
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import (
    AddItem,
    DeleteItem,
    EditItem,
    PutOnSquiggle,
    SetIntent,
)
from careersquiggle.ui.review.style import ERROR, MUTED

PlanText = Context("PlanText")


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR};")
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


class PlanTab(QWidget):
    def __init__(self, journal: Journal, do: Callable[..., str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal, self._do = journal, do
        self.plan_actions: list[cr.PlanAction] = []
        self.selected_id: int | None = None

        intent_box = QGroupBox(PlanText.tr("Where I want to go"))
        il = QVBoxLayout(intent_box)
        self.intent = QPlainTextEdit()
        self.intent.setPlaceholderText(PlanText.tr(
            "e.g. Within two years, lead a team that builds our data platform. Tell your "
            "manager: they can help pave the way."))
        self.intent.setAccessibleName(PlanText.tr("Where I want to go"))
        self.intent.setFixedHeight(70)
        self.intent_saved = QLabel()
        self.intent_saved.setStyleSheet(f"color: {MUTED};")
        self.intent_error = _error_label(PlanText.tr("Statement problem"))
        self.save_intent_button = QPushButton(PlanText.tr("Save &statement"))
        row = QHBoxLayout()
        row.addWidget(self.intent_saved)
        row.addWidget(self.intent_error, 1)
        row.addWidget(self.save_intent_button)
        il.addWidget(self.intent)
        il.addLayout(row)
        self.save_intent_button.clicked.connect(self.save_intent)

        columns = [PlanText.tr("Action"), PlanText.tr("Kind"), PlanText.tr("Status"),
                   PlanText.tr("Start"), PlanText.tr("Due"), PlanText.tr("Done"),
                   PlanText.tr("On the squiggle")]
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAccessibleName(PlanText.tr("Plan actions"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda r, *_: self._pick_row(r))

        form_box = QGroupBox(PlanText.tr("Plan action"))
        form = QFormLayout(form_box)
        self.kind = QComboBox()
        for key, (label, _suggestion) in cr.ACTION_KINDS.items():
            self.kind.addItem(translate("Crossroads", label), key)
        self.kind.setAccessibleName(PlanText.tr("Kind of action"))
        self.kind.currentIndexChanged.connect(self._suggest)
        form.addRow(PlanText.tr("&Kind:"), self.kind)
        self.title = QLineEdit()
        self.title.setAccessibleName(PlanText.tr("Action"))
        form.addRow(PlanText.tr("&Action:"), self.title)
        self.status = QComboBox()
        for key in cr.STATUSES:
            self.status.addItem(cr.status_label(key), key)
        self.status.setAccessibleName(PlanText.tr("Status"))
        form.addRow(PlanText.tr("S&tatus:"), self.status)
        dates = QHBoxLayout()
        self.start, self.due, self.done = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, caption_text, name in (
                (self.start, PlanText.tr("Start:"), PlanText.tr("Start date")),
                (self.due, PlanText.tr("Due:"), PlanText.tr("Due date")),
                (self.done, PlanText.tr("Done on:"), PlanText.tr("Done on date"))):
            edit.setPlaceholderText(PlanText.tr("2019, March 2019, 14 March 2019, today…"))
            edit.setAccessibleName(name)
            caption = QLabel(caption_text)
            caption.setBuddy(edit)
            dates.addWidget(caption)
            dates.addWidget(edit)
        form.addRow(PlanText.tr("Dates:"), dates)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.notes.setAccessibleName(PlanText.tr("Action notes"))
        form.addRow(PlanText.tr("Not&es:"), self.notes)
        self.error = _error_label(PlanText.tr("Plan action problem"))
        self.new_button = QPushButton(PlanText.tr("&New"))
        self.remove_button = QPushButton(PlanText.tr("Remo&ve"))
        self.save_button = QPushButton(PlanText.tr("Save &changes"))
        self.add_button = QPushButton(PlanText.tr("A&dd action"))
        self.squiggle_button = QPushButton(PlanText.tr("Put on the s&quiggle"))
        self.squiggle_button.setToolTip(PlanText.tr("Add this done action to the squiggle as "
                                                    "a career event"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        for b in (self.new_button, self.remove_button, self.save_button, self.add_button,
                  self.squiggle_button):
            buttons.addWidget(b)
        form.addRow(buttons)
        self.new_button.clicked.connect(self.clear_form)
        self.remove_button.clicked.connect(self.remove)
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.add)
        self.squiggle_button.clicked.connect(self.put_on_squiggle)

        lay = QVBoxLayout(self)
        lay.addWidget(intent_box)
        lay.addWidget(self.table, 1)
        lay.addWidget(form_box)
        self._suggest()
        self.refresh()

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.selected_id = None
        self.refresh()

    # -- showing -----------------------------------------------------------------
    def refresh(self) -> None:
        it = self.journal.crossroads.intent()
        self._intent = it
        if self.intent.toPlainText().strip() != it.statement:
            self.intent.setPlainText(it.statement)
        self.intent_saved.setText(fill(PlanText.tr("Saved %1"), it.updated_at[:10])
                                  if it.updated_at else PlanText.tr("Not written yet"))
        self.plan_actions = self.journal.crossroads.plan()
        t = self.table
        t.blockSignals(True)
        t.setRowCount(len(self.plan_actions))
        for r, a in enumerate(self.plan_actions):
            cells = [a.title, a.kind_label,
                     ("✓ " if a.is_done else "") + cr.status_label(a.status),
                     str(a.start or ""), str(a.due or ""), str(a.done or ""),
                     PlanText.tr("● on the squiggle") if a.entry_id else ""]
            for c, text in enumerate(cells):
                t.setItem(r, c, QTableWidgetItem(text))
        if self.selected_id not in {a.id for a in self.plan_actions}:
            self.selected_id = None
        else:
            rows = (i for i, a in enumerate(self.plan_actions) if a.id == self.selected_id)
            t.selectRow(next(rows))
        t.blockSignals(False)
        self._sync_buttons()

    def _pick_row(self, row: int) -> None:
        if 0 <= row < len(self.plan_actions):
            self.load(self.plan_actions[row])

    def load(self, a: cr.PlanAction) -> None:
        self.selected_id = a.id
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(a.kind))
        self.kind.blockSignals(False)
        self.title.setText(a.title)
        self.status.setCurrentIndex(self.status.findData(a.status))
        for edit, value in ((self.start, a.start), (self.due, a.due), (self.done, a.done)):
            edit.setText(str(value) if value else "")
        self.notes.setPlainText(a.notes)
        self.error.clear()
        self._sync_buttons()

    def clear_form(self) -> None:
        self.selected_id = None
        self.table.clearSelection()
        for edit in (self.title, self.start, self.due, self.done):
            edit.clear()
        self.notes.clear()
        self.status.setCurrentIndex(0)
        self._suggest()
        self.error.clear()
        self._sync_buttons()
        self.kind.setFocus()

    def _suggest(self) -> None:
        suggestion = cr.suggested_title(self.kind.currentData())
        self.title.setPlaceholderText(suggestion or PlanText.tr("What will you do?"))

    def _selected(self) -> cr.PlanAction | None:
        return next((a for a in self.plan_actions if a.id == self.selected_id), None)

    def _sync_buttons(self) -> None:
        a = self._selected()
        self.save_button.setEnabled(a is not None)
        self.remove_button.setEnabled(a is not None)
        self.squiggle_button.setEnabled(a is not None and a.is_done and a.entry_id is None)

    # -- changes -----------------------------------------------------------------
    def _fail(self, label: QLabel, message: str | None) -> bool:
        label.setText(fill("⚠ %1", message) if message else "")
        return not message

    def save_intent(self) -> None:
        try:
            new = cr.Intent.create(statement=self.intent.toPlainText())
        except ValidationError as exc:
            self._fail(self.intent_error, str(exc))
            return
        if new.statement != self._intent.statement:
            self._fail(self.intent_error, self._do(SetIntent(self._intent, new)))

    def _form_action(self, base: cr.PlanAction | None = None) -> cr.PlanAction | None:
        values = dict(kind=self.kind.currentData(), title=self.title.text(),
                      status=self.status.currentData(), start=self.start.text(),
                      due=self.due.text(), done=self.done.text(), notes=self.notes.toPlainText())
        try:
            return base.with_changes(**values) if base else cr.PlanAction.create(**values)
        except ValidationError as exc:
            self._fail(self.error, str(exc))
            return None

    def add(self) -> None:
        action = self._form_action()
        if action is not None and self._fail(self.error, self._do(AddItem(action))):
            self.clear_form()

    def save(self) -> None:
        old = self._selected()
        new = self._form_action(old) if old else None
        if new is not None and new != old:
            self._fail(self.error, self._do(EditItem(old, new)))

    def remove(self) -> None:
        old = self._selected()
        if old is not None and self._fail(self.error, self._do(DeleteItem(old))):
            self.clear_form()

    def put_on_squiggle(self) -> None:
        a = self._selected()
        if a is not None and a.id is not None:
            self._fail(self.error, self._do(PutOnSquiggle(a.id, title=a.title)))
