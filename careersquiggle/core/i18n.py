"""Translatable text without Qt: core, services and the terminal mark their strings here.

Strings are marked the way Qt's tools read them, so ``pyside6-lupdate`` puts them
in the one catalogue with the window's (careersquiggle/resources/translations):

    translate("Dates", "the date is empty")          a sentence
    DATES.tr("%n entries", "", n)                     a plural, DATES = Context("DATES")

(lupdate takes the name before ``.tr`` as the context, so a Context is named
exactly as the variable that holds it.) Until someone installs a translator —
the window installs Qt's, the terminal reads the catalogue itself, see
careersquiggle/translations.py — text comes out as written, ``%n`` filled in.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _as_written(_context: str, text: str, _disambiguation: str | None = None,
                n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_current: list[Translator] = [_as_written]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _current[0](context, text, disambiguation, n)


def install(translator: Translator | None) -> None:
    """Use ``translator`` for every string from now on (None: text as written)."""
    _current[0] = translator or _as_written


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802 (Qt's name for it)
    """Marks text for the catalogue where it is defined (a module constant, read before
    any translator is installed); translate it where it is shown."""
    return text


def fill(text: str, *values: object) -> str:
    """Put values into %1, %2, ... (as Qt's QString.arg): translators may reorder them."""
    # From the highest number down, so %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text


class Context:
    """A translation context for code outside Qt's classes; see the module docstring."""

    def __init__(self, name: str):
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)
