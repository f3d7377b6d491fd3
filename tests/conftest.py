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


def noisy_items(n: int, seed: int = 5):
    """``n`` entries over forty years whose feel jumps entry to entry around slow waves
    (what a real, dense journal looks like), with weekly-ish check-ins and chapters."""
    import numpy as np

    from careersquiggle.core.model import Chapter, CheckIn, Entry

    rng = np.random.default_rng(seed)
    days = np.sort(rng.integers(0, 40 * 365, n))
    start = dt.date(1986, 1, 1)
    kinds = rng.choice(["event", "shift", "shock", "note"], n, p=[0.3, 0.1, 0.1, 0.5])
    wave = 2 * np.sin(days / (7 * 365) * 2 * np.pi)
    feel = np.clip(np.round(wave + rng.normal(0, 2.5, n)), -5, 5).astype(int)
    entries = [
        Entry.create(kind=str(k), title=f"Moment {i} of a long career", feel=int(f),
                     date=(start + dt.timedelta(days=int(d))).isoformat())
        for i, (k, d, f) in enumerate(zip(kinds, days, feel, strict=True))
    ]
    when = np.arange(0, 40 * 365, 365 // 8)  # about every six weeks: 320 check-ins
    checkins = [
        CheckIn.create(date=(start + dt.timedelta(days=int(d))).isoformat(),
                       autonomy=int(a), mastery=int(m), purpose=int(p))
        for d, a, m, p in zip(when, *rng.integers(0, 11, (3, when.size)), strict=True)
    ]
    chapters = [Chapter.create(title=f"Chapter {i}", start=str(1986 + 4 * i),
                               end=str(1989 + 4 * i)) for i in range(10)]
    chapters.append(Chapter.create(title="A PhD beside the job", start="1995", end="2001"))
    return entries, checkins, chapters


@pytest.fixture(scope="session")
def noisy_10k_file(tmp_path_factory) -> Path:
    """A 10,000-entry noisy journal, written once per run; copy it before changing it."""
    from careersquiggle.services.report import ImportReport

    path = tmp_path_factory.mktemp("noisy") / "journal.sqlite3"
    j = Journal.open(path)
    j.import_batch(ImportReport(), *noisy_items(10_000))
    j.close()
    return path


@pytest.fixture
def noisy_journal(noisy_10k_file, journal_path, clock):
    import shutil

    shutil.copy2(noisy_10k_file, journal_path)
    j = Journal.open(journal_path, clock=clock)
    yield j
    j.close()
