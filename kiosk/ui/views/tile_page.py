"""A page of large tiles under headings that reflows with the screen: Home, and the
page of a pathway such as "For children"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.core.navigation import Route
from kiosk.ui.theme import Theme
from kiosk.ui.views.scroll_page import ScrollPage
from kiosk.ui.widgets.buttons import CardButton, TouchButton

# Columns by available width: 3 on a landscape screen, 2 in portrait, 1 when narrow.
_COLUMN_BREAKS = ((1500, 3), (900, 2))


def columns_for(width: int, scale: float = 1.0) -> int:
    """Columns for ``width`` px at a text ``scale`` (:attr:`Theme.scale`): bigger text
    takes fewer columns, so a title keeps a readable line (one column in portrait at the
    large sizes, not titles five lines tall)."""
    width = round(width / scale)
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
        # "More below": over the foot of the screen while tiles continue out of sight
        # (1280x800 at the biggest size shows hardly one); a tap scrolls on.
        self.more_button = TouchButton(
            "", object_name="moreBelow", theme=theme, role="primary", parent=self
        )
        self.more_button.clicked.connect(self.scroll_on)
        self.more_button.hide()
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._place_more)
        bar.rangeChanged.connect(self._place_more)
        self._label_more()

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

    def _label_more(self) -> None:
        self.more_button.set_label(QCoreApplication.translate("TilePage", "More below"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._label_more()
            self._place_more()
        super().changeEvent(event)

    def scroll_on(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round(self.viewport().height() * 0.8))

    def _place_more(self) -> None:
        bar = self.verticalScrollBar()
        # Hidden when the rest is less than a gap: nothing worth scrolling for.
        more = bar.maximum() - bar.value() > self.theme.metrics.gap
        self.more_button.setVisible(more)
        if more:
            self.more_button.adjustSize()
            size = self.more_button.size()
            view = self.viewport().geometry()
            self.more_button.move(
                view.center().x() - size.width() // 2,
                view.bottom() - size.height() - self.theme.metrics.gap // 2,
            )
            self.more_button.raise_()

    def retheme(self, theme: Theme) -> None:
        super().retheme(theme)
        self._reflow()
        self._place_more()

    def _reflow(self) -> None:
        columns = columns_for(self.viewport().width(), self.theme.scale)
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
        self._place_more()
