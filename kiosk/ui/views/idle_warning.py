""" "Are you still there?": a visible countdown before the kiosk starts over.

At least 20 seconds (WCAG 2.2.1), and a tap anywhere keeps the reader's page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton


class IdleWarning(CardOverlay):
    stayed = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        # Wide enough that the message and the countdown fit a 1280x800 screen at the
        # largest text size.
        super().__init__(parent, "idleWarning", margin=theme.metrics.padding, max_width=1200)
        self.title = QLabel()
        self.title.setObjectName("glossaryTerm")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("cardMessage")
        self.message.setWordWrap(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stay_button = TouchButton("", object_name="stayButton", theme=theme, role="primary")
        self.stay_button.clicked.connect(self.stayed)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(56, 48, 56, 48)
        layout.setSpacing(28)
        layout.addWidget(self.title)
        # The countdown under the message; beside it when that is too tall for the
        # screen (1280x800 at the biggest text size).
        self._middle = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self._middle.setSpacing(28)
        self._middle.addWidget(self.message, 1)
        self._middle.addWidget(self.countdown)
        layout.addLayout(self._middle)
        layout.addWidget(self.stay_button)
        self._seconds = 0
        self.retranslate()

    def place_card(self) -> None:
        self._middle.setDirection(QBoxLayout.Direction.TopToBottom)
        self.refresh_layout()
        width = min(self.card_max_width(), self.width() - 2 * self._margin)
        if self.card.heightForWidth(width) > self.height() - 2 * self._margin:
            self._middle.setDirection(QBoxLayout.Direction.LeftToRight)
        super().place_card()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.stay_button.set_label(self.tr("Yes, I am still reading"))
        self.set_seconds(self._seconds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(str(seconds))
        self.countdown.setAccessibleName(self.tr("%n second(s) left", "", seconds))
        self.message.setText(
            self.tr(
                "To keep your reading private, the screen will start again for the next "
                "person in %n second(s). Tap anywhere to carry on.",
                "",
                seconds,
            )
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.stayed.emit()
