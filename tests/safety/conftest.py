"""Helpers for the privacy and safety tests: a journal holding words to look for."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from careersquiggle.cli import main
from careersquiggle.core.model import Entry
from careersquiggle.services.journal import Journal

SECRET = "Zanzibar-secret-word"
PASS = "correct horse battery"
NEW_PASS = "another long passphrase"


def add_secrets(journal: Journal, n: int = 5, start: int = 0) -> list[int]:
    ids = []
    for i in range(start, start + n):
        entry = Entry.create(kind="note", title=f"{SECRET} {i}", date="2021-03",
                             notes=f"private notes {SECRET} {i}", tags=["secret"])
        ids.append(journal.add_entry(entry).id)
    return ids


@pytest.fixture
def filled(journal_path):
    """The path of a closed journal with five entries holding SECRET."""
    with Journal.open(journal_path) as j:
        add_secrets(j)
    return journal_path


def files_containing(folder, needle: str) -> list[str]:
    """Every file under ``folder`` whose bytes contain ``needle`` (UTF-8 or UTF-16)."""
    hits = []
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            if needle.encode() in data or needle.encode("utf-16-le") in data:
                hits.append(p.name)
    return hits


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run the command line in this process; ``stdin`` is what standard input holds."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def run_detached(*argv: str, env=None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """The command line in a new session: no terminal to ask a passphrase on."""
    return subprocess.run(
        [sys.executable, "-m", "careersquiggle", *argv], input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True, env=env, start_new_session=True, timeout=120,
    )
