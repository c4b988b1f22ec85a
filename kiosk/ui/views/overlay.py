"""Layers over the whole window: the glossary card, the idle question, the attract,
cleaning and closed screens, the PIN pad and the admin screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QWidget

from kiosk.ui.focus import SCOPE
from kiosk.ui.look import mark_region
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.buttons import TouchButton


class Overlay(QWidget):
    """Covers its parent and follows its size. Hidden until :meth:`open`.

    While open it holds the keyboard (:mod:`kiosk.ui.focus`): focus moves into it, Tab
    and the arrows stay inside, and Esc calls :meth:`escape`.
    """

    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setProperty(SCOPE, True)
        mark_region(self)
        parent.installEventFilter(self)
        self.hide()

    def escape(self) -> bool:
        """Esc or a keypad's Back key: close if this layer can be closed by the reader."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Back) and self.escape():
            event.accept()
            return
        super().keyPressEvent(event)

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    @property
    def is_open(self) -> bool:
        return self.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False


class CardOverlay(Overlay):
    """An overlay with a card in the middle whose height follows its wrapped text."""

    def __init__(
        self, parent: QWidget, object_name: str, *, margin: int, max_width: int = 960
    ) -> None:
        super().__init__(parent, object_name)
        self.card = QFrame(self)
        self.card.setObjectName("overlayCard")
        self.card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._margin = margin
        self._max_width = max_width
        self._width_scale = 1.0

    def card_max_width(self) -> int:
        """The card's widest, grown with the text so its lines keep their length."""
        return round(self._max_width * self._width_scale)

    def retheme(self, theme: Theme) -> None:
        self._width_scale = theme.scale
        if self.isVisible():
            # The buttons' new touch sizes first: the card is measured from them.
            for button in self.card.findChildren(TouchButton):
                button.retheme(theme)
            self.place_card()

    def refresh_layout(self) -> None:
        """Forget the card's measured heights: fonts given while it was hidden (its first
        polish, a new look) do not tell the layout, which would size the card for the old
        text."""
        layouts = [self.card.layout()]
        while layouts:
            layout = layouts.pop()
            if layout is None:
                continue
            layout.invalidate()
            layouts += [layout.itemAt(i).layout() for i in range(layout.count())]

    def place_card(self) -> None:
        self.refresh_layout()
        width = min(self.card_max_width(), self.width() - 2 * self._margin)
        height = min(self.card.heightForWidth(width), self.height() - 2 * self._margin)
        if height <= 0:
            height = self.card.sizeHint().height()
        self.card.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )

    def open(self) -> None:
        super().open()
        self.place_card()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_card()
