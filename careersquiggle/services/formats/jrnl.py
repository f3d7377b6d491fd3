"""jrnl's JSON export (``jrnl --export json``): every entry becomes a note.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date", "time",
"tags", "starred"}]}``; the date is a day. jrnl has no id for an entry, so its
identity is its date, time and text: importing the same export again adds
nothing, and two entries alike in all three are both kept. Tags lose their
``@``/``#`` (the tag rule is in ``core.model.normalise_tag``); a starred entry
gets the tag ``starred``, as in Day One.
"""

from __future__ import annotations

import hashlib
from typing import Any

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.core.model import Entry, normalise_tag
from careersquiggle.services.formats import refusals
from careersquiggle.services.formats.parsed import (
    Parsed,
    journal_note,
    json_kind,
    not_this,
    zip_not_expected,
)
from careersquiggle.services.formats.source import Source, load_json


def parse(source: Source) -> Parsed:
    refusals.check_folder(source)
    if source.is_zip():
        raise zip_not_expected("jrnl")
    text = source.text()
    refusals.check_text(text)
    doc = load_json(text)
    kind = json_kind(doc)
    if kind != "jrnl":
        raise not_this("jrnl", kind, "no 'tags' and 'entries' at the top")
    parsed = Parsed(source="jrnl")
    marks = 0
    for n, item in enumerate(doc["entries"], 1):
        with parsed.item(f"entry {n}"):
            entry = _entry(item)
            if entry is None:
                parsed.ignored.append(f"entry {n}: it has no title and no text")
                continue
            marks += sum(1 for t in item.get("tags") or () if not normalise_tag(t))
            parsed.add("entries", entry, key(item), f"entry {n}")
    # jrnl takes a Markdown heading's '###' for a tag: there is no word in it to keep.
    parsed.leave_out("tags that are only marks (like '###')", marks)
    return parsed


def key(item: dict[str, Any]) -> str:
    """Date, time and a digest of the text: 2019-10-29 11:11 5f3a…"""
    text = f"{_text(item, 'title')}\n{_text(item, 'body')}"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"{item.get('date')} {item.get('time') or ''} {digest}".replace("  ", " ")


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(fill(translate(
            "Imports", "'%1' must be text"), key))
    return value.strip()


def _entry(item: Any) -> Entry | None:
    if not isinstance(item, dict):
        raise ValidationError(translate(
            "Imports", "it is not an object with a title and a date"))
    title, body = _text(item, "title"), _text(item, "body")
    if not title and not body:
        return None
    if not title:  # jrnl never writes this, but a hand-edited file might
        title, _, body = body.partition("\n")
        body = body.strip()
    if "date" not in item:
        raise ValidationError(translate(
            "Imports", "it has no date"))
    return journal_note(item, title, body, item["date"])
