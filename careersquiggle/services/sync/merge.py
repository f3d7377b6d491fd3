"""Merging one object's fields from two laptops: pure functions, no files, no database.

An object's state is ``{field: [value, stamp, seen]}``: the value, the clock stamp
of the write that set it, and the stamps of the values that write replaced, the
newest first (what its laptop had seen of that field; at most ``HISTORY``). A
delete is the field ``_deleted``; its ``seen`` holds every stamp the deleting
laptop had on the object.

- Per field, the write with the higher stamp wins, on every laptop alike, in
  whatever order the writes arrive: the result depends only on the set of writes.
- A losing value is a *conflict* (kept for the user) when the winner's laptop had
  not seen it: its stamp is not among the winner's ``seen``. (Comparing stamps
  would not do: with clocks hours apart, a laptop's own earlier write can be newer
  than another's it never saw.)
- A delete wins over every edit; an edit the deleting laptop had not seen is a
  conflict, so the user can bring the object back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

DELETED = "_deleted"
# Time stamps follow the edit they belong to: never a conflict of their own.
QUIET = frozenset({"created_at", "updated_at"})
_NEVER = QUIET | {DELETED}  # never a conflict entry
State = dict[str, list[Any]]  # field -> [value, stamp, seen]
HISTORY = 16  # stamps kept per field: edits further back than this count as seen


def seen_of(base: Any) -> list[str]:
    """A write's ``seen`` (older files and tests wrote one stamp, or None)."""
    if base is None:
        return []
    return [base] if isinstance(base, str) else list(base)


def replacing(current: list[Any] | None) -> list[str]:
    """What a new write over ``current`` (a field's [value, stamp, seen]) has seen."""
    if current is None:
        return []
    return [current[1], *seen_of(current[2])][:HISTORY]


def all_seen(state: State) -> list[str]:
    """Every stamp on the object, and what each had seen: a delete's ``seen``."""
    found = {v[1] for f, v in state.items() if f != DELETED}
    for f, v in state.items():
        if f != DELETED:
            found.update(seen_of(v[2]))
    return sorted(found)


@dataclass(frozen=True)
class Lost:
    """A value that lost without its writer having seen the winner."""

    field: str
    value: Any
    stamp: str
    winner: str


def merge(local: State | None, incoming: State) -> tuple[State, list[Lost]]:
    """The object after ``incoming`` is merged into ``local``, and what lost."""
    if not local:  # new here: nothing to weigh (the common case when joining)
        return dict(incoming), []
    merged: State = dict(local or {})
    lost: list[Lost] = []
    before = merged.get(DELETED)
    for field, (value, stamp, base) in incoming.items():
        current = merged.get(field)
        if current is None:
            merged[field] = [value, stamp, base]
            continue
        cvalue, cstamp, cbase = current
        if stamp == cstamp:
            # The same write delivered again; two writes share a stamp only when two
            # laptops share a device id (a copied journal): then the same one wins on both.
            if value != cvalue and _rank(value) > _rank(cvalue):
                merged[field] = [value, stamp, base]
            continue
        if stamp > cstamp:
            merged[field] = [value, stamp, base]
            if field not in _NEVER and cstamp not in seen_of(base) and value != cvalue:
                lost.append(Lost(field, cvalue, cstamp, stamp))
        elif field not in _NEVER and stamp not in seen_of(cbase) and value != cvalue:
            lost.append(Lost(field, value, stamp, cstamp))
    tomb = merged.get(DELETED)
    if tomb is None:
        return merged, lost
    # Deleted: every edit the deleting laptop had not seen is kept as a conflict (the
    # conflict list ignores one it already holds).
    seen = set(seen_of(tomb[2]))
    unseen = [(f, v) for f, v in incoming.items() if f not in _NEVER]
    if before is None:  # deleted just now: this laptop's own unseen edits lose too
        unseen += [(f, v) for f, v in (local or {}).items() if f not in _NEVER]
    lost = [Lost(f, v[0], v[1], tomb[1]) for f, v in unseen if v[1] not in seen]
    return merged, lost


def _rank(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def values(state: State) -> dict[str, Any]:
    return {f: v[0] for f, v in state.items() if f != DELETED}
