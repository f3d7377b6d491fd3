"""Entries, check-ins, chapters, options and plan actions as plain dicts: the JSON
document's items (and the items of operation records)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.model import Chapter, CheckIn, Entry

if TYPE_CHECKING:  # (listing entries need not load the crossroads' model)
    from careersquiggle.core.crossroads import Option, PlanAction


def entry_to_dict(e: Entry) -> dict[str, Any]:
    return {
        "id": e.id, "kind": e.kind.value, "title": e.title, "date": str(e.date),
        "feel": e.feel, "notes": e.notes, "tags": list(e.tags), "private": e.private,
        "shift_from": e.shift_from, "shift_to": e.shift_to, "key_moment": e.key_moment,
        "created_at": e.created_at, "updated_at": e.updated_at,
    }


def checkin_to_dict(c: CheckIn) -> dict[str, Any]:
    return {
        "id": c.id, "date": str(c.date), "autonomy": c.autonomy, "mastery": c.mastery,
        "purpose": c.purpose, "note": c.note,
        "created_at": c.created_at, "updated_at": c.updated_at,
    }


def chapter_to_dict(c: Chapter) -> dict[str, Any]:
    return {
        "id": c.id, "title": c.title, "organisation": c.organisation, "role": c.role,
        "start": str(c.start), "end": str(c.end) if c.end else None, "notes": c.notes,
        "created_at": c.created_at, "updated_at": c.updated_at,
    }


def option_to_dict(o: Option) -> dict[str, Any]:
    return {"id": o.id, "title": o.title, "autonomy": o.autonomy, "mastery": o.mastery,
            "purpose": o.purpose, "money": o.money, "notes": o.notes,
            "created_at": o.created_at, "updated_at": o.updated_at}


def action_to_dict(a: PlanAction) -> dict[str, Any]:
    def d(v: FuzzyDate | None) -> str | None:
        return str(v) if v else None

    return {"id": a.id, "kind": a.kind, "title": a.title, "status": a.status,
            "start": d(a.start), "due": d(a.due), "done": d(a.done), "notes": a.notes,
            "entry_id": a.entry_id, "created_at": a.created_at, "updated_at": a.updated_at}
