"""Day One's JSON export: the ``.zip`` (``<Journal>.json`` + photos) or the ``.json``.

Each entry becomes a note. ``creationDate`` is UTC; the day is taken in the
entry's own ``timeZone`` when it names one we know, so a late-evening entry
keeps the day it was written on. ``text`` is Markdown in which Day One
backslash-escapes punctuation; we unescape it, take the first line as the
title and the rest as notes. Photos and other media are not kept: they are
counted in the report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import zoneinfo
from pathlib import PurePosixPath
from typing import Any

from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.model import Entry
from careersquiggle.services.formats.parsed import (
    Parsed,
    at,
    journal_note,
    json_kind,
    not_this,
)
from careersquiggle.services.formats.source import (
    Source,
    decode,
    load_json,
    member_names,
    read_member,
)

MEDIA = {"photos": "photos", "videos": "videos", "audios": "audio recordings",
         "pdfAttachments": "PDF attachments"}
# Markdown lets any ASCII punctuation be escaped with a backslash.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
# ![](dayone-moment://ID) and ![](dayone-moment:/video/ID): where media sat in the text.
_MOMENT = re.compile(r"!\[[^\]]*\]\(dayone-moment:[^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s+|$)")


def parse(source: Source) -> Parsed:
    parsed = Parsed()
    for name, text in _documents(source):
        doc = load_json(text) if name is None else _in(name, load_json, text)
        kind = json_kind(doc)
        if kind != "dayone":
            err = not_this("dayone", kind, "no 'metadata' and 'entries' at the top")
            raise err if name is None else ValidationError(f"{name}: {err}")
        prefix = "" if name is None else f"{name}: "
        for n, item in enumerate(doc["entries"], 1):
            with at(f"{prefix}entry {n}"):
                entry = _entry(item, parsed)
            if entry is None:
                parsed.ignored.append(f"{prefix}entry {n}: it has no text (only media)")
            else:
                parsed.entries.append(entry)
    return parsed


def _in(name: str, fn, *args):
    with at(name):
        return fn(*args)


def _documents(source: Source) -> list[tuple[str | None, str]]:
    """The journal JSON text(s): the file itself, or each journal in the zip."""
    if not source.is_zip():
        return [(None, source.text())]
    with source.zip() as archive:
        names = [n for n in member_names(archive) if n.lower().endswith(".json")]
        # A Day One zip holds one <Journal>.json per journal at its top level.
        top = [n for n in names if len(PurePosixPath(n).parts) == 1] or names
        if not top:
            raise ValidationError("the zip has no Day One journal in it (no .json file)")
        return [(n, _in(n, decode, read_member(archive, n))) for n in sorted(top)]


def _entry(item: Any, parsed: Parsed) -> Entry | None:
    if not isinstance(item, dict):
        raise ValidationError("it is not an object")
    for key, what in MEDIA.items():
        media = item.get(key) or []
        if not isinstance(media, list):
            raise ValidationError(f"'{key}' must be a list")
        parsed.leave_out(what, len(media))
    date = _day(item.get("creationDate"), item.get("timeZone"))
    text = item.get("text") or ""
    if not isinstance(text, str):
        raise ValidationError("'text' must be text")
    # Split before unescaping, so an escaped "\#" at the start is not taken for a heading.
    title, notes = (_unescape(part) for part in _split(_MOMENT.sub("", text)))
    if not title:
        return None
    return journal_note(item, title, notes, date)


def _day(stamp: Any, zone: Any) -> FuzzyDate:
    if stamp is None or (isinstance(stamp, str) and not stamp.strip()):
        raise ValidationError("it has no creationDate")
    if not isinstance(stamp, str):
        raise ValidationError("'creationDate' must be text like 2021-09-14T07:45:12Z")
    try:
        when = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        raise ValidationError(f"'{stamp}' is not a date and time (creationDate)") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if isinstance(zone, str) and zone:
        # An unknown zone (or a date at the edge of time): the UTC day will do.
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError, OSError,
                                 OverflowError):
            when = when.astimezone(zoneinfo.ZoneInfo(zone))
    return FuzzyDate.from_date(when.date())


def _unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def _split(text: str) -> tuple[str, str]:
    """First non-empty line (without a Markdown heading mark) and the rest."""
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return "", ""
    title = _HEADING.sub("", lines[0]).strip()
    rest = re.sub(r"\n{3,}", "\n\n", "\n".join(lines[1:])).strip()
    if not title:  # a line holding only '#'
        return _split(rest)
    return title, rest
