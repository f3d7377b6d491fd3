"""`careersquiggle export png|svg` from a terminal with no display."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from careersquiggle.cli import main


def run(*args, env_extra=None, tmp_path=None):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "careersquiggle", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_png_without_a_display_at_the_asked_size(tmp_path):
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "demo").returncode == 0
    out = tmp_path / "s.png"
    r = run("export", "png", str(out), "--width", "1200", "--height", "675", "--data-dir",
            str(data))
    assert r.returncode == 0, r.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 675)
    assert "Traceback" not in r.stderr


def test_include_private_changes_the_picture(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert main(["--data-dir", data, "demo"]) == 0
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    assert main(["export", "png", str(a), "--data-dir", data, "--width", "800", "--height",
                 "450"]) == 0
    assert main(["export", "png", str(b), "--data-dir", data, "--width", "800", "--height", "450",
                 "--include-private"]) == 0
    assert QImage(str(a)) != QImage(str(b))


def test_bad_sizes_are_one_error_line_and_nothing_written(tmp_path, capsys):
    out = tmp_path / "x.png"
    assert main(["export", "png", str(out), "--width", "10"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: --width")
    assert not out.exists()


def test_svg_from_the_terminal(tmp_path, capsys):
    data = str(tmp_path / "d")
    main(["--data-dir", data, "demo"])
    out = tmp_path / "s.svg"
    assert main(["export", "svg", str(out), "--data-dir", data, "--title", "Ten years on"]) == 0
    text = out.read_text()
    assert text.startswith("<?xml") and "Ten years on" in text
