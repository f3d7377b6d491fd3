"""The crossroads in the JSON document: "options", "intent", "plan", and prompt links.

A reflection note carries ``"prompt"`` in its entry object; a plan action
that became an event names that entry's id. Ids may change when importing
into a journal that already holds things, so links are followed through the
entries' content rather than their ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from careersquiggle.core.crossroads import MAX_OPTIONS, Intent, Option, PlanAction
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Entry
from careersquiggle.core.serial import action_to_dict, option_to_dict
from careersquiggle.services.journal import Journal
from careersquiggle.services.report import ImportReport

_OPTION_KEYS = ("title", "autonomy", "mastery", "purpose", "money", "notes",
                "created_at", "updated_at")
_ACTION_KEYS = ("kind", "title", "status", "start", "due", "done", "notes",
                "created_at", "updated_at")


def export_sections(journal: Journal, entry_dicts: list[dict[str, Any]]) -> dict[str, Any]:
    """The crossroads keys of the document; marks reflection notes in ``entry_dicts``."""
    linked = journal.reflections.links()
    for e in entry_dicts:
        if e.get("id") in linked:
            e["prompt"] = linked[e["id"]]
    it = journal.crossroads.intent()
    return {
        "options": [option_to_dict(o) for o in journal.crossroads.options()],
        "intent": {"statement": it.statement, "updated_at": it.updated_at},
        "plan": [action_to_dict(a) for a in journal.crossroads.plan()],
    }


# What identifies an entry across journals (Entry.content_key).
EntryKey = tuple[object, ...]


@dataclass
class Sections:
    """The validated crossroads part of a document, ready to import."""

    options: list[Option] = field(default_factory=list)
    intent: Intent | None = None
    # (action, key of the event it is on the squiggle as)
    plan: list[tuple[PlanAction, EntryKey | None]] = field(default_factory=list)
    prompts: dict[EntryKey, str] = field(default_factory=dict)  # entry content key -> prompt id


def _obj(item: Any, keys: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise ValidationError(fill(translate(
            "JsonDoc", "%1 is not an object"), where))
    picked = {k: item[k] for k in keys if k in item}
    ident = item.get("id")
    if ident is not None and (not isinstance(ident, int) or isinstance(ident, bool) or ident < 1):
        raise ValidationError(fill(translate(
            "JsonDoc", "%1: 'id' must be a positive whole number"), where))
    picked["id"] = ident
    return picked


def _list(doc: dict[str, Any], name: str) -> list[Any]:
    items = doc.get(name) or []
    if not isinstance(items, list):
        raise ValidationError(fill(translate(
            "JsonDoc", "'%1' must be a list"), name))
    return items


def read_sections(doc: dict[str, Any], entries: list[Entry]) -> Sections:
    """Validate the crossroads keys (``entries`` as read from the same document)."""
    out = Sections()
    raw_entries = _list(doc, "entries")
    by_doc_id = {}
    for raw, entry in zip(raw_entries, entries, strict=False):
        if isinstance(raw, dict) and isinstance(raw.get("id"), int):
            by_doc_id[raw["id"]] = entry.content_key()
        prompt = raw.get("prompt") if isinstance(raw, dict) else None
        if prompt is not None:
            if not isinstance(prompt, str) or not prompt.strip():
                raise ValidationError(fill(translate(
                    "JsonDoc", "entry '%1': 'prompt' must be a prompt id"), entry.title))
            out.prompts[entry.content_key()] = prompt
    for n, item in enumerate(_list(doc, "options"), 1):
        try:
            out.options.append(Option.create(**_obj(item, _OPTION_KEYS, f"option {n}")))
        except (ValidationError, TypeError) as exc:
            raise ValidationError(fill(translate(
                "JsonDoc", "option %1: %2"), n, _why(exc))) from None
    raw_intent = doc.get("intent")
    if raw_intent is not None:
        if not isinstance(raw_intent, dict):
            raise ValidationError(translate(
                "JsonDoc", "'intent' must be an object"))
        try:
            out.intent = Intent.create(statement=raw_intent.get("statement", ""),
                                       updated_at=raw_intent.get("updated_at"))
        except ValidationError as exc:
            raise ValidationError(fill(translate(
                "JsonDoc", "intent: %1"), exc)) from None
    for n, item in enumerate(_list(doc, "plan"), 1):
        try:
            action = PlanAction.create(**_obj(item, _ACTION_KEYS, f"plan action {n}"))
        except (ValidationError, TypeError) as exc:
            raise ValidationError(fill(translate(
                "JsonDoc", "plan action %1: %2"), n, _why(exc))) from None
        event = item.get("entry_id")
        out.plan.append((action, by_doc_id.get(event) if event is not None else None))
    return out


def _why(exc: Exception) -> str:
    return str(exc) if isinstance(exc, ValidationError) else "has a field of the wrong kind"


def import_sections(journal: Journal, sec: Sections, report: ImportReport, dry_run: bool) -> None:
    """Add what is not held yet; run after the entries were imported."""
    by_key = {e.content_key(): e.id for e in journal.entries() if e.id is not None}
    held = {o.content_key() for o in journal.crossroads.options()}
    room = MAX_OPTIONS - len(held)
    for o in sec.options:
        if o.content_key() in held:
            report.count(report.duplicates, "options")
        elif room <= 0:
            report.ignored.append(f"option '{o.title}': the journal already holds {MAX_OPTIONS} "
                                  "options")
        else:
            held.add(o.content_key())
            room -= 1
            report.count(report.added, "options")
            if not dry_run:
                journal.crossroads.add_option(o)
    if sec.intent is not None and sec.intent.statement:
        mine = journal.crossroads.intent()
        if mine.statement == sec.intent.statement:
            report.count(report.duplicates, "intent")
        elif mine.statement:
            report.ignored.append("intent: kept the journal's own statement")
        else:
            report.count(report.added, "intent")
            if not dry_run:
                journal.crossroads.set_intent(sec.intent, touch=False)
    plan_keys = {a.content_key() for a in journal.crossroads.plan()}
    for action, event_key in sec.plan:
        if action.content_key() in plan_keys:
            report.count(report.duplicates, "plan actions")
            continue
        plan_keys.add(action.content_key())
        report.count(report.added, "plan actions")
        if not dry_run:
            journal.crossroads.add_action(action.with_changes(
                entry_id=None if event_key is None else by_key.get(event_key)))
    if not dry_run:
        journal.reflections.link({by_key[k]: p for k, p in sec.prompts.items() if k in by_key})
