"""The reader's tools along the bottom of every screen, within reach of a seated reader:
text size, high contrast, language, and the small "Clean screen" button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.io import resources
from kiosk.ui.look import mark_region
from kiosk.ui.theme import TextSize, Theme
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
        self._theme = theme
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
        self._spacing = m.touch_gap + 8
        self._layout = FlowLayout(self, spacing=self._spacing)
        self._layout.setContentsMargins(m.padding, 16, m.padding, 16)
        self._buttons = (
            self.text_size_button,
            self.contrast_button,
            self.language_button,
            self.clean_button,
        )
        self._labels: dict[TouchButton, str] = {}
        for button in self._buttons:
            self._layout.addWidget(button)
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
        self._label(self.clean_button, self.tr("Clean screen"))
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
        self._label(self.text_size_button, sizes.get(size, sizes["standard"]))
        # Read out after the name: what the next tap does.
        self.text_size_button.setAccessibleDescription(steps.get(next_size, steps["large"]))
        self._label(
            self.contrast_button,
            self.tr("Standard colours") if high_contrast else self.tr("High contrast"),
        )
        self._label(self.language_button, language_name)
        self.language_button.setAccessibleName(self.tr("Language: %1").replace("%1", language_name))
        self.fit()

    def _label(self, button: TouchButton, text: str) -> None:
        self._labels[button] = text
        button.set_label(text)

    def fit(self) -> None:
        """One row of buttons. When the labels are too long for it (Welsh, portrait, big
        text) they step down towards the standard size (the touch targets keep theirs);
        if that is not enough, the longest break onto two lines, one at a time. Only if
        it still cannot fit do the buttons wrap onto a second row."""
        shown = [b for b in self._buttons if not b.isHidden()]
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        if room <= 0:
            return

        def needed() -> int:
            widths = [b.sizeHint().width() for b in shown]
            return sum(widths) + self._spacing * max(0, len(shown) - 1)

        theme = self._theme
        standard = theme.with_text_size(TextSize.STANDARD)
        floor = min(theme.button_px, standard.button_px)
        for px in range(theme.button_px, floor - 1, -2):
            self._show_labels(shown, px)
            if needed() <= room:
                break
        else:
            # One line each does not fit even at the standard size: two lines, where
            # they help most (Arabic's tall lines make a two-line label costly).
            self._show_labels(shown, floor)
            candidates = [b for b in shown if " " in self._labels.get(b, "")]
            while needed() > room and candidates:
                widest = max(candidates, key=lambda b: b.sizeHint().width())
                candidates.remove(widest)
                widest.setText(two_lines(self._labels[widest]))
        self._layout.invalidate()

    def _show_labels(self, shown: list[TouchButton], px: int) -> None:
        """Each label whole on one line, at ``px``, its icon stepped down in proportion."""
        theme = self._theme
        standard = theme.with_text_size(TextSize.STANDARD)
        icon = max(standard.icon_px, round(theme.icon_px * px / theme.button_px))
        for button in shown:
            if button.font().pixelSize() != px:
                font = button.font()
                font.setPixelSize(px)
                button.setFont(font)
            if button.iconSize().width() != icon:
                button.setIconSize(QSize(icon, icon))
            if button.text() != self._labels.get(button, button.text()):
                button.setText(self._labels[button])

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        for button in self._buttons:
            button.retheme(theme)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer_cleaning(self, offered: bool) -> None:
        """The "Clean screen" button, where the settings put it in the bar."""
        self.clean_button.setVisible(offered)
        self.fit()


def two_lines(label: str) -> str:
    """``label`` broken at the space nearest its middle (a button's text, on two lines)."""
    middle = len(label) / 2
    spaces = [i for i, c in enumerate(label) if c == " "]
    if not spaces:
        return label
    at = min(spaces, key=lambda i: abs(i - middle))
    return f"{label[:at]}\n{label[at + 1 :]}"
