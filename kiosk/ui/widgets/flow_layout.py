"""A layout that places widgets in rows and wraps them, like words (Qt's flow layout
example), for the "words explained" buttons whose number and width vary."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 16) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        y = area.y()
        for line in self._lines(area.width()):
            line_height = max(item.sizeHint().height() for item in line)
            if apply:
                x = area.x()
                for item in line:
                    hint = item.sizeHint()
                    left = area.right() + 1 - (x - area.x()) - hint.width() if rtl else x
                    # Centred in the line, as a row layout would: a shorter button (a
                    # primary one has less padding) does not hang from the line's top.
                    top = y + (line_height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), hint))
                    x += hint.width() + self._spacing
            y += line_height + self._spacing
        if y == area.y():
            return margins.top() + margins.bottom()
        return y - self._spacing - rect.y() + margins.bottom()

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The items in rows: as many as fit across ``width``, at least one per row."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._items:
            hint_width = item.sizeHint().width()
            if lines and lines[-1] and used + hint_width > width:
                lines.append([])
                used = 0
            if not lines:
                lines.append([])
            lines[-1].append(item)
            used += hint_width + self._spacing
        return lines
