"""The real window (careersquiggle.app.build_window) on a journal folder, shown and painted.

usage: app_window.py FOLDER SETTINGS EXPECTED_ENTRIES [--interact STEPS] [--budget SECONDS]

Reports when the squiggle first finished a paint at all ("first paint", maybe
still empty while a large journal loads), when it first finished a paint
showing entries ("visible"), the longest the window's thread was busy in between
("stall": the window froze that long),
and, should the window fill in progressively, when all EXPECTED entries are on
it ("complete"). With --interact, then times zoom and pan steps (each: the
action, the repaint, the event queue idle).
"""

import time

T0 = time.monotonic()

import sys
from pathlib import Path

from careersquiggle.app import build_window, make_application

folder, settings, expected = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
t_imported = time.monotonic()
app = make_application()
t_app = time.monotonic()
win = build_window(folder, settings)
t_built = time.monotonic()
win.show()
t_show = time.monotonic()

import _probe

view = win.view
# A heartbeat on the window's thread: the longest gap between beats, from show() until
# the entries are painted, is the longest the window froze while the journal loaded.
beats = {"last": time.monotonic(), "max_gap": 0.0}


def beat():
    now = time.monotonic()
    beats["max_gap"] = max(beats["max_gap"], now - beats["last"])
    beats["last"] = now


from PySide6.QtCore import QTimer

heart = QTimer()
heart.setInterval(5)
heart.timeout.connect(beat)
beats["last"] = time.monotonic()
heart.start()
first: dict = {}
t_painted = _probe.run_until_painted(
    app, view.graphics.viewport(), ready=lambda: len(view.data) > 0 or expected == 0, first=first
)
cpu_painted = time.process_time()  # CPU until then (interpreter start included)
heart.stop()
beat()
t_complete = t_painted
if t_painted is not None and len(view.data) < expected:  # filling in progressively
    deadline = time.monotonic() + 900
    while len(view.data) < expected and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    t_complete = time.monotonic()
# Labels are placed once the view rests after its first layout: when they are on screen.
t_labels = None
if t_painted is not None and expected and hasattr(view.layer, "at_rest"):
    t_labels = _probe.run_until_painted(
        app,
        view.graphics.viewport(),
        ready=lambda: bool(view.layer.visible_labels()),
        timeout=60,
    )
values = {
    "t_probe": T0,
    "t_labels": t_labels,
    "cpu_painted": cpu_painted,
    "t_imported": t_imported,
    "t_app": t_app,
    "t_built": t_built,
    "t_show": t_show,
    "t_first_paint": first.get("t"),
    "t_painted": t_painted,
    "max_stall": beats["max_gap"],
    "t_complete": t_complete,
    "shown": len(view.data),
}

if "--interact" in sys.argv:
    # Frames in steady state: wait for the background open and text load to finish.
    deadline = time.monotonic() + 120
    while getattr(win, "busy", False) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    # ... and for the view to rest (its labels placed): steps start from a finished view.
    while not getattr(view.layer, "at_rest", True) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    vb = view.plot.vb

    def pan(dx_fraction):
        (x0, x1), _ = vb.viewRange()
        vb.translateBy(x=dx_fraction * 0.1 * (x1 - x0))

    def settle():
        # What the rest timer does once a pan or zoom stops: moments and labels for the
        # view (run now rather than after the timer's wait, which is idle time).
        view.layer.rest_timer.stop()
        view.layer.refresh()

    values.update(
        _probe.interact(
            app,
            view.graphics.viewport(),
            view.zoom,
            pan,
            steps=int(_probe.arg("--interact")),
            budget=float(_probe.arg("--budget", 60)),
            settle=settle if hasattr(view.layer, "rest_timer") else None,  # (older code)
        )
    )
_probe.finish(**values)
