"""jrnl 4.6, the reference for filtering from the terminal, in a venv of its own.

Everything jrnl reads or writes lives in a temporary HOME/XDG_CONFIG_HOME, so
the user's own jrnl (if any) is never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench_data import CACHE

JRNL_VERSION = "4.6"
VENV = CACHE / "jrnl-venv"


def jrnl_bin() -> Path:
    exe = VENV / "bin" / "jrnl"
    stamp = VENV / f".jrnl-{JRNL_VERSION}"
    if not stamp.exists():
        print(f"  installing jrnl {JRNL_VERSION} into {VENV} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        try:
            subprocess.run(pip + [f"jrnl=={JRNL_VERSION}"], check=True)
        except subprocess.CalledProcessError:
            subprocess.run(pip + ["jrnl>=4,<5"], check=True)  # the closest 4.x available
        stamp.write_text(JRNL_VERSION)
    return exe


def setup(journal_txt: Path, home: Path) -> dict[str, str]:
    """Write a jrnl config for ``journal_txt`` under ``home``; return the environment to run in."""
    config_dir = home / ".config" / "jrnl"
    config_dir.mkdir(parents=True, exist_ok=True)
    # The keys jrnl 4.6 writes itself on first run (jrnl/config.py: get_default_config),
    # with the time format our generated file uses and no colours.
    (config_dir / "jrnl.yaml").write_text(
        "colors:\n  body: none\n  date: none\n  tags: none\n  title: none\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\n"
        "highlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal_txt}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\n"
        f"version: '{JRNL_VERSION}'\n",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        NO_COLOR="1",
    )
    return env
