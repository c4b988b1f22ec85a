"""Take this home: a QR code that a phone camera opens, for the topic's trusted page."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk import resources
from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton

QR_SIZE = 440  # px: comfortably scanned by a phone held at arm's length


def qr_pixmap(url: str, size: int = QR_SIZE) -> QPixmap:
    """Black on white whatever the theme, with the standard quiet border: phones need it."""
    import segno  # noqa: PLC0415 (only when a code is shown: it is slow to import)

    code = segno.make(url, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(4, size // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def readable_address(url: str) -> str:
    """``https://www.example.org/a/b/`` → ``example.org/a/b``: short enough to type."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}"


class TakeHomeCard(CardOverlay):
    closed = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "takeHome", margin=theme.metrics.padding, max_width=880)
        self.url = ""
        self.title = QLabel()
        self.title.setObjectName("glossaryTerm")
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("glossaryHint")
        self.hint.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("qrCode")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel()
        self.address.setObjectName("qrAddress")
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.publisher = QLabel()
        self.publisher.setObjectName("topicText")
        self.publisher.setWordWrap(True)
        self.publisher.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.close_button = TouchButton(
            "", object_name="takeHomeClose", theme=theme, role="primary", icon=resources.Icon.CLOSE
        )
        self.close_button.clicked.connect(self.dismiss)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        for widget in (self.title, self.hint, self.code, self.address, self.publisher):
            layout.addWidget(widget)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._publisher_name = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Take this page home"))
        self.hint.setText(
            self.tr("Point your phone's camera at the square to open this information.")
        )
        self.close_button.set_label(self.tr("Close"))
        self._show_publisher()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_publisher(self) -> None:
        if self._publisher_name:
            self.publisher.setText(self.tr("From %1").replace("%1", self._publisher_name))

    def show_link(self, url: str, publisher: str) -> None:
        self.url = url
        self._publisher_name = publisher
        self.code.setPixmap(qr_pixmap(url))
        self.code.setAccessibleName(self.tr("QR code for %1").replace("%1", readable_address(url)))
        self.address.setText(readable_address(url))
        self._show_publisher()
        self.open()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def escape(self) -> bool:
        self.dismiss()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if not self.card.geometry().contains(event.position().toPoint()):
            self.dismiss()
