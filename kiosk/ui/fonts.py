"""Register the bundled fonts so every kiosk looks the same, whatever the system has."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.io import resources
from kiosk.ui.theme import FONT_FAMILIES, Theme

log = logging.getLogger(__name__)


def register_fonts(files: list[Path] | None = None) -> set[str]:
    families: set[str] = set()
    for path in files if files is not None else resources.font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load font %s", path)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    missing = set(FONT_FAMILIES) - families
    if missing:
        log.error("bundled fonts missing: %s", ", ".join(sorted(missing)))
    return families


def application_font(theme: Theme) -> QFont:
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(theme.body_px)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
