"""The log: a private file in the log folder that says what happened, never what was written."""

from __future__ import annotations

import logging
import stat
import sys

import pytest

from careersquiggle import logs
from careersquiggle.cli import main

SECRET = "Quit Zephyrcorp over the Ottoline affair"
SECRET_NOTE = "salary 123456, told nobody"


@pytest.fixture(autouse=True)
def _reset_logging():
    yield
    logs.reset()


def _log_text() -> str:
    return (logs.default_log_dir() / logs.LOG_FILE).read_text(encoding="utf-8")


def test_log_goes_to_the_given_folder_readable_by_the_owner_only(tmp_path):
    folder = tmp_path / "somewhere" / "logs"
    path = logs.configure(log_dir=folder)
    logging.getLogger("careersquiggle.test").info("something happened count=%d", 3)
    assert path == folder / logs.LOG_FILE
    assert "something happened count=3" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_run_is_logged_without_the_journal_text_it_handled(tmp_path, capsys):
    data = str(tmp_path / "journal")
    assert main(["add", "--kind", "event", "--title", SECRET, "--date", "2019-03",
                 "--feel", "-4", "--tag", "zephyrcorp", "--note", SECRET_NOTE,
                 "--data-dir", data]) == 0
    assert main(["list", "--search", "Ottoline", "--data-dir", data]) == 0
    assert main(["export", "json", str(tmp_path / "out.json"), "--data-dir", data]) == 0
    assert SECRET in capsys.readouterr().out  # the journal really holds it

    text = _log_text()
    for command in ("add", "list", "export"):
        assert "start version=" in text and f"command={command}" in text
        assert f"exit command={command} status=0" in text
    for private in (SECRET, "Ottoline", "Zephyrcorp", "zephyrcorp", "123456"):
        assert private not in text


def test_each_run_logs_once_however_often_logging_is_configured(tmp_path):
    data = str(tmp_path / "journal")
    for _ in range(3):
        assert main(["list", "--data-dir", data]) == 0
    lines = _log_text().splitlines()
    assert sum("start version=" in line for line in lines) == 3
    assert sum("exit command=list" in line for line in lines) == 3


def test_verbose_prints_the_log_on_the_terminal_quiet_does_not(tmp_path, capsys):
    data = str(tmp_path / "journal")
    assert main(["add", "--kind", "note", "--title", SECRET, "--data-dir", data]) == 0
    assert capsys.readouterr().err == ""
    assert main(["--verbose", "list", "--data-dir", data]) == 0
    err = capsys.readouterr().err
    assert "INFO careersquiggle: start version=" in err
    assert "exit command=list status=0" in err
    assert SECRET not in err


def test_a_failing_command_logs_its_status_not_its_message(tmp_path, capsys):
    data = str(tmp_path / "journal")
    assert main(["add", "--kind", "event", "--title", SECRET, "--date", "2019-13",
                 "--data-dir", data]) == 1
    assert capsys.readouterr().err.startswith("error:")
    text = _log_text()
    assert "exit command=add status=1" in text
    assert SECRET not in text and "2019-13" not in text


def test_a_crash_is_logged_by_type_and_place_without_its_message(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: shown.append(info[1]))
    logs.configure(log_dir=tmp_path)
    try:
        raise ValueError(f"UNIQUE constraint failed with title {SECRET!r}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1  # still reported as before, in full, on the terminal
    text = (tmp_path / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "ERROR careersquiggle: uncaught builtins.ValueError" in text
    assert "test_logging.py" in text  # where it happened
    assert SECRET not in text


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_journal(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert logs.configure(log_dir=blocker / "logs") is None
    logging.getLogger("careersquiggle").warning("nowhere to go")
    assert capsys.readouterr().err == ""  # no stray messages on the terminal
