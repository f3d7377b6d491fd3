"""Shortcuts as a real X server binds them (the offscreen platform binds Windows keys).

Needs Xvfb; skipped on a machine without it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("xcb_keys_script.py")


@pytest.fixture
def x_display():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_redo_and_window_keys_work_on_x11(x_display, tmp_path):
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    p = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], env=env,
                       capture_output=True, text=True, timeout=120,
                       cwd=Path(__file__).parents[2])
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout.strip().splitlines()[-1])
    assert got["platform"] == "xcb"
    assert got["focus_at_start"] == "GraphicsLayoutWidget"  # the squiggle
    assert got["after_undo"] == 1
    assert got["after_ctrl_shift_z"] == 2, got  # Redo really redoes
    assert got["after_ctrl_y"] == 2
    assert got["ambiguous"] == [], got
    assert len(set(got["redo_keys"])) == len(got["redo_keys"])
    # A text box on X11 takes Ctrl+K and Ctrl+E for itself; the window's commands win.
    assert got["ctrl_k_in_search"] == "CheckInDialog", got
    assert got["search_text_after_ctrl_k"] == "prom"
    assert got["ctrl_n_in_search"] == "EntryDialog"
    assert got["ctrl_e_in_search"] == "ExportDialog", got
