"""The bar on every screen: Home and Back on the left, reader's tools on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.io import resources
from kiosk.ui.look import mark_region
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.buttons import TouchButton


class TopBar(QWidget):
    """Home, Back, the title (the staff gesture's target) and read-aloud."""

    homeRequested = Signal()
    backRequested = Signal()
    listenRequested = Signal()  # Listen, Pause or Continue: whichever it shows
    stopRequested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        mark_region(self)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        m = theme.metrics
        self._theme = theme
        self.home_button = TouchButton(
            "", object_name="homeButton", theme=theme, role="bar", icon=resources.Icon.HOME
        )
        self.back_button = TouchButton(
            "", object_name="backButton", theme=theme, role="bar", icon=resources.Icon.BACK
        )
        # On Home there is nowhere to go back to: hide Back, but keep its place so the
        # bar does not jump.
        policy = self.back_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.back_button.setSizePolicy(policy)
        self.title = QLabel()
        self.title.setObjectName("barTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)

        # Three columns, the outer two kept the same width so the title sits in the
        # middle of the bar whatever the buttons on each side; when it would take more
        # than two lines there (portrait, big text, Listen showing) it gets a row of its
        # own under the buttons, across the whole bar.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(m.padding, 0, m.padding, 0)
        self._grid.setHorizontalSpacing(m.touch_gap + 8)
        self._grid.setVerticalSpacing(0)
        self.leading = QHBoxLayout()
        self.leading.setSpacing(m.touch_gap + 8)
        self.leading.addWidget(self.home_button)
        self.leading.addWidget(self.back_button)
        self.leading.addStretch(1)
        self.trailing = QHBoxLayout()
        self.trailing.setSpacing(m.touch_gap + 8)
        self.trailing.addStretch(1)
        self._grid.addLayout(self.leading, 0, 0)
        self._grid.addLayout(self.trailing, 0, 2)
        self._grid.setColumnStretch(1, 1)
        self.title_below = False
        self._grid.addWidget(self.title, 0, 1)
        # Read aloud, shown on topics when a voice for the reader's language exists.
        self.listen_button = TouchButton(
            "", object_name="listenButton", theme=theme, role="bar", icon=resources.Icon.LISTEN
        )
        self.stop_button = TouchButton(
            "", object_name="stopButton", theme=theme, role="bar", icon=resources.Icon.STOP
        )
        self.trailing.addWidget(self.listen_button)
        self.trailing.addWidget(self.stop_button)
        self.home_button.clicked.connect(self.homeRequested)
        self.back_button.clicked.connect(self.backRequested)
        self.listen_button.clicked.connect(self.listenRequested)
        self.stop_button.clicked.connect(self.stopRequested)
        self._reading = "idle"
        self.show_reading(available=False, state="idle")
        self.retranslate()
        self.relayout()

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        # The buttons' new touch sizes first: the sides are measured from them.
        for button in self.findChildren(TouchButton):
            button.retheme(theme)
        self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        """Centre the title between sides of one width; below them if it needs 3 lines."""
        theme, m = self._theme, self._theme.metrics
        self.leading.invalidate()
        self.trailing.invalidate()
        side = max(self.leading.sizeHint().width(), self.trailing.sizeHint().width())
        inner = max(0, self.width() - 2 * m.padding)
        middle = inner - 2 * side - 2 * self._grid.horizontalSpacing()
        line = self.title.fontMetrics().lineSpacing()
        below = middle < line * 3 or self.title.heightForWidth(middle) > 2 * line + 2
        if below != self.title_below:
            self.title_below = below
            self._grid.removeWidget(self.title)
            if below:
                self._grid.addWidget(self.title, 1, 0, 1, 3)
            else:
                self._grid.addWidget(self.title, 0, 1)
        # Under the buttons, the title is centred on the whole bar: the sides need not
        # match, and two wide ones must not push the window wider than the screen.
        self._grid.setColumnMinimumWidth(0, 0 if below else side)
        self._grid.setColumnMinimumWidth(2, 0 if below else side)
        bar = theme.bar_height_px
        self._grid.setRowMinimumHeight(0, bar)
        if below:
            title = self.title.heightForWidth(inner)
            self._grid.setContentsMargins(m.padding, 0, m.padding, m.touch_gap)
            self.setFixedHeight(bar + title + m.touch_gap)
        else:
            self._grid.setContentsMargins(m.padding, 0, m.padding, 0)
            self.setFixedHeight(max(bar, self.title.heightForWidth(max(middle, 1)) + m.touch_gap))

    def retranslate(self) -> None:
        self.home_button.set_label(self.tr("Home"))
        self.back_button.set_label(self.tr("Back"))
        self.title.setText(self.tr("Blood cancer treatment explained"))
        self.stop_button.set_label(self.tr("Stop"))
        self._label_listen()

    def show_reading(self, *, available: bool, state: str) -> None:
        """Listen, then Pause while speaking and Continue while paused; Stop beside them."""
        self._reading = state
        self.listen_button.setVisible(available)
        self.stop_button.setVisible(available and state != "idle")
        self._label_listen()
        self.relayout()

    def _label_listen(self) -> None:
        labels = {
            "idle": self.tr("Listen"),
            "speaking": self.tr("Pause"),
            "paused": self.tr("Continue"),
        }
        self.listen_button.set_label(labels[self._reading])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.relayout()
        super().changeEvent(event)

    def set_can_go_back(self, can_go_back: bool) -> None:
        self.back_button.setVisible(can_go_back)
