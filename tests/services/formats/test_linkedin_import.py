"""LinkedIn's Positions.csv (and the export zip): chapters and the events between them."""

from __future__ import annotations

import pytest

from careersquiggle.core.model import Kind


@pytest.mark.parametrize("name", ["Positions.csv", "linkedin_export.zip"])
def test_each_position_becomes_a_chapter_and_a_joined_event(journal, data, do_import, name):
    report, _ = do_import("linkedin", data / name)
    assert report.added == {"chapters": 4, "entries": 6}
    chapters = {c.organisation: c for c in journal.chapters()}
    vp = chapters["Nordlicht Analytics GmbH"]
    assert (vp.title, vp.role, str(vp.start), vp.end) == (
        "VP Engineering at Nordlicht Analytics GmbH", "VP Engineering", "2023-03", None)
    assert vp.notes.startswith("Leading three teams (platform, data, apps).\nHiring, coaching")
    assert vp.notes.endswith("Location: Zürich, Switzerland")
    senior = chapters["Kestrel Labs, Inc."]  # a quoted comma in the company name
    assert (str(senior.start), str(senior.end)) == ("2020-01", "2023-02")
    assert 'led the "v2" migration.\n\nMentored two juniors.' in senior.notes
    phd = chapters["Université de Lyon"]
    assert (str(phd.start), str(phd.end)) == ("2013", "2017")  # bare years stay years
    events = [(e.kind, e.title, str(e.date)) for e in journal.entries()]
    assert events == [
        (Kind.EVENT, "Joined Université de Lyon as Doctoral Researcher", "2013"),
        (Kind.EVENT, "Left Université de Lyon for Kestrel Labs", "2017"),
        (Kind.EVENT, "Joined Kestrel Labs as Software Engineer", "2017-09"),
        # 'Kestrel Labs, Inc.' is the same employer: a promotion, not a second "Joined"
        (Kind.EVENT, "Promoted to Senior Software Engineer at Kestrel Labs, Inc.", "2020-01"),
        (Kind.EVENT, "Left Kestrel Labs, Inc. for Nordlicht Analytics GmbH", "2023-02"),
        (Kind.EVENT, "Joined Nordlicht Analytics GmbH as VP Engineering", "2023-03"),
    ]


def test_the_csv_and_then_the_zip_of_the_same_export_adds_nothing_twice(journal, data, do_import):
    do_import("linkedin", data / "Positions.csv")
    report, changes = do_import("linkedin", data / "linkedin_export.zip")
    assert report.duplicates == {"chapters": 4, "entries": 6} and not changes
    assert journal.counts()["chapters"] == 4


def test_full_month_names_and_rows_without_company_or_start(journal, tmp_path, do_import):
    (tmp_path / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme,Analyst,,,September 2010,March 2012\n"
        ",,,,,\n"
        ",,stray description,,Jan 2001,\n"
        "Someplace,Volunteer,,,,\n", encoding="utf-8")
    report, _ = do_import("linkedin", tmp_path / "Positions.csv")
    [c] = journal.chapters()
    assert (str(c.start), str(c.end)) == ("2010-09", "2012-03")
    assert report.ignored == ["row 4: no company and no title", "row 5 (Someplace): no start date"]
