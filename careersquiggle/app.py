"""The composition root for the window: arguments -> paths -> journal -> window."""

from __future__ import annotations

import argparse
import sys


def run_window(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from careersquiggle import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel("Career Squiggle"))
    window.resize(1200, 800)
    window.show()
    return app.exec()
