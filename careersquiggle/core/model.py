"""Entries, check-ins and chapters, and the rules every one of them obeys.

Objects are built through their ``create`` functions, which accept loosely
typed input (text from a form, a terminal or a file), validate it and raise
:class:`ValidationError` with a message a person understands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from careersquiggle.core.dates import EXAMPLES as DATE_EXAMPLES
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate

FEEL_MIN, FEEL_MAX = -5, 5
SCORE_MIN, SCORE_MAX = 0, 10
TITLE_MAX = 200
_TAG_STRIP = re.compile(r"^[#@]+")
_TAG_BAD = re.compile(r"[\s,]+")
# A '#' right after a letter or digit is a "sharp" (C#, F#): 'c#' would read as a tag
# mark inside a tag, and dropping it would merge C# with C.
_TAG_SHARP = re.compile(r"(?<=[^\W_])#")


class Kind(str, Enum):
    EVENT = "event"
    SHIFT = "shift"
    SHOCK = "shock"
    NOTE = "note"

    @property
    def label(self) -> str:
        return {
            "event": translate("Kinds", "Career event"),
            "shift": translate("Kinds", "Preference shift"),
            "shock": translate("Kinds", "External shock"),
            "note": translate("Kinds", "Note"),
        }[self.value]


KINDS = tuple(k.value for k in Kind)


def parse_kind(value: Any) -> Kind:
    if isinstance(value, Kind):  # str(Kind.EVENT) is 'Kind.EVENT', so never stringify one
        return value
    try:
        return Kind(str(value).strip().lower())
    except ValueError:
        raise ValidationError(fill(
            translate("Model", "'%1' is not a kind of entry; choose one of %2"),
            value, ", ".join(KINDS))) from None


# Field names as messages say them (translated where the message is made).
FIELD_NAMES = {"feel": QT_TRANSLATE_NOOP("Model", "feel"),
               "autonomy": QT_TRANSLATE_NOOP("Model", "autonomy"),
               "mastery": QT_TRANSLATE_NOOP("Model", "mastery"),
               "purpose": QT_TRANSLATE_NOOP("Model", "purpose"),
               "money": QT_TRANSLATE_NOOP("Model", "money")}


# What else messages name, with its article ("the title"): translated with the message.
NAMES = {"title": QT_TRANSLATE_NOOP("Model", "the title"),
         "chapter title": QT_TRANSLATE_NOOP("Model", "the chapter title"),
         "option's name": QT_TRANSLATE_NOOP("Model", "the option's name"),
         "action": QT_TRANSLATE_NOOP("Model", "the action"),
         "date": QT_TRANSLATE_NOOP("Model", "the date"),
         "start date": QT_TRANSLATE_NOOP("Model", "the start date"),
         "due date": QT_TRANSLATE_NOOP("Model", "the due date"),
         "done date": QT_TRANSLATE_NOOP("Model", "the done date"),
         "'from'": QT_TRANSLATE_NOOP("Model", "'from'"),
         "'to'": QT_TRANSLATE_NOOP("Model", "'to'"),
         "notes": QT_TRANSLATE_NOOP("Model", "the notes"),
         "the notes": QT_TRANSLATE_NOOP("Model", "the notes"),
         "the note": QT_TRANSLATE_NOOP("Model", "the note"),
         "the statement": QT_TRANSLATE_NOOP("Model", "the statement"),
         "organisation": QT_TRANSLATE_NOOP("Model", "the organisation"),
         "role": QT_TRANSLATE_NOOP("Model", "the role"),
         "a tag": QT_TRANSLATE_NOOP("Model", "a tag")}


def named(what: str) -> str:
    """A field as messages name it, in the reader's language."""
    return translate("Model", FIELD_NAMES.get(what) or NAMES.get(what) or what)


def _int_in(value: Any, lo: int, hi: int, what: str) -> int:
    name = named(what)

    def whole(shown: object = None) -> ValidationError:
        if shown is None:
            return ValidationError(fill(translate(
                "Model", "%1 must be a whole number from %2 to %3"), name, lo, hi))
        return ValidationError(fill(translate(
            "Model", "%1 must be a whole number from %2 to %3, not %4"), name, lo, hi, shown))

    if isinstance(value, bool):
        raise whole()
    if isinstance(value, str):
        text = value.strip().replace("\u2212", "-")  # accept a typographic minus
        try:
            value = int(text)
        except ValueError:
            raise whole(f"'{text}'") from None
    elif isinstance(value, float):
        if not value.is_integer():
            raise whole(value)
        value = int(value)
    elif not isinstance(value, int):
        raise whole()
    if not lo <= value <= hi:
        raise ValidationError(fill(translate("Model", "%1 must be from %2 to %3, not %4"),
                                   name, lo, hi, value))
    number: int = value
    return number


def parse_feel(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _int_in(value, FEEL_MIN, FEEL_MAX, "feel")


def parse_score(value: Any, what: str) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(fill(translate(
            "Model", "%1 is missing; give a score from 0 to 10"), named(what)), field=what)
    return _int_in(value, SCORE_MIN, SCORE_MAX, what)


def normalise_tag(tag: str) -> str:
    """Tags are plain words: '#Leadership' and '@leadership' are both 'leadership'.

    No tag holds a tag mark: a '#' after a letter or digit is spelled out ('@C#' is
    'csharp'), any other '#' or '@' is dropped; '+', '.' and '/' stay ('c++', 'os/2').
    """
    tag = _TAG_STRIP.sub("", str(tag).strip()).casefold()
    tag = _TAG_SHARP.sub("sharp", tag).replace("#", "").replace("@", "")
    return _TAG_BAD.sub("-", tag).strip("-")


def normalise_tags(tags: Iterable[str] | str | None) -> tuple[str, ...]:
    if tags is None:
        return ()
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    elif not isinstance(tags, (list, tuple, set, frozenset)):
        raise ValidationError(translate("Model", "tags must be a list of words"), field="tags")
    out: set[str] = set()  # a set: 100,000 tags take linear time, not quadratic
    for t in tags:
        if not isinstance(t, str):
            raise ValidationError(fill(translate("Model", "a tag must be a word, not %1"),
                                       repr(t)), field="tags")
        n = normalise_tag(_valid_unicode(t, "a tag"))
        if n:
            out.add(n)
    return tuple(sorted(out))


def _valid_unicode(value: str, what: str) -> str:
    # Lone surrogates (bytes a non-UTF-8 terminal or file smuggled in) cannot be stored.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(fill(translate(
            "Model", "%1 holds characters that are not valid text (UTF-8)"), named(what))) from None
    if "\x00" in value:
        # NUL ends a C string: other tools would read a different, shorter text.
        raise ValidationError(fill(translate(
            "Model", "%1 holds a NUL character, which text cannot hold"), named(what)))
    return value


def _title(value: Any, what: str = "title") -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(fill(translate("Model", "%1 is empty; give it a few words"),
                                   named(what)), field="title")
    text = _valid_unicode(value.strip(), what)
    if len(text) > TITLE_MAX:
        raise ValidationError(fill(translate(
            "Model", "%1 is %2 characters long; keep it under %3"), named(what), len(text),
            TITLE_MAX), field="title")
    return text


def _text(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(fill(translate("Model", "%1 must be text"), named(what)))
    return _valid_unicode(value, what)


# Shared with the other kinds of record (crossroads options, plan actions).
parse_title = _title
parse_text = _text


def _date(value: Any, what: str = "date") -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(fill(translate("Model", "%1 is missing; write it as %2"),
                                   named(what), translate("Dates", DATE_EXAMPLES)),
                              field="date")
    return FuzzyDate.parse(value)


@dataclass(frozen=True)
class Entry:
    kind: Kind
    title: str
    date: FuzzyDate
    feel: int | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    private: bool = False
    shift_from: str = ""
    shift_to: str = ""
    key_moment: bool = False  # always a full marker and a label, at any density
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def create(
        cls,
        *,
        kind: Any,
        title: Any,
        date: Any = None,
        feel: Any = None,
        notes: Any = "",
        tags: Any = (),
        private: Any = False,
        shift_from: Any = "",
        shift_to: Any = "",
        key_moment: Any = False,
        id: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> Entry:
        kind = parse_kind(kind)
        shift_from, shift_to = _text(shift_from, "'from'").strip(), _text(shift_to, "'to'").strip()
        if kind is not Kind.SHIFT and (shift_from or shift_to):
            raise ValidationError(translate("Model", "only a preference shift has 'from' and 'to'"))
        if not isinstance(private, bool):
            raise ValidationError(translate("Model", "'private' must be true or false"))
        if not isinstance(key_moment, bool):
            raise ValidationError(translate("Model", "'key_moment' must be true or false"))
        return cls(
            kind=kind,
            title=_title(title),
            date=FuzzyDate.today() if date is None else _date(date),
            feel=parse_feel(feel),
            notes=_text(notes, "notes"),
            tags=normalise_tags(tags),
            private=private,
            shift_from=shift_from,
            shift_to=shift_to,
            key_moment=key_moment,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )

    def with_changes(self, **changes: Any) -> Entry:
        """A validated copy with some fields changed (used by edits)."""
        values = {f: getattr(self, f) for f in self.__dataclass_fields__}
        values.update(changes)
        return Entry.create(**values)

    @property
    def is_windfall(self) -> bool:
        return self.kind is Kind.SHOCK and self.feel is not None and self.feel > 0

    def content_key(self) -> tuple[object, ...]:
        """What makes two entries 'the same' when importing twice."""
        return (self.kind.value, self.title, str(self.date), self.notes)


@dataclass(frozen=True)
class CheckIn:
    date: FuzzyDate
    autonomy: int
    mastery: int
    purpose: int
    note: str = ""
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def create(
        cls,
        *,
        autonomy: Any,
        mastery: Any,
        purpose: Any,
        date: Any = None,
        note: Any = "",
        id: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> CheckIn:
        return cls(
            date=FuzzyDate.today() if date is None else _date(date),
            autonomy=parse_score(autonomy, "autonomy"),
            mastery=parse_score(mastery, "mastery"),
            purpose=parse_score(purpose, "purpose"),
            note=_text(note, "the note"),
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )

    def with_changes(self, **changes: Any) -> CheckIn:
        values = {f: getattr(self, f) for f in self.__dataclass_fields__}
        values.update(changes)
        return CheckIn.create(**values)

    @property
    def drive(self) -> float:
        """Mean of autonomy, mastery and purpose (0-10)."""
        return (self.autonomy + self.mastery + self.purpose) / 3.0

    def content_key(self) -> tuple[object, ...]:
        return (str(self.date), self.autonomy, self.mastery, self.purpose, self.note)


@dataclass(frozen=True)
class Chapter:
    title: str
    start: FuzzyDate
    end: FuzzyDate | None = None
    organisation: str = ""
    role: str = ""
    notes: str = ""
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @classmethod
    def create(
        cls,
        *,
        title: Any,
        start: Any,
        end: Any = None,
        organisation: Any = "",
        role: Any = "",
        notes: Any = "",
        id: int | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> Chapter:
        start_d = _date(start, "start date")
        end_d = None if end is None or (isinstance(end, str) and not end.strip()) else _date(end)
        if end_d is not None and end_d.end() < start_d.start():
            raise ValidationError(fill(translate(
                "Model", "the chapter ends (%1) before it starts (%2)"), end_d, start_d),
                field="date")
        return cls(
            title=_title(title, "chapter title"),
            start=start_d,
            end=end_d,
            organisation=_text(organisation, "organisation").strip(),
            role=_text(role, "role").strip(),
            notes=_text(notes, "notes"),
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )

    def with_changes(self, **changes: Any) -> Chapter:
        values = {f: getattr(self, f) for f in self.__dataclass_fields__}
        values.update(changes)
        return Chapter.create(**values)

    @property
    def ongoing(self) -> bool:
        return self.end is None

    def span(self, now: float) -> tuple[float, float]:
        """Start and end on the time axis; an ongoing chapter runs to ``now``."""
        end = self.end.end_position() if self.end else max(now, self.start.end_position())
        return self.start.start_position(), end

    def content_key(self) -> tuple[object, ...]:
        return (self.title, str(self.start), str(self.end) if self.end else None, self.organisation)


@dataclass(frozen=True)
class EntryQuery:
    """What to show: every field narrows the result; empty means 'no limit'."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    chapter_id: int | None = None
    date_from: FuzzyDate | None = None
    date_to: FuzzyDate | None = None
    text: str = ""
    include_private: bool = True

    def narrowed(self, **changes: Any) -> EntryQuery:
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return self == EntryQuery()
