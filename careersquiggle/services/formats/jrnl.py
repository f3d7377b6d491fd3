"""jrnl's JSON export (``jrnl --export json``): every entry becomes a note.

jrnl writes ``{"tags": {...}, "entries": [{"title", "body", "date", "time",
"tags", "starred"}]}``; the date is a day, the time is dropped (a career
journal does not need the minute). Tags lose their ``@``/``#``; a starred
entry gets the tag ``starred``.
"""

from __future__ import annotations

from typing import Any

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Entry
from careersquiggle.services.formats.parsed import (
    Parsed,
    at,
    journal_note,
    json_kind,
    not_this,
    zip_not_expected,
)
from careersquiggle.services.formats.source import Source, load_json


def parse(source: Source) -> Parsed:
    if source.is_zip():
        raise zip_not_expected("jrnl")
    doc = load_json(source.text())
    kind = json_kind(doc)
    if kind != "jrnl":
        raise not_this("jrnl", kind, "no 'tags' and 'entries' at the top")
    parsed = Parsed()
    for n, item in enumerate(doc["entries"], 1):
        with at(f"entry {n}"):
            entry = _entry(item)
        if entry is None:
            parsed.ignored.append(f"entry {n}: it has no title and no text")
        else:
            parsed.entries.append(entry)
    return parsed


def _text(item: dict, key: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"'{key}' must be text")
    return value.strip()


def _entry(item: Any) -> Entry | None:
    if not isinstance(item, dict):
        raise ValidationError("it is not an object with a title and a date")
    title, body = _text(item, "title"), _text(item, "body")
    if not title and not body:
        return None
    if not title:  # jrnl never writes this, but a hand-edited file might
        title, _, body = body.partition("\n")
        body = body.strip()
    if "date" not in item:
        raise ValidationError("it has no date")
    return journal_note(item, title, body, item["date"])
