"""Merging one object's fields from two laptops: pure functions, no files, no database.

An object's state is ``{field: [value, stamp, base]}``: the value, the clock stamp
of the write that set it, and the stamp of the value that write replaced (what
its laptop had seen). A delete is the field ``_deleted`` (its base: the newest
stamp the deleting laptop had seen on the object).

- Per field, the write with the higher stamp wins, on every laptop alike, in
  whatever order the writes arrive: the result depends only on the set of writes.
- A losing value is a *conflict* (kept for the user) when neither laptop had seen
  the other's write: the winner's base is older than the loser's stamp.
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
State = dict[str, list[Any]]  # field -> [value, stamp, base]


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
            if field not in _NEVER and (base or "") < cstamp and value != cvalue:
                lost.append(Lost(field, cvalue, cstamp, stamp))
        elif field not in _NEVER and (cbase or "") < stamp and value != cvalue:
            lost.append(Lost(field, value, stamp, cstamp))
    tomb = merged.get(DELETED)
    if tomb is None:
        return merged, lost
    # Deleted: every edit the deleting laptop had not seen is kept as a conflict (the
    # conflict list ignores one it already holds).
    seen = tomb[2] or ""
    unseen = [(f, v) for f, v in incoming.items() if f not in _NEVER]
    if before is None:  # deleted just now: this laptop's own unseen edits lose too
        unseen += [(f, v) for f, v in (local or {}).items() if f not in _NEVER]
    lost = [Lost(f, v[0], v[1], tomb[1]) for f, v in unseen if v[1] > seen]
    return merged, lost


def _rank(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def newest(state: State) -> str:
    """The newest stamp on the object (a delete's base)."""
    return max((v[1] for v in state.values()), default="")


def values(state: State) -> dict[str, Any]:
    return {f: v[0] for f, v in state.items() if f != DELETED}
