"""A page of large tiles under headings that reflows with the screen: Home, and the
page of a pathway such as "For children"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.navigation import Route
from kiosk.ui.theme import Theme
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.buttons import CardButton

# Columns by available width: 3 on a landscape screen, 2 in portrait, 1 when narrow.
_COLUMN_BREAKS = ((1500, 3), (900, 2))


def columns_for(width: int) -> int:
    return next((columns for min_width, columns in _COLUMN_BREAKS if width >= min_width), 1)


@dataclass(frozen=True)
class Tile:
    route: Route
    title: str
    summary: str
    icon: str | None = None
    badge: str = ""
    """A short note on the card in the reader's language, such as "In English"."""
    urgent: bool = False
    """The "Call now" card: drawn so that no reader can miss it."""


@dataclass(frozen=True)
class TileSection:
    heading: str | None
    tiles: list[Tile]


class TilePage(ScrollPage):
    routeChosen = Signal(object)  # the Route of the tapped tile

    def __init__(self, theme: Theme, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(theme, object_name, parent)
        self.tiles: list[CardButton] = []
        self._routes: dict[str, Route] = {}
        self._grids: list[tuple[QGridLayout, list[CardButton]]] = []
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
        self._sections_host = QWidget()
        self._sections = QVBoxLayout(self._sections_host)
        self._sections.setContentsMargins(0, 0, 0, 0)
        self._sections.setSpacing(theme.metrics.gap)
        layout.addWidget(self._sections_host)
        layout.addStretch(1)

    def set_heading(self, title: str, intro: str) -> None:
        self.heading.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def english_only_label(self) -> str:
        """The note on a card whose page the reader's language does not have yet."""
        # An explicit context: tr() here would take a subclass's name (HomeView) at run time.
        return QCoreApplication.translate("TilePage", "In English")

    def set_sections(self, sections: list[TileSection]) -> None:
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.theme.metrics.gap)
        m = self.theme.metrics
        self.tiles, self._grids, self._routes = [], [], {}
        for section in sections:
            if section.heading:
                label = QLabel(section.heading)
                label.setObjectName("groupHeading")
                label.setWordWrap(True)
                layout.addWidget(label)
            grid_host = QWidget()
            grid = QGridLayout(grid_host)
            grid.setContentsMargins(0, 0, 0, m.gap // 2)
            grid.setSpacing(m.gap)
            buttons = []
            for tile in section.tiles:
                key = f"{tile.route.screen}:{tile.route.target or ''}"
                button = CardButton(
                    tile.title,
                    tile.summary,
                    key=key,
                    object_name=f"tile-{tile.route.target}",
                    theme=self.theme,
                    icon_name=tile.icon,
                    show_icon=True,
                )
                if tile.badge:
                    button.add_badge(tile.badge)
                if tile.urgent:
                    button.setProperty("urgent", True)
                button.activated.connect(self._on_tile)
                self._routes[key] = tile.route
                buttons.append(button)
            self.tiles.extend(buttons)
            self._grids.append((grid, buttons))
            layout.addWidget(grid_host)
        old = self._sections_host
        self._sections_host = host
        self.widget().findChild(QWidget, "column").layout().replaceWidget(old, host)
        old.setParent(None)  # out of the widget tree at once, deleted soon after
        old.deleteLater()
        self._columns = 0
        self._reflow()

    def _on_tile(self, key: str) -> None:
        self.routeChosen.emit(self._routes[key])

    def _reflow(self) -> None:
        columns = columns_for(self.viewport().width())
        if columns == self._columns:
            return
        self._columns = columns
        for grid, buttons in self._grids:
            for button in buttons:
                grid.removeWidget(button)
            for index, button in enumerate(buttons):
                grid.addWidget(button, index // columns, index % columns)
            for column in range(3):
                grid.setColumnStretch(column, 1 if column < columns else 0)

    @property
    def columns(self) -> int:
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
