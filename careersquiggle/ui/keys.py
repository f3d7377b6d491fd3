"""Key sequences as the running platform binds them, and window keys no text box may take."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

Bindings = Callable[[QKeySequence.StandardKey], list]


def key_sequences(*keys, bindings: Bindings = QKeySequence.keyBindings) -> list[QKeySequence]:
    """Every binding of the given standard keys and key texts, each once. A standard key
    binds differently per platform (Redo is Ctrl+Shift+Z on X11, Ctrl+Y on Windows); the
    same sequence twice makes Qt refuse it as "ambiguous" and do nothing."""
    out: list[QKeySequence] = []
    for key in keys:
        seqs = bindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        out += [seq for seq in seqs if not seq.isEmpty() and seq not in out]
    return out


def redo_keys(bindings: Bindings = QKeySequence.keyBindings) -> list[QKeySequence]:
    """Redo answers Ctrl+Shift+Z and Ctrl+Y everywhere, plus whatever the platform adds."""
    return key_sequences(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y",
                         bindings=bindings)


class GlobalKeys(QObject):
    """Lets a window's own shortcuts through before a focused text box claims them: on X11
    a line edit takes Ctrl+K (delete to the end of the line) and Ctrl+E (go to its end)."""

    def __init__(self, window, actions: Sequence[QAction]):
        super().__init__(window)
        self.window, self.actions = window, list(actions)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.ShortcutOverride and obj.isWidgetType()
                and obj.window() is self.window):
            pressed = QKeySequence(event.keyCombination())
            for action in self.actions:
                if action.isEnabled() and pressed in action.shortcuts():
                    event.ignore()  # not taken by the widget: the shortcut map gets it
                    return True
        return False
