"""One-line capture, jrnl-style: ``careersquiggle add "2019-03: Promoted @leadership +3"``.

The grammar (also in ``careersquiggle add --help``)::

    [DATE:] TITLE [@tag | #tag]... [+N | -N]

- DATE: an optional leading date and a colon, in any form the date parser
  knows (``2019``, ``2019-03:``, ``March 2019:``, ``yesterday:``). Without
  one, the entry is dated today.
- @tag or #tag: a word starting with @ or # anywhere becomes a tag and is
  taken out of the title.
- +N / -N: a signed whole number on its own (e.g. ``+3``, ``-2``) is the feel,
  from -5 to +5; at most one.
- The rest is the title.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from careersquiggle.core.dates import FuzzyDate, parse_date
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, fill, translate

# Translated where shown: translate("OneLine", GRAMMAR).
GRAMMAR = QT_TRANSLATE_NOOP(
    "OneLine", 'TEXT is one line: [DATE:] TITLE [@tag|#tag]... [+N|-N], e.g. '
    '"2019-03: Promoted to team lead @leadership +3". DATE is optional (default: '
    'today) and may be 2019, 2019-03, March 2019, 14 March 2019, yesterday, last month; '
    'a word starting with @ or # is a tag; a lone +N or -N is the feel (-5..+5).')

_LEADING_DATE = re.compile(r"^\s*([^:]{1,40}?)\s*:(?=\s|$)")
_TAG = re.compile(r"^[@#][^\W_][\w-]*$", re.UNICODE)
_FEEL = re.compile(r"^[+\-\u2212]\d{1,2}$")


@dataclass(frozen=True)
class OneLine:
    title: str
    date: FuzzyDate | None
    feel: int | None
    tags: tuple[str, ...]


def parse_one_line(text: str, today: dt.date | None = None) -> OneLine:
    date = None
    m = _LEADING_DATE.match(text)
    if m:
        try:
            date = parse_date(m.group(1), today=today)
        except ValidationError:
            # "Note to self: be brave" is a title; "2019-13: …" is a date gone wrong.
            if m.group(1)[:1].isdigit():
                raise
        else:
            text = text[m.end():]
    words, tags, feels = [], [], []
    for word in text.split():
        if _TAG.match(word):
            tags.append(word[1:])
        elif _FEEL.match(word):
            feels.append(word.replace("\u2212", "-"))
        else:
            words.append(word)
    if len(feels) > 1:
        raise ValidationError(fill(translate(
            "OneLine", "give the feel once, not %1 times (%2)"), len(feels), ' '.join(feels)))
    return OneLine(title=" ".join(words), date=date, feel=int(feels[0]) if feels else None,
                   tags=tuple(tags))
