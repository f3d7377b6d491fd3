"""What a shared picture may say: redaction presets applied to the data before drawing.

Applied to the text itself (not painted over), so what is hidden cannot turn up
in pixels, SVG text, PDF text, metadata or the alt text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial

from careersquiggle.core.model import Chapter

NEUTRAL_ORG = "the organisation"


@dataclass(frozen=True)
class Redaction:
    # Chapter bands show the role (or "Chapter 2"); names are left out of labels too.
    hide_orgs: bool = False
    years_only: bool = False  # no months or days on the axis or in text
    hide_feel: bool = False  # no feel numbers on the axis or in text
    key_only: bool = False  # only key moments get a label

    @property
    def any(self) -> bool:
        return self.hide_orgs or self.years_only or self.hide_feel or self.key_only


def organisations(chapters: Sequence[Chapter]) -> list[str]:
    """The organisation names to hide, longest first (so 'Fernbank Labs' goes before 'Fernbank')."""
    names = {" ".join(c.organisation.split()) for c in chapters if c.organisation.strip()}
    return sorted(names, key=len, reverse=True)


def scrub(text: str, names: Sequence[str]) -> str:
    """``text`` with every organisation name replaced by a neutral phrase."""
    for name in names:
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)",
                             re.IGNORECASE)

        text = pattern.sub(partial(_neutral_at, text), text)
    return text


def _neutral_at(text: str, match: re.Match[str]) -> str:
    return _neutral(text, match.start())


def _neutral(text: str, at: int) -> str:
    """The neutral phrase, capitalised at the start of a sentence."""
    start = at == 0 or text[:at].rstrip().endswith((".", ":", "!", "?"))
    return NEUTRAL_ORG.capitalize() if start else NEUTRAL_ORG


def redact_chapters(chapters: Sequence[Chapter], hide_orgs: bool) -> list[Chapter]:
    """Chapters as a picture may show them: without organisations, a band is titled by its
    role, or a neutral "Chapter 2". Notes are never drawn, so they are dropped too."""
    names = organisations(chapters)
    out = []
    for n, c in enumerate(chapters, start=1):
        if hide_orgs:
            role = scrub(" ".join(c.role.split()), names)
            out.append(replace(c, title=role or f"Chapter {n}", organisation="", role=role,
                               notes=""))
        else:
            out.append(replace(c, notes=""))
    return out
