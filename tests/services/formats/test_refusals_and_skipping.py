"""Near misses get one line saying what the file is and what to export instead (7);
one bad item blocks the file unless invalid items are skipped (6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.services import formats
from careersquiggle.services.formats.source import Source

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
DOENTRY = REAL / "dayone" / "044F3747A38546168B572C2E3F217FA2.doentry"


def message(journal, fmt: str, path) -> str:
    with pytest.raises(JournalError) as info:
        formats.import_source(journal, fmt, Source.from_path(path))
    text = str(info.value)
    assert "\n" not in text and text.startswith(f"{path}: ")
    assert journal.is_empty()
    return text[len(f"{path}: "):]


@pytest.mark.parametrize("fmt", ["dayone", "jrnl"])
def test_a_day_one_classic_entry(journal, fmt):
    assert message(journal, fmt, DOENTRY) == (
        "this is a Day One Classic entry (.doentry), which cannot be read; in Day One choose "
        "File → Export → JSON and import the .zip it makes")


def test_a_day_one_classic_journal_folder(journal, tmp_path):
    folder = tmp_path / "Journal.dayone" / "entries"
    folder.mkdir(parents=True)
    shutil.copy(DOENTRY, folder)
    assert message(journal, "dayone", tmp_path / "Journal.dayone").startswith(
        "this is a Day One Classic journal folder (.dayone), which cannot be read; in Day One")


@pytest.mark.parametrize("fmt", ["jrnl", "dayone"])
@pytest.mark.parametrize("name", ["basic_onefile.journal", "little_endian_dates.journal"])
def test_a_plain_text_jrnl_journal(journal, fmt, name):
    assert message(journal, fmt, REAL / "jrnl" / name) == (
        "this is a plain-text jrnl journal, not its JSON export; export it with "
        "`jrnl --export json > journal.json` and import that file")


@pytest.mark.parametrize("fmt", ["csv", "linkedin"])
def test_another_programs_csv(journal, tmp_path, fmt):
    path = tmp_path / "daylio_export.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2024-01-08,January 8,Monday,09:00,good,work,Standup,\n")
    assert message(journal, fmt, path) == (
        "this is a Daylio export, not one an import reads; Daylio is not read yet; save it "
        "with the columns kind,title,date,notes to import it as csv")


def test_linkedin_connections_given_to_the_csv_import(journal, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
    assert message(journal, "csv", path).startswith("this is LinkedIn's Connections.csv")


# -- skipping invalid items ---------------------------------------------------------------
def _jrnl_with_bad_entries(tmp_path) -> Path:
    doc = json.loads((REAL / "jrnl" / "deletion.json").read_text())
    doc["entries"][1]["date"] = "2019-13-45"
    doc["entries"].append("not an entry")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    return path


def test_without_skipping_one_bad_entry_blocks_all_and_names_the_first(journal, tmp_path):
    path = _jrnl_with_bad_entries(tmp_path)
    text = message(journal, "jrnl", path)
    assert text.startswith("entry 2: ") and "(and 1 more); nothing was imported (skip " \
        "invalid items to import the rest)" in text


def test_skipping_imports_the_valid_and_lists_each_skipped_one(journal, tmp_path):
    path = _jrnl_with_bad_entries(tmp_path)
    report, _ = formats.import_source(journal, "jrnl", Source.from_path(path), skip_invalid=True)
    assert [e.title for e in journal.entries()] == ["First entry.", "Third entry."]
    assert len(report.invalid) == 2
    assert report.invalid[0].startswith("entry 2: ") and report.invalid[1] == (
        "entry 4: it is not an object with a title and a date")
    lines = report.lines()
    assert "  skipped as invalid: 2" in lines and f"    - {report.invalid[1]}" in lines


@pytest.mark.parametrize("fmt,text", [
    ("csv", "kind,title,date\nnote,Fine,2020\nnote,Bad,2020-13\nwish,Bad kind,2021\n"),
    ("json", json.dumps({"format": "careersquiggle", "version": 1, "entries": [
        {"kind": "note", "title": "Fine", "date": "2020"},
        {"kind": "note", "title": "", "date": "2020"},
        {"kind": "note", "title": "Bad", "date": "2020-13"}]})),
])
def test_skipping_works_for_our_own_formats_too(journal, tmp_path, fmt, text):
    path = tmp_path / f"mine.{fmt}"
    path.write_text(text)
    with pytest.raises(JournalError, match="nothing was imported"):
        formats.import_source(journal, fmt, Source.from_path(path))
    report, _ = formats.import_source(journal, fmt, Source.from_path(path), skip_invalid=True)
    assert [e.title for e in journal.entries()] == ["Fine"] and len(report.invalid) == 2


def test_a_bad_day_one_entry_is_skipped_by_its_place(journal, tmp_path):
    doc = json.loads((REAL / "dayone" / "Dev Journal.json").read_text())
    doc["entries"][0]["creationDate"] = "yesterday"
    path = tmp_path / "Dev Journal.json"
    path.write_text(json.dumps(doc))
    report, _ = formats.import_source(journal, "dayone", Source.from_path(path),
                                      skip_invalid=True)
    assert report.invalid == ["entry 1: 'yesterday' is not a date and time (creationDate)"]
    assert report.added == {"entries": 3}
