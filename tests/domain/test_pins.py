"""Every dependency is pinned exactly, and PySide6's wheels move together.

PySide6 has leaked signal connections to lambdas in some releases (the 6.5 and 6.9
lines): an upgrade is a deliberate change, checked with the long memory run of
`make bench` (bench/README.md), never a side effect of a fresh install.
"""

import re
import tomllib

import kiosk
from tests.conftest import REPO

PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)==(?P<version>\S+)$")


def pins() -> dict[str, str]:
    found = {}
    for raw in (REPO / "constraints.txt").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        assert match, f"constraints.txt: not an exact pin: {line!r}"
        found[match["name"].lower().replace("_", "-")] = match["version"]
    return found


def test_every_dependency_is_pinned_exactly():
    pinned = pins()
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    for requirement in requirements:
        name = re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        assert name in pinned, f"{name} is not pinned in constraints.txt"


def test_pyside6_wheels_share_one_version():
    pinned = pins()
    versions = {pinned[name] for name in ("pyside6-essentials", "pyside6-addons", "shiboken6")}
    assert len(versions) == 1, versions


def test_the_package_version_matches_pyproject():
    # kiosk/__init__.py writes the version (no importlib.metadata at start); the build
    # scripts read pyproject.toml: a release must change both.
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    assert kiosk.__version__ == project["version"]
