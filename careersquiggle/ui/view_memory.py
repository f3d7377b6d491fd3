"""The view of each journal (time range, lens, filters) remembered between runs, in
QSettings beside the window's geometry; a sample journal is not remembered."""

from __future__ import annotations

import hashlib
import json


def _key(opened) -> str | None:
    if getattr(opened, "throwaway_folder", None) is not None:
        return None
    digest = hashlib.sha1(str(opened.path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"journal_view/{digest}"


def save(w) -> None:
    key = _key(w.ctrl.opened)
    if key is None:
        return
    x0, x1 = w.view.x_range()
    w.settings.set(key, json.dumps({
        "range": [x0, x1], "lens": w.lens, "filters": w.filters.state()}))


def restore(w) -> None:
    """Put back what :func:`save` kept for the window's journal, if anything."""
    from careersquiggle.ui import window_actions

    key = _key(w.ctrl.opened)
    raw = w.settings.value(key) if key else None
    if not raw:
        return
    try:
        kept = json.loads(raw)
        x0, x1 = (float(v) for v in kept["range"])
    except (ValueError, TypeError, KeyError):
        return  # an unreadable entry is simply forgotten
    if f"lens_{kept.get('lens')}" in w.action_for:
        window_actions.set_lens(w, kept["lens"])
    w.filters.set_state(kept.get("filters") or {})
    if x1 > x0:
        w.view.plot.vb.setXRange(x0, x1, padding=0)
