"""The plots and their viewports have names a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsView


def test_every_plot_and_its_viewport_is_named(make_window, demo_journal):
    w = make_window(demo_journal)
    w.action_for["review"].trigger()
    views = w.findChildren(QGraphicsView)
    assert len(views) >= 5  # the squiggle, the side panel and the review's three charts
    for view in views:
        assert view.accessibleName().strip(), view
        assert view.viewport().accessibleName() == view.accessibleName(), view
