"""No network, ever: a run of the app's commands and an off-screen picture export
never create a socket.

Two guards: socket creation is made to fail (so an attempt cannot succeed
silently), and a Python audit hook records every socket event, so an attempt
that some code caught and hid is still seen. Qt's own C++ networking is not
visible to either; the window's engineer extends this test to the full window.
"""

from __future__ import annotations

import socket
import ssl  # noqa: F401  (before the guard: ssl subclasses socket.socket when imported,
import sys  # and SQLAlchemy, loaded only to create a journal, imports it on the way)

import pytest

from careersquiggle.cli import main

_EVENTS = ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
           "socket.sendto", "http.client.connect", "urllib.Request")
_seen: list[tuple[str, tuple]] = []
_armed = False


def _audit(event: str, args: tuple) -> None:
    if _armed and event in _EVENTS:
        _seen.append((event, args))


sys.addaudithook(_audit)  # audit hooks cannot be removed; it only records while armed


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    global _armed

    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    _seen.clear()
    _armed = True
    yield _seen
    _armed = False


def _run(capsys, *argv) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0 and "error" not in err, err
    return out


def test_the_command_line_never_touches_the_network(no_network, capsys, tmp_path):
    _run(capsys, "demo")
    assert "Started a PhD" in _run(capsys, "list")
    out = tmp_path / "journal.json"
    _run(capsys, "export", "json", str(out))
    assert out.stat().st_size > 1000
    _run(capsys, "backup")
    picture = tmp_path / "squiggle.png"
    _run(capsys, "export", "png", str(picture), "--width", "640", "--height", "360")
    assert picture.read_bytes()[:4] == b"\x89PNG"
    assert no_network == []


def test_an_offscreen_picture_export_never_touches_the_network(no_network, qapp, tmp_path):
    import numpy as np
    import pyqtgraph as pg
    from pyqtgraph.exporters import ImageExporter

    from careersquiggle.core.demo import sample_story

    points = [(e.date.position(), e.feel) for e in sample_story()[0] if e.feel is not None]
    x, y = (np.array(v, dtype=float) for v in zip(*points, strict=True))
    widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    widget.plot(x, y, pen="k", symbol="o")
    widget.resize(800, 450)
    out = tmp_path / "squiggle.png"
    exporter = ImageExporter(widget.plotItem)
    exporter.parameters()["width"] = 800
    exporter.export(str(out))
    widget.deleteLater()
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert no_network == []


def test_a_full_window_session_never_touches_the_network(no_network, qtbot, tmp_path):
    """The real window from the composition root: open, add, filter, review, export, close."""
    from careersquiggle.app import build_window
    from careersquiggle.core.model import Entry
    from careersquiggle.services.demo import load_sample
    from careersquiggle.services.operations import AddItem
    from careersquiggle.ui.export_dialog import ExportDialog

    folder = tmp_path / "journal"
    w = build_window(folder, tmp_path / "settings.ini")
    qtbot.addWidget(w)
    load_sample(w.ctrl.journal)
    w.reload()
    w.show()
    qtbot.waitExposed(w)
    w.ctrl.push(AddItem(Entry.create(kind="event", title="Offline", date="2026")))
    w.filters.search.setText("Fernbank")
    w.action_for["lens_drive"].trigger()
    w.action_for["review"].trigger()
    dlg = ExportDialog(w.ctrl.journal.entry_columns(), w.checkins, w.chapters, None, w.settings, w)
    dlg.export_to(tmp_path / "shared.png")
    dlg.reject()
    w.review.close()
    w.close()
    w.ctrl.opened.close(backup_now=True)
    assert (tmp_path / "shared.png").stat().st_size > 10_000
    assert no_network == []
