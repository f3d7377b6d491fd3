"""The squiggle's scatter items keep their bounds between steps and report the same ones."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from careersquiggle.render.items import Scatter


def _plot(width: int, height: int) -> tuple[pg.PlotWidget, pg.ViewBox]:
    """A bare plot on screen, and its view."""
    widget = pg.PlotWidget()
    widget.resize(width, height)
    widget.show()
    return widget, widget.getPlotItem().getViewBox()


def test_a_scatter_reports_pyqtgraphs_bounds_through_pans_and_zooms(qapp):
    widget, vb = _plot(600, 300)
    rng = np.random.default_rng(16)
    items = [Scatter(pxMode=True, size=9), Scatter(pxMode=True, size=3.5),
             Scatter(pxMode=False, size=0.5)]

    for item in items:
        widget.addItem(item)
        item.setData(x=rng.uniform(0, 100, 50), y=rng.uniform(-5, 5, 50))
    vb.setRange(xRange=(0, 100), yRange=(-6, 6), padding=0)
    for step in range(40):
        if step % 2:
            vb.scaleBy(x=0.8 if step % 4 == 1 else 1.25, y=None)
        else:
            vb.translateBy(x=5 if step % 4 == 0 else -5)
        if step == 20:
            items[0].setData(x=rng.uniform(0, 100, 20), y=rng.uniform(-5, 5, 20))
        vb.updateMatrix()
        qapp.processEvents()
        for item in items:
            kept = item.boundingRect()
            item.bounds = [None, None]  # what pyqtgraph works out afresh
            assert kept == pg.ScatterPlotItem.boundingRect(item)
    widget.close()


def test_a_curve_reports_pyqtgraphs_bounds_through_pans_and_zooms(qapp):
    from careersquiggle.render.items import Curve

    widget, vb = _plot(600, 300)
    rng = np.random.default_rng(16)
    thick = pg.mkPen("k", width=0.5)
    thick.setCosmetic(False)  # (a pen in data units widens the bounds)
    curves = [Curve(pen=pg.mkPen("k", width=2.6)), Curve(pen=thick), Curve()]
    for c in curves:
        widget.addItem(c)
    vb.setRange(xRange=(0, 100), yRange=(-6, 6), padding=0)
    for step in range(30):
        if step % 5 == 0:
            for c in curves:
                y = rng.uniform(-5, 5, 40)
                if step == 10:
                    y[3] = np.nan  # (pyqtgraph's own way then)
                c.setData(np.sort(rng.uniform(0, 100, 40)), y)
        vb.scaleBy(x=0.8 if step % 2 else 1.25, y=None) if step % 3 else vb.translateBy(x=4)
        vb.updateMatrix()
        qapp.processEvents()
        for c in curves:
            kept = (c.dataBounds(0), c.dataBounds(1), c.boundingRect())
            c.invalidateBounds()  # what pyqtgraph works out afresh
            assert kept == (pg.PlotCurveItem.dataBounds(c, 0), pg.PlotCurveItem.dataBounds(c, 1),
                            pg.PlotCurveItem.boundingRect(c))
    widget.close()


def test_a_scatter_paints_pyqtgraphs_pixels(qapp):
    """Spots in view, at the view's edges and beyond, in several symbols, sizes and rims:
    the scatter paints exactly what pyqtgraph's own paints."""
    from PySide6 import QtCore, QtGui

    widget, vb = _plot(500, 300)
    vb.setRange(xRange=(0, 100), yRange=(-6, 6), padding=0)
    rng = np.random.default_rng(16)
    x, y = rng.uniform(-10, 110, 300), rng.uniform(-7, 7, 300)
    styles = [dict(symbol="o", size=3.5, pen=None, brush=pg.mkBrush(80, 80, 80, 70)),
              dict(symbol="t", size=11, pen=pg.mkPen("w", width=1.2), brush=pg.mkBrush("b")),
              dict(symbol="x", size=10, pen=pg.mkPen("k"), brush=pg.mkBrush("r"))]
    ours, theirs = Scatter(pxMode=True), pg.ScatterPlotItem(pxMode=True)
    for item in (ours, theirs):
        widget.addItem(item)
    for _ in range(5):  # the layout settled
        qapp.processEvents()
    for style in styles:
        for item in (ours, theirs):
            item.setData(x=x, y=y, **style)
        for step in range(3):
            vb.translateBy(x=7.3 * step)
            images = []
            for shown in (ours, theirs):
                ours.setVisible(shown is ours)
                theirs.setVisible(shown is theirs)
                qapp.processEvents()
                image = QtGui.QImage(500, 300, QtGui.QImage.Format.Format_RGB32)
                image.fill(QtGui.QColor("#F4EEF7"))
                painter = QtGui.QPainter(image)
                widget.scene().render(painter, QtCore.QRectF(0, 0, 500, 300),
                                      QtCore.QRectF(0, 0, 500, 300))
                painter.end()
                images.append(image)
            assert images[0] == images[1], (style["symbol"], step)
    widget.close()
