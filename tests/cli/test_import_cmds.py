"""`careersquiggle import FORMAT IN [--dry-run]` from a terminal."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from careersquiggle.cli import main
from tests.cli.helpers import run

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


def listed(capsys) -> list[dict]:
    code, out, err = run(capsys, "list", "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("fmt,name,added", [
    ("linkedin", "linkedin_export.zip", "added: 4 chapters, 6 entries"),
    ("linkedin", "Positions.csv", "added: 4 chapters, 6 entries"),
    ("jrnl", "jrnl_export.json", "added: 5 entries"),
    ("dayone", "dayone_export.zip", "added: 2 entries"),
])
def test_import_prints_a_report_and_a_second_run_adds_nothing(capsys, fmt, name, added):
    code, out, err = run(capsys, "import", fmt, str(DATA / name))
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [f"Imported from {DATA / name}:", f"  {added}"]
    n = len(listed(capsys))
    code, out, _ = run(capsys, "import", fmt, str(DATA / name))
    assert code == 0 and "  added: nothing" in out.splitlines()
    assert len(listed(capsys)) == n


def test_the_day_one_report_names_ignored_entries_and_photos_left_out(capsys):
    _, out, _ = run(capsys, "import", "dayone", str(DATA / "dayone_export.zip"))
    assert "    - Journal.json: entry 3: it has no text (only media)" in out.splitlines()
    assert ("  left out (not kept by Career Squiggle): 2 photos, device details of 1 entry"
            in out.splitlines())


def test_dry_run_prints_the_report_and_changes_nothing(capsys):
    code, out, err = run(capsys, "import", "jrnl", str(DATA / "jrnl_export.json"), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"Would import from {DATA / 'jrnl_export.json'}:"
    assert "  (dry run: the journal was not changed)" in out.splitlines()
    assert listed(capsys) == []


def test_import_from_standard_input(capsys, monkeypatch):
    data = (DATA / "jrnl_export.json").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(capsys, "import", "jrnl", "-")
    assert code == 0 and out.startswith("Imported from standard input:")
    assert len(listed(capsys)) == 5


@pytest.mark.parametrize("fmt,content,expected", [
    ("jrnl", b"", "the file is empty"),
    ("linkedin", b"\x00\xff\xfe garbage \x81", "not a text file"),
    ("csv", b"First Name,Last Name\nAna,M\n", "not a Career Squiggle CSV export"),
    ("dayone", b"[" * 100_000, "nested far too deeply"),
    ("jrnl", b'{"tags": {}, "entries": [{"title": "a", "date": "2020-02-30"}]}',
     "entry 1: February 2020 has no day 30"),
])
def test_bad_input_is_one_error_line_and_the_journal_is_unchanged(capsys, tmp_path, fmt,
                                                                  content, expected):
    run(capsys, "add", "--kind", "note", "--title", "Before", "--date", "2020")
    before = listed(capsys)
    bad = tmp_path / "bad.file"
    bad.write_bytes(content)
    code, out, err = run(capsys, "import", fmt, str(bad))
    assert (code, out) == (1, "")
    assert err.startswith(f"error: {bad}: ") and err.count("\n") == 1, err
    assert expected in err
    assert listed(capsys) == before


def test_a_missing_file_is_one_error_line(capsys, tmp_path):
    code, _, err = run(capsys, "import", "linkedin", str(tmp_path / "Positions.csv"))
    assert code == 1 and err == f"error: {tmp_path / 'Positions.csv'}: no such file\n"


def test_own_json_round_trips_through_export_and_import(capsys, tmp_path):
    run(capsys, "import", "linkedin", str(DATA / "Positions.csv"))
    out_file = tmp_path / "all.json"
    assert run(capsys, "export", "json", str(out_file))[0] == 0
    other = tmp_path / "other"
    code, out, _ = run(capsys, "--data-dir", str(other), "import", "json", str(out_file))
    assert code == 0 and "added: 4 chapters, 6 entries" in out


def test_import_from_a_pipe(tmp_path, capsys):
    """`careersquiggle import csv <(…)`: a pipe can be read only once."""
    import os
    import threading


    data = str(tmp_path / "d")
    main(["--data-dir", data, "demo"])
    out = tmp_path / "entries.csv"
    assert main(["export", "csv", str(out), "--data-dir", data]) == 0
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_bytes(out.read_bytes()))
    writer.start()
    assert main(["import", "csv", str(pipe), "--data-dir", str(tmp_path / "new")]) == 0
    writer.join()
    assert "added: 20 entries" in capsys.readouterr().out


REAL = Path(__file__).resolve().parents[1] / "data" / "real"


def test_skip_invalid_imports_the_valid_rows_and_lists_the_skipped(capsys):
    path = REAL / "linkedin" / "fahrenheit-Positions.csv"
    code, out, err = run(capsys, "import", "linkedin", str(path))
    assert code == 1 and out == "" and err == (
        f"error: {path}: row 3: 8 values for 6 columns (a comma outside quotes?); nothing was "
        "imported (skip invalid items to import the rest)\n")
    assert listed(capsys) == []
    code, out, err = run(capsys, "import", "linkedin", str(path), "--skip-invalid")
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        "  added: 2 chapters, 2 entries", "  already in the journal: nothing", "  ignored: 0",
        "  skipped as invalid: 1", "    - row 3: 8 values for 6 columns (a comma outside quotes?)"]
    assert len(listed(capsys)) == 2


def test_a_near_miss_is_one_line_saying_what_to_export(capsys):
    path = REAL / "jrnl" / "basic_onefile.journal"
    code, out, err = run(capsys, "import", "jrnl", str(path))
    assert code == 1 and err == (
        f"error: {path}: this is a plain-text jrnl journal, not its JSON export; export it "
        "with `jrnl --export json > journal.json` and import that file\n")
