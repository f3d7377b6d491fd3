"""Shared fixtures: every test gets its own data folder and settings; Qt runs offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest

from careersquiggle.services.journal import Journal


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch):
    """A test never touches the user's real journal, settings or logs."""
    data = tmp_path / "data"
    monkeypatch.setenv("CAREERSQUIGGLE_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield


class FixedClock:
    """A clock tests can set and move."""

    def __init__(self, when: dt.datetime):
        self.now = when

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC))


@pytest.fixture
def journal_path(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    return folder / "journal.sqlite3"


@pytest.fixture
def journal(journal_path, clock):
    j = Journal.open(journal_path, clock=clock)
    yield j
    j.close()


@pytest.fixture
def demo_journal(journal):
    from careersquiggle.services.demo import load_sample

    load_sample(journal)
    return journal


@pytest.fixture(autouse=True)
def _english():
    """Text as an English reader sees it (the catalogue's singular forms included)."""
    from careersquiggle import translations
    from careersquiggle.core import dates, i18n

    translations.install_terminal("en")
    yield
    i18n.install(None)
    dates.set_reader_locale({}, None)
