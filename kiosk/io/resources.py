"""Where the bundled content, fonts, icons and pictures are, in a source tree or frozen.

Everything is addressed through this module so that a PyInstaller build (which unpacks
data next to the executable, under ``sys._MEIPASS``) and a checkout find the same files.
Icons are addressed by id through :class:`Icon`; a test checks that every id resolves.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

# This module lives in kiosk/io/: the package is one folder up, the checkout two.
_PACKAGE = Path(__file__).resolve().parent.parent


def bundle_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return _PACKAGE.parent


def content_dir() -> Path:
    return bundle_root() / "content"


def assets_dir() -> Path:
    return bundle_root() / "assets"


def illustrations_dir() -> Path:
    return assets_dir() / "illustrations"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def translations_dir() -> Path:
    """Compiled interface translations (``.qm``), built from ``kiosk/translations/*.ts``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return _PACKAGE / "translations"


def font_files() -> list[Path]:
    return sorted(fonts_dir().glob("*.ttf"))


class Icon(StrEnum):
    """Interface icons (line art, drawn for the project) in ``assets/icons``."""

    HOME = "home"
    BACK = "back"
    CLOSE = "close"
    TOPIC = "topic"
    BOOK = "book"
    TOUCH = "touch"
    CLEAN = "clean"
    TEXT_SIZE = "text-size"
    CONTRAST = "contrast"
    LANGUAGE = "language"
    LISTEN = "listen"
    PAUSE = "pause"
    STOP = "stop"
    QR = "qr"
    YES = "yes"
    NO = "no"
    CHILDREN = "topics/children"  # the children's pathway tile's picture, on its button


def icon_path(icon: Icon | str) -> Path:
    return assets_dir() / "icons" / f"{icon}.svg"


def topic_icon_path(name: str) -> Path:
    return assets_dir() / "icons" / "topics" / f"{name}.svg"
