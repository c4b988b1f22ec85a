"""The kiosk folder is no larger than an empty PySide6 window frozen without trimming."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO
from tests.packaging.conftest import load_by_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def size_report() -> ModuleType:
    return load_by_path(REPO / "scripts" / "size-report.py", "_test_size_report")


def test_kiosk_is_no_larger_than_the_empty_window(frozen: Path, size_report: ModuleType):
    if not (size_report.REFERENCE / "_internal").is_dir():
        pytest.skip("no size reference: run `make installer-reference`")
    kiosk = size_report.folder_bytes(frozen)
    reference = size_report.folder_bytes(size_report.REFERENCE)
    assert kiosk <= reference, f"kiosk {kiosk / 1e6:.1f} MB > empty window {reference / 1e6:.1f} MB"


def test_the_filter_saves_what_it_should(frozen: Path, size_report: ModuleType):
    if not (size_report.UNTRIMMED / "_internal").is_dir():
        pytest.skip("no untrimmed build: run `make installer-reference`")
    saved = size_report.folder_bytes(size_report.UNTRIMMED) - size_report.folder_bytes(frozen)
    assert saved > 30e6, f"the Qt filter saves only {saved / 1e6:.1f} MB"
