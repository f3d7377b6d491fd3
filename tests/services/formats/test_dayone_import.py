"""Day One's JSON export, as the zip (journal + photos) or the bare .json."""

from __future__ import annotations

import json
import zipfile


def test_day_one_zip_entries_become_notes_with_unescaped_markdown(journal, data, do_import):
    report, _ = do_import("dayone", data / "dayone_export.zip")
    assert report.added == {"entries": 2}
    got = {e.title: e for e in journal.entries()}
    b = got["We raised our Series B!"]  # the '# ' heading mark and the '\!' are gone
    assert str(b.date) == "2021-09-14"
    assert b.notes == ("The whole team (all 23 of us) celebrated in the café. Next:\n\n"
                       "1. hire fast\n2. don't break the culture\n- keep the Friday demos\n\n"
                       # the footer: journal, local time, place (weather when Day One has it)
                       "Day One · Journal · 2021-09-14 09:45 Europe/Berlin · Berlin, Germany")
    assert "dayone-moment" not in b.notes  # the photo's place in the text is dropped
    assert b.tags == ("journal", "kestrel-labs", "starred", "windfall")  # + the journal's name
    assert b.created_at == "2021-09-14T07:45:12Z"  # when it was written, not imported


def test_the_day_is_the_one_the_entry_was_written_on_in_its_own_time_zone(journal, data, do_import):
    # 2022-03-01 03:30 UTC is still 28 February in New York.
    do_import("dayone", data / "dayone_export.zip")
    [e] = [e for e in journal.entries() if e.title.startswith("Late-night")]
    assert str(e.date) == "2022-02-28"
    assert e.notes == ("I'd rather grow a team than write every line myself.\n\n"
                       "Day One · Journal · 2022-02-28 22:30 America/New_York")


def test_photos_are_left_out_and_counted_and_a_photo_only_entry_is_ignored(data, do_import):
    report, _ = do_import("dayone", data / "dayone_export.zip")
    assert report.left_out == {"photos": 2, "device details of {entries}": 1}
    assert report.ignored == ["Journal.json: entry 3: it has no text (only media)"]
    assert any("2 photos" in line for line in report.lines())


def test_the_bare_json_and_a_second_import_add_nothing_new(journal, data, tmp_path, do_import):
    with zipfile.ZipFile(data / "dayone_export.zip") as zf:
        (tmp_path / "Journal.json").write_bytes(zf.read("Journal.json"))
    do_import("dayone", data / "dayone_export.zip")
    report, changes = do_import("dayone", tmp_path / "Journal.json")
    assert report.duplicates == {"entries": 2} and not changes  # the same uuids
    assert len(journal.entries()) == 2


def test_an_entry_without_a_time_zone_uses_the_utc_day(journal, tmp_path, do_import):
    doc = {"metadata": {"version": "1.0"},
           "entries": [{"creationDate": "2022-03-01T03:30:00Z", "text": "Plain title"}]}
    (tmp_path / "j.json").write_text(json.dumps(doc))
    do_import("dayone", tmp_path / "j.json")
    assert [str(e.date) for e in journal.entries()] == ["2022-03-01"]
