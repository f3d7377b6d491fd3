"""The squiggle's scatter items keep their bounds between steps and report the same ones."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from careersquiggle.render.items import Scatter


def test_a_scatter_reports_pyqtgraphs_bounds_through_pans_and_zooms(qapp):
    widget = pg.PlotWidget()
    widget.resize(600, 300)
    widget.show()
    vb = widget.getPlotItem().getViewBox()
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

    widget = pg.PlotWidget()
    widget.resize(600, 300)
    widget.show()
    vb = widget.getPlotItem().getViewBox()
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
