"""Keeping what was written in a sample journal before it is thrown away.

A sample journal lives in a temporary folder and is removed when closed. A
newcomer's first review often happens there, so before it goes, the window
asks: keep it all as a new journal, copy what was added into one's own
journal, or discard it. Both ways to keep go through the lossless JSON
document, the one path journals are copied by.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careersquiggle import paths
from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.services import jsondoc
from careersquiggle.services.report import ImportReport

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal

LISTS = ("entries", "checkins", "chapters", "options", "plan")


def snapshot(journal: Journal) -> dict[str, Any]:
    """The sample as loaded, to tell later what was added or changed."""
    doc = jsondoc.export_document(journal)
    doc.pop("exported_at", None)
    return doc


def _key(item: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, repr(v)) for k, v in item.items() if k != "updated_at"))


def changed(journal: Journal, before: dict[str, Any]) -> bool:
    now = snapshot(journal)
    return any(sorted(map(_key, now.get(n, []))) != sorted(map(_key, before.get(n, [])))
               for n in LISTS) or now.get("intent") != before.get("intent")


def added_document(journal: Journal, before: dict[str, Any]) -> dict[str, Any]:
    """A JSON document holding only what was added since ``before`` (new ids), without
    those ids, so it can be imported into another journal."""
    doc = jsondoc.export_document(journal)
    out: dict[str, Any] = {k: v for k, v in doc.items() if k not in LISTS and k != "intent"}
    for name in LISTS:
        old = {item.get("id") for item in before.get(name, [])}
        out[name] = [copy.deepcopy(item) for item in doc.get(name, []) if item.get("id") not in old]
    new_entry_ids = {e["id"] for e in out["entries"]}
    for section in out.values():
        if isinstance(section, list):
            for item in section:
                item.pop("id", None)
    for action in out["plan"]:  # a link to a sample entry would point at nothing
        if action.get("entry_id") not in new_entry_ids:
            action["entry_id"] = None
    if doc.get("intent") != before.get("intent"):
        out["intent"] = doc.get("intent")
    return out


def added_count(doc: dict[str, Any]) -> int:
    return sum(len(doc.get(n, [])) for n in LISTS) + (1 if doc.get("intent") else 0)


def copy_added(journal: Journal, before: dict[str, Any], target: Journal) -> ImportReport:
    """Import what was added to the sample into ``target`` (nothing twice)."""
    text = jsondoc.dumps(added_document(journal, before))
    return jsondoc.import_text(target, text, source="the sample journal")


def keep_as_new(journal: Journal, folder: Path) -> Journal:
    """The whole sample as a new journal in ``folder``; returns that journal, open.
    Refuses a folder that already holds a journal: nothing there is touched."""
    from careersquiggle.services.journal import Journal

    folder = Path(folder)
    target_path = paths.journal_path(folder)
    if target_path.exists():
        raise JournalError(fill(translate(
            "Journal", "%1 already holds a journal; choose an empty folder"), folder))
    paths.ensure_private_dir(folder)
    text = jsondoc.dumps(jsondoc.export_document(journal))
    target = Journal.open(target_path)
    try:
        jsondoc.import_text(target, text, source="the sample journal")
    except BaseException:
        target.close()
        target_path.unlink(missing_ok=True)
        raise
    paths.make_private(target_path)
    return target
