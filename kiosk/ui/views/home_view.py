"""Home: a welcome line and a grid of large topic tiles that reflows with the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from kiosk.domain.content.library import Topic
from kiosk.ui import icons
from kiosk.ui.theme import Theme
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.buttons import CardButton

# Columns by available width: 3 on a landscape screen, 2 in portrait, 1 when narrow.
_COLUMN_BREAKS = ((1500, 3), (900, 2))


def columns_for(width: int) -> int:
    return next((columns for min_width, columns in _COLUMN_BREAKS if width >= min_width), 1)


class HomeView(ScrollPage):
    topicChosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, "homeView", parent)
        self.tiles: list[CardButton] = []
        self._columns = 0
        _, layout = self.new_column()
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setObjectName("screenIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(theme.metrics.gap)
        layout.addWidget(self._grid_host)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Questions about blood cancer treatment"))
        self.intro.setText(self.tr("Tap a question to read the answer."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_topics(self, topics: list[Topic]) -> None:
        for tile in self.tiles:
            self._grid.removeWidget(tile)
            tile.deleteLater()
        m, p = self.theme.metrics, self.theme.palette
        self.tiles = []
        for topic in topics:
            tile = CardButton(
                topic.title,
                topic.meta.summary,
                key=topic.id,
                object_name=f"tile-{topic.id}",
                theme=self.theme,
                picture=icons.topic_icon(topic.meta.icon, p.bar, m.tile_icon),
            )
            tile.activated.connect(self.topicChosen)
            self.tiles.append(tile)
        self._columns = 0
        self._reflow()

    def _reflow(self) -> None:
        columns = columns_for(self.viewport().width())
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    @property
    def columns(self) -> int:
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
