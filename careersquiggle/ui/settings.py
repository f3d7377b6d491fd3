"""Preferences and window state, kept in QSettings (an INI file the composition root chooses)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSettings

from careersquiggle.core.drive_stats import DEFAULT_NUDGE_DAYS

RECENT_LIMIT = 8
NUDGE_CHOICES = [(14, "Every 2 weeks"), (28, "Every 4 weeks"), (91, "Every 3 months"),
                 (0, "Never")]


class Settings:
    def __init__(self, qsettings: QSettings):
        self.q = qsettings

    def value(self, key: str, default=None, type_=None):
        if type_ is None:
            return self.q.value(key, default)
        return self.q.value(key, default, type=type_)

    def set(self, key: str, value) -> None:
        self.q.setValue(key, value)

    @property
    def nudge_days(self) -> int | None:
        days = int(cast(int, self.q.value("checkin/nudge_days", DEFAULT_NUDGE_DAYS, type=int)))
        return None if days <= 0 else days

    @nudge_days.setter
    def nudge_days(self, days: int | None) -> None:
        self.q.setValue("checkin/nudge_days", days or 0)

    def recent_journals(self) -> list[str]:
        value = self.q.value("file/recent", [])
        # QSettings hands back one string for a one-item list (INI format).
        items = [value] if isinstance(value, str) else cast("list[str] | None", value)
        return [v for v in (items or []) if v]

    def add_recent(self, folder: str) -> None:
        items = [folder] + [f for f in self.recent_journals() if f != folder]
        self.q.setValue("file/recent", items[:RECENT_LIMIT])

    def sync(self) -> None:
        self.q.sync()
