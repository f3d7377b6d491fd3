"""The terminal in the pseudo-locale: every help text, usage line and error message comes
from the catalogue (lengthened and accented), and `error:` stays as it is for scripts."""

from __future__ import annotations

import re

import pytest

from careersquiggle.cli import build_parser
from tests.cli.helpers import run

_PSEUDO = re.compile(r"\[[^\[\]]*~\s*\]")  # one translated piece (wrapped lines too)
_BRACKETS = re.compile(r"\[[^\[\]\s~]*\]")  # [TEXT], [-h], [@tag|#tag] inside a piece
# What is not a word to translate: options, metavars, choices, the program's name.
_CODE = re.compile(r"--?[\w-]+|\b[A-Z][A-Z_]+\b|\{[^}]*\}|\$\w+|careersquiggle|"
                   r"\berror:|\bnote:|\S*[/\\]\S*|\S+\.(json|csv|md|png|sqlite3)\b")
_WORD = re.compile(r"[A-Za-z]{2,}")


def _commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sorted(sub.choices)


def leftover(text: str, names: list[str]) -> list[str]:
    """Words of ``text`` that did not come through the catalogue."""
    rest = text
    while True:
        fewer = _BRACKETS.sub(" ", _PSEUDO.sub(" ", rest))
        if fewer == rest:
            break
        rest = fewer
    rest = _CODE.sub(" ", rest)
    rest = re.sub(r"\b(" + "|".join(names) + r")\b", " ", rest)
    return _WORD.findall(rest)


def test_the_finder_finds_english_in_terminal_text():
    assert leftover("usage: careersquiggle add [-h] [--lang LANG]\n\nadd an entry", ["add"]) \
        == ["usage", "an", "entry"]
    assert leftover("[üságé:  ~]careersquiggle add [-h]\n  --kind KIND  [thé kîñd\n   "
                    "[TÉXT] õf ît ~~~]", ["add"]) == []


@pytest.mark.parametrize("command", [None, *_commands()])
def test_every_help_is_translated(capsys, command):
    code, out, err = run(capsys, "--lang", "pseudo", *([command] if command else []), "--help")
    assert code == 0, err
    assert leftover(out, _commands()) == [], out


@pytest.mark.parametrize("argv", [
    ["add", "--kind", "event", "--title", "x", "--feel", "9"],
    ["add", "--kind", "nonsense", "--title", "x"],
    ["add", "--date", "the day after", "Led the launch"],
    ["list", "--from", "2020", "--to", "2019"],
    ["import", "json", "no-such-file.json"],
    ["restore", "no-such-backup.sqlite3"],
    ["review", "--from", "someday"],
    ["checkin", "--autonomy", "11", "--mastery", "5", "--purpose", "5"],
])
def test_error_messages_are_translated_and_keep_their_prefix(capsys, tmp_path, argv):
    code, out, err = run(capsys, "--lang", "pseudo", *argv, "--data-dir", str(tmp_path / "j"))
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "~]" in lines[0]
    assert leftover(lines[0], _commands()) == [], lines[0]


@pytest.mark.parametrize("argv", [["add", "--feel"], ["import", "nonsense", "x.json"],
                                  ["list", "--bogus"], ["add"]])
def test_usage_errors_are_translated(capsys, argv):
    code, out, err = run(capsys, "--lang", "pseudo", *argv)
    assert code == 2
    assert "error:" in err  # argparse's own "prog: error: ..." keeps its word too
    assert leftover(err, _commands()) == [], err
