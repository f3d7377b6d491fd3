"""Find text a person sees that did not go through the translation catalogue.

In the pseudo-locale every translated string comes out as ``[Áççéñtéd ~~~]``. What is
left of a visible text once those pieces, the journal's own data (titles, tags, notes…),
dates, numbers and file names are taken out must hold no words: a word left over is a
string that was never marked for translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from careersquiggle import APP_NAME
from careersquiggle.services.journal import Journal

_PSEUDO = re.compile(r"\[[^\[\]]*~\]")  # one pseudo-translated piece, innermost first
_TAGS = re.compile(r"<[^>]*>|&[a-zA-Z]+;|&#\d+;")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
           "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday",
           "Thursday", "Friday", "Saturday", "Sunday"]
_DATE_WORDS = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_PATHS = re.compile(r"\S*[/\\]\S*|\S+\.(png|svg|json|csv|md|txt|sqlite3|log)\b")
# Not words to translate: the app's name, key names, units and symbols.
_KEPT = re.compile(r"\b(" + "|".join([re.escape(APP_NAME), "Ctrl", "Alt", "Shift", "Esc",
                                      "PgUp", "PgDn", "Enter", "Del", "Tab", "px", "PNG",
                                      "SVG", "JSON", "CSV", "Markdown", "SQLite", "Qt",
                                      "PySide6", "Python", "Okabe", "Ito", "Day One",
                                      "LinkedIn", "jrnl", "Drive", "Pink"]) + r")\b")
_WORD = re.compile(r"[A-Za-z]{2,}")


def journal_words(journal: Journal) -> list[str]:
    """Everything a person wrote into the journal: shown as it is, never translated."""
    words: set[str] = set()
    for e in journal.entries():
        words.update([e.title, e.notes, e.shift_from, e.shift_to, *e.tags])
    for c in journal.chapters():
        words.update([c.title, c.organisation, c.role])
    for ci in journal.checkins():
        words.add(ci.note)
    for o in journal.crossroads.options():
        words.update([o.title, o.notes])
    words.add(journal.crossroads.intent().statement)
    for a in journal.crossroads.plan():
        words.update([a.title, a.notes])
    for answers in journal.reflections.answers().values():
        words.update(a.text for a in answers)
    return sorted((w for w in words if w), key=len, reverse=True)


def leftover(text: str, data: Iterable[str]) -> str:
    """The words of ``text`` that are neither translated nor data (empty when all is well)."""
    rest = _TAGS.sub(" ", text.replace("&&", "&"))
    while True:
        fewer = _PSEUDO.sub(" ", rest)
        if fewer == rest:
            break
        rest = fewer
    for item in data:  # shortened to fit ("Fernbank raised a large round and began to g…")
        words = " ".join(item.split())
        for cut in range(len(words) - 1, 8, -1):
            if f"{words[:cut].rstrip()}…" in rest:
                rest = rest.replace(f"{words[:cut].rstrip()}…", " ")
                break
    for item in data:
        for line in item.splitlines():
            if len(line.strip()) > 1:
                rest = rest.replace(line.strip(), " ")
    rest = _PATHS.sub(" ", rest)
    rest = _DATE_WORDS.sub(" ", rest)
    rest = _KEPT.sub(" ", rest)
    return " ".join(_WORD.findall(rest))


def _menu_texts(actions, where: str) -> Iterator[tuple[str, str]]:
    for a in actions:
        if a.isSeparator():
            continue
        yield f"{where} action", a.text()
        if a.statusTip():
            yield f"{where} status tip", a.statusTip()
        if a.toolTip() and a.toolTip().replace("&", "") != a.text().replace("&", ""):
            yield f"{where} tooltip", a.toolTip()
        if a.menu() is not None:
            yield from _menu_texts(a.menu().actions(), f"{where} > {a.text()}")


def _item_texts(model, kind: str, tree: bool, parent=None,
                depth: int = 0) -> Iterator[tuple[str, str]]:
    parent = parent or QModelIndex()
    columns = model.columnCount(parent) if not isinstance(model, QAbstractListModel) else 1
    for row in range(min(model.rowCount(parent), 60)):
        for col in range(columns):
            index = model.index(row, col, parent)
            for role, what in ((Qt.ItemDataRole.DisplayRole, "cell"),
                               (Qt.ItemDataRole.ToolTipRole, "cell tooltip"),
                               (Qt.ItemDataRole.AccessibleTextRole, "cell accessible text")):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"{kind} {what}", value
            if tree and depth < 2 and col == 0:
                yield from _item_texts(model, kind, tree, index, depth + 1)


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the window a person can see or hear."""
    yield "window title", window.windowTitle()
    if isinstance(window, QMainWindow):
        yield from _menu_texts(window.menuBar().actions(), "menu")
    for w in [window, *window.findChildren(QWidget)]:
        kind = type(w).__name__
        for what, text in (("tooltip", w.toolTip()), ("accessible name", w.accessibleName()),
                           ("accessible description", w.accessibleDescription()),
                           ("status tip", w.statusTip()), ("what's this", w.whatsThis())):
            yield f"{kind} {what}", text
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.MarkdownText:
            yield f"{kind} text", w.text()
        if isinstance(w, QAbstractButton):
            yield f"{kind} text", w.text()
        if isinstance(w, QGroupBox):
            yield f"{kind} title", w.title()
        if isinstance(w, QLineEdit):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{kind} item", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{kind} tab", w.tabText(i)
                yield f"{kind} tab tooltip", w.tabToolTip(i)
        if isinstance(w, QMenu):
            yield from _menu_texts(w.actions(), kind)
        if isinstance(w, (QTextEdit, QPlainTextEdit)) and w.isReadOnly():
            yield f"{kind} text", w.toPlainText()  # whole: a pseudo piece spans lines
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _item_texts(w.model(), kind, isinstance(w, QTreeView))
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount()):
                header = model.headerData(col, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    yield f"{kind} column header", header
                tip = model.headerData(col, Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{kind} column header tooltip", tip


def untranslated(window: QWidget, data: Iterable[str]) -> list[str]:
    data = list(data)
    found = []
    for where, text in visible_texts(window):
        if text and (words := leftover(text, data)):
            found.append(f"{where}: {text!r} (left: {words})")
    return sorted(set(found))
