"""The frozen folder from `make installer` (skipped without one)."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO
from tests.packaging.conftest import DIST, version

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and objdump: Linux")
def test_check_frozen_passes(frozen: Path):
    """Exactly the agreed plugins, ldd finds every library, all stripped, no spare Qt."""
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "check-frozen.py"), str(frozen)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_no_qt_quick_webengine_or_ffmpeg(frozen: Path, qt_bundle: ModuleType):
    names = [p.relative_to(frozen).as_posix() for p in frozen.rglob("*") if not p.is_dir()]
    assert qt_bundle.forbidden(names) == []
    lowered = [name.lower() for name in names]
    for part in ("qt6quick", "qt6qml", "webengine", "avcodec", "ffmpeg", "qt6pdf"):
        assert not [name for name in lowered if part in name], part


def test_plugins_are_exactly_the_policy(frozen: Path, check_frozen: ModuleType):
    assert check_frozen.bundled_plugins(frozen) == check_frozen.expected_plugins(sys.platform)


def test_qt_translations_are_dropped_and_the_kiosks_are_bundled(frozen: Path):
    internal = frozen / "_internal"
    assert not list(internal.glob("PySide6/**/translations/*.qm"))
    sources = sorted(p.stem for p in (REPO / "kiosk" / "translations").glob("*.ts"))
    bundled = sorted(p.stem for p in (internal / "translations").glob("*.qm"))
    assert bundled == sources


def test_frozen_self_test_passes(frozen: Path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(frozen / "kiosk"), "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "; OK" in result.stdout


def test_frozen_commands_without_qt(frozen: Path):
    run = [str(frozen / "kiosk")]
    shown = subprocess.run([*run, "--version"], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == f"kiosk {version()}"
    checked = subprocess.run(
        [*run, "check-config", str(REPO / "kiosk.example.toml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .tar.gz is for Linux")
def test_versioned_archive_unpacks_to_opt_layout(frozen: Path):
    archives = sorted(DIST.glob(f"bloodcancer-kiosk-{version()}-linux-*.tar.gz"))
    if not archives:
        pytest.skip("no .tar.gz in dist/: run `make installer`")
    with tarfile.open(archives[-1]) as archive:
        members = {member.name: member for member in archive.getmembers()}
    assert members["bloodcancer-kiosk/kiosk"].mode & 0o111
    for name in ("docs/deploying.md", "docs/kiosk.example.toml", "_internal/base_library.zip"):
        assert f"bloodcancer-kiosk/{name}" in members
    assert {member.uid for member in members.values()} == {0}
