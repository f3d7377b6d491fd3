"""High contrast follows the system live, and can be chosen by hand."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage

from careersquiggle.core.squiggle import Marker
from careersquiggle.render.theme import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    theme_for,
)
from careersquiggle.ui import contrast

_HIGH, _NONE = Qt.ContrastPreference.HighContrast, Qt.ContrastPreference.NoPreference


def _system_says(preference) -> None:
    """What the platform does when the user flips the setting: Qt's own signal."""
    style_hints = QGuiApplication.styleHints()  # kept: the accessibility hints die with it
    style_hints.accessibility().contrastPreferenceChanged.emit(preference)


def _black_pixels(widget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return int(np.count_nonzero(rows[:, :image.width()] < 20))


def test_high_contrast_themes_tell_markers_apart_by_shape_and_use_no_faint_text():
    assert theme_for(False, False) is LIGHT and theme_for(True, False) is DARK
    for theme in (HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK):
        assert theme_for(theme is HIGH_CONTRAST_DARK, True) is theme
        assert len({theme.symbol(m) for m in Marker}) == len(Marker)  # shape alone
        assert theme.line_width > LIGHT.line_width and theme.band_edge and theme.marker_rim
        assert len(theme.label_background) == 7  # opaque: no alpha part
    assert LIGHT.symbol(Marker.NOTE) == LIGHT.symbol(Marker.EVENT)  # why the change is needed


def test_the_window_follows_the_system_switch_live(qtbot, make_window, demo_journal):
    w = make_window(demo_journal)
    assert w.theme is LIGHT
    before = _black_pixels(w.view.graphics)
    _system_says(_HIGH)
    assert w.theme is HIGH_CONTRAST_LIGHT
    layer = w.view.layer
    assert layer.curve.opts["pen"].widthF() == HIGH_CONTRAST_LIGHT.line_width
    assert layer.scatters[Marker.NOTE].opts["symbol"] == "x"
    band = layer._chapter_items[0]  # a chapter band: a plain rectangle with a solid edge
    assert band.pen().style() == Qt.PenStyle.SolidLine and band.pen().widthF() > 0
    assert w.panel.lines["autonomy"].opts["pen"].widthF() == 3.5
    qtbot.wait(10)
    assert _black_pixels(w.view.graphics) > before * 1.3  # visibly stronger
    _system_says(_NONE)
    assert w.theme is LIGHT
    assert layer.scatters[Marker.NOTE].opts["symbol"] == "o"


def test_the_choice_in_the_view_menu_wins_and_is_remembered(qtbot, make_window, demo_journal,
                                                            settings):
    w = make_window(demo_journal)
    w.action_for["contrast_high"].trigger()
    assert w.theme is HIGH_CONTRAST_LIGHT and settings.value("view/contrast") == "high"
    _system_says(_NONE)  # the system's news does not undo the user's choice
    assert w.theme is HIGH_CONTRAST_LIGHT
    w.action_for["contrast_normal"].trigger()
    _system_says(_HIGH)
    assert w.theme is LIGHT
    w.action_for["contrast_system"].trigger()
    assert w.theme is HIGH_CONTRAST_LIGHT  # the system said high a moment ago
    _system_says(_NONE)
    assert contrast.ContrastWatcher(settings.value("view/contrast")).choice == contrast.SYSTEM
