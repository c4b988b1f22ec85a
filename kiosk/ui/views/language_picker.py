"""Choose a language: each one named in its own script, no flags.

The language in use is marked three ways: a tick beside its name (seen), a heavier edge
(the checked style) and the checked state (read out by a screen reader).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.io import resources
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
        self.current = ""
        self.cancel_button = TouchButton(
            "", object_name="languageCancel", theme=theme, role="primary", icon=resources.Icon.CLOSE
        )
        self.cancel_button.clicked.connect(self.hide)
        self._layout.addSpacing(theme.metrics.touch_gap)
        self._layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeading)
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
            button.setCheckable(True)
            button.activated.connect(self.chosen)
            # Above the spacing and Cancel, in the order given.
            self._layout.insertWidget(1 + len(self.buttons), button)
            self.buttons.append(button)
        self.mark_current(self.current)

    def mark_current(self, code: str) -> None:
        """Tick the language in use; the others are plain."""
        self.current = code
        for button in self.buttons:
            current = button.key == code
            button.setChecked(current)
            # Speech mode says "selected" for this one, "button" for all (not "switch").
            button.setProperty("selected", current)
            button.set_icon(resources.Icon.YES if current else None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose your language"))
        self.cancel_button.set_label(self.tr("Cancel"))

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
