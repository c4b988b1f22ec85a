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

    empty_text = "No data yet"

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
                self.empty_text,
            )
        top = max((value for _, value, _ in self.rows), default=0) or 1
        for index, (label, value, shown) in enumerate(self.rows):
            y = ROW_HEIGHT * (index + 1)
            painter.setPen(QColor(p.text))
            painter.drawText(
                QRectF(0, y, LABEL_WIDTH - 12, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                label,
            )
            self._paint_bar(painter, y, value, top, shown)
        painter.end()

    def _paint_bar(self, painter: QPainter, y: int, value: float, top: float, shown: str) -> None:
        """One bar, scaled to the largest value, with its figure after it."""
        length = max(50, self.width() - LABEL_WIDTH - 140) * value / top
        painter.fillRect(
            QRectF(LABEL_WIDTH, y + 8, length, ROW_HEIGHT - 16), QColor(self.theme.palette.link)
        )
        painter.drawText(
            QRectF(LABEL_WIDTH + length + 8, y, 130, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            shown,
        )


class HelpfulChart(BarChart):
    """The share of "yes" answers per topic, each bar on a fixed 0-100% track: unlike the
    other charts, bars are not scaled to the largest, so 50% always looks like half."""

    empty_text = "No answers yet"

    def _paint_bar(self, painter: QPainter, y: int, share: float, top: float, shown: str) -> None:
        del top  # a share is drawn as it is, on a 0-100% track
        p = self.theme.palette
        track = max(50, self.width() - LABEL_WIDTH - 260)
        bar = QRectF(LABEL_WIDTH, y + 8, track, ROW_HEIGHT - 16)
        painter.fillRect(bar, QColor(p.callout))  # the "no" part: the rest of the track
        painter.fillRect(QRectF(bar.left(), bar.top(), track * share, bar.height()), QColor(p.link))
        painter.setPen(QColor(p.control_border))
        painter.drawRect(bar)
        painter.setPen(QColor(p.text))
        painter.drawText(
            QRectF(LABEL_WIDTH + track + 8, y, 250, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter,
            shown,
        )
