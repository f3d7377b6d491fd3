"""Every setting is declared once (ui/settings.py) and QSettings is used only through it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from careersquiggle.ui import settings as settings_module
from careersquiggle.ui.settings import DECLARED, Settings, declared

PACKAGE = Path(settings_module.__file__).resolve().parents[1]


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_an_undeclared_key_is_refused(settings):
    with pytest.raises(KeyError):
        settings.value("view/colour")
    with pytest.raises(KeyError):
        settings.set("view/colour", "red")


def test_defaults_and_types_come_from_the_declaration(settings):
    assert settings.value("view/lens") == DECLARED["view/lens"].default
    assert settings.nudge_days == DECLARED["checkin/nudge_days"].default
    settings.nudge_days = None  # "never" is kept as 0
    assert settings.value("checkin/nudge_days") == 0 and settings.nudge_days is None
    settings.add_recent("/a")
    settings.add_recent("/b")
    settings.add_recent("/a")
    assert settings.recent_journals() == ["/a", "/b"]


def test_every_key_the_code_uses_is_declared():
    used = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"settings\.(?:value|set)\(\s*f?\"([^\"{]+)", text))
        if path.name != "settings.py":
            assert "QSettings(" not in text or path.name == "app.py", path  # only the root
    assert used and all(declared(k) for k in used - {"export/", "window/splitter_"})


def test_a_family_of_keys_is_declared_once(settings):
    assert settings.value("export/theme", "light") == "light"  # the dialog's own default
    settings.set("export/theme", "dark")
    assert settings.value("export/theme", "light") == "dark"
