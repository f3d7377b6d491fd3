"""Every bad value from a terminal: one `error:` line, exit 1, no traceback, journal as it was."""

from __future__ import annotations

import json

import pytest

from careersquiggle import paths
from tests.cli.helpers import run


@pytest.fixture
def state(capsys):
    """A journal with a story in it, and a way to see that it did not change."""
    assert run(capsys, "demo")[0] == 0
    journal_file = paths.journal_path(paths.data_dir())

    def snapshot():
        code, out, _ = run(capsys, "export", "json", "-")
        assert code == 0
        doc = json.loads(out)
        doc.pop("exported_at")
        return doc, journal_file.read_bytes()

    return snapshot


BAD = {
    # name: (argv, words in the message)
    "impossible day": (["add", "--kind", "event", "--title", "x", "--date", "2023-02-30"],
                       "no day 30"),
    "no leap day": (["add", "--kind", "event", "--title", "x", "--date", "2023-02-29"],
                    "no day 29"),
    "month 13": (["add", "--kind", "event", "--title", "x", "--date", "2023-13"], "no month 13"),
    "month 0": (["add", "--kind", "event", "--title", "x", "--date", "2023-00"], "no month 0"),
    "free text date": (["add", "--kind", "event", "--title", "x", "--date", "last spring"],
                       "not a date"),
    "feel too high": (["add", "--kind", "event", "--title", "x", "--feel", "6"], "from -5 to 5"),
    "feel too low": (["add", "--kind", "event", "--title", "x", "--feel", "-6"], "from -5 to 5"),
    "feel not a number": (["add", "--kind", "event", "--title", "x", "--feel", "great"],
                          "whole number"),
    "feel a fraction": (["add", "--kind", "event", "--title", "x", "--feel", "2.5"],
                        "whole number"),
    "unknown kind": (["add", "--kind", "party", "--title", "x"], "not a kind of entry"),
    "blank title": (["add", "--kind", "event", "--title", "   "], "title is empty"),
    "empty title": (["add", "--kind", "event", "--title", ""], "title is empty"),
    "long title": (["add", "--kind", "event", "--title", "x" * 201], "keep it under 200"),
    "shift fields on an event": (["add", "--kind", "event", "--title", "x", "--from", "a"],
                                 "only a preference shift"),
    "autonomy too high": (["checkin", "--autonomy", "11", "--mastery", "5", "--purpose", "5"],
                          "autonomy must be from 0 to 10"),
    "mastery below zero": (["checkin", "--autonomy", "1", "--mastery", "-1", "--purpose", "5"],
                           "mastery must be from 0 to 10"),
    "purpose not a number": (["checkin", "--autonomy", "1", "--mastery", "1", "--purpose", "lots"],
                             "purpose must be a whole number"),
    "checkin bad date": (["checkin", "--autonomy", "1", "--mastery", "1", "--purpose", "1",
                          "--date", "2023-13"], "no month 13"),
    "chapter ends first": (["chapter", "--title", "PhD", "--start", "2020", "--end", "2019"],
                           "before it starts"),
    "chapter bad start": (["chapter", "--title", "PhD", "--start", "2020-02-30"], "no day 30"),
    "chapter blank title": (["chapter", "--title", " ", "--start", "2020"], "title is empty"),
    "list bad from": (["list", "--from", "2023-13"], "no month 13"),
    "list to before from": (["list", "--from", "2020", "--to", "2019"], "before --from"),
    "list unknown chapter": (["list", "--chapter", "Astronaut"], "no chapter called"),
    "list unknown kind": (["list", "--kind", "party"], "not a kind of entry"),
    "list checkins bad date": (["list", "--checkins", "--to", "soon"], "not a date"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_error_line_and_changes_nothing(state, capsys, name):
    argv, words = BAD[name]
    before = state()
    code, out, err = run(capsys, *argv)
    assert code == 1
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    assert words in err
    assert "Traceback" not in err
    assert state() == before


USAGE = {
    "no title": ["add", "--kind", "event"],
    "no kind": ["add", "--title", "x"],
    "feel without a value": ["add", "--kind", "event", "--title", "x", "--feel"],
    "unknown command": ["frobnicate"],
    "unknown option": ["list", "--colour"],
    "missing scores": ["checkin", "--autonomy", "5"],
    "chapter without start": ["chapter", "--title", "PhD"],
}


@pytest.mark.parametrize("name", sorted(USAGE))
def test_usage_errors_exit_2_and_change_nothing(state, capsys, name):
    before = state()
    code, out, err = run(capsys, *USAGE[name])
    assert code == 2 and out == ""
    assert "error:" in err and "Traceback" not in err
    assert state() == before


def test_the_message_names_the_valid_kinds(capsys):
    _, _, err = run(capsys, "add", "--kind", "party", "--title", "x")
    assert err == "error: 'party' is not a kind of entry; choose one of event, shift, shock, note\n"


def test_bad_input_into_a_new_folder_creates_no_journal(capsys, tmp_path):
    folder = tmp_path / "fresh"
    code, _, err = run(capsys, "add", "--kind", "event", "--title", "x", "--feel", "9",
                       "--data-dir", str(folder))
    assert code == 1 and err.startswith("error: ")
    assert not paths.journal_path(folder).exists()
