"""Real LinkedIn exports (tests/data/real/README.md says whose and from where)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from careersquiggle.core.errors import JournalError
from careersquiggle.services import formats
from careersquiggle.services.formats.source import Source

LI = Path(__file__).resolve().parents[2] / "data" / "real" / "linkedin"


def export_zip(tmp_path, person: str, members=("Positions", "Education", "Skills", "Languages")):
    """The CSVs laid out as LinkedIn's export zip lays them (at its top level)."""
    path = tmp_path / f"Basic_LinkedInDataExport_{person}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for m in members:
            zf.write(LI / f"{person}-{m}.csv", f"{m}.csv")
    return path


def events(journal) -> list[tuple[str, str]]:
    return [(str(e.date), e.title) for e in journal.entries() if e.kind.value == "event"]


# -- 3. promotions read as promotions ---------------------------------------------------
def test_roles_at_one_employer_give_one_joined_then_promotions(journal, do_import):
    do_import("linkedin", LI / "west-2023-03-09-Positions.csv")
    signify = [t for _, t in events(journal) if "Signify Health" in t]
    assert signify == [
        "Left Ernst & Young for Signify Health",
        "Joined Signify Health as Analytics Engineer",
        "Promoted to Senior Analytics Engineer, Analytics at Signify Health",
        "Promoted to Lead Analytics Engineer, Analytics at Signify Health",
        "Promoted to Engineering Manager of Data Warehouse at Signify Health",
    ]
    # A volunteer role alongside (DataKind) is joined, but leaving it is not "for Signify".
    titles = [t for _, t in events(journal)]
    assert "Joined DataKind as Volunteer Data Consultant and Data Scientist" in titles
    assert not any(t.startswith("Left DataKind") for t in titles)


def test_another_real_career_specialist_to_manager_and_phd_to_postdoc(journal, do_import):
    do_import("linkedin", LI / "marmaroli-Positions.csv")
    got = events(journal)
    assert ("2016-05", "Joined Hed Unity as Signal Processing & Acoustics Specialist") in got
    assert ("2020-01", "Promoted to Audio Department Manager at Hed Unity") in got
    assert ("2013-03", "Promoted to Postdoctoral Research Scientist at Ecole polytechnique "
                       "fédérale de Lausanne") in got
    assert ("2021-12", "Left Onfido for Microsoft") in got
    assert sum(t.startswith("Joined Hed Unity") for _, t in got) == 1


# -- 8. Education.csv ------------------------------------------------------------------
def test_education_in_the_same_zip_becomes_chapters_and_events(journal, tmp_path, do_import):
    report, _ = do_import("linkedin", export_zip(tmp_path, "marmaroli",
                                                 members=("Positions", "Education")))
    assert report.added == {"chapters": 13 + 6, "entries": 19 + 12}
    phd = [c for c in journal.chapters() if c.role == "Doctor of Philosophy (PhD)"]
    assert [(c.title, str(c.start), str(c.end)) for c in phd] == [
        ("Doctor of Philosophy (PhD) at Ecole polytechnique fédérale de Lausanne", "2008", "2013")]
    titles = [t for _, t in events(journal)]
    assert "Started Doctor of Philosophy (PhD) at Ecole polytechnique fédérale de Lausanne" \
        in titles
    assert "Completed Doctor of Philosophy (PhD) at Ecole polytechnique fédérale de Lausanne" \
        in titles


def test_a_2018_export_zip_with_positions_and_education(journal, tmp_path, do_import):
    report, _ = do_import("linkedin", export_zip(tmp_path, "mathur"))
    assert report.added == {"chapters": 3, "entries": 4}  # two joined, started, completed
    [school] = [c for c in journal.chapters() if c.organisation == "DLF Public School"]
    assert school.role == "Matriculation,High School"  # a quoted comma in Degree Name


def test_a_linkedin_zip_without_positions_is_refused_with_what_to_export(journal, tmp_path):
    path = export_zip(tmp_path, "mathur", members=("Skills", "Languages"))
    with pytest.raises(JournalError, match="this LinkedIn export has no Positions.csv; ask "
                                           "LinkedIn for the full archive"):
        formats.import_source(journal, "linkedin", Source.from_path(path))
    assert journal.is_empty()


def test_another_linkedin_file_alone_is_named(journal):
    with pytest.raises(JournalError, match="this is LinkedIn's Skills.csv, not one an import "
                                           "reads; import Positions.csv or the whole export"):
        formats.import_source(journal, "linkedin", Source.from_path(LI / "mathur-Skills.csv"))


# -- 2. a newer export updates, never doubles -------------------------------------------
def test_a_newer_export_with_edited_descriptions_updates_them(journal, do_import):
    do_import("linkedin", LI / "west-2023-03-09-Positions.csv")
    before = journal.counts()
    report, changes = do_import("linkedin", LI / "west-2023-03-10-Positions.csv")
    assert journal.counts() == before  # nothing doubled
    assert report.added == {} and report.updated == {"chapters": 3}
    assert report.updated_items == [
        "chapter 'Engineering Manager of Data Warehouse at Signify Health': notes",
        "chapter 'Lead Analytics Engineer, Analytics at Signify Health': notes",
        "chapter 'Senior Associate at Ernst & Young': notes"]
    assert len(changes.chapters) == 3
    [ey] = [c for c in journal.chapters() if c.organisation == "Ernst & Young"]
    assert "Software expertise" not in ey.notes  # the newer text


def test_a_refined_degree_name_updates_the_education_chapter(journal, do_import):
    do_import("linkedin", LI / "west-2023-03-09-Education.csv")
    report, _ = do_import("linkedin", LI / "west-2023-03-19-Education.csv")
    assert report.added == {} and report.updated == {"chapters": 2, "entries": 4}
    [cmu] = [c for c in journal.chapters() if c.organisation.startswith("Carnegie")]
    assert cmu.role == "Master of Science (M.Sc.), Computational Finance"


# -- 6. one bad row ----------------------------------------------------------------------
def test_a_real_file_with_a_broken_row_is_refused_whole_unless_skipping(journal, do_import):
    # Row 3 has a space before a quoted field, so its commas split the location.
    with pytest.raises(JournalError) as info:
        do_import("linkedin", LI / "fahrenheit-Positions.csv")
    assert str(info.value).endswith(
        "fahrenheit-Positions.csv: row 3: 8 values for 6 columns (a comma outside quotes?); "
        "nothing was imported (skip invalid items to import the rest)")
    assert journal.is_empty()
    report, _ = formats.import_source(journal, "linkedin",
                                      Source.from_path(LI / "fahrenheit-Positions.csv"),
                                      skip_invalid=True)
    assert report.added == {"chapters": 2, "entries": 2}
    assert report.invalid == ["row 3: 8 values for 6 columns (a comma outside quotes?)"]
    [dmx] = [c for c in journal.chapters() if c.role == "DMX Programmer"]
    assert dmx.end is None  # 'Present'
