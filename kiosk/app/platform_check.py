"""Explain, in words, why Qt cannot open a window on this Linux machine.

Without this, a missing system library shows up as Qt's terse "could not load the Qt
platform plugin" followed by an abort. This check runs before Qt starts and names the
Debian packages to install.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The shared libraries Qt's xcb (X11) plugin loads, and the Debian package of each.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
}


def _qt_plugin_dir() -> Path | None:
    try:
        import PySide6  # noqa: PLC0415 - importing the package does not load Qt libraries
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms"


def missing_libraries(plugin: Path) -> list[str]:
    """Libraries ``plugin`` needs that cannot be found: none if it loads; else those ldd
    names (an empty list if ldd is absent)."""
    if not plugin.exists():
        return []
    # The quick way first, at every start: load the plugin as Qt is about to. Only if
    # that fails is ldd run (a process of its own), to name every missing library.
    import ctypes  # noqa: PLC0415

    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)
    except OSError:
        pass
    else:
        return []
    import shutil  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    ldd = shutil.which("ldd")
    if not ldd:
        return []
    out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return sorted({line.split()[0] for line in out.stdout.splitlines() if "not found" in line})


def display_problem(platform: str | None = None) -> str | None:
    """A message for the reader of a terminal, or ``None`` when a window can open."""
    if not sys.platform.startswith("linux"):
        return None
    platform = platform or os.environ.get("QT_QPA_PLATFORM", "")
    # A platform may carry options after a colon: "offscreen:configfile=screens.json".
    name = platform.partition(":")[0]
    if name in ("offscreen", "minimal", "vnc") or name.startswith("eglfs"):
        return None
    wayland = platform.startswith("wayland") or (
        not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")
    )
    if not wayland and not os.environ.get("DISPLAY"):
        return (
            "No display found: DISPLAY is not set.\n"
            "Run the kiosk from a desktop session, under a kiosk compositor (cage), or on a "
            "virtual display: xvfb-run -s '-screen 0 1920x1080x24' make run"
        )
    plugin_dir = _qt_plugin_dir()
    if plugin_dir is None or wayland:
        return None
    missing = missing_libraries(plugin_dir / "libqxcb.so")
    if not missing:
        return None
    packages = sorted({XCB_PACKAGES.get(lib, lib) for lib in missing})
    return (
        "Qt cannot open a window: these system libraries are missing: "
        + ", ".join(missing)
        + ".\nInstall them with:  sudo apt-get install "
        + " ".join(packages)
        + "\n(or run:  make system-deps)"
    )
