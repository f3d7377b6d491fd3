"""A small list editor: chapters or check-ins, with add, edit and delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.i18n import Context

Manage = Context("Manage")


class ManageDialog(QDialog):
    """Lists objects; the buttons call back into the window, which does the undoable work."""

    def __init__(self, title: str, load: Callable[[], Sequence[tuple[str, object]]],
                 on_add: Callable[[], None], on_edit: Callable[[Any], object],
                 on_delete: Callable[[Any], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 420)
        self._load = load
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.add_button = QPushButton(Manage.tr("&Add…"))
        self.edit_button = QPushButton(Manage.tr("&Edit…"))
        self.delete_button = QPushButton(Manage.tr("&Delete"))

        def add() -> None:
            on_add()
            self.reload()

        self.add_button.clicked.connect(add)
        self.edit_button.clicked.connect(lambda: self._with_current(on_edit))
        self.delete_button.clicked.connect(lambda: self._with_current(on_delete))
        self.list.itemDoubleClicked.connect(lambda _i: self._with_current(on_edit))
        self.list.currentRowChanged.connect(self._sync)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for text, obj in self._load():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, obj)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self._sync()

    def _sync(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _with_current(self, fn: Callable[[Any], object]) -> None:
        item = self.list.currentItem()
        if item is not None:
            fn(item.data(Qt.ItemDataRole.UserRole))
            self.reload()
