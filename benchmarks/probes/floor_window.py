"""Floor for window start (and interaction, and memory): a bare pyqtgraph PlotWidget
in a QMainWindow with 10k points (a line with a marker on each point), shown and painted.

usage: floor_window.py [--interact STEPS] [--budget SECONDS] [--floor markers|line]
"""

import time

T0 = time.monotonic()

import sys

import _probe
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
win = QMainWindow()
plot = pg.PlotWidget()
win.setCentralWidget(plot)
x, y = _probe.floor_data()
plot.plot(x, y, **_probe.floor_style())
win.resize(*_probe.WINDOW_SIZE)
t_built = time.monotonic()
win.show()
t_painted = _probe.run_until_painted(app, plot.viewport())
values = {
    "t_probe": T0,
    "t_built": t_built,
    "t_painted": t_painted,
    "cpu_painted": time.process_time(),
    "shown": len(x),
}
if "--interact" in sys.argv:
    vb = plot.getPlotItem().getViewBox()

    def zoom(factor):  # as the squiggle zooms: time only, about the centre
        (x0, x1), _ = vb.viewRange()
        vb.scaleBy(x=factor, y=None, center=((x0 + x1) / 2, 0))

    def pan(dx_fraction):
        (x0, x1), _ = vb.viewRange()
        vb.translateBy(x=dx_fraction * 0.1 * (x1 - x0))

    values.update(
        _probe.interact(
            app,
            plot.viewport(),
            zoom,
            pan,
            steps=int(_probe.arg("--interact")),
            budget=float(_probe.arg("--budget", 60)),
        )
    )
_probe.finish(**values)
