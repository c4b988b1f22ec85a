"""A screen that scrolls by finger: a kinetic scroll area around a centred column."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.ui.look import mark_region
from kiosk.ui.rich_text import recolour_links
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.kinetic import make_kinetic


class ScrollPage(QScrollArea):
    def __init__(self, theme: Theme, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setObjectName(object_name)
        mark_region(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller = make_kinetic(self)

    def new_column(self, *, max_width: int | None = None) -> tuple[QWidget, QVBoxLayout]:
        """Replace the scrolled content with an empty column; returns it and its layout."""
        m = self.theme.metrics
        outer = QWidget()
        outer.setObjectName("scrollContent")
        row = QHBoxLayout(outer)
        row.setContentsMargins(m.padding, m.padding, m.padding, m.padding)
        column = QWidget()
        column.setObjectName("column")
        if max_width is not None:
            column.setMaximumWidth(max_width)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(m.gap)
        # The column takes the width up to its maximum; the stretches share what is left,
        # which keeps it centred.
        row.addStretch(1)
        row.addWidget(column, 1000)
        row.addStretch(1)
        old = self.takeWidget()
        self.setWidget(outer)
        if old is not None:
            old.deleteLater()
        return column, layout

    def retheme(self, theme: Theme) -> None:
        # Links carry their colour inside the rich text: recolour them in place rather
        # than build the page again.
        old, self.theme = self.theme, theme
        if old.palette.link != theme.palette.link and self.widget() is not None:
            for label in self.widget().findChildren(QLabel):
                text = label.text()
                if "<a " in text:
                    label.setText(recolour_links(text, old, theme))

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
