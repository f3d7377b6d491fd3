"""The review's words as HTML for a QTextBrowser: shifts, rises and dips, chapter changes."""

from __future__ import annotations

from html import escape

from careersquiggle.core.i18n import Context, fill, translate
from careersquiggle.core.model import FIELD_NAMES, Entry
from careersquiggle.core.review import DIMENSIONS, Averages, Review, Swing, Transition
from careersquiggle.ui.review.style import DRIVE_COLOURS, GAIN, LOSS, MUTED

ReviewText = Context("ReviewText")


def _dim(dim: str) -> str:
    """autonomy, mastery, purpose in the reader's language."""
    return translate("Model", FIELD_NAMES.get(dim, dim))


def _signed(n: float, digits: int = 0) -> str:
    return f"{n:+.{digits}f}".replace("-", "−")


def _entry(e: Entry) -> str:
    feel = "" if e.feel is None else f", {_signed(e.feel)}"
    lock = ReviewText.tr(" (private)") if e.private else ""
    return (f"<b>{escape(e.title)}</b> "
            f"<span style='color:{MUTED}'>({e.date.label()}{feel}){lock}</span>")


def _swing(s: Swing, rise: bool) -> str:
    colour, arrow = (GAIN, "▲") if rise else (LOSS, "▼")
    size = f"<span style='color:{colour}; font-weight:bold'>{arrow} {_signed(s.change)}</span>"
    out = "<p>" + fill(ReviewText.tr("%1 from %2 to %3"), size, _entry(s.start),
                       _entry(s.end)) + "</p>"
    if s.between:
        items = "".join(f"<li>{_entry(e)}</li>" for e in s.between)
        between = ReviewText.tr("In between:")  # outside the f-string, where lupdate sees it
        out += (f"<p style='color:{MUTED}; margin-left:16px'>{between}</p>"
                f"<ul>{items}</ul>")
    return out


def _move(before: Averages, after: Averages, dim: str) -> str:
    a, b = before.get(dim), after.get(dim)
    diff = b - a
    if abs(diff) < 0.05:
        return fill(ReviewText.tr("%1 stayed at %2 ="), _dim(dim), f"{b:.1f}")
    colour, arrow = (GAIN, "▲") if diff > 0 else (LOSS, "▼")
    return (f"{_dim(dim)} {a:.1f} → {b:.1f} <span style='color:{colour}; font-weight:bold'>"
            f"{arrow} {_signed(diff, 1)}</span>")


def _transition(t: Transition) -> str:
    head = fill(ReviewText.tr("After starting <b>%1</b>"), escape(t.chapter.title))
    if t.before is None:
        return "<li>" + fill(ReviewText.tr("%1: no check-ins before to compare."), head) + "</li>"
    if t.after is None:
        return "<li>" + fill(ReviewText.tr("%1: no check-ins during it to compare."),
                             head) + "</li>"
    return f"<li>{head}: " + ", ".join(_move(t.before, t.after, d) for d in DIMENSIONS) + ".</li>"


def review_html(r: Review) -> str:
    if r.is_empty:
        return ReviewText.tr(
            "<h3>A quiet period</h3><p>Nothing was written down for this period, and that is "
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
        parts.append(ReviewText.tr("<h3>◆ How what you want has changed</h3>") + "<ol>"
                     + "".join(items) + "</ol>")
    else:
        parts.append(ReviewText.tr("<h3>◆ How what you want has changed</h3>")
                     + ReviewText.tr("<p>No preference shifts in this period.</p>"))
    if r.rises or r.dips:
        parts.append(ReviewText.tr("<h3>Biggest rises and dips</h3>"))
        parts += [_swing(s, True) for s in r.rises] + [_swing(s, False) for s in r.dips]
    elif r.entries:
        parts.append(ReviewText.tr("<h3>Biggest rises and dips</h3>") + ReviewText.tr(
            "<p>Fewer than two felt moments here, so there is no rise or dip to show yet.</p>"))
    known = r.transitions
    if known:
        parts.append(ReviewText.tr("<h3>When the chapter changed</h3>") + "<ul>"
                     + "".join(_transition(t) for t in known) + "</ul>")
    legend = " ".join(f"<span style='color:{c}'>■</span> {_dim(d)}"
                      for d, c in DRIVE_COLOURS.items())
    key = ReviewText.tr("▲ higher, ▼ lower, = about the same")
    parts.append(f"<p style='color:{MUTED}'>{legend} · {key}</p>")
    return "".join(parts)
