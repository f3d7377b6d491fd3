"""argparse's own words ("usage:", "options", its error messages) from our catalogue.

argparse looks up each of its strings with gettext, through its module's ``_`` and
``ngettext``. Pointing those two at the one catalogue keeps a single place for
translators (no .po/.mo beside the .ts). The strings are marked below so lupdate
collects them; argparse's ``%s``/``%(name)s`` placeholders stay in every translation.
``error:`` is not among them: it stays as it is, for scripts.
"""

from __future__ import annotations

import argparse

from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, translate

MARKED = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


_ERROR_LINE = "%(prog)s: error: %(message)s\n"  # `error:` stays, whatever the language


def _gettext(text: str) -> str:
    return text if text == _ERROR_LINE else translate("argparse", text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


def install() -> None:
    """From now on argparse speaks the reader's language (call before building a parser)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
