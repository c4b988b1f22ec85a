"""Choose a language: each one named in its own script, no flags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.i18n import Language
from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton


class LanguagePicker(CardOverlay):
    chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "languagePicker", margin=theme.metrics.padding, max_width=720)
        self._theme = theme
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self._layout = QVBoxLayout(self.card)
        self._layout.setContentsMargins(48, 40, 48, 40)
        self._layout.setSpacing(theme.metrics.touch_gap)
        self._layout.addWidget(self.title)
        self.buttons: list[TouchButton] = []
        self.retranslate()

    def set_languages(self, languages: list[Language]) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for language in languages:
            button = TouchButton(
                language.name,
                key=language.code,
                object_name=f"language-{language.code}",
                theme=self._theme,
            )
            # Each name is read in its own language and direction.
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if language.right_to_left
                else Qt.LayoutDirection.LeftToRight
            )
            button.activated.connect(self.chosen)
            self._layout.addWidget(button)
            self.buttons.append(button)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose your language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def escape(self) -> bool:
        self.hide()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A tap outside the card closes it.
        event.accept()
        if not self.card.geometry().contains(event.position().toPoint()):
            self.hide()
