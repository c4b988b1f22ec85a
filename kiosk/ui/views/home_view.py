"""Home: a welcome line and the topics, grouped so a first-time reader finds things."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.views.tile_page import TilePage, columns_for

__all__ = ["HomeView", "columns_for"]


class HomeView(TilePage):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, "homeView", parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_heading(
            self.tr("Questions about blood cancer treatment"),
            self.tr("Tap a question to read the answer."),
        )

    def more_heading(self) -> str:
        """The heading over topics that belong to no group."""
        return self.tr("More questions")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
