"""Screenshots of the window in a light and a dark palette (docs/, AppStream metainfo).

Run under a display, e.g. Xvfb, with the sample journal:

    Xvfb :97 -screen 0 1600x1000x24 &
    careersquiggle demo --data-dir /tmp/sample
    DISPLAY=:97 .venv/bin/python packaging/screenshots.py /tmp/sample docs/window-light.png
    DISPLAY=:97 .venv/bin/python packaging/screenshots.py /tmp/sample docs/window-dark.png --dark

The dark run sets a dark Fusion palette before the window is built, as a dark
desktop theme would, so it checks that the window follows the palette.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1500, 940


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = {
        QPalette.Window: "#2B2D30", QPalette.WindowText: "#E6E6E6",
        QPalette.Base: "#1E1F22", QPalette.AlternateBase: "#26282B",
        QPalette.ToolTipBase: "#3C3F41", QPalette.ToolTipText: "#E6E6E6",
        QPalette.Text: "#E6E6E6", QPalette.Button: "#35373B",
        QPalette.ButtonText: "#E6E6E6", QPalette.BrightText: "#FF6B6B",
        QPalette.Highlight: "#3D7BD9", QPalette.HighlightedText: "#FFFFFF",
        QPalette.Link: "#56B4E9", QPalette.PlaceholderText: "#8C8C8C",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#7A7A7A"))
    return p


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="a journal folder, e.g. after `demo`")
    parser.add_argument("out", type=Path, help="PNG to write")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from careersquiggle.app import build_window, make_application

    app = make_application(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    # Fresh settings, so a saved window size or lens does not change the picture.
    settings = Path(tempfile.mkdtemp(prefix="careersquiggle-shot-")) / "settings.ini"
    window = build_window(args.data_dir, settings)
    window.resize(WIDTH, HEIGHT)
    window.move(0, 0)
    window.show()

    def shoot():
        ok = window.grab().save(str(args.out))
        print(f"{args.out}: {'written' if ok else 'NOT written'}")
        window.ctrl.journal.close()
        QApplication.exit(0 if ok else 1)

    # After a few turns of the event loop, so layouts and the plot have settled.
    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
