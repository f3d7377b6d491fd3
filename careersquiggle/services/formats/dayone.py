"""Day One's JSON export: the ``.zip`` (``<Journal>.json`` per journal + media) or a ``.json``.

Each entry becomes a note, known by its ``uuid``. ``creationDate`` (UTC) is
kept as the entry's ``created_at`` and ``modifiedDate`` as its ``updated_at``;
the day is taken in the entry's own ``timeZone``, so a late-evening entry
keeps the day it was written on. The title is the first line as plain text
(Markdown marks, escapes and invisible characters removed; the line as
written stays in the notes when they differ). The journal's name becomes a
tag, a star the tag ``starred`` (as for jrnl), and a footer line in the notes
keeps the local time, the place and the weather. Whatever is not kept (media,
music, device details, …) is counted in the report by name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Callable, Hashable
from pathlib import PurePosixPath
from typing import Any, TypeVar

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate
from careersquiggle.core.model import Entry
from careersquiggle.services.formats import refusals
from careersquiggle.services.formats.dayone_text import (
    footer,
    place,
    plain,
    title_and_notes,
    weather,
)
from careersquiggle.services.formats.parsed import (
    Parsed,
    at,
    journal_note,
    json_kind,
    not_this,
    split_title,
)
from careersquiggle.services.formats.source import (
    Source,
    decode,
    load_json,
    member_names,
    read_member,
)

# Names as the report shows them (marked here, translated where it shows them).
MEDIA = {"photos": QT_TRANSLATE_NOOP("Report", "photos"),
         "videos": QT_TRANSLATE_NOOP("Report", "videos"),
         "audios": QT_TRANSLATE_NOOP("Report", "audio recordings"),
         "pdfAttachments": QT_TRANSLATE_NOOP("Report", "PDF attachments")}
# Keys read into the entry (the footer, tags, dates, …): not "left out".
KEPT = {"uuid", "creationDate", "modifiedDate", "timeZone", "text", "tags", "starred",
        "location", "weather", "isAllDay", *MEDIA}
_DEVICE = QT_TRANSLATE_NOOP("Report", "device details")
_EDITING = QT_TRANSLATE_NOOP("Report", "editing times")
# Keys not kept, as the report names them (counted once per entry that has them).
NOT_KEPT = {
    "music": QT_TRANSLATE_NOOP("Report", "music tracks"),
    "userActivity": QT_TRANSLATE_NOOP("Report", "activity records (steps)"),
    "richText": QT_TRANSLATE_NOOP("Report", "rich-text copies (the Markdown text is kept)"),
    "creationDevice": _DEVICE, "creationDeviceType": _DEVICE, "creationDeviceModel": _DEVICE,
    "creationOSName": _DEVICE, "creationOSVersion": _DEVICE,
    "editingTime": _EDITING, "duration": _EDITING,
    "sourceString": QT_TRANSLATE_NOOP("Report", "place-visit links"),
    "isPinned": QT_TRANSLATE_NOOP("Report", "pins"),
}
_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def parse(source: Source) -> Parsed:
    refusals.check_folder(source)
    parsed = Parsed(source="dayone", legacy_key=legacy_key)
    for name, journal, text in _documents(source):
        if name is None:
            refusals.check_text(text)
        doc = load_json(text) if name is None else _in(name, load_json, text)
        kind = json_kind(doc)
        if kind != "dayone":
            err = not_this("dayone", kind, "no 'metadata' and 'entries' at the top")
            raise err if name is None else ValidationError(f"{name}: {err}")
        prefix = "" if name is None else f"{name}: "
        for n, item in enumerate(doc["entries"], 1):
            where = f"{prefix}entry {n}"
            with parsed.item(where):
                entry = _entry(item, journal, parsed)
                if entry is None:
                    parsed.ignored.append(f"{where}: it has no text (only media)")
                    continue
                parsed.add("entries", entry, _key(item), where)
    # The same order every time: media first, then the rest by name.
    media = [m for m in MEDIA.values() if m in parsed.left_out]
    rest = sorted(k for k in parsed.left_out if k not in media)
    parsed.left_out = {k: parsed.left_out[k] for k in media + rest}
    return parsed


def legacy_key(what: str, item: Any, key: str | None) -> Hashable:
    """Before sources were kept, an entry's title kept its Markdown and its notes had no
    footer: it is known again by its day and its title as plain text."""
    return (str(item.date), plain(item.title).rstrip("…")[:100])


_T = TypeVar("_T")


def _in(name: str, fn: Callable[..., _T], *args: Any) -> _T:
    with at(name):
        return fn(*args)


def _documents(source: Source) -> list[tuple[str | None, str, str]]:
    """(member name or None, journal name, JSON text): the file, or each journal in the zip."""
    if not source.is_zip():
        stem = PurePosixPath(source.name).stem if source.path is not None else ""
        return [(None, stem, source.text())]
    with source.zip() as archive:
        names = [n for n in member_names(archive) if n.lower().endswith(".json")]
        # A Day One zip holds one <Journal>.json per journal at its top level.
        top = [n for n in names if len(PurePosixPath(n).parts) == 1] or names
        if not top:
            raise ValidationError(fill(translate(
                "Imports", "the zip has no Day One journal in it (no .json file); %1"),
                translate("Imports", refusals.DAYONE_EXPORT)))
        return [(n, PurePosixPath(n).stem, _in(n, decode, read_member(archive, n)))
                for n in sorted(top)]


def _key(item: dict[str, Any]) -> str:
    uuid = item.get("uuid")
    if isinstance(uuid, str) and uuid.strip():
        return uuid.strip().upper()
    # Without a uuid (a hand-made file): its creation time and text.
    text = str(item.get("text") or "")
    return f"{item.get('creationDate')} {hashlib.sha256(text.encode()).hexdigest()[:16]}"


def _entry(item: Any, journal: str, parsed: Parsed) -> Entry | None:
    if not isinstance(item, dict):
        raise ValidationError(translate(
            "Imports", "it is not an object"))
    for key, what in MEDIA.items():
        media = item.get(key) or []
        if not isinstance(media, list):
            raise ValidationError(fill(translate(
                "Imports", "'%1' must be a list"), key))
        parsed.leave_out(what, len(media))
    when, zone = _when(item.get("creationDate"), item.get("timeZone"))
    text = item.get("text") or ""
    if not isinstance(text, str):
        raise ValidationError(translate(
            "Imports", "'text' must be text"))
    title, notes = title_and_notes(text, lambda t: split_title(t)[0])
    if not title:
        return None
    _count_left_out(item, parsed)
    line = footer(journal, when, zone, item.get("isAllDay") is True,
                  place(item.get("location")), weather(item.get("weather")))
    notes = f"{notes}\n\n{line}" if notes else line
    base = journal_note(item, title, notes, FuzzyDate.from_date(when.date()))
    tags = [*base.tags, journal] if journal else list(base.tags)
    return base.with_changes(tags=tags, created_at=_stamp(item.get("creationDate")),
                             updated_at=_stamp(item.get("modifiedDate")))


def _count_left_out(item: dict[str, Any], parsed: Parsed) -> None:
    named = set()
    for key, value in item.items():
        if key in KEPT or value in (None, False, "", [], {}, 0):
            continue
        named.add(NOT_KEPT.get(key, f"'{key}' values"))
    location = item.get("location")
    if isinstance(location, dict) and ("latitude" in location or "region" in location):
        named.add(QT_TRANSLATE_NOOP("Report", "map coordinates"))
    for what in named:
        parsed.leave_out(what + " of {entries}", 1)


def _when(stamp: Any, zone: Any) -> tuple[dt.datetime, str]:
    """The creation time in the entry's own zone (UTC when it names none we know)."""
    if stamp is None or (isinstance(stamp, str) and not stamp.strip()):
        raise ValidationError(translate(
            "Imports", "it has no creationDate"))
    if not isinstance(stamp, str):
        raise ValidationError(translate(
            "Imports", "'creationDate' must be text like 2021-09-14T07:45:12Z"))
    try:
        when = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise ValidationError(fill(translate(
            "Imports", "'%1' is not a date and time (creationDate)"), stamp)) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if isinstance(zone, str) and zone:
        try:
            return when.astimezone(zoneinfo.ZoneInfo(zone)), zone
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, OverflowError):
            pass  # an unknown zone (or a date at the edge of time): the UTC day will do
    return when.astimezone(dt.UTC), "UTC"


def _stamp(value: Any) -> str | None:
    """Day One's UTC time as created_at/updated_at are stored; None when unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    try:
        return when.astimezone(dt.UTC).strftime(_STAMP)
    except (OverflowError, ValueError):
        return None
