"""Every window and dialog in the pseudo-locale (each string ~40% longer, accented):
no text cut off, no controls on top of each other. Catches layouts that only fit English."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout

from careersquiggle.ui import language
from tests.ui.every_window import builders

_CONTROLS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QSlider)


def _cut_off(w: QWidget) -> str | None:
    if isinstance(w, QLabel) and w.text():
        if w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                return f"wrapped text taller than its label ({w.height()}px)"
        elif w.sizeHint().width() > w.width() + 1:
            return f"needs {w.sizeHint().width()}px, has {w.width()}px"
    if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
        return f"needs {w.sizeHint().width()}px, has {w.width()}px"
    return None


def _problems(window: QWidget) -> list[str]:
    found = []
    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, _CONTROLS) and w.isVisible() and w.window() is window]
    for w in controls:
        if (why := _cut_off(w)) is not None:
            found.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}: {why}")
    by_parent: dict[int, list[QWidget]] = {}
    for w in controls:
        by_parent.setdefault(id(w.parentWidget()), []).append(w)
    for siblings in by_parent.values():
        for a, b in itertools.combinations(siblings, 2):
            if a.geometry().intersects(b.geometry()):
                found.append(f"{type(a).__name__} and {type(b).__name__} overlap")
    return found


@pytest.fixture
def pseudo(qapp):
    language.install(qapp, "pseudo")
    yield
    language.install(qapp, "en_GB")


def test_nothing_is_cut_off_or_overlaps_in_the_pseudo_locale(qtbot, pseudo, demo_journal,
                                                             tmp_path):
    problems = {}
    for name, build in builders(demo_journal, tmp_path).items():
        window = build()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Layouts settle: a wrapped label asks for its height after a resize, and some text
        # arrives once the view rests (later on a busy machine). A real cut-off stays.
        try:
            qtbot.waitUntil(lambda w=window: not _problems(w), timeout=1500)
        except WaitTimeout:
            problems[name] = _problems(window)
        window.close()
    assert problems == {}


def test_the_pseudo_locale_reaches_the_window(qtbot, pseudo, make_window, demo_journal):
    w = make_window(demo_journal)
    assert w.menuBar().actions()[0].text().startswith("[")  # &File, lengthened
    assert "~" in w.status_counts.text()
