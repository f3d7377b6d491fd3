"""`careersquiggle export {csv,markdown} OUT` and the csv table flags."""

from __future__ import annotations

import csv
import io

import pytest

from tests.cli.helpers import run


@pytest.fixture
def filled(capsys):
    for argv in (
        ["add", "--kind", "event", "--title", "Joined the startup", "--date", "2016-03",
         "--feel", "3", "--tag", "startup"],
        ["add", "--kind", "note", "--title", "Secret doubts", "--date", "2017", "--private",
         "--note", "only for me"],
        ["checkin", "--autonomy", "6", "--mastery", "7", "--purpose", "8", "--date", "2017-01"],
        ["chapter", "--title", "Startup", "--start", "2016-03", "--org", "Kestrel"],
    ):
        assert run(capsys, *argv)[0] == 0


def test_csv_entries_to_standard_output_include_private_ones(capsys, filled):
    code, out, err = run(capsys, "export", "csv", "-")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [(r["title"], r["private"]) for r in rows] == [
        ("Joined the startup", "no"), ("Secret doubts", "yes")]
    assert rows[1]["notes"] == "only for me"


@pytest.mark.parametrize("flag,first_column,value", [
    ("--checkins", "autonomy", "6"), ("--chapters", "organisation", "Kestrel")])
def test_csv_tables_for_checkins_and_chapters(capsys, filled, tmp_path, flag, first_column, value):
    target = tmp_path / "t.csv"
    assert run(capsys, "export", "csv", str(target), flag)[0] == 0
    [row] = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert row[first_column] == value


def test_the_table_flags_are_refused_for_other_formats_and_together(capsys, filled, tmp_path):
    code, _, err = run(capsys, "export", "markdown", str(tmp_path / "x.md"), "--checkins")
    assert code == 1 and err == "error: --checkins works only with export csv\n"
    assert not (tmp_path / "x.md").exists()
    code, _, err = run(capsys, "export", "csv", "-", "--checkins", "--chapters")
    assert code == 2 and "not allowed with argument" in err


def test_markdown_file_reads_as_a_journal(capsys, filled, tmp_path):
    target = tmp_path / "journal.md"
    assert run(capsys, "export", "markdown", str(target)) == (0, "", "")
    text = target.read_text(encoding="utf-8")
    assert "## 2016" in text and "### Startup" in text and "#### Joined the startup" in text
    assert "#### Secret doubts" in text and "> only for me" in text


def test_export_csv_then_import_csv_adds_nothing_to_the_same_journal(capsys, filled, tmp_path):
    target = tmp_path / "entries.csv"
    run(capsys, "export", "csv", str(target))
    code, out, _ = run(capsys, "import", "csv", str(target))
    assert code == 0 and "  already in the journal (same content): 2 entries" in out.splitlines()


def test_an_unwritable_target_is_one_error_line_and_leaves_nothing_behind(capsys, filled, tmp_path):
    target = tmp_path / "no-such-folder" / "out.md"
    code, _, err = run(capsys, "export", "markdown", str(target))
    assert code == 1 and err.startswith(f"error: {target}: cannot be written")
    assert not target.parent.exists()


def test_help_says_text_exports_include_private_entries(capsys):
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0 and "include private entries" in " ".join(out.split())
