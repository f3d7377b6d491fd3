"""Every message a person reads is marked for the catalogue, also outside the window.

The pseudo-locale test of the window only sees what a window shows. Messages raised in
core, services and db (shown in dialogs and as the terminal's `error:` lines) and what
the terminal prints are found here, in the code itself: a raise of one of our errors,
or a print, whose text is a plain string or f-string was never marked.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "careersquiggle"
# Our errors: their messages reach people (a dialog, an `error:` line).
OURS = {"JournalError", "ValidationError", "DamagedJournal", "NotFound", "JournalInUse",
        "DiskFull", "ReadOnly", "Busy", "DiskError", "PassphraseRequired", "WrongPassphrase",
        "ForeignSchema"}
# What the terminal shows a person (cli/): its lines and its `error:` / `note:` messages.
SHOWN = {"print", "error", "note"}


def _words(text: str) -> bool:
    # `error:` and `note:` stay as they are in every language (scripts read them); markup
    # is not text.
    for prefix in ("error: ", "note: "):
        text = text.removeprefix(prefix)
    return any(c.isalpha() for c in re.sub(r"<[^>]*>|&\w+;|^[^<]*>|<[^>]*$", "", text))


def _plain_text(node: ast.expr) -> bool:
    """A literal sentence: a string, an f-string, or one glued together from them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and _words(str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    return False


def _name(func: ast.expr) -> str:
    """The called name: ``ValidationError``, ``errors.DiskFull``, ``common.error`` (a
    logger's ``log.error`` is for the log file, not for a person)."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        parser = isinstance(func.value, ast.Attribute) and func.value.attr == "parser"
        return func.attr if func.attr in OURS or owner == "common" or parser else ""
    return ""


def unmarked(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_cli = "cli" in path.relative_to(PACKAGE).parts
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _name(node.func)
        if (name in OURS or (in_cli and name in SHOWN)) and _plain_text(node.args[0]):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}("
                         f"{ast.unparse(node.args[0])[:70]}")
    return found


# What widgets show: a plain string given to one of these in ui/ (or drawn into a picture
# in render/) was never marked.
WIDGET_TEXT = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText",
               "setAccessibleName", "setAccessibleDescription", "setStatusTip", "setTitle",
               "showMessage", "addRow", "addTab", "setTabText", "QLabel", "QPushButton",
               "QCheckBox", "QRadioButton", "QToolButton", "QGroupBox", "QAction", "addAction",
               "addMenu", "warning", "information", "question", "critical", "QMessageBox",
               "setInformativeText", "setDetailedText", "setWhatsThis", "addItem", "addButton",
               "setHtml", "setSuffix", "setPrefix"}
DRAWN_TEXT = {"LabelItem", "TextItem", "setLabel", "setTitle"}


def unmarked_widget_text(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = WIDGET_TEXT if "ui" in path.relative_to(PACKAGE).parts else DRAWN_TEXT
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in names and any(_plain_text(a) for a in node.args[:3]):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {name}("
                         f"{ast.unparse(node.args[0])[:70]}")
    return found


@pytest.mark.parametrize("layer", ["ui", "render"])
def test_every_widget_text_is_marked_for_translation(layer):
    """Text the window shows only after an action (a status message, a message box) is
    not seen by the walk of every window: found here instead."""
    found = [hit for f in sorted((PACKAGE / layer).rglob("*.py"))
             for hit in unmarked_widget_text(f)]
    assert found == [], ("mark these with self.tr / Context.tr, then `make translations`:\n"
                         + "\n".join(found))


def test_the_finder_sees_a_plain_message_and_passes_a_marked_one(tmp_path):
    (tmp_path / "cli").mkdir()
    sample = PACKAGE / "cli" / "_sample_for_test.py"
    try:
        sample.write_text('raise ValidationError(f"the {x} is empty")\n'
                          'raise ValidationError(fill(translate("Model", "%1 is empty"), x))\n'
                          'print("added it")\nprint(fill(CLI.tr("added %1"), x))\n'
                          'print(json.dumps(doc))\n', encoding="utf-8")
        assert [line.split(": ", 1)[1] for line in unmarked(sample)] == [
            "ValidationError(f'the {x} is empty'", "print('added it'"]
    finally:
        sample.unlink()


@pytest.mark.parametrize("layer", ["core", "db", "services", "cli", "render", "ui", "."])
def test_every_message_is_marked_for_translation(layer):
    root = PACKAGE / layer
    files = sorted(root.glob("*.py") if layer == "." else root.rglob("*.py"))
    found = [hit for f in files if "migrations" not in f.parts for hit in unmarked(f)]
    assert found == [], ("mark these with translate(context, text) / Context.tr (see "
                         "careersquiggle/core/i18n.py), then `make translations`:\n"
                         + "\n".join(found))
