"""High contrast: the system's preference, followed live, or the user's own choice.

Qt reports the platform's setting as ``QStyleHints.accessibility().contrastPreference``
(Qt 6.10+) and signals when it changes; View → Contrast can override it for a
platform that does not report it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

SYSTEM, HIGH, NORMAL = "system", "high", "normal"
CHOICES = (SYSTEM, HIGH, NORMAL)


class ContrastWatcher(QObject):
    """``changed`` fires when the contrast in use changes, whatever the reason."""

    changed = Signal(bool)

    def __init__(self, choice: str = SYSTEM, parent: QObject | None = None):
        super().__init__(parent)
        # Both kept: PySide invalidates the accessibility hints with the style hints'
        # Python wrapper, so a chained call would leave a dead object.
        self._style_hints = QGuiApplication.styleHints()
        hints = self._hints = self._style_hints.accessibility()
        self._system = hints.contrastPreference() == Qt.ContrastPreference.HighContrast
        self._choice = choice if choice in CHOICES else SYSTEM
        hints.contrastPreferenceChanged.connect(self._system_changed)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def high(self) -> bool:
        if self._choice == SYSTEM:
            return self._system
        return self._choice == HIGH

    def set_choice(self, choice: str) -> None:
        before = self.high
        self._choice = choice if choice in CHOICES else SYSTEM
        if self.high != before:
            self.changed.emit(self.high)

    def _system_changed(self, preference) -> None:
        # The signal's value, not a second question to the platform: it is the news.
        before = self.high
        self._system = preference == Qt.ContrastPreference.HighContrast
        if self.high != before:
            self.changed.emit(self.high)
