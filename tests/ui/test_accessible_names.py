"""Every control a keyboard can reach has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QTabWidget, QWidget

from tests.ui.every_window import shown


def _unnamed(window: QWidget) -> list[str]:
    missing = []
    for w in window.findChildren(QWidget):
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus or not w.isEnabledTo(window):
            continue
        # The text field inside a spin box and a combo box's pop-up list are parts of a
        # control that is named itself.
        if any(isinstance(p, (QAbstractSpinBox, QComboBox)) for p in _ancestors(w, window)):
            continue
        # A scroll area's viewport is the area itself to assistive technology.
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            continue
        # Hidden on purpose (an error line until there is an error) does not count; a
        # page of a tab widget that is not the current one does.
        if w.isHidden() and not any(isinstance(p, QTabWidget) for p in _ancestors(w, window)):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.text(QAccessible.Text.Name).strip():
            where = " in ".join(type(p).__name__ for p in _ancestors(w, window))
            missing.append(f"{type(w).__name__} {w.objectName()} in {where}")
    return missing


def _ancestors(w: QWidget, top: QWidget):
    p = w.parentWidget()
    while p is not None and p is not top:
        yield p
        p = p.parentWidget()


def test_every_focusable_widget_has_an_accessible_name(qtbot, demo_journal, tmp_path):
    problems = {name: missing for name, window in shown(qtbot, demo_journal, tmp_path)
                if (missing := _unnamed(window))}
    assert problems == {}


def test_the_check_finds_an_unnamed_field(qtbot):
    from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("Title", QLineEdit())  # named by its label
    form.addRow(QLineEdit())  # nothing says what it is for
    dialog.show()
    assert _unnamed(dialog) == ["QLineEdit  in "]
