"""Floor for `export png`: a bare pyqtgraph plot of 10k points exported at 1920 px wide
with pyqtgraph.exporters.ImageExporter.

usage: floor_export.py OUT.png [--floor markers|line]
"""

import sys

import _probe
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
plot = pg.PlotWidget()
# Laid out at 1920x1080 without appearing anywhere (as the app's own export does),
# so the exported picture is 1920x1080 too.
plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
plot.resize(1920, 1080)
plot.show()
app.processEvents()
x, y = _probe.floor_data()
plot.plot(x, y, **_probe.floor_style())
exporter = pg.exporters.ImageExporter(plot.getPlotItem())
exporter.parameters()["width"] = 1920
exporter.export(sys.argv[1])
_probe.finish(done=True)
