"""Helpers for the format tests: the committed sample files and a way to import them."""

from __future__ import annotations

from pathlib import Path

import pytest

from careersquiggle.services import formats
from careersquiggle.services.formats.source import Source

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


@pytest.fixture
def data() -> Path:
    return DATA


@pytest.fixture
def do_import(journal):
    """Import a file into the test journal; returns (report, changes)."""

    def run(fmt: str, path, dry_run: bool = False):
        return formats.import_source(journal, fmt, Source.from_path(path), dry_run=dry_run)

    return run
