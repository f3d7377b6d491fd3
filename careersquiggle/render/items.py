"""pyqtgraph items that do less work on a pan or zoom step, and draw the same.

pyqtgraph recomputes the bounds of a scatter on every change of the view: its data
bounds (a min and max over every point) and its bounding rectangle, which Qt asks for
some five times a step per item. With markers of a fixed pixel size the data bounds
do not depend on the view at all, and the rectangle depends only on them and on the
size of a pixel: both are kept until one of those changes. A scatter paints its spots
in view with pyqtgraph's arithmetic, without its general machinery.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore


class Scatter(pg.ScatterPlotItem):
    """A ``pg.ScatterPlotItem`` whose bounds are computed once per data and pixel size."""

    bounds: list  # pyqtgraph's cache of the data bounds per axis (None: to be worked out)

    def __init__(self, *args, **kwargs):
        self._rect_for: tuple | None = None
        self._rect = QtCore.QRectF()
        super().__init__(*args, **kwargs)

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        # pyqtgraph forgets the data bounds here, for spots sized in data units; spots
        # sized in pixels (the only kind drawn here) have none (_maxSpotWidth == 0).
        bounds = self.bounds
        super().viewTransformChanged()
        if self._maxSpotWidth == 0:
            self.bounds = bounds

    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 (Qt's name)
        # The same rectangle as pyqtgraph's: the data bounds widened by the spots' radius in
        # pixels, mapped to data units through the linear part of the device transform.
        bounds = self.bounds
        if bounds[0] is None or bounds[1] is None:  # (worked out anew: data changed)
            self.dataBounds(ax=0)
            self.dataBounds(ax=1)
        scale: tuple[float, ...] = ()
        if self._maxSpotPxWidth > 0:
            dt = self.deviceTransform_()
            if dt is not None:
                scale = (dt.m11(), dt.m12(), dt.m21(), dt.m22())
        key = (self.bounds[0], self.bounds[1], self._maxSpotPxWidth, scale)
        if key != self._rect_for:
            self._rect = super().boundingRect()
            self._rect_for = key
        return QtCore.QRectF(self._rect)

    def paint(self, p, option, widget) -> None:
        """pyqtgraph's paint of spots sized in pixels from its symbol atlas (the only kind
        drawn here), without its general machinery: the spots in view mapped to the screen
        with the painter's transform, as pyqtgraph maps them, and drawn from the atlas."""
        data = self.data
        if not len(data):  # (Qt may still ask an item without spots, e.g. the ring unset)
            return
        dpr = self.fragmentAtlas.devicePixelRatio()
        if (self.opts["pxMode"] is not True or not self.opts["useCache"]
                or self._exportOpts is not False or self.opts.get("compositionMode") is not None
                or (widget is not None and widget.devicePixelRatioF() != dpr)):
            super().paint(p, option, widget)  # (a new pixel ratio renders the atlas again)
            return
        in_view = self._maskAt(self.viewRect())  # pyqtgraph's culling
        if not in_view.any():
            return
        x, y = data["x"][in_view], data["y"][in_view]
        tr = p.transform()
        p.resetTransform()
        sr = data["sourceRect"][in_view]
        self._pixmapFragments.resize(sr.size)
        frags = self._pixmapFragments.ndarray()
        # fn.transformCoordinates' arithmetic; clipped, as pyqtgraph: Qt fails on huge values.
        frags[:, 0] = np.clip((tr.m11() * x + tr.m21() * y) + tr.m31(), -2 ** 30, 2 ** 30)
        frags[:, 1] = np.clip((tr.m12() * x + tr.m22() * y) + tr.m32(), -2 ** 30, 2 ** 30)
        frags[:, 2:6] = np.frombuffer(sr, dtype=int).reshape((-1, 4))  # its place in the atlas
        frags[:, 6:10] = [1 / dpr, 1 / dpr, 0.0, 1.0]  # scale x, y, rotation, opacity
        p.drawPixmapFragments(*self._pixmapFragments.drawargs(), self.fragmentAtlas.pixmap)


class Curve(pg.PlotCurveItem):
    """A ``pg.PlotCurveItem`` that keeps its data bounds while the view changes (they are in
    data units: pyqtgraph forgets them on every step) and finds them without numpy's NaN
    machinery when the data has none."""

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph's name)
        self._boundingRect = None  # (its pixel padding follows the zoom; the data does not)
        self.prepareGeometryChange()

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N802, N803 (pyqtgraph's)
        cache = self._boundsCache[ax]
        if cache is not None and cache[0] == (frac, orthoRange):
            return cache[1]
        x, y = self.getData()
        if (frac < 1.0 or orthoRange is not None or self.opts["fillLevel"] is not None
                or x is None or len(x) == 0 or ax not in (0, 1)):
            return super().dataBounds(ax, frac, orthoRange)
        d = x if ax == 0 else y
        b = (float(d.min()), float(d.max()))
        if not (math.isfinite(b[0]) and math.isfinite(b[1])):  # NaN or inf: pyqtgraph's way
            return super().dataBounds(ax, frac, orthoRange)
        # As pyqtgraph: a pen sized in data units widens the bounds.
        for pen in (self.opts["pen"], self.opts["shadowPen"]):
            if (pen is not None and not pen.isCosmetic()
                    and pen.style() != QtCore.Qt.PenStyle.NoPen):
                b = (b[0] - pen.widthF() * 0.7072, b[1] + pen.widthF() * 0.7072)
        self._boundsCache[ax] = [(frac, orthoRange), b]
        return b


def quiet_hidden_axes(plot: pg.PlotItem) -> None:
    """A plot's hidden axes (top and right) follow its range too; pyqtgraph then lays out
    their (hidden) label anew on every step for the SI prefix. Time and feel have none."""
    for name in ("top", "right"):
        axis = plot.getAxis(name)
        if not axis.isVisible():
            axis.enableAutoSIPrefix(False)
