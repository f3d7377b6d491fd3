"""A machine without the X11 libraries Qt needs gets one line saying what to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careersquiggle import platform_check


def test_the_plugin_loads_here_so_nothing_is_said():
    if platform_check.xcb_plugin() is None:
        pytest.skip("no xcb plugin in this Qt")
    assert platform_check.problem() is None


def test_a_missing_library_is_one_error_line_with_the_install_command(tmp_path):
    if platform_check.xcb_plugin() is None:
        pytest.skip("no xcb plugin in this Qt")
    # A broken copy of the library first on the search path: the plugin cannot load,
    # as on a machine without it (the offscreen tests are not affected: another process).
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libxcb-cursor.so.0").write_bytes(b"")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", LD_LIBRARY_PATH=str(broken))
    env.pop("DISPLAY", None)
    data = tmp_path / "data"
    p = subprocess.run([sys.executable, "-m", "careersquiggle", "--data-dir", str(data)],
                       env=env, capture_output=True, text=True, timeout=120,
                       cwd=Path(__file__).parents[1])
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr.startswith("error: ") and p.stderr.count("\n") == 1, p.stderr
    assert "libxcb-cursor.so.0" in p.stderr
    assert ("apt install libxcb-cursor0" in p.stderr or "dnf install xcb-util-cursor" in p.stderr)
    assert not (data / "journal.sqlite3").exists()  # nothing was opened or written


def test_the_install_command_follows_the_distribution(tmp_path):
    fedora = tmp_path / "os-release"
    fedora.write_text('NAME="Fedora Linux"\nID=fedora\n')
    debian = tmp_path / "os-release-debian"
    debian.write_text("ID=debian\n")
    pkg = platform_check.PACKAGES["libxcb-cursor.so.0"]
    assert platform_check.install_command(pkg, fedora) == "sudo dnf install xcb-util-cursor"
    assert platform_check.install_command(pkg, debian) == "sudo apt install libxcb-cursor0"


def test_offscreen_and_other_platforms_are_not_checked():
    assert not platform_check.wants_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not platform_check.wants_xcb({"QT_QPA_PLATFORM": "wayland"})
    assert platform_check.wants_xcb({}) == sys.platform.startswith("linux")
