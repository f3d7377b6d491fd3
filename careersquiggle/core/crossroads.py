"""At the crossroads: the options in front of you, where you want to go, and the plan.

Options are scored like check-ins (0-10) plus money, so they can be set side
by side with what has motivated you so far. Plan actions follow the essay's
list of ways to grow with your manager's help.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from careersquiggle.core.dates import FuzzyDate, parse_optional
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from careersquiggle.core.model import CheckIn, named, parse_score
from careersquiggle.core.model import parse_text as _text
from careersquiggle.core.model import parse_title as _title
from careersquiggle.core.review import DIMENSIONS, Averages

MIN_OPTIONS, MAX_OPTIONS = 2, 5
OPTION_SCORES = DIMENSIONS + ("money",)
INTENT_MAX = 2000

# key -> (label, a suggested title the user can edit)
ACTION_KINDS = {  # translated where shown: translate("Crossroads", text)
    "lead-project": (QT_TRANSLATE_NOOP("Crossroads", "Lead a project"),
                     QT_TRANSLATE_NOOP("Crossroads", "Lead an upcoming project")),
    "mentor": (QT_TRANSLATE_NOOP("Crossroads", "Mentor someone"),
               QT_TRANSLATE_NOOP("Crossroads", "Mentor a less experienced colleague")),
    "line-management": (QT_TRANSLATE_NOOP("Crossroads", "Try line management"),
                        QT_TRANSLATE_NOOP("Crossroads", "Take on line management for one person")),
    "delegated-work": (QT_TRANSLATE_NOOP("Crossroads", "Take on delegated work"),
                       QT_TRANSLATE_NOOP("Crossroads", "Take something off my manager's plate")),
    "present-leadership": (QT_TRANSLATE_NOOP("Crossroads", "Present to senior leadership"),
                           QT_TRANSLATE_NOOP("Crossroads",
                                             "Present our work to senior leadership")),
    "project-communication": (QT_TRANSLATE_NOOP("Crossroads", "Run a project's communication"),
                              QT_TRANSLATE_NOOP("Crossroads",
                                                "Write the progress updates for my project")),
    "coffee-chats": (QT_TRANSLATE_NOOP("Crossroads", "Coffee chats with people you look up to"),
                     QT_TRANSLATE_NOOP("Crossroads", "Coffee chat with someone I look up to")),
    "other": (QT_TRANSLATE_NOOP("Crossroads", "Something else"), ""),
}
STATUSES = ("idea", "agreed", "doing", "done")
STATUS_LABELS = {"idea": QT_TRANSLATE_NOOP("Crossroads", "Idea"),
                 "agreed": QT_TRANSLATE_NOOP("Crossroads", "Agreed with manager"),
                 "doing": QT_TRANSLATE_NOOP("Crossroads", "Doing"),
                 "done": QT_TRANSLATE_NOOP("Crossroads", "Done")}


def status_label(status: str) -> str:
    return translate("Crossroads", STATUS_LABELS[status])


def suggested_title(kind: str) -> str:
    """The title a plan action of ``kind`` is offered, in the reader's language."""
    text = ACTION_KINDS[kind][1]
    return translate("Crossroads", text) if text else ""


def _date(value: Any, what: str) -> FuzzyDate | None:
    if value is None or isinstance(value, FuzzyDate):
        return value
    try:
        return parse_optional(value)
    except ValidationError as exc:
        raise ValidationError(fill(translate("Crossroads", "%1: %2"), named(what), exc),
                              field="date") from None


_Record = TypeVar("_Record", "Option", "PlanAction")


def _copy(obj: _Record, changes: dict[str, Any]) -> _Record:
    values = {f.name: getattr(obj, f.name) for f in fields(obj)}
    values.update(changes)
    return type(obj).create(**values)


@dataclass(frozen=True)
class Option:
    title: str
    autonomy: int
    mastery: int
    purpose: int
    money: int
    notes: str = ""
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def create(cls, *, title: Any, autonomy: Any, mastery: Any, purpose: Any, money: Any,
               notes: Any = "", id: int | None = None, created_at: str | None = None,
               updated_at: str | None = None) -> Option:
        return cls(
            title=_title(title, "option's name"),
            autonomy=parse_score(autonomy, "autonomy"), mastery=parse_score(mastery, "mastery"),
            purpose=parse_score(purpose, "purpose"), money=parse_score(money, "money"),
            notes=_text(notes, "the notes"), id=id, created_at=created_at, updated_at=updated_at,
        )

    def with_changes(self, **changes: Any) -> Option:
        return _copy(self, changes)

    def score(self, name: str) -> int:
        value: int = getattr(self, name)
        return value

    def content_key(self) -> tuple[object, ...]:
        return (self.title.casefold(),)


@dataclass(frozen=True)
class Intent:
    """Where I want to go: one short statement (empty until written)."""

    statement: str = ""
    updated_at: str | None = None

    @classmethod
    def create(cls, *, statement: Any, updated_at: str | None = None) -> Intent:
        text = _text(statement, "the statement").strip()
        if len(text) > INTENT_MAX:
            raise ValidationError(fill(translate(
                "Crossroads", "the statement is %1 characters long; keep it under %2"),
                len(text), INTENT_MAX))
        return cls(text, updated_at)


@dataclass(frozen=True)
class PlanAction:
    kind: str
    title: str
    status: str = "idea"
    start: FuzzyDate | None = None
    due: FuzzyDate | None = None
    done: FuzzyDate | None = None
    notes: str = ""
    entry_id: int | None = None  # the event it became on the squiggle, if any
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def create(cls, *, kind: Any, title: Any = "", status: Any = "idea", start: Any = None,
               due: Any = None, done: Any = None, notes: Any = "", entry_id: int | None = None,
               id: int | None = None, created_at: str | None = None,
               updated_at: str | None = None, today: dt.date | None = None) -> PlanAction:
        kind = str(kind or "").strip().lower()
        if kind not in ACTION_KINDS:
            raise ValidationError(fill(translate(
                "Crossroads", "'%1' is not a kind of plan action; choose one of %2"), kind,
                ", ".join(ACTION_KINDS)))
        status = str(status or "").strip().lower()
        if status not in STATUSES:
            raise ValidationError(fill(translate(
                "Crossroads", "'%1' is not a status; choose one of %2"), status,
                ", ".join(STATUSES)))
        if isinstance(title, str) and not title.strip():
            title = suggested_title(kind)  # an empty title takes the kind's suggestion
        start_d, due_d = _date(start, "start date"), _date(due, "due date")
        done_d = _date(done, "done date")
        if status == "done" and done_d is None and today is not None:
            done_d = FuzzyDate.from_date(today)
        if status != "done":
            done_d = None  # a date done only means something for a done action
        for later, what in ((due_d, "due date"), (done_d, "done date")):
            if start_d is not None and later is not None and later.end() < start_d.start():
                raise ValidationError(fill(translate(
                    "Crossroads", "%1 (%2) is before the start (%3)"), named(what), later,
                    start_d), field="date")
        return cls(kind=kind, title=_title(title, "action"), status=status, start=start_d,
                   due=due_d, done=done_d, notes=_text(notes, "the notes"), entry_id=entry_id,
                   id=id, created_at=created_at, updated_at=updated_at)

    def with_changes(self, **changes: Any) -> PlanAction:
        return _copy(self, changes)

    @property
    def kind_label(self) -> str:
        return translate("Crossroads", ACTION_KINDS[self.kind][0])

    @property
    def is_done(self) -> bool:
        return self.status == "done"

    def content_key(self) -> tuple[object, ...]:
        return (self.kind, self.title.casefold(), str(self.start))


@dataclass(frozen=True)
class ScoreComparison:
    """One score of an option next to where you are now and your average so far."""

    name: str
    value: int
    current: float | None
    average: float | None

    @property
    def gain(self) -> float | None:
        """Compared with now when known, else with the average (None for money: no history)."""
        base = self.current if self.current is not None else self.average
        return None if base is None else self.value - base

    @property
    def arrow(self) -> str:
        g = self.gain
        if g is None or abs(g) < 0.5:
            return "="  # half a point either way is within how precisely people score
        return "▲" if g > 0 else "▼"


def compare(option: Option, current: CheckIn | None,
            average: Averages | None) -> list[ScoreComparison]:
    out = []
    for name in OPTION_SCORES:
        if name == "money":
            out.append(ScoreComparison(name, option.money, None, None))
            continue
        out.append(ScoreComparison(
            name, option.score(name),
            float(getattr(current, name)) if current is not None else None,
            average.get(name) if average is not None else None,
        ))
    return out
