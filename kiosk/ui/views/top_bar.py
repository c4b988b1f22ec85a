"""The bar on every screen: Home and Back on the left, reader's tools on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk import resources
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.buttons import TouchButton


class TopBar(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
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
        self.clean_button = TouchButton(
            "", object_name="cleanButton", theme=theme, role="bar", icon=resources.Icon.CLEAN
        )
        self.trailing.addWidget(self.clean_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.home_button.set_label(self.tr("Home"))
        self.back_button.set_label(self.tr("Back"))
        self.title.setText(self.tr("Blood cancer treatment explained"))
        self.clean_button.set_label(self.tr("Clean screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_can_go_back(self, can_go_back: bool) -> None:
        self.back_button.setVisible(can_go_back)
