"""Every setting the app keeps, declared once (key, type, default), and the one way to
QSettings (an INI file the composition root chooses). Picard's options.py pattern:
a key that is not declared here cannot be read or written. A family of keys that one
dialog owns (``export/*``) is declared once as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from careersquiggle.core.drive_stats import DEFAULT_NUDGE_DAYS
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP
from careersquiggle.core.squiggle import FEEL_LENS
from careersquiggle.ui.contrast import SYSTEM

RECENT_LIMIT = 8
# Shown as translate("Actions", text) in Journal → Check-in reminder.
NUDGE_CHOICES = [(14, QT_TRANSLATE_NOOP("Actions", "Every 2 weeks")),
                 (28, QT_TRANSLATE_NOOP("Actions", "Every 4 weeks")),
                 (91, QT_TRANSLATE_NOOP("Actions", "Every 3 months")),
                 (0, QT_TRANSLATE_NOOP("Actions", "Never"))]


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    about: str


DECLARED: dict[str, Setting] = {}


def _declare(key: str, type_: type, default: Any, about: str) -> Setting:
    setting = DECLARED[key] = Setting(key, type_, default, about)
    return setting


# -- preferences -----------------------------------------------------------------
_declare("view/lens", str, FEEL_LENS, "what the squiggle's line follows: feel or drive")
_declare("view/contrast", str, SYSTEM, "system, high or normal (ui/contrast.py)")
_declare("view/reduce_motion", bool, False, "View → Reduce motion: the view jumps instead of "
         "gliding to what it brings into view (ui/view_motion.py)")
_declare("checkin/nudge_days", int, DEFAULT_NUDGE_DAYS,
         "days after a check-in before the next is suggested; 0: never")
_declare("file/recent", list, [], f"journal folders opened lately, newest first (at most "
         f"{RECENT_LIMIT})")
# -- the export dialogs remember their last choices (ui/picture_share.py names them) -----
_declare("export/*", str, "", "the last picture (title, size, look, redaction), format and "
         "folder, as text; '' or missing: the dialog's own default")
_declare("review/folder", str, "", "the folder the crossroads review was last saved to "
         "(Markdown or PDF); '' or gone: the home folder")
_declare("journal_view/*", str, "", "per journal (a hash of its path): the time range, lens "
         "and filters it was left with, as JSON; '' or missing: fit all, no filters")
# -- window state (Qt's own opaque bytes) -----------------------------------------
for _name in ("geometry", "state", "splitter_main", "splitter_left", "splitter_lower"):
    _declare(f"window/{_name}", QByteArray, None, "as saved by Qt at close")


def declared(key: str) -> Setting:
    """The declaration of ``key`` (or of its family); KeyError for an undeclared key."""
    found = DECLARED.get(key) or DECLARED.get(key.rsplit("/", 1)[0] + "/*")
    if found is None:
        raise KeyError(f"setting '{key}' is not declared in ui/settings.py")
    return found


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings):
        self.q = qsettings

    def value(self, key: str, default: Any = None) -> Any:
        """The stored value of a declared setting, else ``default`` or the declared one."""
        s = declared(key)
        if default is None:
            default = s.default
        if s.type in (str, int, bool):  # an INI file keeps "false" as text: typed back
            return self.q.value(key, default, type=s.type)
        raw = self.q.value(key, default)
        if s.type is list:  # QSettings gives one item back as a plain string
            items = [raw] if isinstance(raw, str) else list(raw or [])  # type: ignore[call-overload]
            return [v for v in items if v]
        return raw

    def set(self, key: str, value: Any) -> None:
        declared(key)
        self.q.setValue(key, value)

    @property
    def nudge_days(self) -> int | None:
        days = int(self.value("checkin/nudge_days"))
        return None if days <= 0 else days

    @nudge_days.setter
    def nudge_days(self, days: int | None) -> None:
        self.set("checkin/nudge_days", days or 0)

    def recent_journals(self) -> list[str]:
        return [str(v) for v in self.value("file/recent")]

    def add_recent(self, folder: str) -> None:
        items = [folder] + [f for f in self.recent_journals() if f != folder]
        self.set("file/recent", items[:RECENT_LIMIT])

    def sync(self) -> None:
        self.q.sync()
