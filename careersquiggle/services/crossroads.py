"""Options at the crossroads, the intent statement and the plan: kept in the journal.

Every mutation returns :class:`Changes` naming what changed ("options",
"intent", "plan"), so a window refreshes only that part.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select

from careersquiggle.core.crossroads import MAX_OPTIONS, Intent, Option, PlanAction
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.core.model import Entry, Kind
from careersquiggle.db.models import EntryRow, IntentRow, OptionRow, PlanActionRow
from careersquiggle.services import rows
from careersquiggle.services.changes import Changes
from careersquiggle.services.journal import Journal

OPTIONS = Changes(other=frozenset({"options"}))
INTENT = Changes(other=frozenset({"intent"}))
PLAN = Changes(other=frozenset({"plan"}))
PLAN_TAG = "plan"


class Added(NamedTuple):
    """What an add changed, and the new thing's id (for undo and selection)."""

    id: int
    changes: Changes


def _row(s, model, ident, what: str):
    row = s.get(model, ident) if ident is not None else None
    if row is None:
        raise JournalError(f"there is no {what} with id {ident}")
    return row


def _free(s, model, ident: int | None) -> int | None:
    """Keep a wanted id (undo brings things back as they were) unless it is taken."""
    return ident if ident is not None and s.get(model, ident) is None else None


# -- options ---------------------------------------------------------------------
def _option(r: OptionRow) -> Option:
    return Option(title=r.title, autonomy=r.autonomy, mastery=r.mastery, purpose=r.purpose,
                  money=r.money, notes=r.notes, id=r.id, created_at=r.created_at,
                  updated_at=r.updated_at)


def _fill_option(row: OptionRow, o: Option) -> OptionRow:
    row.title, row.notes = o.title, o.notes
    row.autonomy, row.mastery, row.purpose, row.money = o.autonomy, o.mastery, o.purpose, o.money
    return row


def options(journal: Journal) -> list[Option]:
    """The options, in the order they were added."""
    with journal.read_session() as s:
        return [_option(r) for r in s.scalars(select(OptionRow).order_by(OptionRow.id))]


def _check_room(s, option: Option, ignore_id: int | None = None) -> None:
    for r in s.scalars(select(OptionRow)):
        if r.id != ignore_id and r.title.casefold() == option.title.casefold():
            raise JournalError(f"there is already an option called '{r.title}'")
    if ignore_id is None and s.scalar(select(func.count()).select_from(OptionRow)) >= MAX_OPTIONS:
        raise JournalError(
            f"there are already {MAX_OPTIONS} options; weigh those, or remove one first")


def add_option(journal: Journal, option: Option) -> Added:
    """Add an option (keeping its id when it has one, as undo of a removal does)."""
    now = journal.now_text()
    with journal.write_session() as s:
        _check_room(s, option)
        row = OptionRow(id=_free(s, OptionRow, option.id), created_at=option.created_at or now,
                        updated_at=option.updated_at or now)
        s.add(_fill_option(row, option))
        s.flush()
        return Added(row.id, OPTIONS)


def update_option(journal: Journal, option: Option, *, touch: bool = True) -> Changes:
    with journal.write_session() as s:
        row = _row(s, OptionRow, option.id, "option")
        _check_room(s, option, ignore_id=option.id)
        _fill_option(row, option)
        row.updated_at = journal.now_text() if touch else (option.updated_at or journal.now_text())
    return OPTIONS


def delete_option(journal: Journal, option_id: int) -> Option:
    """Remove and return the option, so undo can put it back as it was."""
    with journal.write_session() as s:
        row = _row(s, OptionRow, option_id, "option")
        gone = _option(row)
        s.delete(row)
    return gone


def get_option(journal: Journal, option_id: int) -> Option:
    with journal.read_session() as s:
        return _option(_row(s, OptionRow, option_id, "option"))


# -- intent ----------------------------------------------------------------------
def intent(journal: Journal) -> Intent:
    with journal.read_session() as s:
        row = s.get(IntentRow, 1)
        return Intent(row.statement, row.updated_at) if row else Intent()


def set_intent(journal: Journal, value: Intent, *, touch: bool = True) -> Changes:
    with journal.write_session() as s:
        row = s.get(IntentRow, 1)
        if row is None:
            row = IntentRow(id=1)
            s.add(row)
        row.statement = value.statement
        row.updated_at = journal.now_text() if touch or not value.updated_at else value.updated_at
    return INTENT


# -- plan actions ----------------------------------------------------------------
def _action(r: PlanActionRow) -> PlanAction:
    def d(text):
        return FuzzyDate.parse(text) if text else None

    return PlanAction(kind=r.kind, title=r.title, status=r.status, start=d(r.start), due=d(r.due),
                      done=d(r.done), notes=r.notes, entry_id=r.entry_id, id=r.id,
                      created_at=r.created_at, updated_at=r.updated_at)


def _fill_action(row: PlanActionRow, a: PlanAction) -> PlanActionRow:
    row.kind, row.title, row.status, row.notes = a.kind, a.title, a.status, a.notes
    row.start, row.due = (str(a.start) if a.start else None), (str(a.due) if a.due else None)
    row.done = str(a.done) if a.done else None
    row.entry_id = a.entry_id
    return row


def plan(journal: Journal) -> list[PlanAction]:
    """Plan actions in the order they were added."""
    with journal.read_session() as s:
        return [_action(r) for r in s.scalars(select(PlanActionRow).order_by(PlanActionRow.id))]


def get_action(journal: Journal, action_id: int) -> PlanAction:
    with journal.read_session() as s:
        return _action(_row(s, PlanActionRow, action_id, "plan action"))


def _today(journal: Journal) -> FuzzyDate:
    return FuzzyDate.from_date(journal.clock().date())


def _dated(journal: Journal, action: PlanAction) -> PlanAction:
    # A done action without a date was done today.
    if action.is_done and action.done is None:
        return action.with_changes(done=_today(journal))
    return action


def add_action(journal: Journal, action: PlanAction) -> Added:
    """Add a plan action (keeping its id when given, as undo of a removal does)."""
    now = journal.now_text()
    action = _dated(journal, action)
    with journal.write_session() as s:
        row = PlanActionRow(id=_free(s, PlanActionRow, action.id),
                            created_at=action.created_at or now,
                            updated_at=action.updated_at or now)
        if action.entry_id is not None and s.get(EntryRow, action.entry_id) is None:
            action = action.with_changes(entry_id=None)  # its event was deleted meanwhile
        s.add(_fill_action(row, action))
        s.flush()
        return Added(row.id, PLAN)


def update_action(journal: Journal, action: PlanAction, *, touch: bool = True) -> Changes:
    action = _dated(journal, action)
    with journal.write_session() as s:
        row = _row(s, PlanActionRow, action.id, "plan action")
        _fill_action(row, action)
        row.updated_at = journal.now_text() if touch else (action.updated_at or journal.now_text())
    return PLAN


def delete_action(journal: Journal, action_id: int) -> PlanAction:
    with journal.write_session() as s:
        row = _row(s, PlanActionRow, action_id, "plan action")
        gone = _action(row)
        s.delete(row)
    return gone


def event_for(action: PlanAction) -> Entry:
    """The career event a done action becomes on the squiggle."""
    return Entry.create(kind=Kind.EVENT, title=action.title, date=action.done,
                        notes=action.notes, tags=[PLAN_TAG, action.kind])


def put_on_squiggle(journal: Journal, action_id: int, entry_id: int | None = None) -> Changes:
    """Turn a done action into an event, in one transaction; refuse to do it twice.

    ``entry_id`` lets redo after undo bring back the very same event.
    """
    now = journal.now_text()
    with journal.write_session() as s:
        row = _row(s, PlanActionRow, action_id, "plan action")
        action = _action(row)
        if not action.is_done:
            raise JournalError(
                f"'{action.title}' is not done yet; mark it done before putting it on the squiggle")
        if action.entry_id is not None:
            raise JournalError(f"'{action.title}' is already on the squiggle")
        event = event_for(action)
        er = EntryRow(id=_free(s, EntryRow, entry_id), created_at=now, updated_at=now)
        er.tags = []
        rows.fill_entry_row(er, event)
        s.add(er)
        s.flush()
        row.entry_id = er.id
        row.updated_at = now
        return Changes(entries=frozenset({er.id}), other=PLAN.other)


def take_off_squiggle(journal: Journal, action_id: int) -> Changes:
    """Undo of :func:`put_on_squiggle`: delete the event and unlink it."""
    with journal.write_session() as s:
        row = _row(s, PlanActionRow, action_id, "plan action")
        ident = row.entry_id
        if ident is None:
            return PLAN
        entry = s.get(EntryRow, ident)
        if entry is not None:
            s.delete(entry)
        row.entry_id = None
        return Changes(entries=frozenset({ident}), other=PLAN.other)
