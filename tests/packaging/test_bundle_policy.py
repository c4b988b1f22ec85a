"""The Qt filter of build_installer.spec, without building anything (fast).

The frozen kiosk keeps exactly the Qt plugins it uses, drops Qt's own translations, and
keeps a shared library only when something kept links to it.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.conftest import REPO

LINUX = {
    "platforms": {"qwayland", "qxcb", "qoffscreen"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
}
WINDOWS = {
    "platforms": {"qwindows", "qoffscreen"},
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle"},
}


def test_the_spec_keeps_exactly_the_plugins_the_kiosk_uses(qt_bundle: ModuleType):
    assert {k: set(v) for k, v in qt_bundle.plugins_for("linux").items()} == LINUX
    assert {k: set(v) for k, v in qt_bundle.plugins_for("win32").items()} == WINDOWS


def test_plugin_paths_are_read_in_both_layouts(qt_bundle: ModuleType):
    plugin = qt_bundle.plugin_of
    assert plugin("PySide6/Qt/plugins/platforms/libqxcb.so") == qt_bundle.Plugin(
        "platforms", "qxcb"
    )
    assert plugin("PySide6/plugins/platforms/qwindows.dll") == qt_bundle.Plugin(
        "platforms", "qwindows"
    )
    assert plugin("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so").name == (
        "xdg-shell"
    )
    assert plugin("PySide6/Qt/lib/libQt6Core.so.6") is None
    assert plugin("assets/icons/home.svg") is None
    assert qt_bundle.is_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert qt_bundle.is_qt_translation("PySide6/translations/qtbase_de.qm")
    assert not qt_bundle.is_qt_translation("translations/kiosk_cy.qm")


def test_nothing_the_kiosk_must_not_ship_passes(qt_bundle: ModuleType):
    shipped = [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        "PySide6/Qt6Svg.dll",
        "translations/kiosk_en.qm",
    ]
    never = [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6FFmpegStub-va.so.2",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6/Qt/lib/libswscale.so.8",
        "PySide6/avformat-61.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/QtQuick.abi3.so",
        "libgtk-3.so.0",
    ]
    assert qt_bundle.forbidden(shipped) == []
    assert qt_bundle.forbidden(never) == sorted(never)


# A miniature of what PyInstaller collects on Linux, and what links to what.
LINKS = {
    "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libpyside6.abi3.so.6.11"],
    "/src/libpyside6.abi3.so.6.11": ["libQt6Core.so.6"],
    "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6", "libQt6Core.so.6"],
    "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libfontconfig.so.1"],
    "/src/libQt6Core.so.6": ["libicuuc.so.73", "libc.so.6"],
    "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0"],
    "/src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
    "/src/libqpdf.so": ["libQt6Pdf.so.6"],
    "/src/libQt6Pdf.so.6": ["libQt6Core.so.6"],
}


def _toc() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    lib = "PySide6/Qt/lib"
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/libpyside6.abi3.so.6.11", "/src/libpyside6.abi3.so.6.11", "BINARY"),
        (f"{lib}/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        (f"{lib}/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        (f"{lib}/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        (f"{lib}/libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        (f"{lib}/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        (f"{lib}/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        (f"{lib}/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/src/libqeglfs.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
        ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", f"{lib}/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", f"{lib}/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        ("translations/kiosk_cy.qm", "/repo/kiosk_cy.qm", "DATA"),
        ("content/en/remission.md", "/repo/remission.md", "DATA"),
    ]
    return binaries, datas


def test_trim_keeps_what_kept_code_links_to_and_nothing_else(qt_bundle: ModuleType):
    binaries, datas = _toc()
    trimmed = qt_bundle.trim(binaries, datas, lambda path: LINKS.get(path, []), "linux")
    kept = {dest for dest, _, _ in trimmed.binaries + trimmed.datas}
    assert kept == {
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",  # the bootloader loads it; nothing links to it
        "PySide6/libpyside6.abi3.so.6.11",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicuuc.so.73",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",  # for the kept xcb plugin
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "libfontconfig.so.1",
        "libxcb-cursor.so.0",
        "libQt6Core.so.6",  # a link to a kept library stays
        "translations/kiosk_cy.qm",
        "content/en/remission.md",
    }
    # What only dropped plugins needed goes with them: Qt Pdf (PDF image format), GTK.
    assert "PySide6/Qt/lib/libQt6Pdf.so.6" in trimmed.dropped
    assert "libgtk-3.so.0" in trimmed.dropped
    assert "libQt6Quick.so.6" in trimmed.dropped  # the link, with its target
    assert "PySide6/Qt/translations/qtbase_de.qm" in trimmed.dropped


def test_trim_on_the_windows_layout(qt_bundle: ModuleType):
    links = {
        "C:/QtGui.pyd": ["Qt6Gui.dll", "pyside6.abi3.dll", "python3.dll", "KERNEL32.dll"],
        "C:/Qt6Gui.dll": ["QT6CORE.DLL", "MSVCP140.dll"],  # DLL names ignore case
        "C:/qwindows.dll": ["Qt6Gui.dll", "dwmapi.dll"],
    }
    binaries = [
        ("PySide6/QtGui.pyd", "C:/QtGui.pyd", "EXTENSION"),
        ("python311.dll", "C:/python311.dll", "BINARY"),
        ("python3.dll", "C:/python3.dll", "BINARY"),
        ("PySide6/pyside6.abi3.dll", "C:/pyside6.abi3.dll", "BINARY"),
        ("PySide6/Qt6Gui.dll", "C:/Qt6Gui.dll", "BINARY"),
        ("PySide6/Qt6Core.dll", "C:/Qt6Core.dll", "BINARY"),
        ("PySide6/msvcp140.dll", "C:/msvcp140.dll", "BINARY"),
        ("PySide6/opengl32sw.dll", "C:/opengl32sw.dll", "BINARY"),
        ("PySide6/avcodec-61.dll", "C:/avcodec-61.dll", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", "C:/qwindows.dll", "BINARY"),
        ("PySide6/plugins/platforms/qdirect2d.dll", "C:/qdirect2d.dll", "BINARY"),
        ("PySide6/plugins/multimedia/ffmpegmediaplugin.dll", "C:/ffmpeg.dll", "BINARY"),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "C:/style.dll", "BINARY"),
    ]
    datas = [("PySide6/translations/qt_ar.qm", "C:/qt_ar.qm", "DATA")]
    trimmed = qt_bundle.trim(binaries, datas, lambda path: links.get(path, []), "win32")
    assert {dest for dest, _, _ in trimmed.binaries} == {
        "PySide6/QtGui.pyd",
        "python311.dll",
        "python3.dll",
        "PySide6/pyside6.abi3.dll",
        "PySide6/Qt6Gui.dll",
        "PySide6/Qt6Core.dll",
        "PySide6/msvcp140.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    }
    assert trimmed.datas == []


def test_check_frozen_names_missing_extra_and_forbidden_files(
    check_frozen: ModuleType, tmp_path: Path
):
    """The check `make installer` runs, on a fake folder (no ELF files, so no ldd)."""
    dist = tmp_path / "kiosk"
    plugins = dist / "_internal" / "PySide6" / "Qt" / "plugins"
    (dist / "_internal" / "PySide6").mkdir(parents=True)
    (dist / "kiosk").write_text("not a real executable")
    for folder, names in LINUX.items():
        for name in names - {"qwayland"}:
            (plugins / folder).mkdir(parents=True, exist_ok=True)
            (plugins / folder / f"lib{name}.so").write_text("")
    (plugins / "platforms" / "libqeglfs.so").write_text("")
    (dist / "_internal" / "PySide6" / "Qt" / "lib").mkdir()
    (dist / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").write_text("")
    problems = check_frozen.check(dist, "linux")
    assert "Qt plugin missing: platforms/qwayland" in problems
    assert "Qt plugin not in the policy: platforms/qeglfs" in problems
    assert "must not be bundled: _internal/PySide6/Qt/lib/libQt6Quick.so.6" in problems


def test_the_spec_uses_the_filter_and_the_agreed_settings():
    spec = (REPO / "build_installer.spec").read_text("utf-8")
    assert "qt_bundle.trim(a.binaries, a.datas, linked_libraries, sys.platform)" in spec
    assert "qt_bundle.forbidden(" in spec
    for data in ('"content"', '"assets/fonts"', '"assets/icons"', '"assets/illustrations"'):
        assert data in spec
    assert '"translations"' in spec  # the interface .qm files, when built
    assert spec.count("upx=False") >= 2
    assert "strip=STRIP" in spec
    assert "exclude_binaries=True" in spec  # one folder, not one file
