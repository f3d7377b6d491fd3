"""`export json` and `import json` from a terminal: files, '-', dry runs and bad files."""

from __future__ import annotations

import io
import json

import pytest

from careersquiggle import paths
from tests.cli.helpers import run


def ok(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, ""), err
    return out


def _stdin(text: str) -> io.TextIOWrapper:
    """A real text stream with a byte buffer beneath it, like a terminal's standard input."""
    return io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")


def _doc(text: str) -> dict:
    doc = json.loads(text)
    doc.pop("exported_at")
    return doc


@pytest.fixture
def story(capsys):
    ok(capsys, "demo")
    ok(capsys, "add", "--kind", "note", "--title", "Ärger 🎉 '); DROP TABLE entries;--",
       "--tag", "#Odd", "--date", "2025-02", "--private")
    return capsys


def test_export_to_a_file_and_import_into_an_empty_journal(story, tmp_path):
    out_file = tmp_path / "journal.json"
    assert ok(story, "export", "json", str(out_file)) == ""
    first = out_file.read_text(encoding="utf-8")
    assert json.loads(first)["format"] == "careersquiggle"
    assert "Ärger 🎉" in first  # UTF-8, not \u escapes

    other = tmp_path / "other"
    report = ok(story, "import", "json", str(out_file), "--data-dir", str(other))
    assert "added: 4 chapters, 21 entries, 12 check-ins" in report
    second = ok(story, "export", "json", "-", "--data-dir", str(other))
    assert _doc(second) == _doc(first)


def test_export_to_standard_output_is_the_same_document(story, tmp_path):
    out_file = tmp_path / "a.json"
    ok(story, "export", "json", str(out_file))
    assert _doc(ok(story, "export", "json", "-")) == _doc(out_file.read_text(encoding="utf-8"))


def test_import_from_standard_input(story, monkeypatch, tmp_path):
    text = ok(story, "export", "json", "-")
    other = tmp_path / "other"
    monkeypatch.setattr("sys.stdin", _stdin(text))
    report = ok(story, "import", "json", "-", "--data-dir", str(other))
    assert report.startswith("Imported from standard input:")
    assert _doc(ok(story, "export", "json", "-", "--data-dir", str(other))) == _doc(text)


def test_importing_twice_adds_nothing(story, tmp_path):
    f = tmp_path / "a.json"
    ok(story, "export", "json", str(f))
    report = ok(story, "import", "json", str(f))
    assert "added: nothing" in report
    assert "already in the journal (same content): 4 chapters, 21 entries, 12 check-ins" in report


def test_a_dry_run_changes_nothing(story, tmp_path):
    f = tmp_path / "a.json"
    ok(story, "export", "json", str(f))
    other = tmp_path / "other"
    report = ok(story, "import", "json", str(f), "--dry-run", "--data-dir", str(other))
    assert report.startswith("Would import") and "dry run" in report
    assert json.loads(ok(story, "list", "--json", "--data-dir", str(other))) == []


def _bad_files(tmp_path):
    good = {"format": "careersquiggle", "version": 1,
            "entries": [{"kind": "event", "title": "A", "date": "2010"},
                        {"kind": "event", "title": "B", "date": "2011"},
                        {"kind": "event", "title": "C", "date": "2023-02-30"}]}
    files = {
        "malformed JSON": ('{"format": "careersquiggle", "entries": [', "not valid JSON"),
        "another format": ('{"format": "jrnl", "entries": []}', "not a Career Squiggle"),
        "newer version": ('{"format": "careersquiggle", "version": 99}', "newer than"),
        "bad entry": (json.dumps(good), "entry 3: February 2023 has no day 30"),
        "empty file": ("", "empty"),
    }
    made = {}
    for name, (text, words) in files.items():
        p = tmp_path / f"{name.replace(' ', '_')}.json"
        p.write_text(text, encoding="utf-8")
        made[name] = (str(p), words)
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"title": "Ärger"}'.encode("latin-1"))
    made["not UTF-8"] = (str(latin), "not UTF-8")
    made["missing file"] = (str(tmp_path / "nope.json"), "no such file")
    made["a folder"] = (str(tmp_path), "is a folder")
    return made


BAD_NAMES = ["malformed JSON", "another format", "newer version", "bad entry", "empty file",
             "not UTF-8", "missing file", "a folder"]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_a_bad_import_file_is_one_error_line_and_changes_nothing(story, tmp_path, name):
    path, words = _bad_files(tmp_path)[name]
    journal_file = paths.journal_path(paths.data_dir())
    before = (_doc(ok(story, "export", "json", "-")), journal_file.read_bytes())
    code, out, err = run(story, "import", "json", path)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert words in err
    assert (_doc(ok(story, "export", "json", "-")), journal_file.read_bytes()) == before


def test_bad_json_on_standard_input(story, monkeypatch):
    monkeypatch.setattr("sys.stdin", _stdin("{oops"))
    code, _, err = run(story, "import", "json", "-")
    assert code == 1 and err.startswith("error: standard input: not valid JSON")


def test_export_into_a_missing_folder_leaves_nothing(story, tmp_path):
    target = tmp_path / "no" / "such" / "out.json"
    code, _, err = run(story, "export", "json", str(target))
    assert code == 1 and err.startswith("error: ") and "cannot be written" in err
    assert not (tmp_path / "no").exists()


# The conftest's data folder, and its stand-in for the platform's log folder (each run logs).
_OURS = {"data", "xdg-state"}


def test_export_onto_a_folder_fails_and_leaves_no_partial_file(story, tmp_path):
    target = tmp_path / "afolder"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    code, _, err = run(story, "export", "json", str(target))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name not in _OURS) == ["afolder"]
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_a_failed_export_leaves_the_old_file_as_it_was(capsys, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("the previous export\n")
    # A journal that cannot be opened: the export fails before writing anything.
    folder = tmp_path / "broken"
    folder.mkdir()
    paths.journal_path(folder).write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "export", "json", str(target), "--data-dir", str(folder))
    assert code == 1 and "not a Career Squiggle journal" in err
    assert target.read_text() == "the previous export\n"
    left = sorted(p.name for p in tmp_path.iterdir() if p.name not in _OURS)
    assert left == ["broken", "out.json"]


def test_an_export_replaces_the_old_file_whole(story, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("x" * 1_000_000)
    ok(story, "export", "json", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "careersquiggle"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_unknown_format_is_a_usage_error(story):
    code, _, err = run(story, "export", "yaml", "-")
    assert code == 2 and "invalid choice" in err
