"""The review's words as HTML for a QTextBrowser: shifts, rises and dips, chapter changes."""

from __future__ import annotations

from html import escape

from careersquiggle.core.model import Entry
from careersquiggle.core.review import DIMENSIONS, Averages, Review, Swing, Transition
from careersquiggle.ui.review.style import DRIVE_COLOURS, GAIN, LOSS, MUTED


def _signed(n: float, digits: int = 0) -> str:
    return f"{n:+.{digits}f}".replace("-", "−")


def _entry(e: Entry) -> str:
    feel = "" if e.feel is None else f", {_signed(e.feel)}"
    lock = " (private)" if e.private else ""
    return (f"<b>{escape(e.title)}</b> "
            f"<span style='color:{MUTED}'>({e.date.label()}{feel}){lock}</span>")


def _swing(s: Swing, rise: bool) -> str:
    colour, arrow = (GAIN, "▲") if rise else (LOSS, "▼")
    out = (f"<p><span style='color:{colour}; font-weight:bold'>{arrow} {_signed(s.change)}</span>"
           f" from {_entry(s.start)} to {_entry(s.end)}</p>")
    if s.between:
        items = "".join(f"<li>{_entry(e)}</li>" for e in s.between)
        out += f"<p style='color:{MUTED}; margin-left:16px'>In between:</p><ul>{items}</ul>"
    return out


def _move(before: Averages, after: Averages, dim: str) -> str:
    a, b = before.get(dim), after.get(dim)
    diff = b - a
    if abs(diff) < 0.05:
        return f"{dim} stayed at {b:.1f} ="
    colour, arrow = (GAIN, "▲") if diff > 0 else (LOSS, "▼")
    return (f"{dim} {a:.1f} → {b:.1f} <span style='color:{colour}; font-weight:bold'>"
            f"{arrow} {_signed(diff, 1)}</span>")


def _transition(t: Transition) -> str:
    head = f"After starting <b>{escape(t.chapter.title)}</b>"
    if t.before is None or t.after is None:
        missing = "before" if t.before is None else "during it"
        return f"<li>{head}: no check-ins {missing} to compare.</li>"
    return f"<li>{head}: " + ", ".join(_move(t.before, t.after, d) for d in DIMENSIONS) + ".</li>"


def review_html(r: Review) -> str:
    if r.is_empty:
        return ("<h3>A quiet period</h3><p>Nothing was written down for this period, and that is "
                "fine: quiet stretches are part of the squiggle too. Choose a wider period above, "
                "or add a moment from the main window when one comes to mind.</p>")
    parts = []
    if r.shifts:
        items = []
        for e in r.shifts:
            change = ""
            if e.shift_from or e.shift_to:
                change = (f"<br><i>{escape(e.shift_from or '…')}</i> → "
                          f"<i>{escape(e.shift_to or '…')}</i>")
            items.append(f"<li>{_entry(e)}{change}</li>")
        parts.append("<h3>◆ How what you want has changed</h3><ol>" + "".join(items) + "</ol>")
    else:
        parts.append("<h3>◆ How what you want has changed</h3>"
                     "<p>No preference shifts in this period.</p>")
    if r.rises or r.dips:
        parts.append("<h3>Biggest rises and dips</h3>")
        parts += [_swing(s, True) for s in r.rises] + [_swing(s, False) for s in r.dips]
    elif r.entries:
        parts.append("<h3>Biggest rises and dips</h3><p>Fewer than two felt moments here, "
                     "so there is no rise or dip to show yet.</p>")
    known = r.transitions
    if known:
        parts.append("<h3>When the chapter changed</h3><ul>"
                     + "".join(_transition(t) for t in known) + "</ul>")
    legend = " ".join(f"<span style='color:{c}'>■</span> {d}" for d, c in DRIVE_COLOURS.items())
    parts.append(f"<p style='color:{MUTED}'>{legend} · ▲ higher, ▼ lower, = about the same</p>")
    return "".join(parts)
