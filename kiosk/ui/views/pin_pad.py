"""The staff PIN pad behind the hidden admin gesture."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton

MAX_DIGITS = 8
KEY_SIZE = 104


class PinPad(CardOverlay):
    submitted = Signal(str)
    cancelled = Signal()
    keyPressed = Signal()  # any key: the controller restarts the pad's timeout
    messageShown = Signal(str)  # what the pad says now (speech mode says it too)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "pinPad", margin=theme.metrics.padding, max_width=640)
        self._digits = ""
        self.title = QLabel()
        self.title.setObjectName("glossaryTerm")
        self.status = QLabel()
        self.status.setObjectName("glossaryHint")
        self.status.setWordWrap(True)
        self.dots = QLabel()
        self.dots.setObjectName("pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setSpacing(theme.metrics.touch_gap)
        self.keys: list[TouchButton] = []
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(theme, digit), index // 3, index % 3)
        self.clear_button = TouchButton("", object_name="pinClear", theme=theme)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.clicked.connect(self.keyPressed)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._key(theme, "0"), 3, 1)
        self.ok_button = TouchButton("", object_name="pinOk", theme=theme, role="primary")
        self.ok_button.clicked.connect(self._submit)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = TouchButton("", object_name="pinCancel", theme=theme)
        self.cancel_button.clicked.connect(self.cancelled)
        for button in (self.clear_button, self.ok_button, self.cancel_button):
            button.setMinimumSize(KEY_SIZE, KEY_SIZE)

        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.dots)
        layout.addLayout(grid)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.retranslate()

    def _key(self, theme: Theme, digit: str) -> TouchButton:
        button = TouchButton(digit, key=digit, object_name=f"pinKey{digit}", theme=theme)
        button.setMinimumSize(KEY_SIZE, KEY_SIZE)
        button.activated.connect(self.press)
        self.keys.append(button)
        return button

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.clear_button.set_label(self.tr("Clear"))
        self.ok_button.set_label(self.tr("OK"))
        self.cancel_button.set_label(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS:
            self._digits += digit
        self._show_dots()
        self.keyPressed.emit()

    def clear(self) -> None:
        self._digits = ""
        self._show_dots()

    def _show_dots(self) -> None:
        self.dots.setText("\u25cf " * len(self._digits) if self._digits else " ")
        self.dots.setAccessibleName(self.tr("%n digit(s) entered", "", len(self._digits)))

    def _submit(self) -> None:
        digits, self._digits = self._digits, ""
        self._show_dots()
        self.submitted.emit(digits)

    def show_message(self, text: str, *, keys_enabled: bool = True) -> None:
        self.status.setText(text)
        for button in (*self.keys, self.ok_button, self.clear_button):
            button.setEnabled(keys_enabled)
        self.place_card()
        self.messageShown.emit(text)

    def escape(self) -> bool:
        self.cancelled.emit()
        return True

    def open(self) -> None:
        self.clear()
        super().open()
