"""The layering of ARCHITECTURE.md, checked on every module the package holds.

Each module is found with :mod:`pkgutil` (so a new one is checked without being listed
here) and read with :mod:`ast`, so an import inside a function counts as much as one at
the top. Imports point down the layers only: core <- io <- ui <- app <- the command line.
"""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import kiosk
from tests.conftest import REPO

# Lowest first: a module may import its own layer and the layers before it.
LAYERS = ("core", "io", "ui", "app", "entry")
ENTRY_MODULES = {"kiosk.cli", "kiosk.__main__", "kiosk.content_commands", "kiosk.sign_off_commands"}
QT = ("PySide6", "shiboken6")
# The core holds rules only: what it needs from the machine is handed in.
NOT_IN_CORE = (
    *QT,
    "concurrent",
    "gc",
    "multiprocessing",
    "platformdirs",
    "socket",
    "sqlite3",
    "subprocess",
    "threading",
    "zipfile",
)


@cache
def modules() -> dict[str, Path]:
    found = {"kiosk": Path(kiosk.__file__)}
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        spec = importlib.util.find_spec(info.name)
        assert spec is not None and spec.origin is not None, info.name
        found[info.name] = Path(spec.origin)
    return found


def layer_of(module: str) -> str | None:
    """The layer of a ``kiosk`` module; None for the package itself (its version only)."""
    if module == "kiosk":
        return None
    if module in ENTRY_MODULES:
        return "entry"
    part = module.split(".")[1]
    return part if part in LAYERS else "unplaced"


def imports_of(module: str) -> set[str]:
    path = modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            # "from kiosk.io import resources" imports the module kiosk.io.resources.
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name}


def kiosk_imports(module: str) -> set[str]:
    return {name for name in imports_of(module) if name in modules()}


def test_every_module_is_found_and_placed_in_a_layer():
    names = modules()
    assert {"kiosk.core.settings", "kiosk.io.usage", "kiosk.ui.main_window", "kiosk.cli"} <= set(
        names
    )
    assert [name for name in names if layer_of(name) == "unplaced"] == []


def test_imports_point_down_the_layers_only():
    wrong = []
    for module in modules():
        own = layer_of(module)
        if own is None:
            assert kiosk_imports(module) == set(), "kiosk/__init__.py holds the version only"
            continue
        for imported in kiosk_imports(module):
            theirs = layer_of(imported)
            if theirs is not None and LAYERS.index(theirs) > LAYERS.index(own):
                wrong.append(f"{module} ({own}) imports {imported} ({theirs})")
    assert wrong == []


def _top_level(name: str) -> str:
    return name.split(".", maxsplit=1)[0]


def test_core_imports_neither_qt_nor_the_machine():
    wrong = {
        module: sorted(name for name in imports_of(module) if _top_level(name) in NOT_IN_CORE)
        for module in modules()
        if layer_of(module) == "core"
    }
    assert {module: names for module, names in wrong.items() if names} == {}


def test_io_never_imports_qt():
    wrong = {
        module: sorted(name for name in imports_of(module) if _top_level(name) in QT)
        for module in modules()
        if layer_of(module) == "io"
    }
    assert {module: names for module, names in wrong.items() if names} == {}


def test_the_checker_rejects_an_upward_import(tmp_path: Path):
    # The walk above must be able to fail: a core module importing the UI is caught.
    source = tmp_path / "bad.py"
    source.write_text("def f():\n    from kiosk.ui.theme import DEFAULT_THEME\n", "utf-8")
    modules()["kiosk.core.bad_example"] = source
    try:
        assert "kiosk.ui.theme" in kiosk_imports("kiosk.core.bad_example")
        assert LAYERS.index(layer_of("kiosk.ui.theme") or "") > LAYERS.index("core")
    finally:
        del modules()["kiosk.core.bad_example"]


def test_qt_free_layers_and_the_command_line_load_no_qt():
    # Beyond the source: importing them (and what they import) loads no Qt library.
    names = [m for m in modules() if layer_of(m) in {"core", "io"}] + ["kiosk.cli"]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"
