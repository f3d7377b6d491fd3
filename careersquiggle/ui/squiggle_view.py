"""The squiggle in the window: pan/zoom on time, hover, click, double-click, keyboard."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from careersquiggle.core.i18n import Context
from careersquiggle.core.model import Chapter
from careersquiggle.core.squiggle import SquiggleData
from careersquiggle.render.local_dates import LocalDateAxis, ValueAxis
from careersquiggle.render.squiggle import Y_RANGE, SquiggleLayer
from careersquiggle.render.theme import Theme
from careersquiggle.ui import accessible
from careersquiggle.ui.moment_cursor import SquiggleItems
from careersquiggle.ui.view_motion import RangeMotion

HIT_RADIUS_PX = 12
ZOOM_STEP = 1.25

View = Context("View")


class EmptyState(QWidget):
    """What a new journal shows: an invitation, not a blank plot."""

    newEntryRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(View.tr("<h2>Your career squiggle starts here</h2>"))
        text = QLabel(View.tr(
            "Careers are not ladders. Log a moment — a new job, a change in what you want, "
            "a shock you never chose — and watch the squiggle grow.<br>"
            "Dates can be as fuzzy as memory: <i>2014</i>, <i>March 2019</i> or a full date."
        ))
        text.setWordWrap(True)
        # A fixed width: a wrapped label placed with an alignment would shrink to one word.
        text.setFixedWidth(520)
        text.setMinimumHeight(text.heightForWidth(520))
        for w in (heading, text):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(View.tr("Add your first entry…"))
        self.add_button.setDefault(True)
        self.sample_button = QPushButton(View.tr("Open the sample journal"))
        self.add_button.clicked.connect(self.newEntryRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)


class WheelViewBox(pg.ViewBox):
    """Wheel notches that come faster than the view draws are added up and applied as one
    zoom step about the same point: a fast scroll costs one refresh a frame, not one a notch.
    (Only the time axis zooms; anything else is pyqtgraph's own handling.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._wheel: tuple[float, float] | None = None  # (factor so far, about this time)

    def wheelEvent(self, ev, axis=None) -> None:  # noqa: N802 (Qt's name)
        if axis is not None or self.state["mouseEnabled"] != [True, False]:
            super().wheelEvent(ev, axis)
            return
        factor = 1.02 ** (ev.delta() * self.state["wheelScaleFactor"])  # as pyqtgraph's
        centre = self.mapToView(ev.pos()).x()
        if self._wheel is None:
            QTimer.singleShot(0, self._apply_wheel)  # once the notches already queued are in
            self._wheel = (factor, centre)
        else:
            self._wheel = (self._wheel[0] * factor, centre)
        ev.accept()

    def _apply_wheel(self) -> None:
        if self._wheel is None or self.scene() is None:
            return
        factor, centre = self._wheel
        self._wheel = None
        self._resetTarget()
        self.scaleBy(x=factor, y=None, center=(centre, 0))
        self.sigRangeChangedManually.emit([True, False])


class SquiggleView(QWidget):
    entrySelected = Signal(object)  # entry id, or None
    entryActivated = Signal(int)  # double-click: edit
    hoveredAt = Signal(object)  # time-axis position under the mouse, or None
    tableRequested = Signal()  # T: the same moments as a table

    def __init__(self, theme: Theme, parent: QWidget | None = None):
        super().__init__(parent)
        accessible.install()  # before the plot's interface is first asked for
        self.chapters: list[Chapter] = []
        self.moment_cursor = SquiggleItems(self)  # keyboard cursor, screen reader
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.accessible_items = self.moment_cursor  # its moments, for screen readers
        self.graphics.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.graphics.setAccessibleName(self.tr("Career squiggle"))
        self.graphics.viewport().setAccessibleName(self.tr("Career squiggle"))
        # No context menu (pyqtgraph would build one per plot, slowly, to be switched off).
        self.plot = self.graphics.addPlot(
            row=0, col=0, axisItems={"bottom": LocalDateAxis(), "left": ValueAxis()},
            viewBox=WheelViewBox(), enableMenu=False)
        self.plot.hideButtons()
        self.layer = SquiggleLayer(self.plot, theme)
        self.graphics.setBackground(theme.background)
        self.graphics.addItem(self.layer.legend, row=1, col=0)
        self.graphics.ci.layout.setRowStretchFactor(0, 10)
        self.empty = EmptyState()
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.empty)
        self.selected: int | None = None  # index into layer.data
        # View → Reduce motion (the window sets it from the settings): no glides.
        self.reduce_motion = False
        self.motion = RangeMotion(self.plot.vb, lambda: self.reduce_motion, self)
        scene = self.graphics.scene()
        scene.sigMouseClicked.connect(self._clicked)
        scene.sigMouseMoved.connect(self._moved)
        self._title_tip = ""  # the chapter title's tooltip shown, if any
        self.graphics.keyPressEvent = self._key  # keep pyqtgraph's own handling for the rest
        self.graphics.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.graphics and event.type() == QEvent.Type.Show:
            self.layer._schedule()  # nothing is drawn for a plot not yet on screen
        return super().eventFilter(obj, event)

    # -- data -----------------------------------------------------------------
    def show_data(self, data: SquiggleData, chapters: Sequence[Chapter],
                  *, empty_journal: bool, keep_view: bool = True,
                  also: tuple[float, float] | None = None) -> None:
        """``also``: more of the time axis that "fit all" must show (e.g. the check-ins)."""
        self._also = also
        self.chapters = list(chapters)
        self.stack.setCurrentWidget(self.empty if empty_journal else self.graphics)
        selected_id = self.selected_id()
        first = not len(self.layer.data) and not self.layer._chapter_items
        if first or not keep_view:
            self.layer.fit_all(self.fit_span(data))  # before drawing: the first draw is right
        self.layer.set_data(data, chapters)
        self.select_id(selected_id, emit=False)

    @property
    def data(self) -> SquiggleData:
        return self.layer.data

    def selected_id(self) -> int | None:
        return None if self.selected is None else int(self.data.ids[self.selected])

    def select_id(self, entry_id: int | None, emit: bool = True, reveal: bool = False) -> None:
        """``reveal``: glide the time axis to the entry when it is out of view (a new or
        edited entry: the eye follows it there)."""
        idx = None if entry_id is None else self.data.index_of(entry_id)
        self._select_index(idx, emit, reveal, glide=True)

    def _select_index(self, idx: int | None, emit: bool = True, reveal: bool = False,
                      glide: bool = False) -> None:
        self.selected = idx
        self.layer.select(idx)
        if idx is not None and reveal:
            x0, x1 = self.motion.target or self.x_range()
            x = self.data.x[idx]
            if not x0 <= x <= x1:
                half = (x1 - x0) / 2
                self._show(x - half, x + half, glide)
        if emit:
            self.entrySelected.emit(self.selected_id())

    def take_focus(self) -> None:
        """The keyboard on the squiggle, so ←/→, +/− and Home work at once (or, in a new
        journal, on the invitation to write the first entry)."""
        if self.stack.currentWidget() is self.empty:
            self.empty.add_button.setFocus()
        else:
            self.graphics.setFocus()

    # -- view -----------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        """factor < 1 zooms in. Centred on the selected entry when there is one."""
        self.motion.stop()
        (x0, x1), _ = self.plot.vb.viewRange()
        centre = self.data.x[self.selected] if self.selected is not None else (x0 + x1) / 2
        self.plot.vb.scaleBy(x=factor, y=None, center=(centre, 0))

    def fit_span(self, data: SquiggleData | None = None) -> tuple[float, float] | None:
        spans = [s for s in ((data or self.data).span(), getattr(self, "_also", None)) if s]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def fit_all(self, glide: bool = False) -> None:
        self.show_span(self.fit_span(), glide)

    def show_span(self, span: tuple[float, float] | None, glide: bool = True) -> None:
        """Bring ``span`` into view, with a margin (what a filter or an import picked)."""
        self.plot.vb.setYRange(*Y_RANGE, padding=0)
        self._show(*self.layer.fit_range(span), glide)

    def _show(self, x0: float, x1: float, glide: bool) -> None:
        if glide:
            self.motion.go(x0, x1)
        else:
            self.motion.stop()
            self.plot.vb.setXRange(x0, x1, padding=0)

    def x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.plot.vb.viewRange()
        return x0, x1

    # -- input ----------------------------------------------------------------
    def _key(self, ev) -> None:
        key = ev.key()
        if self.moment_cursor.handle_key(key, ev.modifiers()):
            return
        if key == Qt.Key.Key_T and not ev.modifiers():
            self.tableRequested.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.entryActivated.emit(self.selected_id())
        elif key == Qt.Key.Key_Escape:
            self._select_index(None)
        else:
            pg.GraphicsLayoutWidget.keyPressEvent(self.graphics, ev)

    def nearest(self, scene_pos) -> int | None:
        """Index of the marker within reach of a scene position, if any."""
        vb = self.plot.vb
        if not len(self.data) or not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        sx, sy = vb.viewPixelSize()
        d2 = ((self.data.x - p.x()) / sx) ** 2 + ((self.data.y - p.y()) / sy) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= HIT_RADIUS_PX ** 2 else None

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        i = self.nearest(ev.scenePos())
        if ev.double():
            if i is not None:
                self.entryActivated.emit(int(self.data.ids[i]))
            return
        self._select_index(i)
        self.graphics.setFocus()

    def _moved(self, scene_pos) -> None:
        vb = self.plot.vb
        # A shortened chapter title, whole (markers set their own tips on the view box).
        tip = self.layer.labels.titles.tip_at(scene_pos)
        if tip or vb.toolTip() == self._title_tip:
            vb.setToolTip(tip)
        self._title_tip = tip
        if vb.sceneBoundingRect().contains(scene_pos):
            self.hoveredAt.emit(vb.mapSceneToView(scene_pos).x())
        else:
            self.hoveredAt.emit(None)
