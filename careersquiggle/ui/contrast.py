"""High contrast: the system's preference, followed live, or the user's own choice.

Qt reports the platform's setting as ``QStyleHints.accessibility().contrastPreference``
(Qt 6.10+) and signals when it changes; View → Contrast can override it for a
platform that does not report it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessibilityHints, QGuiApplication, QStyleHints

SYSTEM, HIGH, NORMAL = "system", "high", "normal"
CHOICES = (SYSTEM, HIGH, NORMAL)


# The style hints and their accessibility hints, fetched once and kept for the life of
# the process: when PySide drops the last Python wrapper of these app-wide objects it
# can invalidate them, and a later window then crashed while asking for them (seen in
# long test runs). Qt owns both; keeping the wrappers costs nothing.
_KEPT: list[object] = []


def platform_hints() -> tuple[QStyleHints, QAccessibilityHints]:
    if not _KEPT:
        style_hints = QGuiApplication.styleHints()
        _KEPT.extend((style_hints, style_hints.accessibility()))
    return _KEPT[0], _KEPT[1]  # type: ignore[return-value]


class ContrastWatcher(QObject):
    """``changed`` fires when the contrast in use changes, whatever the reason."""

    changed = Signal(bool)

    def __init__(self, choice: str = SYSTEM, parent: QObject | None = None):
        super().__init__(parent)
        self._style_hints, hints = platform_hints()
        self._hints = hints
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
