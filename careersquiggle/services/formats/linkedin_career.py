"""A career from LinkedIn's list of roles: the events between chapters.

One "Joined <Company> as <Role>" per stay at an employer, then "Promoted to
<Role> at <Company>" (a more senior title) or "New role: <Role> at <Company>"
for each next role there. A role that ends adds nothing, unless the next role
starts at another employer the person was not already at: then "Left <A> for
<B>" on the day it ended. Each event's identity is its role's, so a newer
export updates a title that changed (e.g. when a role is found in between).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careersquiggle.core.dates import FuzzyDate

# Titles by seniority: the highest word found counts. A more senior next title is a promotion.
_RANKS = [
    (0, r"intern|trainee|apprentice|student|phd candidate|doctoral"),
    (1, r"junior|assistant|associate|graduate"),
    (3, r"senior|sr"),
    (4, r"lead|principal|staff"),
    (5, r"manager|head of|supervisor"),
    (6, r"director|head"),
    (7, r"vp|vice president|partner"),
    (8, r"chief|cto|ceo|cfo|coo|president|founder|owner"),
]
_RANK_RE = [(rank, re.compile(rf"\b({words})\b", re.IGNORECASE)) for rank, words in _RANKS]
_LEGAL = re.compile(r"[,.]?\s+(inc|ltd|llc|gmbh|ag|sa|sàrl|sarl|plc|bv|ab|oy|srl|co)\.?$",
                    re.IGNORECASE)
# A stay at an employer ends when the next role there starts more than this long after.
_GAP_DAYS = 365
# The next employer must start no earlier than this before the old role ended.
_NOTICE_DAYS = 31


@dataclass(frozen=True)
class Role:
    key: str
    company: str
    title: str
    start: FuzzyDate
    end: FuzzyDate | None


@dataclass(frozen=True)
class Event:
    key: str
    title: str
    date: FuzzyDate


def employer(company: str) -> str:
    """'Kestrel Labs, Inc.' and 'kestrel labs' are one employer."""
    name = " ".join(company.split()).strip(" ,.")
    return _LEGAL.sub("", name).casefold()


def rank(title: str) -> int:
    found = [r for r, pattern in _RANK_RE if pattern.search(title)]
    return max(found) if found else 2


def _days(d: FuzzyDate) -> float:
    return d.start_position() / 86400


def events(roles: list[Role]) -> list[Event]:
    order = sorted(roles, key=lambda r: (_days(r.start), r.key))
    out: list[Event] = []
    for i, role in enumerate(order):
        earlier = [r for r in order[:i] if employer(r.company) == employer(role.company)]
        prev = earlier[-1] if earlier else None
        gap = prev is not None and prev.end is not None and \
            _days(role.start) - _days(prev.end) > _GAP_DAYS
        at = role.company or role.title
        if prev is None or gap:
            verb = "Rejoined" if gap else "Joined"
            title = f"{verb} {at} as {role.title}" if role.title and role.company else \
                f"{verb} {at}"
        elif rank(role.title) > rank(prev.title):
            title = f"Promoted to {role.title} at {role.company}"
        else:
            title = f"New role: {role.title} at {role.company}"
        out.append(Event(f"{role.key}|start", title, role.start))
        left = _left_for(role, order)
        if left is not None and role.end is not None:
            out.append(Event(f"{role.key}|left", f"Left {role.company} for {left.company}",
                             role.end))
    return out


def _left_for(role: Role, order: list[Role]) -> Role | None:
    """The employer someone left this role for, if it was their last there."""
    if role.end is None or not role.company:
        return None
    end = _days(role.end)
    mine = employer(role.company)
    if any(employer(r.company) == mine and r is not role and _days(r.start) >= _days(role.start)
           and _days(r.start) - end <= _GAP_DAYS for r in order):
        return None  # a next role at the same employer
    later = [r for r in order if employer(r.company) != mine and r.company
             and _days(r.start) > _days(role.start) and _days(r.start) >= end - _NOTICE_DAYS]
    if not later:
        return None
    nxt = min(later, key=lambda r: _days(r.start))
    # Not someone they were already working for (a side role running alongside).
    if any(employer(r.company) == employer(nxt.company) and _days(r.start) < end - _NOTICE_DAYS
           for r in order):
        return None
    return nxt
