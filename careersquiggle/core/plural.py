"""Counts in words: "1 entry", "2 entries", "no check-ins".

Every count shown to a person goes through :func:`count`, so the plural rule
lives in one place (and can be handed to Qt's translation, which knows each
language's plural forms, when the strings are translated).
"""

from __future__ import annotations

_IRREGULAR = {"entry": "entries", "company": "companies", "was": "were"}


def plural_of(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    last = word.rsplit(" ", 1)[-1]
    if last in _IRREGULAR:
        return word[: -len(last)] + _IRREGULAR[last]
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def count(n: int, singular: str, plural: str | None = None, *, zero: str | None = None) -> str:
    """``count(1, "entry")`` -> "1 entry"; ``count(3, "entry")`` -> "3 entries";
    ``count(0, "check-in", zero="no")`` -> "no check-ins"."""
    word = singular if n == 1 else (plural or plural_of(singular))
    return f"{zero if n == 0 and zero is not None else f'{n:,}'} {word}"
