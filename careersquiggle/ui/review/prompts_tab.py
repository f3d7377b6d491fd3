"""Reflection prompts: pick one, read your latest answer, write a new one (saved as a note)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core import prompts
from careersquiggle.core.i18n import Context, fill, translate
from careersquiggle.services.journal import Journal
from careersquiggle.services.operations import AnswerPrompt
from careersquiggle.ui.review.style import ERROR, MUTED

PROMPT_ROLE = Qt.ItemDataRole.UserRole + 1
PromptsText = Context("PromptsText")


class PromptsTab(QWidget):
    """``do(CommandClass, *args)`` pushes an undoable command and returns its error, if any."""

    def __init__(self, journal: Journal, do: Callable[..., str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self._do = do
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([PromptsText.tr("Prompt"), PromptsText.tr("Last answered")])
        self.tree.setAccessibleName(PromptsText.tr("Reflection prompts"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        # As much of each question as fits.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        for key, title in prompts.GROUPS:
            group = QTreeWidgetItem(self.tree, [translate("Prompts", title)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for p in prompts.in_group(key):
                item = QTreeWidgetItem(group, [p.shown, ""])
                item.setData(0, PROMPT_ROLE, p.id)
                item.setToolTip(0, p.shown)
                self._items[p.id] = item
        self.tree.expandAll()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        self.latest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.latest.setAccessibleName(PromptsText.tr("Your latest answer"))
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(PromptsText.tr(
            "Write freely; it is saved as a note tagged 'reflection'."))
        self.answer.setAccessibleName(PromptsText.tr("Your answer"))
        answer_label = QLabel(PromptsText.tr("&Your answer:"))
        answer_label.setBuddy(self.answer)
        self.save = QPushButton(PromptsText.tr("&Save answer"))
        self.save.setToolTip(PromptsText.tr("Save as a reflection note (Ctrl+Return); undo "
                                            "with Ctrl+Z"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(PromptsText.tr("Prompt message"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.question)
        rl.addWidget(self.latest)
        rl.addWidget(answer_label)
        rl.addWidget(self.answer, 1)
        rl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([700, 560])
        QVBoxLayout(self).addWidget(split)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.save.clicked.connect(self.save_current)
        QShortcut(QKeySequence("Ctrl+Return"), self.answer, self.save_current)
        self.refresh()
        self.select(prompts.PROMPTS[0].id)

    def current_prompt(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, PROMPT_ROLE) if item is not None else None

    def select(self, prompt_id: str) -> None:
        self.tree.setCurrentItem(self._items[prompt_id])

    def set_journal(self, journal: Journal) -> None:
        self.journal = journal
        self.refresh()

    def refresh(self) -> None:
        self._latest = self.journal.reflections.latest_answers()
        for pid, item in self._items.items():
            a = self._latest.get(pid)
            item.setText(1, f"✓ {a.date.label()}" if a else "")
        self._show_current()

    def _show_current(self) -> None:
        pid = self.current_prompt()
        self.save.setEnabled(pid is not None)
        if pid is None:
            self.question.setText(PromptsText.tr("Choose a prompt on the left."))
            self.latest.clear()
            return
        self.question.setText(prompts.get(pid).shown)
        a = self._latest.get(pid)
        if a is None:
            not_yet = PromptsText.tr("Not answered yet.")  # outside the f-string: lupdate
            self.latest.setText(f"<span style='color:{MUTED}'>{not_yet}</span>")
        else:
            text = escape(a.text).replace("\n", "<br>")
            said = fill(PromptsText.tr("Your latest answer, %1:"), a.date.label())
            self.latest.setText(f"<span style='color:{MUTED}'>{said}</span><br>{text}")

    def save_current(self) -> None:
        pid = self.current_prompt()
        if pid is None:
            return
        error = self._do(AnswerPrompt(pid, self.answer.toPlainText()))
        if error:
            self.message.setStyleSheet(f"color: {ERROR};")
            self.message.setText(fill("⚠ %1", error))
            return
        self.answer.clear()
        self.message.setStyleSheet(f"color: {MUTED};")
        self.message.setText(PromptsText.tr("Saved as a reflection note. Ctrl+Z undoes it."))
