"""The helpers of make test-windows (scripts/windows/): the blank-screen rule and the
settings edit that the upgrade test relies on."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO


def load(name: str) -> ModuleType:
    path = REPO / "scripts" / "windows" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_windows_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


screenshot = load("screenshot")
settings_edit = load("settings_edit")
SIZE = (1920, 1080)


def test_a_flat_or_wrong_sized_screen_is_blank():
    flat = [0xFF000000] * 1000
    assert "one colour" in screenshot.blank_reason(flat, SIZE, SIZE)
    few = [0xFF000000 | (i % 4) for i in range(1000)]
    assert "only 4 colours" in screenshot.blank_reason(few, SIZE, SIZE)
    many = [0xFF000000 | i for i in range(1000)]
    assert screenshot.blank_reason(many, (1024, 768), SIZE).startswith("the screen is 1024x768")
    assert screenshot.blank_reason(many, SIZE, SIZE) is None


def test_settings_edit_changes_only_the_named_keys_in_their_section():
    text = (
        '# comment\r\n[kiosk]\r\nname = "kiosk"\r\n[speech]\r\n# enabled = true\r\n'
        "enabled = true\r\n[usage]\r\nenabled = true\r\n"
    )
    got = settings_edit.set_keys(
        text, {("kiosk", "name"): '"wine-test"', ("speech", "enabled"): "false"}
    )
    assert got == text.replace('"kiosk"', '"wine-test"').replace(
        "# enabled = true\r\nenabled = true", "# enabled = true\r\nenabled = false"
    )
    assert "[usage]\r\nenabled = true" in got, "the same key in another section is kept"


def test_settings_edit_refuses_a_key_that_is_not_there():
    with pytest.raises(SystemExit, match=r"\[speech\] engine_x"):
        settings_edit.set_keys("[speech]\nenabled = true\n", {("speech", "engine_x"): "1"})


def test_the_example_settings_have_the_keys_the_wine_test_changes():
    text = (REPO / "kiosk.example.toml").read_text("utf-8")
    settings_edit.set_keys(text, {("kiosk", "name"): '"wine-test"', ("speech", "enabled"): "false"})
