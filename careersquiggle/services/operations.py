"""Every change a person makes to a journal, as a Qt-free operation object.

An operation knows how to do itself and how to take itself back::

    op = AddItem(entry)
    changes = op.apply(journal)    # -> Changes: what the views must refresh
    changes = op.revert(journal)   # the journal as it was before (ids kept)

Both raise JournalError when they cannot be done (the entry was deleted
elsewhere, a second option with the same name, ...); then nothing was written,
because each step is one transaction. The window wraps an operation in one
QUndoCommand (ui/undo.py); the terminal applies them directly; the same records
are what live refresh and, later, sync between laptops are built on.

Serialised form (stable: a new field means a new version; readers keep every
older version working). ``op.to_dict()`` gives a plain JSON-ready dict and
``from_dict(d)`` rebuilds the operation::

    {"type": "entry.add", "version": 1, "item": {...entry as in the JSON export...}}
    {"type": "entry.edit", "version": 1, "old": {...}, "new": {...}}
    {"type": "entry.delete", "version": 1, "item": {...}}
        the same for "checkin.*" and "chapter.*" (items as in the JSON export),
        "option.*" (item as in the export's "options") and "plan.*" (as in "plan")
    {"type": "intent.set", "version": 1, "old": {"statement", "updated_at"}, "new": {...}}
    {"type": "plan.put_on_squiggle", "version": 1, "action_id": 3, "entry_id": 17 | null}
    {"type": "reflection.answer", "version": 1, "prompt_id": "...", "answer": "...",
     "date": "2026-11-24", "entry_id": 17 | null}
    {"type": "import", "version": 1, "source": "...", "entries": [...], "checkins": [...],
     "chapters": [...], "added": {"entries": [ids], "checkins": [ids], "chapters": [ids]},
     "updated": [{"what": "entries" | "chapters", "item": {...}, "source": [format,
                  id there, JSON of what the import wrote]}, ...],   rows as they were
     "after": [...same shape...]}                 the updated rows as the import left them

Items carry their id and timestamps: ``item.id`` is filled in once an add has
been applied, so undo and redo (and a replay elsewhere) name the same row.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from careersquiggle.core.crossroads import Intent, Option, PlanAction
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Chapter, CheckIn, Entry
from careersquiggle.core.serial import (
    action_to_dict,
    chapter_to_dict,
    checkin_to_dict,
    entry_to_dict,
    option_to_dict,
)
from careersquiggle.services.changes import Changes
from careersquiggle.services.report import ImportReport

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal

T = TypeVar("T", Entry, CheckIn, Chapter, Option, PlanAction)


# -- the kinds of object that are added, edited and deleted alike -------------------
@dataclass(frozen=True)
class Kind(Generic[T]):
    """How one kind of object is stored, read back and named."""

    name: str  # the prefix of its operations' type names
    label: str  # in undo texts: "Add entry ..."
    cls: type[T]

    def to_dict(self, item: T) -> dict[str, Any]:
        as_dict: dict[str, Any] = _TO_DICT[self.name](item)
        return as_dict

    def from_dict(self, data: dict[str, Any]) -> T:
        return self.cls.create(**data)

    def add(self, journal: Journal, item: T) -> tuple[int, Changes]:
        if isinstance(item, Entry):
            c = journal.add_entry(item)
        elif isinstance(item, CheckIn):
            c = journal.add_checkin(item)
        elif isinstance(item, Chapter):
            c = journal.add_chapter(item)
        elif isinstance(item, Option):
            ident, c = journal.crossroads.add_option(item)
            return ident, c
        else:
            ident, c = journal.crossroads.add_action(item)
            return ident, c
        assert c.id is not None
        return c.id, c

    def get(self, journal: Journal, ident: int) -> T:
        getters = {"entry": journal.get_entry, "checkin": journal.get_checkin,
                   "chapter": journal.get_chapter, "option": journal.crossroads.get_option,
                   "plan": journal.crossroads.get_action}
        return getters[self.name](ident)  # type: ignore[return-value]

    def update(self, journal: Journal, item: T, touch: bool) -> Changes:
        if isinstance(item, Entry):
            return journal.update_entry(item, touch=touch)
        if isinstance(item, CheckIn):
            return journal.update_checkin(item, touch=touch)
        if isinstance(item, Chapter):
            return journal.update_chapter(item, touch=touch)
        if isinstance(item, Option):
            return journal.crossroads.update_option(item, touch=touch)
        return journal.crossroads.update_action(item, touch=touch)

    def delete(self, journal: Journal, ident: int) -> tuple[T, Changes]:
        deleters = {"entry": journal.delete_entry, "checkin": journal.delete_checkin,
                    "chapter": journal.delete_chapter, "option": journal.crossroads.delete_option,
                    "plan": journal.crossroads.delete_action}
        gone = deleters[self.name](ident)
        return gone, changes_for(self.name, ident)  # type: ignore[return-value]


def changes_for(kind: str, ident: int) -> Changes:
    """What adding, editing or deleting one object of ``kind`` changes."""
    one = frozenset({ident})
    return {"entry": Changes(entries=one), "checkin": Changes(checkins=one),
            "chapter": Changes(chapters=one), "option": Changes(other=frozenset({"options"})),
            "plan": Changes(other=frozenset({"plan"}))}[kind]


_TO_DICT: dict[str, Any] = {"entry": entry_to_dict, "checkin": checkin_to_dict,
                            "chapter": chapter_to_dict, "option": option_to_dict,
                            "plan": action_to_dict}
KINDS: dict[str, Kind[Any]] = {k.name: k for k in (
    Kind("entry", "entry", Entry), Kind("checkin", "check-in", CheckIn),
    Kind("chapter", "chapter", Chapter), Kind("option", "option", Option),
    Kind("plan", "plan action", PlanAction),
)}


def kind_of(item: object) -> Kind[Any]:
    for k in KINDS.values():
        if type(item) is k.cls:
            return k
    raise TypeError(f"no operations for {type(item).__name__}")


def _describe(item: object) -> str:
    title = getattr(item, "title", None)
    return f"“{title}”" if title else f"of {getattr(item, 'date', '')}"


# -- the operations ----------------------------------------------------------------
class Operation(ABC):
    """A mutation with its inverse and a stable, serialisable form."""

    TYPE: ClassVar[str] = ""  # set per subclass, or per kind for the item operations
    VERSION: ClassVar[int] = 1

    @abstractmethod
    def apply(self, journal: Journal) -> Changes: ...

    @abstractmethod
    def revert(self, journal: Journal) -> Changes: ...

    @property
    def type_name(self) -> str:
        """The name in the serialised form ("entry.add", "intent.set", ...)."""
        return self.TYPE

    @abstractmethod
    def fields(self) -> dict[str, Any]: ...

    @property
    @abstractmethod
    def text(self) -> str:
        """What the Edit menu shows: "Undo Add entry “Promotion”"."""

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type_name, "version": self.VERSION, **self.fields()}


class _OneItem(Operation):
    """An add or a delete: one item of a kind, named in the record as it is stored."""

    VERB: ClassVar[str] = ""

    def __init__(self, item: Any):
        self.kind = kind_of(item)
        self.item = item

    @property
    def type_name(self) -> str:
        return f"{self.kind.name}.{self.VERB.lower()}"

    @property
    def text(self) -> str:
        return f"{self.VERB} {self.kind.label} {_describe(self.item)}"

    def fields(self) -> dict[str, Any]:
        return {"item": self.kind.to_dict(self.item)}


class AddItem(_OneItem):
    VERB = "Add"

    def apply(self, journal: Journal) -> Changes:
        # The first time a new id is given; after an undo the same id (and timestamps)
        # come back, unless another capture took that id meanwhile.
        ident, changes = self.kind.add(journal, self.item)
        self.item = self.kind.get(journal, ident)
        return changes

    def revert(self, journal: Journal) -> Changes:
        self.item, changes = self.kind.delete(journal, self.item.id)
        return changes


class EditItem(Operation):
    def __init__(self, old: Any, new: Any):
        self.kind = kind_of(new)
        self.old, self.new = old, new

    @property
    def type_name(self) -> str:
        return f"{self.kind.name}.edit"

    @property
    def text(self) -> str:
        return f"Edit {self.kind.label} {_describe(self.new)}"

    def apply(self, journal: Journal) -> Changes:
        changes = self.kind.update(journal, self.new, True)
        self.new = self.kind.get(journal, self.new.id)  # as stored (a plan's done date)
        return changes

    def revert(self, journal: Journal) -> Changes:
        return self.kind.update(journal, self.old, False)

    def fields(self) -> dict[str, Any]:
        return {"old": self.kind.to_dict(self.old), "new": self.kind.to_dict(self.new)}


class DeleteItem(_OneItem):
    VERB = "Delete"

    def apply(self, journal: Journal) -> Changes:
        self.item, changes = self.kind.delete(journal, self.item.id)
        return changes

    def revert(self, journal: Journal) -> Changes:
        # Same id and timestamps as before, unless something else took the id meanwhile.
        ident, changes = self.kind.add(journal, self.item)
        self.item = replace(self.item, id=ident)
        return changes


class SetIntent(Operation):
    TYPE = "intent.set"
    @property
    def text(self) -> str:
        return "Change where I want to go"

    def __init__(self, old: Intent, new: Intent):
        self.old, self.new = old, new

    def apply(self, journal: Journal) -> Changes:
        return journal.crossroads.set_intent(self.new)

    def revert(self, journal: Journal) -> Changes:
        return journal.crossroads.set_intent(self.old, touch=False)

    def fields(self) -> dict[str, Any]:
        return {"old": _intent_dict(self.old), "new": _intent_dict(self.new)}


def _intent_dict(i: Intent) -> dict[str, Any]:
    return {"statement": i.statement, "updated_at": i.updated_at}


class PutOnSquiggle(Operation):
    """A done plan action becomes an event; undo takes the event off again."""

    TYPE = "plan.put_on_squiggle"

    def __init__(self, action_id: int, entry_id: int | None = None, title: str = ""):
        self.action_id, self.entry_id, self.title = action_id, entry_id, title

    @property
    def text(self) -> str:
        return f"Put “{self.title}” on the squiggle" if self.title else "Put on the squiggle"

    def apply(self, journal: Journal) -> Changes:
        changes = journal.crossroads.put_on_squiggle(self.action_id, entry_id=self.entry_id)
        self.entry_id = next(iter(changes.entries))  # redo brings back the very same event
        return changes

    def revert(self, journal: Journal) -> Changes:
        return journal.crossroads.take_off_squiggle(self.action_id)

    def fields(self) -> dict[str, Any]:
        return {"action_id": self.action_id, "entry_id": self.entry_id}


class AnswerPrompt(Operation):
    TYPE = "reflection.answer"
    @property
    def text(self) -> str:
        return "Answer a reflection prompt"

    def __init__(self, prompt_id: str, answer: str, date: FuzzyDate | None = None,
                 entry_id: int | None = None):
        self.prompt_id, self.answer, self.date, self.entry_id = prompt_id, answer, date, entry_id

    def apply(self, journal: Journal) -> Changes:
        # Dated the day it is first saved; redo keeps that day.
        self.date = self.date or FuzzyDate.from_date(journal.clock().date())
        changes = journal.reflections.answer_prompt(self.prompt_id, self.answer,
                                                    entry_id=self.entry_id, date=self.date)
        self.entry_id = changes.id
        return changes

    def revert(self, journal: Journal) -> Changes:
        if self.entry_id is None:
            raise JournalError(translate(
                "Operations", "this answer was never saved"))
        journal.delete_entry(self.entry_id)
        return Changes(entries=frozenset({self.entry_id}))

    def fields(self) -> dict[str, Any]:
        return {"prompt_id": self.prompt_id, "answer": self.answer,
                "date": str(self.date) if self.date else None, "entry_id": self.entry_id}


class Import(Operation):
    """Items brought in from a file, all or nothing; undo takes out exactly what was added
    and puts back what a re-import updated.

    ``added`` names the rows the import created: set by :meth:`apply`, or given when
    the import was done already (the import dialog imports before it records it).
    ``updated`` holds the rows it changed as they were before (what, item, source
    columns). Revert deletes the added rows and keeps them, ids and timestamps
    included, notes the updated rows as the import left them (``after``) and puts
    them back as they were; redo brings back the very same rows and updates.
    """

    TYPE = "import"

    def __init__(self, entries: list[Entry] | tuple[Entry, ...] = (),
                 checkins: list[CheckIn] | tuple[CheckIn, ...] = (),
                 chapters: list[Chapter] | tuple[Chapter, ...] = (), source: str = "",
                 added: Changes | None = None, updated: list[Before] | None = None,
                 after: list[Before] | None = None):
        self.entries, self.checkins, self.chapters = list(entries), list(checkins), list(chapters)
        self.source, self.added = source, added or Changes()
        self.updated, self.after = list(updated or []), list(after or [])

    @classmethod
    def recorded(cls, journal: Journal, added: Changes, source: str = "",
                 updated: list[Before] | None = None) -> Import:
        """The record of an import already done that added ``added`` (and updated the
        rows in ``updated``, given as they were)."""
        return cls([journal.get_entry(i) for i in sorted(added.entries)],
                   [journal.get_checkin(i) for i in sorted(added.checkins)],
                   [journal.get_chapter(i) for i in sorted(added.chapters)], source, added,
                   updated)

    @property
    def text(self) -> str:
        n = len(self.added.entries) + len(self.added.checkins) + len(self.added.chapters)
        u = len(self.updated)
        what = f"{n} item{'s' if n != 1 else ''}" if n or not u else ""
        if u:
            what += f"{', ' if what else ''}{u} update{'s' if u != 1 else ''}"
        name = self.source.replace("\\", "/").rsplit("/", 1)[-1]  # a file's name, any system
        where = f" from {name}" if name else ""
        return f"Import {what}{where}"

    def _touched(self) -> Changes:
        rows = [(what, item.id) for what, item, _ in self.updated]
        return self.added | Changes(
            entries=frozenset(i for w, i in rows if w == "entries" and i is not None),
            chapters=frozenset(i for w, i in rows if w == "chapters" and i is not None))

    def apply(self, journal: Journal) -> Changes:
        self.added = journal.import_batch(ImportReport(source=self.source), self.entries,
                                          self.checkins, self.chapters)
        if self.after:
            journal.imports.restore(self.after)
        return self._touched()

    def revert(self, journal: Journal) -> Changes:
        self.after = journal.imports.current(self.updated)
        self.entries, self.checkins, self.chapters = journal.delete_many(self.added)
        if self.updated:
            journal.imports.restore(self.updated)
        return self._touched()

    def fields(self) -> dict[str, Any]:
        return {"source": self.source,
                "entries": [entry_to_dict(e) for e in self.entries],
                "checkins": [checkin_to_dict(c) for c in self.checkins],
                "chapters": [chapter_to_dict(c) for c in self.chapters],
                "added": {"entries": sorted(self.added.entries),
                          "checkins": sorted(self.added.checkins),
                          "chapters": sorted(self.added.chapters)},
                "updated": [_row_dict(b) for b in self.updated],
                "after": [_row_dict(b) for b in self.after]}


# One row an import updated: "entries" or "chapters", the item, its source columns.
Before = tuple[str, Any, tuple[Any, Any, Any]]


def _row_dict(row: Before) -> dict[str, Any]:
    what, item, source = row
    as_dict = entry_to_dict(item) if what == "entries" else chapter_to_dict(item)
    return {"what": what, "item": as_dict, "source": list(source)}


def _row_from(data: dict[str, Any]) -> Before:
    cls: Any = Entry if data["what"] == "entries" else Chapter
    return (data["what"], cls.create(**data["item"]), tuple(data["source"]))


# -- reading the serialised form back ----------------------------------------------
def from_dict(data: dict[str, Any]) -> Operation:
    """The operation ``data`` describes (as made by :meth:`Operation.to_dict`)."""
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise JournalError(translate(
            "Operations", "not an operation (no 'type')"))
    kind_name, _, verb = data["type"].partition(".")
    version = data.get("version")
    if not isinstance(version, int) or version < 1 or version > Operation.VERSION:
        raise JournalError(fill(translate(
            "Operations", "operation '%1' has version %2, which this app does not know"),
            data['type'], repr(version)))
    try:
        if kind_name in KINDS and verb in ("add", "delete"):
            item = KINDS[kind_name].from_dict(data["item"])
            return AddItem(item) if verb == "add" else DeleteItem(item)
        if kind_name in KINDS and verb == "edit":
            k = KINDS[kind_name]
            return EditItem(k.from_dict(data["old"]), k.from_dict(data["new"]))
        if data["type"] == SetIntent.TYPE:
            return SetIntent(Intent.create(**data["old"]), Intent.create(**data["new"]))
        if data["type"] == PutOnSquiggle.TYPE:
            return PutOnSquiggle(int(data["action_id"]), data.get("entry_id"))
        if data["type"] == AnswerPrompt.TYPE:
            date = data.get("date")
            return AnswerPrompt(data["prompt_id"], data["answer"],
                                FuzzyDate.parse(date) if date else None, data.get("entry_id"))
        if data["type"] == Import.TYPE:
            added = data.get("added") or {}
            return Import([Entry.create(**d) for d in data.get("entries", [])],
                          [CheckIn.create(**d) for d in data.get("checkins", [])],
                          [Chapter.create(**d) for d in data.get("chapters", [])],
                          data.get("source", ""),
                          Changes(frozenset(added.get("entries", ())),
                                  frozenset(added.get("checkins", ())),
                                  frozenset(added.get("chapters", ()))),
                          [_row_from(r) for r in data.get("updated", [])],
                          [_row_from(r) for r in data.get("after", [])])
    except (KeyError, TypeError) as exc:
        raise JournalError(fill(translate(
            "Operations", "operation '%1' is missing a field (%2)"), data['type'], exc)) from None
    raise JournalError(fill(translate(
        "Operations", "'%1' is not an operation this app knows"), data['type']))
