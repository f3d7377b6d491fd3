"""The review of a period as Markdown: to keep, print, or take to a conversation with your
manager."""

from __future__ import annotations

import re
from collections.abc import Sequence

from careersquiggle.core import crossroads as cr
from careersquiggle.core import prompts
from careersquiggle.core.model import CheckIn, Entry, Kind
from careersquiggle.core.review import DIMENSIONS, Averages, Period, Review, Swing
from careersquiggle.services import review as review_service
from careersquiggle.services.journal import Journal
from careersquiggle.services.reflections import Answer

_KIND_WORDS = {"event": ("career event", "career events"),
               "shift": ("preference shift", "preference shifts"),
               "shock": ("external shock", "external shocks"), "note": ("note", "notes")}
_SPECIAL = re.compile(r"([\\`*_\[\]|<>#])")


def _md(text: str) -> str:
    """Plain text safe inside Markdown (and on one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _signed(n: int) -> str:
    return f"{n:+d}".replace("-", "−")  # a true minus sign reads better than a hyphen


def _feel(n: int | None) -> str:
    return "no feel" if n is None else _signed(n)


def _entry(e: Entry) -> str:
    private = " (private)" if e.private else ""
    return f"{_md(e.title)} ({e.date.label()}, {_feel(e.feel)}){private}"


def _plural(n: int, kind: str) -> str:
    one, many = _KIND_WORDS[kind]
    return f"{n} {one if n == 1 else many}"


def _ago(days: int) -> str:
    if days == 0:
        return "today"
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''} ago"
    if days < 60:
        return f"{days // 7} weeks ago"
    if days < 730:
        return f"about {round(days / 30.4)} months ago"
    return f"about {days // 365} years ago"


def _checkin_line(last: CheckIn | None, days: int | None) -> str:
    if last is None or days is None:
        return ("No check-ins yet. A first one takes a minute: how are autonomy, mastery and "
                "purpose today?")
    return (f"Last check-in: {last.date.label()} ({_ago(days)}): autonomy {last.autonomy}, "
            f"mastery {last.mastery}, purpose {last.purpose}.")


def _swings(title: str, found: Sequence[Swing], arrow: str) -> list[str]:
    out = [f"## {title}", ""]
    for s in found:
        out.append(f"- {arrow} {_signed(s.change)} from {_entry(s.start)} to {_entry(s.end)}")
        out += [f"  - in between: {_entry(e)}" for e in s.between]
    return out + [""]


def _scores(a: Averages | None) -> list[str]:
    return ["–"] * 3 if a is None else [f"{a.get(d):.1f}" for d in DIMENSIONS]


def _period_section(r: Review) -> list[str]:
    out = ["## Entries by kind", ""]
    out.append(", ".join(_plural(n, k) for k, n in r.by_kind.items()) + ".")
    shocks = [e for e in r.entries if e.kind is Kind.SHOCK]
    if shocks:
        wind = sum(1 for e in shocks if e.is_windfall)
        out.append(f"Shocks: {wind} windfall{'s' if wind != 1 else ''}, "
                   f"{len(shocks) - wind} setback{'s' if len(shocks) - wind != 1 else ''}.")
    out.append("")
    if r.shifts:
        out += ["## How what you want has changed", ""]
        for n, e in enumerate(r.shifts, 1):
            change = ""
            if e.shift_from or e.shift_to:
                change = f": *{_md(e.shift_from or '…')}* → *{_md(e.shift_to or '…')}*"
            out.append(f"{n}. {e.date.label()}: {_md(e.title)}{change}")
        out.append("")
    if r.rises:
        out += _swings("Biggest rises", r.rises, "▲")
    if r.dips:
        out += _swings("Biggest dips", r.dips, "▼")
    return out


def _drive_section(r: Review) -> list[str]:
    out = []
    if r.chapters:
        out += ["## Autonomy, mastery and purpose by chapter", "",
                "| Chapter | Check-ins | Autonomy | Mastery | Purpose |",
                "| --- | ---: | ---: | ---: | ---: |"]
        for cd in r.chapters:
            n = cd.averages.count if cd.averages else 0
            scores = " | ".join(_scores(cd.averages))
            out.append(f"| {_md(cd.chapter.title)} | {n} | {scores} |")
        out.append("")
    sentences = [s for s in (t.summary() for t in r.transitions) if s]
    if sentences:
        out += ["### When the chapter changed", ""] + [f"- {_md(s)}" for s in sentences] + [""]
    out += ["## Check-ins", ""]
    if r.drive is not None:
        out.append(f"{r.drive.count} check-in{'s' if r.drive.count != 1 else ''} in this period, "
                   f"on average autonomy {r.drive.autonomy:.1f}, mastery {r.drive.mastery:.1f}, "
                   f"purpose {r.drive.purpose:.1f}.")
    out += [_checkin_line(r.last_checkin, r.days_since_checkin), ""]
    return out


def _reflections(answers: Sequence[Answer]) -> list[str]:
    if not answers:
        return []
    out = ["## Reflections", ""]
    for a in answers:
        asked = prompts.get(a.prompt_id).text if prompts.exists(a.prompt_id) else a.prompt_id
        out += [f"**{_md(asked)}** ({a.date.label()})", ""]
        out += [f"> {line}" if line.strip() else ">" for line in a.text.splitlines()] + [""]
    return out


def _crossroads(options: Sequence[cr.Option], intent: cr.Intent, plan: Sequence[cr.PlanAction],
                current: CheckIn | None, history: Averages | None) -> list[str]:
    if not (options or intent.statement or plan):
        return []
    out = ["## At the crossroads", ""]
    if intent.statement:
        quoted = [f"> {line}" for line in intent.statement.splitlines()]
        out += ["### Where I want to go", "", *quoted, ""]
    if options:
        out += ["### Options", "",
                "| | Now | Average | " + " | ".join(_md(o.title) for o in options) + " |",
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
            out.append(f"| {name.capitalize()} | {now} | {avg} | " + " | ".join(cells) + " |")
        out += ["", "▲ more than now, ▼ less than now, = about the same.", ""]
        out += [f"- **{_md(o.title)}**: {_md(o.notes)}" for o in options if o.notes.strip()]
        if any(o.notes.strip() for o in options):
            out.append("")
    if plan:
        out += ["### Plan", ""]
        for a in plan:
            box = "x" if a.is_done else " "
            dates = [f"{w} {d}"
                     for w, d in (("from", a.start), ("due", a.due), ("done", a.done)) if d]
            extra = f" ({', '.join(dates)})" if dates else ""
            out.append(f"- [{box}] {_md(a.title)}: {cr.STATUS_LABELS[a.status].lower()}{extra}")
        out.append("")
    return out


def render(r: Review, *, options: Sequence[cr.Option] = (), intent: cr.Intent = cr.Intent(),
           plan: Sequence[cr.PlanAction] = (), answers: Sequence[Answer] = (),
           history: Averages | None = None) -> str:
    title = r.period.label
    out = [f"# Career review: {_md(title)}", "", f"*Written on {r.today.day} {r.today:%B %Y}.*", ""]
    if not r.entries and not r.checkins:
        out += ["Nothing was written down for this period, and that is fine: a quiet stretch is "
                "part of the squiggle too. Add a moment or a check-in when one comes to mind.", ""]
        out += [_checkin_line(r.last_checkin, r.days_since_checkin), ""]
    else:
        first, last = ((r.entries[0].date.label(), r.entries[-1].date.label()) if r.entries
                       else ("", ""))
        span = f", from {first} to {last}" if r.entries and first != last else ""
        out += [f"{len(r.entries)} entr{'y' if len(r.entries) == 1 else 'ies'} and "
                f"{len(r.checkins)} check-in{'' if len(r.checkins) == 1 else 's'}{span}.", ""]
        out += _period_section(r) + _drive_section(r) + _reflections(answers)
    out += _crossroads(options, intent, plan, r.last_checkin, history)
    return "\n".join(out).rstrip() + "\n"


def review_journal(journal: Journal, period: Period) -> str:
    """The Markdown review of ``period``, with the journal's options, intent and plan."""
    r = review_service.build(journal, period)
    return render(r, options=journal.crossroads.options(), intent=journal.crossroads.intent(),
                  plan=journal.crossroads.plan(), answers=journal.reflections.answered_in(period),
                  history=review_service.historical(journal))
