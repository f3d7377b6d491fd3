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
