"""`careersquiggle review` from a terminal."""

from __future__ import annotations

import pytest

from careersquiggle.cli import main


@pytest.fixture
def demo(tmp_path):
    assert main(["demo"]) == 0
    return tmp_path


def test_review_prints_markdown_to_standard_output(demo, capsys):
    capsys.readouterr()
    assert main(["review"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Career review: the whole journal") and "## Biggest rises" in out


def test_review_of_a_chapter_written_to_a_file(demo, tmp_path, capsys):
    out = tmp_path / "review.md"
    assert main(["review", "--chapter", "PhD in computational biology", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Career review: PhD in computational biology")
    assert "Joined Fernbank" not in text


def test_an_empty_period_is_calm(demo, capsys):
    capsys.readouterr()
    assert main(["review", "--from", "1990", "--to", "1990-06", "--out", "-"]) == 0
    assert "Nothing was written down for this period" in capsys.readouterr().out


@pytest.mark.parametrize("args,message", [
    (["--from", "2020", "--to", "2019"], "error: the period ends (2019) before it starts (2020)"),
    (["--from", "2020-13"], "error: --from: there is no month 13"),
    (["--chapter", "Astronaut"], "error: there is no chapter called 'Astronaut'"),
    (["--chapter", "PhD in computational biology", "--from", "2010"], "error: choose a chapter"),
])
def test_bad_input_is_one_error_line_and_no_file(demo, tmp_path, capsys, args, message):
    out = tmp_path / "review.md"
    assert main(["review", *args, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_review_does_not_load_qt(demo):
    import subprocess
    import sys

    code = ("import sys; from careersquiggle.cli import main; main(['review', '--out', 'r.md']); "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=demo, check=True)
    assert done.stdout.strip() == "[]"
    assert (demo / "r.md").read_text(encoding="utf-8").startswith("# Career review")
