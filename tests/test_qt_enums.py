"""Qt enums are written in full (``Qt.AlignmentFlag.AlignLeft``, not ``Qt.AlignLeft``).

The short forms only work through PySide6's compatibility layer, type checkers do not
know them, and Qt 7 drops them. Every ``A.B`` whose ``A`` is a Qt class imported from
PySide6 (or pyqtgraph's Qt shim) and whose ``B`` is an enum member is looked up in the
real bindings, so no list of names is kept here.
"""

from __future__ import annotations

import ast
import enum
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("careersquiggle", "tests", "benchmarks")
QT_MODULES = ("PySide6", "pyqtgraph")


def _import(module: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _qt_names(tree: ast.Module) -> dict[str, object]:
    """Names bound by the file's imports of PySide6 and pyqtgraph, to the real objects."""
    names: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] in QT_MODULES:
                    top = a.asname or a.name.split(".")[0]
                    mod = _import(a.name if a.asname else top)
                    if mod is not None:
                        names[top] = mod
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] not in QT_MODULES:
                continue
            mod = _import(node.module)
            for a in node.names:
                obj = getattr(mod, a.name, None)
                if obj is None:
                    obj = _import(f"{node.module}.{a.name}")
                if obj is not None:
                    names[a.asname or a.name] = obj
    return names


def _resolve(node: ast.expr, names: dict[str, object]):
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _resolve(node.value, names)
        return None if base is None else getattr(base, node.attr, None)
    return None


def short_forms(path: Path) -> list[tuple[int, int, str, str]]:
    """(line, column, short form, full form) of each short-form Qt enum in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _qt_names(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = _resolve(node.value, names)
        if not isinstance(owner, type) or isinstance(owner, enum.EnumMeta):
            continue
        member = getattr(owner, node.attr, None)
        if not isinstance(member, enum.Enum):
            continue
        short = ast.unparse(node)
        enum_name = type(member).__name__
        found.append((node.lineno, node.col_offset, short,
                      f"{ast.unparse(node.value)}.{enum_name}.{node.attr}"))
    return sorted(found)


def _files():
    for top in SOURCES:
        yield from sorted((ROOT / top).rglob("*.py"))


def test_qt_enums_are_written_in_full():
    bad = [f"{f.relative_to(ROOT)}:{line}: {short} -> {full}"
           for f in _files() for line, _col, short, full in short_forms(f)]
    assert bad == []


def test_the_scan_finds_a_short_form(tmp_path):
    # The check above must be able to fail: a file with one short and one full form.
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import Qt\n"
                      "from PySide6 import QtWidgets\n"
                      "a = Qt.AlignLeft\n"
                      "b = Qt.AlignmentFlag.AlignLeft\n"
                      "c = QtWidgets.QSizePolicy.Expanding\n", encoding="utf-8")
    assert [(line, short, full) for line, _c, short, full in short_forms(sample)] == [
        (3, "Qt.AlignLeft", "Qt.AlignmentFlag.AlignLeft"),
        (5, "QtWidgets.QSizePolicy.Expanding", "QtWidgets.QSizePolicy.Policy.Expanding"),
    ]
