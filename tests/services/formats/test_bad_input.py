"""Bad files: one clear message naming the file (and the row or entry), journal unchanged."""

from __future__ import annotations

import json
import random
import zipfile

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry
from careersquiggle.services import formats
from careersquiggle.services.formats import source as source_module
from careersquiggle.services.formats.source import Source

ALL = ["linkedin", "jrnl", "dayone", "json", "csv"]
RANDOM = random.Random(6).randbytes(4000)


@pytest.fixture
def held(journal):
    """A journal with something in it, and a way to check it did not change."""
    journal.add_entry(Entry.create(kind="note", title="Already here", date="2020"))
    before = (journal.entries(), journal.checkins(), journal.chapters())
    yield journal
    assert (journal.entries(), journal.checkins(), journal.chapters()) == before


def refused(journal, fmt: str, path, *expected: str) -> str:
    with pytest.raises(JournalError) as info:
        formats.import_source(journal, fmt, Source.from_path(path))
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message and "Traceback" not in message
    for part in expected:
        assert part in message, message
    return message


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("fmt", ALL)
def test_an_empty_file(held, tmp_path, fmt):
    (tmp_path / "empty").write_bytes(b"")
    refused(held, fmt, tmp_path / "empty", "the file is empty")


@pytest.mark.parametrize("fmt", ALL)
def test_random_bytes(held, tmp_path, fmt):
    (tmp_path / "noise.bin").write_bytes(RANDOM)
    refused(held, fmt, tmp_path / "noise.bin", "not a text file")


@pytest.mark.parametrize("fmt", ["jrnl", "dayone", "json"])
def test_absurd_nesting(held, tmp_path, fmt):
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    refused(held, fmt, tmp_path / "deep.json", "nested far too deeply")


@pytest.mark.parametrize("fmt", ["jrnl", "dayone"])
def test_a_truncated_json_export(held, data, tmp_path, fmt):
    whole = (data / "jrnl_export.json").read_text(encoding="utf-8")
    (tmp_path / "cut.json").write_text(whole[: len(whole) // 2], encoding="utf-8")
    refused(held, fmt, tmp_path / "cut.json", "not valid JSON", "cut short")


def test_a_truncated_day_one_zip(held, data, tmp_path):
    whole = (data / "dayone_export.zip").read_bytes()
    (tmp_path / "cut.zip").write_bytes(whole[: len(whole) * 2 // 3])
    refused(held, "dayone", tmp_path / "cut.zip", "damaged or incomplete")


def test_a_truncated_positions_csv(held, data, tmp_path):
    whole = (data / "Positions.csv").read_text(encoding="utf-8")
    cut = whole.index("Mentored")  # inside a quoted, multi-line description
    (tmp_path / "Positions.csv").write_text(whole[:cut], encoding="utf-8")
    refused(held, "linkedin", tmp_path / "Positions.csv", "row 3", "cut short")


def test_a_csv_with_other_headers(held, tmp_path):
    (tmp_path / "people.csv").write_text("First Name,Last Name,Company\nAna,Müller,Acme\n")
    refused(held, "linkedin", tmp_path / "people.csv", "not a LinkedIn Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On")
    refused(held, "csv", tmp_path / "people.csv", "not a Career Squiggle CSV export")


def test_a_csv_with_one_unknown_column(held, tmp_path):
    (tmp_path / "e.csv").write_text("kind,title,date,mood\nnote,Hi,2020,happy\n")
    refused(held, "csv", tmp_path / "e.csv", "a column export csv never writes: 'mood'")


def test_unreadable_dates_name_the_row_or_entry_and_nothing_is_imported(held, data, tmp_path):
    good = (data / "Positions.csv").read_text(encoding="utf-8")
    (tmp_path / "Positions.csv").write_text(good + "Acme,Intern,,,Spring 2012,\n", encoding="utf-8")
    refused(held, "linkedin", tmp_path / "Positions.csv",
            "row 6", "'Spring 2012' in Started On is not a date like Jan 2020")
    doc = json.loads((data / "jrnl_export.json").read_text(encoding="utf-8"))
    doc["entries"][3]["date"] = "last Tuesday"
    (tmp_path / "j.json").write_text(json.dumps(doc))
    refused(held, "jrnl", tmp_path / "j.json", "entry 4", "'last Tuesday' is not a date")
    (tmp_path / "d.json").write_text(json.dumps(
        {"metadata": {}, "entries": [{"creationDate": "2020-01-01T00:00:00Z", "text": "ok"},
                                     {"creationDate": "soon", "text": "x"}]}))
    refused(held, "dayone", tmp_path / "d.json", "entry 2", "'soon' is not a date and time")
    (tmp_path / "e.csv").write_text("kind,title,date\nnote,Fine,2020\nnote,Bad,2020-13\n")
    refused(held, "csv", tmp_path / "e.csv", "row 3", "there is no month 13")


def test_a_file_of_another_format(held, data, tmp_path):
    refused(held, "dayone", data / "jrnl_export.json",
            "not a Day One export; it looks like a jrnl JSON export (import it as jrnl)")
    refused(held, "jrnl", data / "dayone_export.zip", "a zip archive, not a jrnl JSON export")
    refused(held, "csv", data / "Positions.csv", "it looks like a LinkedIn Positions.csv")
    refused(held, "linkedin", data / "jrnl_export.json", "not a LinkedIn Positions.csv")
    refused(held, "json", data / "jrnl_export.json", "not a Career Squiggle JSON export")
    (tmp_path / "list.json").write_text("[1, 2, 3]")
    refused(held, "jrnl", tmp_path / "list.json", "not a jrnl JSON export")


def test_a_zip_without_the_expected_member(held, tmp_path):
    _zip(tmp_path / "other.zip", {"Profile.csv": b"First Name\nAna\n"})
    refused(held, "linkedin", tmp_path / "other.zip", "this LinkedIn export has no Positions.csv",
            "Get a copy of your data")
    _zip(tmp_path / "photos.zip", {"cat.jpeg": b"not really"})
    refused(held, "linkedin", tmp_path / "photos.zip", "not a LinkedIn data export")
    _zip(tmp_path / "photos.zip", {"photos/a.jpeg": b"\xff\xd8"})
    refused(held, "dayone", tmp_path / "photos.zip", "no Day One journal in it")


def test_a_zip_bomb_is_refused_without_inflating_it(held, tmp_path, monkeypatch):
    monkeypatch.setattr(source_module, "MAX_TEXT_BYTES", 1024 * 1024)
    _zip(tmp_path / "bomb.zip", {"Journal.json": b" " * (3 * 1024 * 1024)})
    assert (tmp_path / "bomb.zip").stat().st_size < 20_000
    refused(held, "dayone", tmp_path / "bomb.zip", "'Journal.json' in the zip is larger than 1 MB")


def test_a_missing_file_and_a_folder(held, tmp_path):
    with pytest.raises(JournalError, match="no such file"):
        formats.import_source(held, "jrnl", Source.from_path(tmp_path / "nope.json"))
    with pytest.raises(JournalError, match="is a folder"):
        formats.import_source(held, "jrnl", Source.from_path(tmp_path))


def test_a_bad_item_late_in_a_day_one_zip_stops_the_whole_import(held, tmp_path):
    entries = [{"creationDate": f"2020-01-{d:02d}T10:00:00Z", "text": f"Day {d}"}
               for d in (1, 2, 3)]
    entries.append({"creationDate": "2020-01-04T10:00:00Z", "text": "x", "tags": "not-a-list"})
    _zip(tmp_path / "j.zip", {"My Journal.json": json.dumps({"metadata": {}, "entries": entries})})
    refused(held, "dayone", tmp_path / "j.zip", "My Journal.json: entry 4", "'tags' must be a list")


def test_standard_input_is_named_as_such(held):
    src = Source.from_bytes("standard input", b"{")
    with pytest.raises(JournalError, match=r"^standard input: not valid JSON"):
        formats.import_source(held, "jrnl", src)


def test_a_message_quoting_a_value_with_a_line_break_is_still_one_line(held, tmp_path):
    (tmp_path / "Positions.csv").write_text('Company Name,Title,Started On\n'
                                            'Acme,Boss,"Jan\n2020x"\n')
    refused(held, "linkedin", tmp_path / "Positions.csv", "row 2: 'Jan 2020x' in Started On")


def test_a_day_one_date_at_the_edge_of_time(held, tmp_path):
    (tmp_path / "d.json").write_text(json.dumps({"metadata": {}, "entries": [
        {"creationDate": "0001-01-01T00:00:00Z", "timeZone": "America/New_York", "text": "x"}]}))
    refused(held, "dayone", tmp_path / "d.json", "entry 1: the year 1 is out of range")
