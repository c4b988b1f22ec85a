"""Simple bar charts drawn with QPainter, for the staff screen's usage figures."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.theme import Theme

ROW_HEIGHT = 40
LABEL_WIDTH = 320


class BarChart(QWidget):
    """Horizontal bars: one row per (label, value, shown value)."""

    def __init__(
        self,
        title: str,
        rows: list[tuple[str, float, str]],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.title = title
        self.rows = rows
        self.theme = theme
        described = "; ".join(f"{label}: {shown}" for label, _, shown in rows) or "no data"
        self.setAccessibleName(title)
        self.setAccessibleDescription(described)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(800, ROW_HEIGHT * (max(1, len(self.rows)) + 1) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self.theme.palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(22)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(p.text))
        painter.drawText(
            QRectF(0, 0, self.width(), ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, self.title
        )
        font.setBold(False)
        painter.setFont(font)
        if not self.rows:
            painter.drawText(
                QRectF(0, ROW_HEIGHT, self.width(), ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                "No data yet",
            )
            painter.end()
            return
        top = max((value for _, value, _ in self.rows), default=0) or 1
        bar_width = max(50, self.width() - LABEL_WIDTH - 140)
        for index, (label, value, shown) in enumerate(self.rows):
            y = ROW_HEIGHT * (index + 1)
            painter.setPen(QColor(p.text))
            painter.drawText(
                QRectF(0, y, LABEL_WIDTH - 12, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            length = bar_width * value / top
            painter.fillRect(QRectF(LABEL_WIDTH, y + 8, length, ROW_HEIGHT - 16), QColor(p.link))
            painter.drawText(
                QRectF(LABEL_WIDTH + length + 8, y, 130, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
        painter.end()
