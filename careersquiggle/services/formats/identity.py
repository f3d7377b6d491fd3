"""What an import does with each item: add it, update it, or leave it as held.

"Already held" is decided by the item's identity in its source (a Day One
uuid; a jrnl entry's date, time and text; a LinkedIn role's company, title
and start), never by comparing titles. Two items of one file with the same
identity (twins) are both imported: the second is told apart by its place
among its twins (``#2``), which is the same every time the file is read.

A held item keeps the values the last import wrote. A newer export updates a
field only where the journal still holds what was imported; a field the user
changed in the app since then is kept, and the report says so (a three-way
merge: last import, journal, file).

Pure functions over core objects: the storage call that reads the held items
and writes the plan is kept apart (``services/import_store.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from careersquiggle.core.i18n import QT_TRANSLATE_NOOP
from careersquiggle.core.model import Chapter, Entry

# The fields an import writes, per kind of item; only these are compared and updated.
FIELDS = {
    "entries": ("kind", "title", "date", "notes", "tags"),
    "chapters": ("title", "organisation", "role", "start", "end", "notes"),
}
# How each source's identity reads in the report ("already in the journal: ... (RULE)").
# (Marked for the catalogue; the report translates them where it shows them.)
RULES = {
    "jrnl": QT_TRANSLATE_NOOP("Report", "same jrnl date, time and text"),
    "dayone": QT_TRANSLATE_NOOP("Report", "same Day One entry id (uuid)"),
    "linkedin": QT_TRANSLATE_NOOP("Report", "same LinkedIn company, title and start date "
                                  "(school and start for education)"),
}
LEGACY_RULE = QT_TRANSLATE_NOOP("Report", "same content as an item imported before sources "
                                "were kept")
SAME_ID = QT_TRANSLATE_NOOP("Report", "same source id")
# How an item imported before sources were kept is recognised: (what, item, key) -> a
# value equal for the held item (key None) and the incoming one (its key). By default
# its content; a format may know better (a LinkedIn role's company, title and start).
Legacy = Callable[[str, Any, "str | None"], Hashable]


def content(what: str, item: Any, key: str | None) -> Hashable:
    found: Hashable = item.content_key()
    return found


@dataclass(frozen=True)
class Incoming:
    """One item read from a file, with its identity in the source."""

    what: str  # "entries" or "chapters"
    item: Entry | Chapter
    key: str
    where: str = ""  # "entry 3", "row 4": for the report


@dataclass(frozen=True)
class Held:
    """One item the journal holds: its source identity and what the last import wrote."""

    what: str
    item: Entry | Chapter  # with its id
    key: str | None = None  # None: not from this source (or imported before sources were kept)
    imported: dict[str, Any] | None = None


@dataclass
class Step:
    action: str  # "add", "update", "same" (nothing to do) or "keep" (only the user's edits differ)
    incoming: Incoming
    key: str  # the identity stored (twins carry their '#n')
    held: Held | None = None
    write: Entry | Chapter | None = None  # what to store (add and update)
    changed: tuple[str, ...] = ()  # fields updated from the file
    kept: tuple[str, ...] = ()  # fields the user edited, left as they are
    snapshot: dict[str, Any] = field(default_factory=dict)  # what this import wrote
    rule: str = ""  # why it counts as held


def snapshot(what: str, item: Entry | Chapter) -> dict[str, Any]:
    """The imported fields as plain JSON values (dates as written, tags as a list)."""
    out: dict[str, Any] = {}
    for name in FIELDS[what]:
        value = getattr(item, name)
        if name == "kind":
            value = value.value
        elif name in ("date", "start", "end"):
            value = None if value is None else str(value)
        elif name == "tags":
            value = list(value)
        out[name] = value
    return out


def twin_keys(incoming: list[Incoming]) -> list[str]:
    """Each item's key, the second and later of a set of twins marked '#2', '#3'…"""
    seen: dict[tuple[str, str], int] = {}
    keys = []
    for inc in incoming:
        n = seen[(inc.what, inc.key)] = seen.get((inc.what, inc.key), 0) + 1
        keys.append(inc.key if n == 1 else f"{inc.key}#{n}")
    return keys


def plan(source: str, incoming: list[Incoming], held: list[Held],
         legacy_key: Legacy = content) -> list[Step]:
    """One step per incoming item, in the file's order."""
    by_key = {(h.what, h.key): h for h in held if h.key is not None}
    # Items imported before sources were kept: claimed once each, by ``legacy_key``.
    legacy: dict[tuple[str, Hashable], list[Held]] = {}
    for h in held:
        if h.key is None:
            legacy.setdefault((h.what, legacy_key(h.what, h.item, None)), []).append(h)
    steps = []
    for inc, key in zip(incoming, twin_keys(incoming), strict=True):
        found = by_key.get((inc.what, key))
        if found is not None:
            steps.append(_merge(inc, key, found, RULES.get(source, SAME_ID)))
            continue
        old = legacy.get((inc.what, legacy_key(inc.what, inc.item, inc.key)))
        if old:
            steps.append(_adopt(inc, key, old.pop(0)))
            continue
        steps.append(Step("add", inc, key, write=inc.item, snapshot=snapshot(inc.what, inc.item)))
    return steps


def _merge(inc: Incoming, key: str, held: Held, rule: str) -> Step:
    new = snapshot(inc.what, inc.item)
    now = snapshot(held.what, held.item)
    before = held.imported if held.imported is not None else now
    update: dict[str, Any] = {}
    kept = []
    for name in FIELDS[inc.what]:
        if new.get(name) == before.get(name) or new.get(name) == now.get(name):
            continue  # unchanged in the source, or the journal already says the same
        if now.get(name) == before.get(name):
            update[name] = new[name]
        else:
            kept.append(name)  # edited here since the last import: the user's word wins
    step = Step("same", inc, key, held=held, kept=tuple(kept), snapshot=new, rule=rule)
    if update:
        step.action, step.changed = "update", tuple(update)
        step.write = held.item.with_changes(**update)
    elif kept:
        step.action = "keep"
    return step


def _adopt(inc: Incoming, key: str, held: Held) -> Step:
    """An item imported before sources were kept; from now on its source id is kept.

    There is no record of what that import wrote, so a field is taken from the file only
    when nothing in the journal is lost by it: it was empty, the file's tags include all
    the journal's, or the file's text goes on from the journal's (e.g. a footer added).
    Any other difference may be the user's own edit and is kept.
    """
    new, now = snapshot(inc.what, inc.item), snapshot(held.what, held.item)
    update: dict[str, Any] = {}
    kept = []
    for name in FIELDS[inc.what]:
        a, b = now.get(name), new.get(name)
        if a == b:
            continue
        more_tags = isinstance(a, list) and isinstance(b, list) and set(a) <= set(b)
        goes_on = isinstance(a, str) and isinstance(b, str) and b.startswith(a)
        if a in (None, "", []) or more_tags or goes_on:
            update[name] = b
        else:
            kept.append(name)
    step = Step("keep" if kept else "same", inc, key, held=held, kept=tuple(kept),
                snapshot=new, rule=LEGACY_RULE)
    if update:
        step.action, step.changed = "update", tuple(update)
        step.write = held.item.with_changes(**update)
    return step
