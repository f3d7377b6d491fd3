"""Files that ship with the app (the icons), found one way from a checkout,
an installed wheel and a PyInstaller bundle.

They live inside the package so setuptools ships them as package data and a
checkout needs no install step; the PyInstaller spec copies them to the same
relative place in the bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_dir", "resource_path"]


def _base() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "careersquiggle" / "resources"
    return Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    """The file ``name``, e.g. ``"icons/app.svg"``; a missing one is a packaging bug."""
    path = _base() / name
    if not path.is_file():
        raise FileNotFoundError(f"{name}: not found among the application's resources ({_base()})")
    return path


def resource_dir(name: str) -> Path:
    """The folder ``name``, e.g. ``"translations"`` (it may hold no file yet)."""
    return _base() / name
