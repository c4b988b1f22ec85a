"""scripts/governance-migrate.py: its command line, and that it leaves migrated files be."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO


def load() -> ModuleType:
    path = REPO / "scripts" / "governance-migrate.py"
    spec = importlib.util.spec_from_file_location("_governance_migrate", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


migrate = load()


def test_help_is_help_not_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    # It once took "--help" for a content folder and "migrated" nothing there.
    with pytest.raises(SystemExit) as exit_info:
        migrate.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: governance-migrate.py")
    assert "CONTENT_DIR" in out
    assert "file(s) changed" not in out


def test_an_unknown_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        migrate.main(["--dry-run"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --dry-run" in capsys.readouterr().err


def test_a_folder_without_english_topics_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert migrate.main([str(tmp_path / "contnet")]) == 2
    err = capsys.readouterr().err
    assert "contnet has no en/ folder of English topics" in err


def test_migrated_files_are_left_as_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for language in ("en", "cy"):
        (tmp_path / language).mkdir()
        shutil.copy(REPO / "content" / language / "car-t.md", tmp_path / language)
    before = {p: p.read_bytes() for p in tmp_path.glob("*/*.md")}
    assert migrate.main([str(tmp_path)]) == 0
    assert f"0 file(s) changed under {tmp_path}" in capsys.readouterr().out
    assert {p: p.read_bytes() for p in tmp_path.glob("*/*.md")} == before
