"""`export png|svg|pdf` options from a terminal: presets, scale, theme, redaction, alt text,
file mode, and no binary on a terminal."""

import os
import pty
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from tests.cli.helpers import run


@pytest.fixture
def data(tmp_path, capsys):
    d = str(tmp_path / "d")
    assert run(capsys, "--data-dir", d, "demo")[0] == 0
    return d


def test_story_at_2x_with_alt_text_file(tmp_path, capsys, data):
    out, alt = tmp_path / "story.png", tmp_path / "story.txt"
    code, _, err = run(capsys, "export", "png", str(out), "--data-dir", data, "--preset", "story",
                       "--scale", "2", "--theme", "dark", "--alt-text", str(alt))
    assert code == 0, err
    img = QImage(str(out))
    assert (img.width(), img.height()) == (2160, 3840)
    text = alt.read_text()
    assert text.strip() == img.text("Description").strip()
    assert "2160×3840" in err


def test_redaction_flags_reach_the_file(tmp_path, capsys, data):
    out, alt = tmp_path / "s.svg", tmp_path / "alt.txt"
    code, _, err = run(capsys, "export", "svg", str(out), "--data-dir", data, "--preset", "post",
                       "--hide-orgs", "--years-only", "--hide-feel", "--key-only",
                       "--subtitle", "Ten years, one line", "--alt-text", str(alt))
    assert code == 0, err
    svg = out.read_text()
    for hidden in ("Fernbank", "Leeds", "+5"):
        assert hidden not in svg and hidden not in alt.read_text()
    assert "Ten years, one line" in svg


def test_pdf_from_the_terminal(tmp_path, capsys, data):
    out = tmp_path / "review.pdf"
    code, _, err = run(capsys, "export", "pdf", str(out), "--data-dir", data, "--title", "Review")
    assert code == 0, err
    from pypdf import PdfReader

    assert "Review" in PdfReader(str(out)).pages[0].extract_text()


@pytest.mark.parametrize("umask,expected", [(0o022, "0o644"), (0o077, "0o600")])
def test_pictures_get_the_usual_file_mode(tmp_path, data, umask, expected):
    out, json_out = tmp_path / "p.png", tmp_path / "j.json"
    for args in (["export", "png", str(out), "--preset", "post"],
                 ["export", "json", str(json_out)]):
        r = _cli([*args, "--data-dir", data], subprocess.PIPE, umask=umask)
        assert r.returncode == 0, r.stderr
    assert oct(out.stat().st_mode & 0o777) == expected
    assert oct(json_out.stat().st_mode & 0o777) == "0o600"  # the journal's own copy stays private


def test_bad_option_combinations_are_one_error_line(tmp_path, capsys):
    out = tmp_path / "x.png"
    code, _, err = run(capsys, "export", "png", str(out), "--preset", "post", "--width", "900")
    assert code == 1 and err.strip().startswith("error:") and len(err.strip().splitlines()) == 1
    assert not out.exists()


def _cli(args, stdout, umask=0o022):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "careersquiggle", *args], stdout=stdout,
                          stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, timeout=120,
                          preexec_fn=lambda: os.umask(umask))


def test_png_to_a_terminal_is_refused_and_to_a_pipe_written(data):
    args = ["export", "png", "-", "--data-dir", data, "--preset", "post"]
    leader, follower = pty.openpty()
    try:
        r = _cli(args, follower)
    finally:
        os.close(follower)
        os.close(leader)
    err = r.stderr.decode()
    assert r.returncode == 1 and err.startswith("error:") and "terminal" in err
    assert "Traceback" not in err
    piped = _cli(args, subprocess.PIPE)
    assert piped.returncode == 0 and piped.stdout.startswith(b"\x89PNG")


@pytest.mark.parametrize("args,words", [
    (["--width", "8000", "--height", "4000", "--scale", "2"], "16000×8000"),
    (["--alt-text", "/no/such/folder/alt.txt"], "--alt-text"),
])
def test_too_big_or_unwritable_is_one_error_before_anything_is_written(tmp_path, capsys, data,
                                                                        args, words):
    out = tmp_path / "x.png"
    code, _, err = run(capsys, "export", "png", str(out), "--data-dir", data, *args)
    assert code == 1 and err.startswith("error:") and words in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()
