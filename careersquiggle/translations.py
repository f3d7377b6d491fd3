"""The reader's language: one catalogue for the window and the terminal.

The catalogue is Qt's: ``pyside6-lupdate`` collects every marked string into
``resources/translations/careersquiggle_<lang>.ts`` and ``pyside6-lrelease``
compiles it to ``.qm`` (``make translations``). The window loads the ``.qm``
with QTranslator, next to Qt's own translations. The terminal reads the same
``.ts`` with the standard library: importing QtCore would cost a terminal
command about a second, and a second catalogue (gettext) would be a second
thing for translators to keep in step. ``error:`` stays as it is in every
language, so scripts can rely on it.

``--lang pseudo`` is the pseudo-locale: every string lengthened by about 40%
and accented, to find text that is cut off, without waiting for a translator.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Mapping
from pathlib import Path

from careersquiggle.core import i18n
from careersquiggle.resources import resource_dir

SHIPPED = ("en", "de")  # en holds only the singular forms of plurals
PSEUDO = "pseudo"


def folder() -> Path:
    """Where the catalogues are, in a checkout, a wheel and the bundle alike."""
    return resource_dir("translations")


def requested(lang: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The language to use: ``--lang`` when given, else the environment's (LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG, as gettext looks them up); 'en' when nothing says."""
    if lang:
        return _short(lang)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0]
        if value:
            return _short(value)
    return "en"


def _short(value: str) -> str:
    """'de_DE.UTF-8' -> 'de'; 'C' and 'POSIX' are English."""
    code = re.split(r"[_.@-]", value.strip())[0].lower()
    return "en" if code in ("", "c", "posix") else code


# -- the pseudo-locale -----------------------------------------------------------

_ACCENTS = str.maketrans("aeiouycnAEIOUYCN", "áéîõüýçñÅÉÎÕÜÝÇÑ")
# Left as they are: %1 and %n, argparse's %s and %(name)s, HTML tags, entities, and &
# before a shortcut letter.
_KEEP = re.compile(r"%\d+|%n|%\([a-z_]+\)[sdr]|%[sdr]|<[^>]*>|&[a-zA-Z]+;|&(?=\w)")


def pseudo(text: str) -> str:
    """About 40% longer, accented, in brackets: cut-off text shows at a glance."""
    if not text.strip():
        return text
    parts, last = [], 0
    for m in _KEEP.finditer(text):
        parts.append(text[last:m.start()].translate(_ACCENTS))
        parts.append(m.group())
        last = m.end()
    parts.append(text[last:].translate(_ACCENTS))
    body = "".join(parts)
    visible = len(re.sub(r"<[^>]*>", "", text))
    return f"[{body} {'~' * max(1, math.ceil(visible * 0.4) - 3)}]"


# -- the terminal: the .ts read without Qt -------------------------------------------

def _plural_form(lang: str, n: int) -> int:
    """Which plural form to use; the rules of the languages we ship (and French)."""
    if lang == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


@functools.lru_cache(maxsize=8)
def read_catalogue(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, disambiguation) -> the finished translation (forms of a plural)."""
    import xml.etree.ElementTree as ET  # here: most terminal commands never need it

    table: dict[tuple[str, str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                    "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            table[key] = forms
    return table


@functools.lru_cache(maxsize=1)
def marked() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Our contexts, and every (context, source) lupdate found in the code: the pseudo-locale
    lengthens only these, so a string that reaches tr() without lupdate seeing it (in an
    f-string, say) shows as plain English, and the tests that look for English find it."""
    import xml.etree.ElementTree as ET

    contexts: set[str] = set()
    sources: set[tuple[str, str]] = set()
    for context in ET.parse(folder() / "careersquiggle_de.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        contexts.add(name)
        sources.update((name, m.findtext("source") or "") for m in context.iter("message"))
    return frozenset(contexts), frozenset(sources)


def pseudo_for(context: str, text: str) -> str:
    """The pseudo-locale's text: ours when marked, Qt's own always."""
    contexts, sources = marked()
    if context in contexts and (context, text) not in sources:
        return text
    return pseudo(text)


def _pseudo_terminal(context: str, text: str, _disambiguation: str | None = None,
                     n: int = -1) -> str:
    out = pseudo_for(context, text)
    return out.replace("%n", str(n)) if n >= 0 else out


def terminal_translator(lang: str) -> i18n.Translator | None:
    """How the terminal translates in ``lang``, or None when nothing is to be done."""
    if lang == PSEUDO:
        return _pseudo_terminal
    path = folder() / f"careersquiggle_{lang}.ts"
    if not path.is_file():
        return None

    def translate(context: str, text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if lang == "en" and n < 0:
            return text  # English needs the catalogue for plurals only: quick capture stays quick
        forms = read_catalogue(path).get((context, text, disambiguation or ""))
        out = text
        if forms:
            out = forms[min(_plural_form(lang, n), len(forms) - 1)] if n >= 0 else forms[0]
        return out.replace("%n", str(n)) if n >= 0 else out
    return translate


def install_terminal(lang: str | None = None) -> str:
    """Translate the terminal's messages; returns the language used."""
    chosen = requested(lang)
    i18n.install(terminal_translator(chosen))
    return chosen
