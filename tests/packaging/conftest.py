"""Where the packaging tests find the builds, and why they skip without them.

The normal test run does not build anything: `make installer` makes dist/kiosk and the
.tar.gz, `make deb` the .deb, `make installer-reference` the size reference, and
`make test-packaging` all three and then these tests.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO

DIST = REPO / "dist"
FROZEN = DIST / "kiosk"
NAME = "bloodcancer-kiosk"


def load_by_path(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def deb_version() -> str:
    """The version as build-deb.sh writes it: a PEP 440 pre-release gets Debian's tilde."""
    return re.sub(r"^([0-9.]+)(a|b|rc|\.dev)", r"\1~\2", version())


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture(scope="session")
def qt_bundle() -> ModuleType:
    return load_by_path(REPO / "packaging" / "pyinstaller" / "qt_bundle.py", "_test_qt_bundle")


@pytest.fixture(scope="session")
def check_frozen() -> ModuleType:
    return load_by_path(REPO / "scripts" / "check-frozen.py", "_test_check_frozen")


@pytest.fixture(scope="session")
def frozen() -> Path:
    if not (FROZEN / "kiosk").is_file():
        pytest.skip("no frozen build in dist/kiosk: run `make installer` or `make test-packaging`")
    return FROZEN


@pytest.fixture(scope="session")
def deb() -> Path:
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed (Debian: dpkg)")
    path = DIST / f"{NAME}_{deb_version()}_{deb_architecture()}.deb"
    if not path.is_file():
        pytest.skip(f"no {path.name} in dist/: run `make deb` or `make test-packaging`")
    return path
