"""The review of a period as Markdown: to keep, print, or take to a conversation with your
manager."""

from __future__ import annotations

import re
from collections.abc import Sequence

from careersquiggle.core import crossroads as cr
from careersquiggle.core import prompts
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.i18n import Context, fill
from careersquiggle.core.model import CheckIn, Entry, Kind, named
from careersquiggle.core.review import DIMENSIONS, Averages, Period, Review, Swing
from careersquiggle.services import review as review_service
from careersquiggle.services.journal import Journal
from careersquiggle.services.reflections import Answer

ReviewDoc = Context("ReviewDoc")
_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def _md(text: str) -> str:
    """Plain text safe inside Markdown (and on one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _signed(n: int) -> str:
    return f"{n:+d}".replace("-", "−")  # a true minus sign reads better than a hyphen


def _feel(n: int | None) -> str:
    return ReviewDoc.tr("no feel") if n is None else _signed(n)


def _entry(e: Entry) -> str:
    private = ReviewDoc.tr(" (private)") if e.private else ""
    return f"{_md(e.title)} ({e.date.label()}, {_feel(e.feel)}){private}"


def _plural(n: int, kind: str) -> str:
    if kind == "event":
        return ReviewDoc.tr("%n career events", "", n)
    if kind == "shift":
        return ReviewDoc.tr("%n preference shifts", "", n)
    if kind == "shock":
        return ReviewDoc.tr("%n external shocks", "", n)
    return ReviewDoc.tr("%n notes", "", n)


def _ago(days: int) -> str:
    if days == 0:
        return ReviewDoc.tr("today")
    if days < 14:
        return ReviewDoc.tr("%n days ago", "", days)
    if days < 60:
        return ReviewDoc.tr("%n weeks ago", "", days // 7)
    if days < 730:
        return ReviewDoc.tr("about %n months ago", "", round(days / 30.4))
    return ReviewDoc.tr("about %n years ago", "", days // 365)


def _checkin_line(last: CheckIn | None, days: int | None) -> str:
    if last is None or days is None:
        return ReviewDoc.tr("No check-ins yet. A first one takes a minute: how are autonomy, "
                            "mastery and purpose today?")
    return fill(ReviewDoc.tr("Last check-in: %1 (%2): autonomy %3, mastery %4, purpose %5."),
                last.date.label(), _ago(days), last.autonomy, last.mastery, last.purpose)


def _swings(title: str, found: Sequence[Swing], arrow: str) -> list[str]:
    out = [f"## {title}", ""]
    for s in found:
        out.append(f"- {arrow} {_signed(s.change)} " + fill(ReviewDoc.tr("from %1 to %2"),
                                                            _entry(s.start), _entry(s.end)))
        between = ReviewDoc.tr("in between: %1")
        out += [f"  - {fill(between, _entry(e))}" for e in s.between]
    return out + [""]


def _scores(a: Averages | None) -> list[str]:
    return ["–"] * 3 if a is None else [f"{a.get(d):.1f}" for d in DIMENSIONS]


def _period_section(r: Review) -> list[str]:
    out = ["## " + ReviewDoc.tr("Entries by kind"), ""]
    out.append(", ".join(_plural(n, k) for k, n in r.by_kind.items()) + ".")
    shocks = [e for e in r.entries if e.kind is Kind.SHOCK]
    if shocks:
        wind = sum(1 for e in shocks if e.is_windfall)
        out.append(fill(ReviewDoc.tr("Shocks: %1, %2."), ReviewDoc.tr("%n windfalls", "", wind),
                        ReviewDoc.tr("%n setbacks", "", len(shocks) - wind)))
    out.append("")
    if r.shifts:
        out += ["## " + ReviewDoc.tr("How what you want has changed"), ""]
        for n, e in enumerate(r.shifts, 1):
            change = ""
            if e.shift_from or e.shift_to:
                change = f": *{_md(e.shift_from or '…')}* → *{_md(e.shift_to or '…')}*"
            out.append(f"{n}. {e.date.label()}: {_md(e.title)}{change}")
        out.append("")
    if r.rises:
        out += _swings(ReviewDoc.tr("Biggest rises"), r.rises, "▲")
    if r.dips:
        out += _swings(ReviewDoc.tr("Biggest dips"), r.dips, "▼")
    return out


def _drive_section(r: Review) -> list[str]:
    out = []
    if r.chapters:
        heads = [ReviewDoc.tr("Chapter"), ReviewDoc.tr("Check-ins"), ReviewDoc.tr("Autonomy"),
                 ReviewDoc.tr("Mastery"), ReviewDoc.tr("Purpose")]
        out += ["## " + ReviewDoc.tr("Autonomy, mastery and purpose by chapter"), "",
                "| " + " | ".join(heads) + " |",
                "| --- | ---: | ---: | ---: | ---: |"]
        for cd in r.chapters:
            n = cd.averages.count if cd.averages else 0
            scores = " | ".join(_scores(cd.averages))
            out.append(f"| {_md(cd.chapter.title)} | {n} | {scores} |")
        out.append("")
    sentences = [s for s in (t.summary() for t in r.transitions) if s]
    if sentences:
        out += ["### " + ReviewDoc.tr("When the chapter changed"), ""]
        out += [f"- {_md(s)}" for s in sentences] + [""]
    out += ["## " + ReviewDoc.tr("Check-ins"), ""]
    if r.drive is not None:
        out.append(fill(ReviewDoc.tr(
            "%n check-ins in this period, on average autonomy %1, mastery %2, purpose %3.", "",
            r.drive.count), f"{r.drive.autonomy:.1f}", f"{r.drive.mastery:.1f}",
            f"{r.drive.purpose:.1f}"))
    out += [_checkin_line(r.last_checkin, r.days_since_checkin), ""]
    return out


def _reflections(answers: Sequence[Answer]) -> list[str]:
    if not answers:
        return []
    out = ["## " + ReviewDoc.tr("Reflections"), ""]
    for a in answers:
        asked = prompts.get(a.prompt_id).shown if prompts.exists(a.prompt_id) else a.prompt_id
        out += [f"**{_md(asked)}** ({a.date.label()})", ""]
        out += [f"> {line}" if line.strip() else ">" for line in a.text.splitlines()] + [""]
    return out


def _crossroads(options: Sequence[cr.Option], intent: cr.Intent, plan: Sequence[cr.PlanAction],
                current: CheckIn | None, history: Averages | None) -> list[str]:
    if not (options or intent.statement or plan):
        return []
    out = ["## " + ReviewDoc.tr("At the crossroads"), ""]
    if intent.statement:
        quoted = [f"> {line}" for line in intent.statement.splitlines()]
        out += ["### " + ReviewDoc.tr("Where I want to go"), "", *quoted, ""]
    if options:
        now_head, average_head = ReviewDoc.tr("Now"), ReviewDoc.tr("Average")
        out += ["### " + ReviewDoc.tr("Options"), "",
                f"| | {now_head} | {average_head} | "
                + " | ".join(_md(o.title) for o in options) + " |",
                "| --- | ---: | ---: | " + " | ".join("---:" for _ in options) + " |"]
        rows = {o.id: cr.compare(o, current, history) for o in options}
        for k, name in enumerate(cr.OPTION_SCORES):
            first = rows[options[0].id][k]
            now = "–" if first.current is None else f"{first.current:.0f}"
            avg = "–" if first.average is None else f"{first.average:.1f}"
            cells = []
            for o in options:
                c = rows[o.id][k]
                cells.append(f"{c.value}" if c.gain is None else f"{c.value} {c.arrow}")
            shown = named(name)
            out.append(f"| {shown[:1].upper() + shown[1:]} | {now} | {avg} | "
                       + " | ".join(cells) + " |")
        out += ["", ReviewDoc.tr("▲ more than now, ▼ less than now, = about the same."), ""]
        out += [f"- **{_md(o.title)}**: {_md(o.notes)}" for o in options if o.notes.strip()]
        if any(o.notes.strip() for o in options):
            out.append("")
    if plan:
        out += ["### " + ReviewDoc.tr("Plan"), ""]
        for a in plan:
            box = "x" if a.is_done else " "
            dates = [fill(w, d) for w, d in ((ReviewDoc.tr("from %1"), a.start),
                                             (ReviewDoc.tr("due %1"), a.due),
                                             (ReviewDoc.tr("done %1"), a.done)) if d]
            extra = f" ({', '.join(dates)})" if dates else ""
            out.append(f"- [{box}] {_md(a.title)}: {cr.status_label(a.status).lower()}{extra}")
        out.append("")
    return out


def render(r: Review, *, options: Sequence[cr.Option] = (), intent: cr.Intent = cr.Intent(),
           plan: Sequence[cr.PlanAction] = (), answers: Sequence[Answer] = (),
           history: Averages | None = None) -> str:
    title = r.period.label
    written = FuzzyDate.from_date(r.today).label()
    out = ["# " + fill(ReviewDoc.tr("Career review: %1"), _md(title)), "",
           "*" + fill(ReviewDoc.tr("Written on %1."), written) + "*", ""]
    if not r.entries and not r.checkins:
        out += [ReviewDoc.tr("Nothing was written down for this period, and that is fine: a "
                             "quiet stretch is part of the squiggle too. Add a moment or a "
                             "check-in when one comes to mind."), ""]
        out += [_checkin_line(r.last_checkin, r.days_since_checkin), ""]
    else:
        first, last = ((r.entries[0].date.label(), r.entries[-1].date.label()) if r.entries
                       else ("", ""))
        span = (fill(ReviewDoc.tr(", from %1 to %2"), first, last)
                if r.entries and first != last else "")
        out += [fill(ReviewDoc.tr("%1 and %2%3."), ReviewDoc.tr("%n entries", "", len(r.entries)),
                     ReviewDoc.tr("%n check-ins", "", len(r.checkins)), span), ""]
        out += _period_section(r) + _drive_section(r) + _reflections(answers)
    out += _crossroads(options, intent, plan, r.last_checkin, history)
    return "\n".join(out).rstrip() + "\n"


def review_journal(journal: Journal, period: Period) -> str:
    """The Markdown review of ``period``, with the journal's options, intent and plan."""
    r = review_service.build(journal, period)
    return render(r, options=journal.crossroads.options(), intent=journal.crossroads.intent(),
                  plan=journal.crossroads.plan(), answers=journal.reflections.answered_in(period),
                  history=review_service.historical(journal))
