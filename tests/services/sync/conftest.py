"""Sync tests' folders: in memory (/dev/shm) where there is one, so the hundreds of
fsyncs of the seeded runs cost nothing; real files all the same."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest


@pytest.fixture
def fast_dir(tmp_path):
    shm = Path("/dev/shm")
    if not (shm.is_dir() and shm.stat().st_mode & 0o002):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="csq-sync-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
