"""The catalogue is complete and in step with the code; the terminal speaks it too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from careersquiggle import translations
from careersquiggle.core import i18n

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
HOW = ("run `make translations`, then translate the new strings in "
       "careersquiggle/resources/translations/careersquiggle_{lang}.ts (by hand or in Qt "
       "Linguist) and run `make translations` again")


def _updated(tmp_path: Path, lang: str) -> Path:
    """The shipped catalogue after lupdate has read today's code (into a copy)."""
    ts = tmp_path / f"careersquiggle_{lang}.ts"
    shutil.copy(translations.folder() / ts.name, ts)
    extra = ["-pluralonly"] if lang == "en" else []
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", "-locations",
                    "none", *extra, "-extensions", "py", str(ROOT / "careersquiggle"),
                    "-ts", str(ts)], check=True, capture_output=True)
    return ts


@pytest.mark.parametrize("lang", translations.SHIPPED)
def test_every_string_of_the_code_is_translated_and_compiled(tmp_path, lang):
    ts = _updated(tmp_path, lang)
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], HOW.format(lang=lang)
    qm = tmp_path / f"careersquiggle_{lang}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    shipped = translations.folder() / qm.name
    assert qm.read_bytes() == shipped.read_bytes(), HOW.format(lang=lang)


def test_placeholders_survive_translation():
    for lang in translations.SHIPPED:
        table = translations.read_catalogue(translations.folder() / f"careersquiggle_{lang}.ts")
        for (context, source, _d), forms in table.items():
            for form in forms:
                for mark in ("%1", "%2", "%3", "%4", "%5", "%6", "%n"):
                    assert (mark in source) == (mark in form), (lang, context, source, form)


@pytest.mark.parametrize(("arg", "env", "expected"), [
    ("de", {"LANG": "en_GB.UTF-8"}, "de"),
    (None, {"LANGUAGE": "de_AT:en", "LANG": "en_GB.UTF-8"}, "de"),
    (None, {"LC_ALL": "de_DE.UTF-8"}, "de"),
    (None, {"LANG": "C"}, "en"),
    (None, {}, "en"),
    ("pseudo", {}, "pseudo"),
])
def test_the_language_comes_from_the_option_or_the_environment(arg, env, expected):
    assert translations.requested(arg, env) == expected


def test_the_terminal_reads_the_catalogue_without_qt():
    german = translations.terminal_translator("de")
    assert german("SquiggleItems", "%n moments", None, 1) == "1 Moment"
    assert german("SquiggleItems", "%n moments", None, 20) == "20 Momente"
    assert german("SquiggleItems", "not in the catalogue", None, -1) == "not in the catalogue"
    english = translations.terminal_translator("en")
    assert english("SquiggleItems", "%n moments", None, 1) == "1 moment"
    assert translations.terminal_translator("xx") is None  # a language we do not ship
    i18n.install(german)
    assert i18n.Context("SquiggleItems").tr("%n chapters", "", 4) == "4 Kapitel"


def test_the_pseudo_locale_lengthens_and_accents_but_keeps_what_code_needs():
    text = "Check-in of %1: <b>autonomy</b> %n &Save"
    out = translations.pseudo(text)
    assert out.startswith("[") and out.endswith("]")
    def visible(t):
        return re.sub(r"<[^>]*>", "", t)

    assert len(visible(out)) >= len(visible(text)) * 1.35
    for kept in ("%1", "<b>", "</b>", "%n", "&S"):
        assert kept in out
    assert "ç" in out or "á" in out
    assert translations.pseudo("") == ""


def test_the_terminal_answers_in_german_and_errors_keep_their_prefix(tmp_path):
    """A real process, as a script would run it: LANG picks the language, --lang overrides."""
    env = {"PATH": str(BIN), "HOME": str(tmp_path), "LANG": "de_DE.UTF-8",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "s"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    data = ["--data-dir", str(tmp_path / "j")]

    def run(*args):
        return subprocess.run([sys.executable, "-m", "careersquiggle", *args, *data], env=env,
                              capture_output=True, text=True, timeout=120)

    added = run("add", "--kind", "shift", "--title", "Ich will führen", "--date", "2019-03")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "Sinneswandel #1 hinzugefügt: Ich will führen (2019-03)\n"
    bad = run("add", "--kind", "event", "--title", "x", "--feel", "9")
    assert bad.returncode != 0
    assert bad.stderr == "error: Gefühl muss zwischen -5 und 5 liegen, nicht 9\n"
    english = run("add", "--kind", "note", "--title", "n", "--lang", "en")
    assert english.stdout.startswith("added note #2: n (")


def test_the_terminal_reads_german_dates_help_and_usage(tmp_path):
    """`--lang de`: the help and argparse's own words are German, `error:` is not, and
    'gestern' is a date."""
    env = {"PATH": str(BIN), "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "s"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    data = ["--data-dir", str(tmp_path / "j")]

    def run(*args):
        return subprocess.run([sys.executable, "-m", "careersquiggle", "--lang", "de", *args,
                               *data], env=env, capture_output=True, text=True, timeout=120)

    helped = run("add", "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("Aufruf: careersquiggle add")
    assert "einen Eintrag hinzufügen" in helped.stdout and "Optionen:" in helped.stdout
    added = run("add", "--kind", "event", "--title", "Neuer Job", "--date", "gestern")
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Ereignis #1 hinzugefügt: Neuer Job (")
    usage = run("add", "--feel")
    assert usage.returncode == 2
    assert usage.stderr.splitlines()[-1] == (
        "careersquiggle add: error: Argument --feel: ein Argument erwartet")


def test_the_terminal_writes_and_reads_german_month_names(tmp_path):
    """Without Qt the month names and the day's order come from the catalogue."""
    from careersquiggle.core.dates import FuzzyDate, parse_date

    i18n.install(translations.terminal_translator("de"))
    assert FuzzyDate(2019, 3, 14).label() == "14. März 2019"
    assert FuzzyDate(2026, 12).label() == "Dezember 2026"
    assert str(parse_date("14. März 2019")) == "2019-03-14"
    assert str(parse_date("Dez 2020")) == "2020-12"
    assert str(parse_date("March 2019")) == "2019-03"  # English is always understood
