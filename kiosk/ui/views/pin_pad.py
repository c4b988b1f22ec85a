"""The staff PIN pad behind the hidden admin gesture.

Every key of the grid is the same square (the theme's ``pin_key_px``, which grows with
the text size), its label centred; the columns share the card's width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton

MAX_DIGITS = 8
TALL_MAX_WIDTH, WIDE_MAX_WIDTH = 640, 1200  # px at the standard text size
KEYPAD = "keypad"  # a key of the grid: centred label, the keypad's font (theme)


class PinPad(CardOverlay):
    submitted = Signal(str)
    cancelled = Signal()
    keyPressed = Signal()  # any key: the controller restarts the pad's timeout
    messageShown = Signal(str)  # what the pad says now (speech mode says it too)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "pinPad", margin=theme.metrics.padding, max_width=TALL_MAX_WIDTH)
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
        self.grid_keys = [*self.keys, self.clear_button, self.ok_button]
        for button in self.grid_keys:
            button.setProperty(KEYPAD, True)
            # Wide as the column, high as the key: OK and Clear match the digits.
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self._theme = theme
        self.retheme(theme)
        self._build_layout(grid)
        self.retranslate()

    def _build_layout(self, grid: QGridLayout) -> None:
        # Words above the keys; beside them when that is too tall for the screen
        # (1280x800 at the biggest text size).
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.card)
        self._layout.setContentsMargins(48, 40, 48, 40)
        self._layout.setSpacing(20)
        words = QVBoxLayout()
        words.setSpacing(20)
        words.addWidget(self.title)
        words.addWidget(self.status)
        words.addWidget(self.dots)
        words.addStretch(1)
        pad = QVBoxLayout()
        pad.setSpacing(20)
        pad.addLayout(grid)
        self._cancel_row = QHBoxLayout()
        self._cancel_row.addStretch(1)
        self._cancel_row.addWidget(self.cancel_button)
        pad.addLayout(self._cancel_row)
        self._words, self._pad = words, pad
        self._wide = False
        self._layout.addLayout(words, 1)
        self._layout.addLayout(pad, 1)

    def _key(self, theme: Theme, digit: str) -> TouchButton:
        button = TouchButton(digit, key=digit, object_name=f"pinKey{digit}", theme=theme)
        button.activated.connect(self.press)
        self.keys.append(button)
        return button

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        self._size_keys(theme.pin_key_px)
        super().retheme(theme)

    def _arrange(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        # Beside the keys, Cancel goes under the words: the keys get the card's height.
        (self._pad if wide else self._words).removeItem(self._cancel_row)
        (self._words if wide else self._pad).addLayout(self._cancel_row)
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self._max_width = WIDE_MAX_WIDTH if wide else TALL_MAX_WIDTH

    def place_card(self) -> None:
        room = self.height() - 2 * self._margin
        self._arrange(wide=False)
        self._size_keys(self._theme.pin_key_px)
        self.refresh_layout()
        width = min(self.card_max_width(), self.width() - 2 * self._margin)
        if self.card.heightForWidth(width) > room:
            self._arrange(wide=True)
            self.refresh_layout()
            # Still too tall (a very short screen): the keys give way, to the touch size.
            over = self.card.heightForWidth(width) - room
            if over > 0:
                self._size_keys(self._theme.pin_key_px - -(-over // 4))
        super().place_card()

    def _size_keys(self, px: int) -> None:
        for button in self.grid_keys:
            button.set_minimum_touch(max(self._theme.touch_px, px))

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
