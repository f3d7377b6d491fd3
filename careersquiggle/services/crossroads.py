"""Options at the crossroads, the intent statement and the plan: ``journal.crossroads``.

Every mutation returns :class:`Changes` naming what changed ("options",
"intent", "plan"), so a window refreshes only that part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from careersquiggle.core.crossroads import MAX_OPTIONS, Intent, Option, PlanAction
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError, NotFound
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Entry, Kind
from careersquiggle.db import sql
from careersquiggle.services.changes import Changes

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal

OPTIONS = Changes(other=frozenset({"options"}))
INTENT = Changes(other=frozenset({"intent"}))
PLAN = Changes(other=frozenset({"plan"}))
PLAN_TAG = "plan"
_OPTION_COLUMNS = "id, title, autonomy, mastery, purpose, money, notes, created_at, updated_at"
_ACTION_COLUMNS = ("id, kind, title, status, start, due, done, notes, entry_id, "
                   "created_at, updated_at")


class Added(NamedTuple):
    """What an add changed, and the new thing's id (for undo and selection)."""

    id: int
    changes: Changes


def _option(r: tuple[Any, ...]) -> Option:
    i, t, a, m, p, money, n, c, u = r
    return Option(title=t, autonomy=a, mastery=m, purpose=p, money=money, notes=n, id=i,
                  created_at=c, updated_at=u)


def _option_values(o: Option) -> dict[str, Any]:
    return {"title": o.title, "autonomy": o.autonomy, "mastery": o.mastery,
            "purpose": o.purpose, "money": o.money, "notes": o.notes}


def _action(r: tuple[Any, ...]) -> PlanAction:
    def d(text: str | None) -> FuzzyDate | None:
        return FuzzyDate.parse(text) if text else None

    i, k, t, s, start, due, done, n, e, c, u = r
    return PlanAction(kind=k, title=t, status=s, start=d(start), due=d(due), done=d(done),
                      notes=n, entry_id=e, id=i, created_at=c, updated_at=u)


def _action_values(a: PlanAction) -> dict[str, Any]:
    return {"kind": a.kind, "title": a.title, "status": a.status,
            "start": str(a.start) if a.start else None, "due": str(a.due) if a.due else None,
            "done": str(a.done) if a.done else None, "notes": a.notes, "entry_id": a.entry_id}


def event_for(action: PlanAction) -> Entry:
    """The career event a done action becomes on the squiggle."""
    return Entry.create(kind=Kind.EVENT, title=action.title, date=action.done,
                        notes=action.notes, tags=[PLAN_TAG, action.kind])


class Crossroads:
    """The crossroads part of one journal."""

    def __init__(self, journal: Journal):
        self._j = journal

    def _get(self, c: Any, table: str, columns: str, ident: int | None, what: str) -> Any:
        row = None if ident is None else c.execute(
            f"SELECT {columns} FROM {table} WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise NotFound(fill(translate(
                "Crossroads", "there is no %1 with id %2"), what, ident))
        return row

    def _all(self, table: str, columns: str, make: Any) -> list[Any]:
        with self._j._read() as c:
            return [make(r) for r in c.execute(f"SELECT {columns} FROM {table} ORDER BY id")]

    def _one(self, table: str, columns: str, ident: int, what: str, make: Any) -> Any:
        with self._j._read() as c:
            return make(self._get(c, table, columns, ident, what))

    # -- options ---------------------------------------------------------------
    def options(self) -> list[Option]:
        """The options, in the order they were added."""
        found: list[Option] = self._all("options", _OPTION_COLUMNS, _option)
        return found

    def get_option(self, option_id: int) -> Option:
        found: Option = self._one("options", _OPTION_COLUMNS, option_id, "option", _option)
        return found

    @staticmethod
    def _check_room(c: Any, option: Option, ignore_id: int | None = None) -> None:
        rows = c.execute("SELECT id, title FROM options").fetchall()
        for ident, title in rows:
            if ident != ignore_id and title.casefold() == option.title.casefold():
                raise JournalError(fill(translate(
                    "Crossroads", "there is already an option called '%1'"), title))
        if ignore_id is None and len(rows) >= MAX_OPTIONS:
            raise JournalError(
                fill(translate(
                    "Crossroads", "there are already %1 options; weigh those, or remove one first"),
                    MAX_OPTIONS))

    def add_option(self, option: Option) -> Added:
        """Add an option (keeping its id when it has one, as undo of a removal does)."""
        now = self._j.now_text()
        with self._j._write() as c:
            self._check_room(c, option)
            new = sql.insert(c, "options", {
                "id": self._j._free_id(c, "options", option.id), **_option_values(option),
                "created_at": option.created_at or now, "updated_at": option.updated_at or now})
        return Added(new, OPTIONS)

    def update_option(self, option: Option, *, touch: bool = True) -> Changes:
        stamp = self._j.now_text() if touch else (option.updated_at or self._j.now_text())
        with self._j._write() as c:
            self._get(c, "options", "id", option.id, "option")
            self._check_room(c, option, ignore_id=option.id)
            sql.update(c, "options", option.id or 0,
                       {**_option_values(option), "updated_at": stamp})
        return OPTIONS

    def delete_option(self, option_id: int) -> Option:
        """Remove and return the option, so undo can put it back as it was."""
        with self._j._write() as c:
            gone = _option(self._get(c, "options", _OPTION_COLUMNS, option_id, "option"))
            c.execute("DELETE FROM options WHERE id = ?", (option_id,))
        return gone

    # -- intent ----------------------------------------------------------------
    def intent(self) -> Intent:
        with self._j._read() as c:
            row = c.execute("SELECT statement, updated_at FROM intent WHERE id = 1").fetchone()
        return Intent(row[0], row[1]) if row else Intent()

    def set_intent(self, value: Intent, *, touch: bool = True) -> Changes:
        stamp = self._j.now_text() if touch or not value.updated_at else value.updated_at
        with self._j._write() as c:
            c.execute("INSERT INTO intent (id, statement, updated_at) VALUES (1, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET statement = excluded.statement, "
                      "updated_at = excluded.updated_at", (value.statement, stamp))
        return INTENT

    # -- plan actions ----------------------------------------------------------
    def plan(self) -> list[PlanAction]:
        """Plan actions in the order they were added."""
        found: list[PlanAction] = self._all("plan_actions", _ACTION_COLUMNS, _action)
        return found

    def get_action(self, action_id: int) -> PlanAction:
        found: PlanAction = self._one("plan_actions", _ACTION_COLUMNS, action_id,
                                      "plan action", _action)
        return found

    def _dated(self, action: PlanAction) -> PlanAction:
        # A done action without a date was done today.
        if action.is_done and action.done is None:
            return action.with_changes(done=FuzzyDate.from_date(self._j.clock().date()))
        return action

    def add_action(self, action: PlanAction) -> Added:
        """Add a plan action (keeping its id when given, as undo of a removal does)."""
        now = self._j.now_text()
        action = self._dated(action)
        with self._j._write() as c:
            if action.entry_id is not None and not c.execute(
                    "SELECT 1 FROM entries WHERE id = ?", (action.entry_id,)).fetchone():
                action = action.with_changes(entry_id=None)  # its event was deleted meanwhile
            new = sql.insert(c, "plan_actions", {
                "id": self._j._free_id(c, "plan_actions", action.id), **_action_values(action),
                "created_at": action.created_at or now, "updated_at": action.updated_at or now})
        return Added(new, PLAN)

    def update_action(self, action: PlanAction, *, touch: bool = True) -> Changes:
        action = self._dated(action)
        stamp = self._j.now_text() if touch else (action.updated_at or self._j.now_text())
        with self._j._write() as c:
            self._get(c, "plan_actions", "id", action.id, "plan action")
            sql.update(c, "plan_actions", action.id or 0,
                       {**_action_values(action), "updated_at": stamp})
        return PLAN

    def delete_action(self, action_id: int) -> PlanAction:
        with self._j._write() as c:
            gone = _action(self._get(c, "plan_actions", _ACTION_COLUMNS, action_id,
                                     "plan action"))
            c.execute("DELETE FROM plan_actions WHERE id = ?", (action_id,))
        return gone

    def put_on_squiggle(self, action_id: int, entry_id: int | None = None) -> Changes:
        """Turn a done action into an event, in one transaction; refuse to do it twice.

        ``entry_id`` lets redo after undo bring back the very same event.
        """
        now = self._j.now_text()
        with self._j._write() as c:
            action = _action(self._get(c, "plan_actions", _ACTION_COLUMNS, action_id,
                                       "plan action"))
            if not action.is_done:
                raise JournalError(fill(translate(
                    "Crossroads",
                    "'%1' is not done yet; mark it done before putting it on the squiggle"),
                    action.title))
            if action.entry_id is not None:
                raise JournalError(fill(translate(
                    "Crossroads", "'%1' is already on the squiggle"), action.title))
            new = sql.insert_entry(c, event_for(action), self._j._free_id(c, "entries", entry_id),
                                   now, now)
            sql.update(c, "plan_actions", action_id, {"entry_id": new, "updated_at": now})
        return Changes(entries=frozenset({new}), other=PLAN.other)

    def take_off_squiggle(self, action_id: int) -> Changes:
        """Undo of :meth:`put_on_squiggle`: delete the event and unlink it."""
        with self._j._write() as c:
            ident = self._get(c, "plan_actions", "entry_id", action_id, "plan action")[0]
            if ident is None:
                return PLAN
            c.execute("DELETE FROM entries WHERE id = ?", (ident,))  # unlinks it too
            sql.update(c, "plan_actions", action_id, {"entry_id": None})
        return Changes(entries=frozenset({ident}), other=PLAN.other)
