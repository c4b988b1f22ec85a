"""The reader's tools along the bottom of every screen, within reach of a seated reader:
text size, high contrast, language, and the small "Clean screen" button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.io import resources
from kiosk.ui.look import mark_region
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.buttons import TouchButton
from kiosk.ui.widgets.flow_layout import FlowLayout


class ToolsBar(QWidget):
    textSizeRequested = Signal()
    contrastRequested = Signal()
    languageRequested = Signal()
    cleaningRequested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolsBar")
        mark_region(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        m = theme.metrics
        self.text_size_button = TouchButton(
            "", object_name="textSizeButton", theme=theme, role="bar", icon=resources.Icon.TEXT_SIZE
        )
        self.contrast_button = TouchButton(
            "", object_name="contrastButton", theme=theme, role="bar", icon=resources.Icon.CONTRAST
        )
        self.language_button = TouchButton(
            "", object_name="languageButton", theme=theme, role="bar", icon=resources.Icon.LANGUAGE
        )
        self.clean_button = TouchButton(
            "", object_name="cleanButton", theme=theme, role="bar", icon=resources.Icon.CLEAN
        )
        layout = FlowLayout(self, spacing=m.touch_gap + 8)
        layout.setContentsMargins(m.padding, 16, m.padding, 16)
        for button in (
            self.text_size_button,
            self.contrast_button,
            self.language_button,
            self.clean_button,
        ):
            layout.addWidget(button)
        self.text_size_button.clicked.connect(self.textSizeRequested)
        self.contrast_button.clicked.connect(self.contrastRequested)
        self.language_button.clicked.connect(self.languageRequested)
        self.clean_button.clicked.connect(self.cleaningRequested)
        self._size = "standard"
        self._next_size = "large"
        self._high_contrast = False
        self._language_name = "English"
        self.retranslate()

    def retranslate(self) -> None:
        self.clean_button.set_label(self.tr("Clean screen"))
        self.show_state(self._size, self._next_size, self._high_contrast, self._language_name)

    def show_state(
        self, size: str, next_size: str, high_contrast: bool, language_name: str
    ) -> None:
        """Label every button, never a bare icon: text size with the size in use ("Text
        size: Large", the next step read out after it), the others with what a tap does."""
        self._size = size
        self._next_size = next_size
        self._high_contrast = high_contrast
        self._language_name = language_name
        # The size in use, not the next step: a reader sees what they have chosen.
        sizes = {
            "standard": self.tr("Text size: Standard"),
            "large": self.tr("Text size: Large"),
            "largest": self.tr("Text size: Largest"),
        }
        steps = {
            "large": self.tr("Bigger text"),
            "largest": self.tr("Biggest text"),
            "standard": self.tr("Standard text"),
        }
        self.text_size_button.set_label(sizes.get(size, sizes["standard"]))
        # Read out after the name: what the next tap does.
        self.text_size_button.setAccessibleDescription(steps.get(next_size, steps["large"]))
        self.contrast_button.set_label(
            self.tr("Standard colours") if high_contrast else self.tr("High contrast")
        )
        self.language_button.setText(language_name)
        self.language_button.setAccessibleName(self.tr("Language: %1").replace("%1", language_name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer_cleaning(self, offered: bool) -> None:
        """The "Clean screen" button, where the settings put it in the bar."""
        self.clean_button.setVisible(offered)
