"""Real jrnl and Day One exports (tests/data/real/README.md says where each comes from)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from careersquiggle.core.model import Entry

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
IMPORTS = Path(__file__).resolve().parents[2] / "data" / "imports"


def by_title(journal) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for e in journal.entries():
        out.setdefault(e.title, []).append(e)
    return out


# -- 1. distinct entries are never merged ---------------------------------------------
def test_jrnl_twins_on_one_day_are_both_imported_and_the_report_says_so(journal, do_import):
    # Made by jrnl 4.6: two "Standup." at 09:00 (one starred) and one at 17:30.
    report, _ = do_import("jrnl", IMPORTS / "jrnl_standup_twins.json")
    assert report.added == {"entries": 3} and report.duplicates == {}
    standups = by_title(journal)["Standup."]
    assert sorted(e.tags for e in standups) == [(), ("remote",), ("starred",)]
    assert "  twins (the same identity twice in the file; each imported): 2 entries" \
        in report.lines()
    again, changes = do_import("jrnl", IMPORTS / "jrnl_standup_twins.json")
    assert again.added == {} and again.duplicates == {"entries": 3} and not changes
    assert ("  already in the journal (same jrnl date, time and text): 3 entries"
            in again.lines())


def test_jrnl_entries_written_in_the_same_minute_stay_apart(journal, do_import):
    # jrnl's own tests/data/journals/deletion.journal: two entries at 2019-10-29 11:11.
    report, _ = do_import("jrnl", REAL / "jrnl" / "deletion.json")
    assert report.added == {"entries": 3}
    assert [e.title for e in journal.entries()] == ["First entry.", "Second entry.",
                                                    "Third entry."]


def test_day_one_entries_with_other_uuids_are_kept_even_when_their_text_matches(
        journal, do_import):
    # Day One's sample journal: "Shots on my Commute" twice, other uuids and time zones.
    report, _ = do_import("dayone", REAL / "dayone" / "Example.json")
    shots = by_title(journal)["Shots on my Commute"]
    assert len(shots) == 2
    assert {e.created_at for e in shots} == {"2015-10-18T08:00:15Z", "2015-10-18T10:00:15Z"}
    assert report.added == {"entries": 6}
    again, _ = do_import("dayone", REAL / "dayone" / "Example.json")
    assert again.duplicates == {"entries": 6} and again.added == {}


# -- 4. Day One kept whole ------------------------------------------------------------
def test_day_one_keeps_place_weather_journal_time_and_creation_time(journal, do_import):
    do_import("dayone", REAL / "dayone" / "Example.json")
    [snow] = by_title(journal)["Snow day!"]
    assert snow.created_at == "2019-03-08T19:27:04Z"  # Day One's, not the import's
    assert snow.notes.endswith("Day One · Example · 2019-03-08 12:27 America/Denver · "
                               "240 N 1200 E, Lehi, Utah, United States · Light Rain, 2 °C")
    assert "example" in snow.tags  # the journal's name
    [state] = by_title(journal)["I love this state!"]
    assert "starred" in state.tags  # the same star rule as jrnl


def test_day_one_names_everything_it_leaves_out_with_counts(do_import):
    report, _ = do_import("dayone", REAL / "dayone" / "Dev Journal.json")
    assert report.left_out == {
        "photos": 3, "rich-text copies (the Markdown text is kept) of {entries}": 4,
        "device details of {entries}": 4, "editing times of {entries}": 3,
        "map coordinates of {entries}": 3, "activity records (steps) of {entries}": 1,
        "pins of {entries}": 1, "videos": 2, "audio recordings": 1}
    assert report.lines()[-1] == (
        "  left out (not kept by Career Squiggle): 3 photos, 2 videos, 1 audio recording, "
        "activity records (steps) of 1 entry, device details of 4 entries, editing times of "
        "3 entries, map coordinates of 3 entries, pins of 1 entry, rich-text copies (the "
        "Markdown text is kept) of 4 entries")


def test_several_journals_in_one_zip_each_tag_their_entries(journal, tmp_path, do_import):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(REAL / "dayone" / "Dev Journal.json", "Dev Journal.json")
        zf.write(REAL / "dayone" / "Example.json", "Work.json")
    report, _ = do_import("dayone", path)
    assert report.added == {"entries": 10}
    tags = [e.tags for e in journal.entries()]
    assert sum("dev-journal" in t for t in tags) == 4 and sum("work" in t for t in tags) == 6


# -- 5. titles as plain text ------------------------------------------------------------
def test_day_one_titles_lose_markdown_escapes_and_invisible_characters(journal, do_import):
    do_import("dayone", REAL / "dayone" / "Example.json")
    [alice] = [e for e in journal.entries() if e.title.startswith("Luckily")]
    # The text is '**Luckily** for \u200b***Alice***\u200b, the little magic bottle…'
    assert alice.title.startswith("Luckily for Alice, the little magic bottle had now")
    assert "*" not in alice.title and "\u200b" not in alice.title and "\\" not in alice.title
    assert alice.title.endswith("…") and len(alice.title) <= 200
    # The whole first line, as written (Markdown kept, escapes undone), opens the notes.
    assert alice.notes.startswith("**Luckily** for ***Alice***, the little magic bottle")
    assert "no wonder she felt unhappy." in alice.notes.split("\n")[0]
    titles = [e.title for e in journal.entries()]
    assert "I love this state!" in titles and "Day One on iPad!" in titles


# -- 8. the tag rule ----------------------------------------------------------------------
def test_jrnl_tags_follow_the_tag_rule(journal, do_import):
    do_import("jrnl", REAL / "jrnl" / "tags-216.json")  # @OS/2, @C++ and @C#
    [e] = journal.entries()
    assert e.tags == ("c++", "csharp", "os/2")
    report, _ = do_import("jrnl", REAL / "jrnl" / "markdown-headings-335.json")
    # jrnl takes Markdown headings ('###') for tags: nothing to keep, and the report says so.
    assert report.left_out == {"tags that are only marks (like '###')": 5}
    [h] = [e for e in journal.entries() if e.title == "Heading Test"]
    assert h.tags == ()


def test_the_sample_jrnl_journal_star_and_tags(journal, do_import):
    do_import("jrnl", REAL / "jrnl" / "basic_onefile.json")
    starred = [e.title for e in journal.entries() if "starred" in e.tags]
    assert starred == ["A second entry in what I hope to be a long series."]
    assert journal.entries()[0].tags == ("ipsum", "tagone", "tagtwo")


def test_the_day_one_classic_and_plain_jrnl_files_are_committed_unchanged():
    doc = json.loads((REAL / "jrnl" / "deletion.json").read_text())
    assert [e["time"] for e in doc["entries"]] == ["11:11", "11:11", "11:13"]
    assert (REAL / "jrnl" / "basic_onefile.journal").read_text().startswith("[2020-08-29 11:11]")


def test_a_day_one_import_from_before_sources_were_kept_is_recognised(journal, do_import):
    # What the importer before revision 0003 made of the sample zip: Markdown in no title,
    # no footer, no journal tag; no source id kept.
    from careersquiggle.services.report import ImportReport

    old = [Entry.create(kind="note", title="We raised our Series B!", date="2021-09-14",
                        notes="The whole team (all 23 of us) celebrated in the café. Next:",
                        tags=["windfall", "kestrel-labs", "starred"]),
           Entry.create(kind="note", title="Late-night thoughts on managing people",
                        date="2022-02-28",
                        notes="I'd rather grow a team than write every line myself.")]
    journal.import_batch(ImportReport(), old)
    report, _ = do_import("dayone", IMPORTS / "dayone_export.zip")
    assert report.added == {} and report.updated == {"entries": 2}
    assert len(journal.entries()) == 2
    assert all("journal" in e.tags and "Day One · Journal" in e.notes for e in journal.entries())
