"""Shared by the probe scripts: wall-clock stamps, waiting for a finished paint, reporting.

Times are ``time.monotonic()`` (CLOCK_MONOTONIC, the same clock in every
process), so the runner subtracts the moment it launched the process and the
figure includes the interpreter's own start.
"""

from __future__ import annotations

import json
import os
import sys
import time

WINDOW_SIZE = (1280, 820)  # the main window's default size; the floor window uses it too


def report(**values) -> None:
    sys.stdout.write("BENCH " + json.dumps(values) + "\n")
    sys.stdout.flush()


def finish(**values) -> None:
    """Report and leave at once: tearing Qt down is not part of what we measure."""
    report(**values)
    sys.stderr.flush()
    os._exit(0)


def run_until_painted(
    app, viewport, ready=lambda: True, timeout: float = 900.0, first: dict | None = None
) -> float | None:
    """Run the event loop until ``viewport`` has finished a paint while ``ready()``.

    Returns the moment that paint was done (None on timeout). ``first``, if
    given, gets the moment of the first finished paint of any content ("t").
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    result: dict[str, float] = {}
    # A local loop, not app.exec(): QApplication.quit() would close the window.
    loop = QEventLoop()

    def done() -> None:
        if "t" not in result:
            result["t"] = time.monotonic()
            loop.quit()

    def painted_once() -> None:
        if first is not None and "t" not in first:
            first["t"] = time.monotonic()

    class Watch(QObject):
        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, painted_once)
                if "t" not in result and ready():
                    QTimer.singleShot(0, done)  # runs once this paint has finished
            return False

    watch = Watch()
    viewport.installEventFilter(watch)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout * 1000))
    loop.exec()
    timer.stop()
    viewport.removeEventFilter(watch)
    return result.get("t")


class PaintCounter:
    """Counts finished paints of a viewport (to check that a timed step really drew)."""

    def __init__(self, viewport):
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Watch(QObject):
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Type.Paint:
                    counter.n += 1
                return False

        self.n = 0
        self._watch = Watch()
        viewport.installEventFilter(self._watch)


def timed_frame(app, viewport, counter: PaintCounter, action, max_passes: int = 8):
    """(wall, cpu) seconds from ``action()`` until the view has repainted and the event queue
    is idle.

    pyqtgraph often paints twice for one range change (the range, then the axes
    and items that follow it); the frame is done when a pass of the event loop
    paints nothing more.
    """
    before = counter.n
    t0, c0 = time.perf_counter(), time.process_time()
    action()
    last = counter.n
    for _ in range(max_passes):
        app.processEvents()
        if counter.n == last and counter.n > before:
            break
        last = counter.n
    if counter.n == before:  # nothing painted: force the paint we are timing
        viewport.repaint()
        app.processEvents()
    return time.perf_counter() - t0, time.process_time() - c0


def interact(app, viewport, zoom, pan, steps: int, budget: float = 60.0, settle=None) -> dict:
    """Time ``steps`` zoom and pan steps: zoom in then out, pan right then left, so the
    view stays near "fit all" (most points visible, the worst case). Stops early
    once ``budget`` seconds are spent (after at least one of each).

    ``settle``: what a view does once it rests after a step (work it leaves out while
    the view moves); timed after the steps, one zoom step and its rest at a time."""
    for _ in range(3):
        app.processEvents()
    counter = PaintCounter(viewport)
    zooms, pans, cpu = [], [], []
    start = time.monotonic()
    for i in range(steps):
        factor, sign = (0.8, 1) if i % 2 == 0 else (1.25, -1)
        wall, c = timed_frame(app, viewport, counter, lambda f=factor: zoom(f))
        zooms.append(wall)
        cpu.append(c)
        wall, c = timed_frame(app, viewport, counter, lambda d=sign: pan(d))
        pans.append(wall)
        cpu.append(c)
        if time.monotonic() - start > budget:
            break
    out = {"zoom": zooms, "pan": pans, "frame_cpu": cpu, "rss_kib": peak_rss_kib()}
    if settle is not None:
        rests = []
        for i in range(max(2, min(steps, 4))):
            timed_frame(app, viewport, counter, lambda f=0.8 if i % 2 == 0 else 1.25: zoom(f))
            rests.append(timed_frame(app, viewport, counter, settle)[0])
        out["settle"] = rests
    return out


def arg(flag: str, default=None):
    return sys.argv[sys.argv.index(flag) + 1] if flag in sys.argv else default


def peak_rss_kib() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def floor_style() -> dict:
    """``--floor markers`` (default): a line with a marker on each point, like the squiggle;
    ``--floor line``: the line alone."""
    import pyqtgraph as pg

    style = {"pen": pg.mkPen("#0072B2", width=2)}
    if arg("--floor", "markers") == "markers":
        style.update(symbol="o", symbolSize=7, symbolBrush=pg.mkBrush("#E69F00"))
    return style


def floor_data(n: int = 10_000, seed: int = 9):
    """``n`` points over forty years of time-axis positions, feel-like values."""
    import numpy as np

    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(504_921_600.0, 1_767_225_600.0, n))  # 1986 .. 2026
    y = rng.uniform(-5, 5, n)
    return x, y
