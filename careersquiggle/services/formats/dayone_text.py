"""Day One's entry text: Markdown with backslash escapes. A plain-text title,
the notes, and a footer line for what Day One knows about the moment."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

# Markdown lets any ASCII punctuation be escaped with a backslash.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
# ![](dayone-moment://ID) and ![](dayone-moment:/video/ID): where media sat in the text.
_MOMENT = re.compile(r"!?\[[^\]]*\]\(dayone-moment:[^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s+|$)")
# Invisible characters Day One leaves around formatting (zero-width space, word joiner, BOM,
# soft hyphen). Zero-width joiners stay: emoji are built with them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# Emphasis, strike-through, code and highlight marks; '_' only at word edges (snake_case).
_EMPHASIS = re.compile(r"(\*{1,3}|~~|`+|==)(?=\S)(.+?)(?<=\S)\1"
                       r"|(?<!\w)(_{1,3})(?=\S)(.+?)(?<=\S)\3(?!\w)")
_LINE_MARK = re.compile(r"^\s*(>\s*)+|^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?")


def unescape(text: str) -> str:
    return _ESCAPED.sub(r"\1", text)


def plain(line: str) -> str:
    """A Markdown line as plain text: no heading, list or quote marks, no emphasis,
    links as their words, escapes undone, invisible characters gone."""
    text = _INVISIBLE.sub("", line)
    text = _HEADING.sub("", text)
    text = _LINE_MARK.sub("", text)
    # Mark escaped characters so emphasis rules do not touch them, then undo the escapes.
    text = _ESCAPED.sub(lambda m: f"\0{ord(m.group(1))}\0", text)
    text = _LINK.sub(r"\1", text)
    for _ in range(3):  # nested: ***both*** is bold inside italic
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    text = re.sub(r"\0(\d+)\0", lambda m: chr(int(m.group(1))), text)
    return " ".join(text.split())


def title_and_notes(text: str, fits: Callable[[str], str]) -> tuple[str, str]:
    """A plain title from the first line with words in it (``fits`` shortens it when too
    long); the notes hold the rest, and that first line as written whenever the title
    leaves something of it out (marks, or words past the length limit)."""
    text = _INVISIBLE.sub("", _MOMENT.sub("", text)).replace("\r\n", "\n")
    lines = text.split("\n")
    while lines and not plain(lines[0]):
        lines.pop(0)
    if not lines:
        return "", ""
    first = lines[0].strip()
    title = fits(plain(first))
    rest = re.sub(r"\n{3,}", "\n\n", "\n".join(lines[1:])).strip()
    if unescape(_HEADING.sub("", first)).strip() != title:
        rest = f"{first}\n\n{rest}" if rest else first
    return title, unescape(rest)


def place(location: Any) -> str:
    if not isinstance(location, dict):
        return ""
    parts: list[str] = []
    for k in ("placeName", "localityName", "administrativeArea", "country"):
        v = location.get(k)
        if isinstance(v, str) and v.strip() and v.strip() not in parts:
            parts.append(v.strip())
    return ", ".join(parts)


def weather(w: Any) -> str:
    if not isinstance(w, dict):
        return ""
    parts = []
    if isinstance(w.get("conditionsDescription"), str) and w["conditionsDescription"].strip():
        parts.append(w["conditionsDescription"].strip())
    t = w.get("temperatureCelsius")
    if isinstance(t, (int, float)) and not isinstance(t, bool):
        parts.append(f"{t:.0f} °C")
    return ", ".join(parts)


def footer(journal: str, when: dt.datetime, zone: str, all_day: bool, where: str,
           sky: str) -> str:
    """'Day One · Work · 2021-09-14 09:45 Europe/Berlin · Berlin, Germany · Sunny, 21 °C'"""
    stamp = when.strftime("%Y-%m-%d") if all_day else when.strftime("%Y-%m-%d %H:%M")
    parts = ["Day One", journal, f"{stamp} {zone}".strip(), where, sky]
    return " · ".join(p for p in parts if p)
