"""Which parts of Qt the frozen kiosk keeps: the filter ``build_installer.spec`` applies.

PyInstaller's Qt hooks collect, for every Qt module they see, all of its plugins (every
platform, image format, input method and desktop theme), Qt's own translations, and then
every library those plugins link to: Qt Quick and QML (through the virtual keyboard),
Qt Pdf (through the PDF image format), FFmpeg (through the multimedia backend), GTK
(through the GTK theme)... ``excludes`` in a spec only drops Python modules, so this
module filters the binaries and data files themselves, by path:

1. Qt plugins: only those named in :data:`LINUX_PLUGINS` or :data:`WINDOWS_PLUGINS` stay.
2. Qt's own translations (``qtbase_de.qm``...) go: the kiosk translates its own text.
3. Shared libraries are kept only when something kept links to them (the closure of the
   Python extension modules, the kept plugins and the Python library over the
   libraries each one names), so dropping a plugin also drops what only it needed.
4. :func:`forbidden` names anything left that the kiosk must never ship (Qt Quick,
   WebEngine, FFmpeg...), and the spec fails the build if there is any.

The spec and ``tests/packaging`` load this file by path; it is not part of the
application and imports nothing outside the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

# PyInstaller's TOC entry: (name in the bundle, source path, type code).
TocEntry = tuple[str, str, str]

# Plugin folder -> plugin names (file name without "lib" and extension) the kiosk uses,
# per platform. Everything else in PySide6's plugin folders is dropped.
LINUX_PLUGINS: dict[str, frozenset[str]] = {
    # wayland: cage (the systemd unit); xcb: X11 (xinit); offscreen: `kiosk self-test`
    # and `kiosk preview`.
    "platforms": frozenset({"qwayland", "qxcb", "qoffscreen"}),
    # Wayland clients in cage: the xdg-shell protocol gives the window its surface;
    # wayland-egl is there for OpenGL surfaces (the kiosk draws with the CPU today, so Qt
    # loads it only if that changes). No decoration plugin: the kiosk window is frameless
    # and cage -d asks clients for none. No xcbglintegrations either: Qt loads them only
    # for OpenGL surfaces (checked with strace on Xvfb: never opened).
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    # SVG icons and pictures (PNG is built into Qt Gui).
    "imageformats": frozenset({"qsvg"}),
    "iconengines": frozenset({"qsvgicon"}),
}
WINDOWS_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qwindows", "qoffscreen"}),
    "imageformats": frozenset({"qsvg"}),
    "iconengines": frozenset({"qsvgicon"}),
    # The native style the stylesheet is drawn over; without it Qt falls back to the
    # Windows 95 look for anything the stylesheet does not cover.
    "styles": frozenset({"qmodernwindowsstyle"}),
}


def plugins_for(platform: str) -> dict[str, frozenset[str]]:
    """The plugins kept for ``sys.platform`` (the kiosk runs on Linux and Windows)."""
    if platform.startswith("linux"):
        return LINUX_PLUGINS
    if platform == "win32":
        return WINDOWS_PLUGINS
    raise ValueError(f"the kiosk is built for Linux and Windows, not {platform}")


# What must never be in the build: the kiosk is Qt Widgets only. A match means something
# (a new import, a new plugin) pulled one in; the spec stops the build and says what.
FORBIDDEN = re.compile(
    r"""Qt6?(Quick|Qml|WebEngine|WebView|WebChannel|WebSockets|Pdf|3D|Charts|Graphs
        |DataVisualization|Designer|UiTools|Help|VirtualKeyboard|OpenGLWidgets
        |MultimediaWidgets|MultimediaQuick|SpatialAudio|Location|Positioning|Sensors
        |Bluetooth|Nfc|SerialPort|SerialBus|Sql|Scxml|StateMachine|RemoteObjects
        |Lottie|ShaderTools|Test|HttpServer|NetworkAuth|Xml\b|EglFS|FFmpeg)
      |(^|/)(lib)?(avcodec|avformat|avutil|avfilter|avdevice|swresample|swscale)[-.]
      |(^|/)opengl32sw\.dll$
      |(^|/)lib(gtk|gdk)-3\.so""",
    re.VERBOSE | re.IGNORECASE,
)

# Folders of a one-folder build where shared libraries found as dependencies land.
_LIBRARY_DIRS = frozenset({"", "PySide6", "PySide6/Qt/lib", "shiboken6"})
# The Python library: the bootloader loads it, nothing links to it.
_PYTHON_LIBRARY = re.compile(r"^(lib)?python3[\d.]*(\.dll|\.so|\.dylib)", re.IGNORECASE)
_LIBRARY_SUFFIX = re.compile(r"(\.so(\.[\d.]+)?|\.dll|\.dylib)$", re.IGNORECASE)


@dataclass(frozen=True)
class Plugin:
    folder: str  # "platforms", "wayland-shell-integration"
    name: str  # "qxcb", "xdg-shell"


def plugin_of(dest: str) -> Plugin | None:
    """The Qt plugin a bundle path is, or ``None``.

    ``PySide6/Qt/plugins/platforms/libqxcb.so`` (Linux, macOS) and
    ``PySide6/plugins/platforms/qwindows.dll`` (Windows) are both platform plugins.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) < 4 or parts[0] != "PySide6" or "plugins" not in parts[1:3]:
        return None
    index = parts.index("plugins", 1)
    if len(parts) - index < 3:
        return None
    file_name = parts[-1]
    name = _LIBRARY_SUFFIX.sub("", file_name)
    if name == file_name:  # not a library: a .json or README beside the plugins
        return Plugin("/".join(parts[index + 1 : -1]), file_name)
    if not file_name.lower().endswith(".dll"):
        name = name.removeprefix("lib")
    return Plugin("/".join(parts[index + 1 : -1]), name)


def keeps_plugin(plugin: Plugin, platform: str) -> bool:
    return plugin.name in plugins_for(platform).get(plugin.folder, frozenset())


def is_qt_translation(dest: str) -> bool:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    return len(parts) > 2 and parts[0] == "PySide6" and "translations" in parts[1:3]


def forbidden(names: Iterable[str]) -> list[str]:
    return sorted(name for name in names if FORBIDDEN.search(name.replace("\\", "/")))


@dataclass
class Trimmed:
    binaries: list[TocEntry]
    datas: list[TocEntry]
    dropped: list[str] = field(default_factory=list)


def _is_library_candidate(entry: TocEntry) -> bool:
    """A shared library that is only there because something linked to it."""
    dest, _, kind = entry
    path = PurePosixPath(dest.replace("\\", "/"))
    parent = "" if str(path.parent) == "." else str(path.parent)
    return (
        kind == "BINARY"
        and parent in _LIBRARY_DIRS
        and bool(_LIBRARY_SUFFIX.search(path.name))
        and not _PYTHON_LIBRARY.match(path.name)
    )


def _base(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name.lower()


def trim(
    binaries: Iterable[TocEntry],
    datas: Iterable[TocEntry],
    linked_libraries: Callable[[str], Iterable[str]],
    platform: str,
) -> Trimmed:
    """Apply the policy for ``platform`` (``sys.platform``).

    ``linked_libraries(source_path)`` names the shared libraries a binary links to.
    """
    binaries, datas = list(binaries), list(datas)
    dropped: set[str] = set()

    def unwanted(entry: TocEntry) -> bool:
        dest, _, kind = entry
        if kind == "SYMLINK":
            return False  # decided below, with its target
        plugin = plugin_of(dest)
        return (plugin is not None and not keeps_plugin(plugin, platform)) or is_qt_translation(
            dest
        )

    for entry in binaries + datas:
        if unwanted(entry):
            dropped.add(entry[0])

    # Libraries reachable from what is kept: extension modules, plugins, anything else
    # that is not a plain dependency, and the Python library.
    candidates: dict[str, list[TocEntry]] = {}
    roots: list[TocEntry] = []
    for entry in binaries:
        if entry[0] in dropped or entry[2] == "SYMLINK":
            continue
        if _is_library_candidate(entry):
            candidates.setdefault(_base(entry[0]), []).append(entry)
        else:
            roots.append(entry)
    reached: set[str] = set()
    queue = [entry[1] for entry in roots]
    seen_sources: set[str] = set()
    while queue:
        source = queue.pop()
        if source in seen_sources:
            continue
        seen_sources.add(source)
        for name in linked_libraries(source):
            base = PurePosixPath(name.replace("\\", "/")).name.lower()
            if base in candidates and base not in reached:
                reached.add(base)
                queue.extend(entry[1] for entry in candidates[base])
    for base, entries in candidates.items():
        if base not in reached:
            dropped.update(entry[0] for entry in entries)

    # A symbolic link goes with its target.
    for entry in binaries + datas:
        if entry[2] == "SYMLINK" and entry[1] in dropped:
            dropped.add(entry[0])

    return Trimmed(
        binaries=[entry for entry in binaries if entry[0] not in dropped],
        datas=[entry for entry in datas if entry[0] not in dropped],
        dropped=sorted(dropped),
    )
