"""Icons drawn as single-colour SVG line art, recoloured to the theme when loaded."""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.io import resources

log = logging.getLogger(__name__)

# Icons are drawn in this colour; it is swapped for the theme's colour on load.
_DRAWN_IN = "#000000"


@cache
def _svg_text(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except OSError:
        log.exception("icon missing: %s", path)
        return None


def render_svg(path: Path, colour: str, size: int, ratio: float = 1.0) -> QPixmap:
    """``path`` drawn ``size`` px square in ``colour``; an empty pixmap if unreadable."""
    pixmap = QPixmap.fromImage(_rendered(path, colour, size, ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


# A look change redraws every icon on screen in the new colour, and the same few icons
# come back in the same few colours: drawn once each. Kept as QImage, which needs no
# running application (a QPixmap left in a cache at exit would).
@lru_cache(maxsize=512)
def _rendered(path: Path, colour: str, size: int, ratio: float) -> QImage:
    image = QImage(QSize(size, size) * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    text = _svg_text(path)
    if text is None:
        return image
    renderer = QSvgRenderer(QByteArray(text.replace(_DRAWN_IN, colour).encode("utf-8")))
    if not renderer.isValid():
        log.error("icon is not valid SVG: %s", path)
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon(name: resources.Icon | str, colour: str, size: int, *, mirrored: bool = False) -> QIcon:
    """``mirrored`` flips it left to right: an arrow that means "back" points the way a
    right-to-left reader goes back."""
    pixmap = render_svg(resources.icon_path(name), colour, size, 2.0)
    if mirrored:
        image = pixmap.toImage().flipped(Qt.Orientation.Horizontal)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def topic_icon(name: str | None, colour: str, size: int) -> QPixmap:
    path = resources.topic_icon_path(name) if name else None
    if path is None or not path.exists():
        path = resources.icon_path(resources.Icon.TOPIC)
    return render_svg(path, colour, size, 2.0)
