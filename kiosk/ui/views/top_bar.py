"""The bar on every screen: Home and Back on the left, reader's tools on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

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
        self.setFixedHeight(m.bar_height)
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
        # The title gives way to the buttons on a narrow (portrait) screen: it wraps.
        self.title.setWordWrap(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(m.padding, 0, m.padding, 0)
        layout.setSpacing(m.touch_gap + 8)
        layout.addWidget(self.home_button)
        layout.addWidget(self.back_button)
        layout.addWidget(self.title, 1)
        self.trailing = QHBoxLayout()
        self.trailing.setSpacing(m.touch_gap + 8)
        layout.addLayout(self.trailing)
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
        super().changeEvent(event)

    def set_can_go_back(self, can_go_back: bool) -> None:
        self.back_button.setVisible(can_go_back)
