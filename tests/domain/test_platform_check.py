"""`make run` explains a missing display or library in words, before Qt aborts."""

from pathlib import Path

from kiosk import platform_check


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
