"""Take this home: a QR code that a phone camera opens, for the topic's trusted page."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.io import resources
from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton

QR_SIZE = 440  # px: comfortably scanned by a phone held at arm's length
# The smallest it may shrink to so that the whole card fits a small screen (1280x800 at
# the largest text size): still several centimetres across, which phones read easily.
QR_MIN_SIZE = 220
QR_STEP = 40
QR_PADDING = 16  # the light frame of ``QLabel#qrCode`` around the code (theme)
CARD_MARGIN_X, CARD_MARGIN_Y, CARD_SPACING = 48, 40, 20
TALL_MAX_WIDTH, WIDE_MAX_WIDTH = 880, 1200


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
        self._theme = theme
        self._code_size = QR_SIZE
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
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
        # Tall screens stack the words above and below the code; wide ones (landscape,
        # 1280x800 above all) put the code beside the words, so neither is squeezed.
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.card)
        self._layout.setContentsMargins(CARD_MARGIN_X, CARD_MARGIN_Y, CARD_MARGIN_X, CARD_MARGIN_Y)
        self._layout.setSpacing(CARD_SPACING)
        self._words = QVBoxLayout()
        self._words.setSpacing(CARD_SPACING)
        self._below = QVBoxLayout()
        self._below.setSpacing(CARD_SPACING)
        self._layout.addLayout(self._words)
        self._layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignCenter)
        self._layout.addLayout(self._below)
        self._wide: bool | None = None
        self._publisher_name = ""
        self._arrange(wide=False)
        self.retranslate()

    def _arrange(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for widget in (self.title, self.hint, self.address, self.publisher, self.close_button):
            self._words.removeWidget(widget)
            self._below.removeWidget(widget)
        above = (
            (self.title, self.hint, self.address, self.publisher)
            if wide
            else (self.title, self.hint)
        )
        below = () if wide else (self.address, self.publisher)
        for widget in above:
            self._words.addWidget(widget)
        for widget in below:
            self._below.addWidget(widget)
        target = self._words if wide else self._below
        target.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        if wide:
            self._words.addStretch(1)
        else:
            # A stretch left from the wide arrangement would only push the button down.
            for index in reversed(range(self._words.count())):
                if self._words.itemAt(index).spacerItem() is not None:
                    self._words.takeAt(index)
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        alignment = Qt.AlignmentFlag.AlignLeading if wide else Qt.AlignmentFlag.AlignCenter
        for label in (self.address, self.publisher):
            label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self._max_width = WIDE_MAX_WIDTH if wide else TALL_MAX_WIDTH

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

    def place_card(self) -> None:
        """Give the code what the words leave of the screen, between the two bounds."""
        self.refresh_layout()
        if self.url:
            self._arrange(wide=self.width() > self.height())
            width = min(self.card_max_width(), self.width() - 2 * self._margin)
            room = self.height() - 2 * self._margin
            if self._wide:
                # A smaller code leaves the words a wider column, so fewer lines: take
                # the largest code with which the whole card still fits. If even the
                # smallest does not (a long address at the biggest text on 1280x800),
                # the address steps down to the small text size, then the words close up.
                small = self._theme.small_px
                steps = [(self._address_px(), CARD_SPACING), (small, CARD_SPACING)]
                for address_px, spacing in [*steps, (small, CARD_SPACING // 2)]:
                    self._set_address_px(address_px)
                    self._words.setSpacing(spacing)
                    for size in range(QR_SIZE, QR_MIN_SIZE - 1, -QR_STEP):
                        self._show_code(size)
                        if self.card.heightForWidth(width) <= room:
                            break
                    if self.card.heightForWidth(width) <= room:
                        break
            else:
                self._set_address_px(self._address_px())
                self._words.setSpacing(CARD_SPACING)
            if not self._wide:
                words = self.card.heightForWidth(width) - self.code.sizeHint().height()
                self._show_code(max(QR_MIN_SIZE, min(QR_SIZE, room - words - 2 * QR_PADDING)))
        super().place_card()

    def _address_px(self) -> int:
        role = self._theme.font_role("qrAddress")
        return role.px if role else self._theme.body_px

    def _set_address_px(self, px: int) -> None:
        if self.address.font().pixelSize() != px:
            font = self.address.font()
            font.setPixelSize(px)
            self.address.setFont(font)
            self.card.layout().activate()

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        super().retheme(theme)

    def _show_code(self, size: int) -> None:
        if size != self._code_size:
            self._code_size = size
            self.code.setPixmap(qr_pixmap(self.url, size))
            self.card.layout().activate()

    def show_link(self, url: str, publisher: str) -> None:
        self.url = url
        self._publisher_name = publisher
        self._code_size = QR_SIZE
        self.code.setPixmap(qr_pixmap(url, QR_SIZE))
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
