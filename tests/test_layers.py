"""The layering rules of ARCHITECTURE.md, checked by walking every import."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "careersquiggle"
QT = ("PySide6", "pyqtgraph", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _files(layer: str):
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["core", "db", "services"])
def test_qt_free_layers_never_import_qt(layer):
    bad = {
        str(f.relative_to(PACKAGE)): sorted(m for m in _imports(f) if m.split(".")[0] in QT)
        for f in _files(layer)
    }
    assert {f: m for f, m in bad.items() if m} == {}


def test_core_imports_neither_database_nor_services():
    for f in _files("core"):
        for m in _imports(f):
            assert not m.startswith(("sqlalchemy", "alembic", "careersquiggle.db",
                                     "careersquiggle.services", "careersquiggle.render",
                                     "careersquiggle.ui")), (f, m)


def test_ui_never_reaches_the_database():
    for f in _files("ui"):
        for m in _imports(f):
            assert not m.startswith(("sqlalchemy", "alembic", "careersquiggle.db")), (f, m)


def test_lower_layers_never_import_upper_ones():
    order = ["core", "db", "services", "render", "ui"]
    for i, layer in enumerate(order):
        higher = tuple(f"careersquiggle.{h}" for h in order[i + 1:]) + (
            "careersquiggle.cli", "careersquiggle.app")
        for f in _files(layer):
            for m in _imports(f):
                if layer == "render" and m.startswith("careersquiggle.ui"):
                    pytest.fail(f"{f} imports {m}")
                assert not m.startswith(higher) or (layer == "ui" and m.startswith(
                    "careersquiggle.ui")), (f, m)
