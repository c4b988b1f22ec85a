"""Home: a welcome line and the topics, grouped so a first-time reader finds things."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.views.tile_page import TilePage, TileSection, columns_for

__all__ = ["HomeView", "columns_for"]


class HomeView(TilePage):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, "homeView", parent)
        self._empty = False
        self.retranslate()

    def retranslate(self) -> None:
        # A kiosk showing approved topics only may have none yet: say so, calmly, rather
        # than ask the reader to tap a question that is not there.
        intro = (
            self.tr("No information is ready to show yet. Please ask a member of staff.")
            if self._empty
            else self.tr("Tap a question to read the answer.")
        )
        self.set_heading(self.tr("Questions about blood cancer treatment"), intro)

    def set_sections(self, sections: list[TileSection]) -> None:
        self._empty = not any(section.tiles for section in sections)
        super().set_sections(sections)
        self.retranslate()

    def more_heading(self) -> str:
        """The heading over topics that belong to no group."""
        return self.tr("More questions")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
