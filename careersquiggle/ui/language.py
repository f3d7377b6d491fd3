"""The window in the reader's language: Qt's translators, the locale, dates.

Called once, before the first window is built (strings are translated when a
widget is made). See careersquiggle/translations.py for the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from careersquiggle import translations
from careersquiggle.core import i18n
from careersquiggle.render import local_dates


class PseudoTranslator(QTranslator):
    """Every string lengthened and accented (``--lang pseudo``): finds cut-off text."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return translations.pseudo_for(context, source)

    def isEmpty(self) -> bool:
        return False


def locale_for(lang: str | None) -> QLocale:
    """``--lang`` when given, else the system's locale (which also reads LANG & co.)."""
    if not lang:
        return QLocale.system()
    if translations.requested(lang) == translations.PSEUDO:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(lang)


def install(app: QCoreApplication, lang: str | None = None) -> QLocale:
    """Load Qt's own and our translations for ``lang``; returns the locale in use."""
    uninstall(app)  # a second call replaces the first language, not adds to it
    locale = locale_for(lang)
    QLocale.setDefault(locale)
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("qtbase", qt_dir), ("careersquiggle", str(translations.folder()))):
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", where)
        if not found and name == "careersquiggle":
            # A language we do not ship (or the C locale): the text stays English, and
            # English still needs its catalogue for "1 entry" against "2 entries".
            found = translator.load("careersquiggle_en", where)
        if found:
            app.installTranslator(translator)
            loaded.append(translator)
    if lang and translations.requested(lang) == translations.PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        loaded.append(pseudo)
    # Kept alive as long as the application (a Python-side attribute on it).
    app._translators = loaded  # type: ignore[attr-defined]
    # Core and services text goes through the same translators in the window.
    i18n.install(QCoreApplication.translate)
    local_dates.install(locale)
    return locale


def uninstall(app: QCoreApplication) -> None:
    """Back to text as written (tests switch languages)."""
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    app._translators = []  # type: ignore[attr-defined]
    i18n.install(None)
    local_dates.uninstall()
