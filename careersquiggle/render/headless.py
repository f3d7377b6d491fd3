"""Qt for drawing with no window: the terminal's picture export uses this."""

from __future__ import annotations

import os
import sys


def ensure_application():
    """A QApplication that works on a machine with no display."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])
