"""A picture from ``assets/illustrations``, scaled to the reading column, with its alt
text as the accessible name; if the file is missing the alt text is shown instead."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class Illustration(QWidget):
    def __init__(
        self, path: Path, alt: str, max_height: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("illustration")
        self.setAccessibleName(alt)
        self.setAccessibleDescription(alt)
        self._max_height = max_height
        self._svg: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        if path.suffix.lower() == ".svg":
            self._svg = QSvgRenderer(str(path), self)
            size = self._svg.defaultSize()
        else:
            self._pixmap = QPixmap(str(path))
            size = self._pixmap.size()
        self._aspect = size.height() / size.width() if size.width() > 0 else 0.6
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def is_valid(self) -> bool:
        if self._svg is not None:
            return self._svg.isValid()
        return self._pixmap is not None and not self._pixmap.isNull()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(self._max_height, round(width * self._aspect))

    def sizeHint(self) -> QSize:
        width = round(self._max_height / self._aspect) if self._aspect else 800
        return QSize(width, self._max_height)

    def paintEvent(self, event: QPaintEvent) -> None:
        height = self.height()
        width = min(self.width(), round(height / self._aspect) if self._aspect else self.width())
        target = QRectF((self.width() - width) / 2, 0, width, height)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._svg is not None:
            self._svg.render(painter, target)
        elif self._pixmap is not None:
            painter.drawPixmap(target.toRect(), self._pixmap)
        painter.end()


def make_illustration(path: Path, alt: str, max_height: int) -> QWidget:
    widget = Illustration(path, alt, max_height) if path.is_file() else None
    if widget is not None and widget.is_valid:
        return widget
    if widget is not None:
        widget.deleteLater()
    log.error("picture cannot be shown, showing its description instead: %s", path)
    frame = QFrame()
    frame.setObjectName("illustrationMissing")
    frame.setAccessibleName(alt)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 24, 24, 24)
    label = QLabel(alt)
    label.setObjectName("muted")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(label)
    return frame
