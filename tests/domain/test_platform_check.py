"""`make run` explains a missing display or library in words, before Qt aborts."""

from pathlib import Path

from kiosk.app import platform_check


def test_no_display_is_explained(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    message = platform_check.display_problem(platform="")
    assert message is not None and "No display found" in message


def test_missing_libraries_are_named_with_their_packages(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(
        platform_check,
        "missing_libraries",
        lambda plugin: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"],
    )
    message = platform_check.display_problem(platform="xcb")
    assert message is not None
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in message


def test_offscreen_and_complete_systems_have_no_problem(monkeypatch):
    assert platform_check.display_problem(platform="offscreen") is None
    assert platform_check.display_problem(platform="offscreen:configfile=s.json") is None
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: [])
    assert platform_check.display_problem(platform="xcb") is None


def test_ldd_reports_missing_libraries(tmp_path):
    # A real shared object with no missing dependencies on this machine.
    import ctypes.util

    libc = ctypes.util.find_library("c")
    assert libc
    assert platform_check.missing_libraries(tmp_path / "absent.so") == []
    candidates = [Path("/lib/x86_64-linux-gnu") / libc, Path("/usr/lib") / libc]
    existing = next((p for p in candidates if p.exists()), None)
    if existing is not None:
        assert platform_check.missing_libraries(existing) == []


def test_a_library_that_cannot_load_is_named_by_ldd(tmp_path):
    # An ELF file whose dependency is absent: ctypes refuses it, then ldd names it.
    import shutil
    import subprocess

    import pytest

    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to make a library with a missing dependency")
    (tmp_path / "dep.c").write_text("int dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int dep(void); int plugin(void) { return dep(); }\n")
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", tmp_path / "libkioskdep.so", tmp_path / "dep.c"],
        check=True,
    )
    plugin = [compiler, "-shared", "-fPIC", "-o", tmp_path / "plugin.so", tmp_path / "plugin.c"]
    subprocess.run([*plugin, "-L", tmp_path, "-lkioskdep"], check=True)
    (tmp_path / "libkioskdep.so").unlink()  # now the plugin cannot be loaded
    assert platform_check.missing_libraries(tmp_path / "plugin.so") == ["libkioskdep.so"]
