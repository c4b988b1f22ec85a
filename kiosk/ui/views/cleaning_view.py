"""Cleaning: touch is locked while staff wipe the screen, with a countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import Overlay


class CleaningView(Overlay):
    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "cleaningView")
        layout = QVBoxLayout(self)
        m = theme.metrics
        layout.setContentsMargins(m.padding * 2, m.padding * 2, m.padding * 2, m.padding * 2)
        layout.setSpacing(m.gap)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("attractTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("attractSubtitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("bigCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        self._seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cleaning the screen"))
        self.set_seconds(self._seconds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(str(seconds))
        self.message.setText(
            self.tr("Touch is switched off. It comes back on in %n second(s).", "", seconds)
        )

    # Every touch lands here and does nothing.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()


class ClosedView(Overlay):
    """Outside opening hours: a black screen (not the OS power saving); a touch wakes it."""

    woken = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "closedView")
        self.setAccessibleName("Closed")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.woken.emit()
