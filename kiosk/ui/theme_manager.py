"""Switching the look live: text size and high contrast, one tap away on every screen.

The theme is data (:mod:`kiosk.ui.theme`); this module applies a theme to the running
application and lets widgets that draw with theme colours (icons, links inside rich
text) redraw themselves through a ``retheme(theme)`` method.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.fonts import application_font
from kiosk.ui.theme import DEFAULT_THEME, HIGH_CONTRAST_PALETTE, Palette, TextSize, Theme

_SIZES = list(TextSize)


@runtime_checkable
class Rethemable(Protocol):
    def retheme(self, theme: Theme) -> None: ...


class ThemeManager(QObject):
    changed = Signal(object)  # the new Theme

    def __init__(
        self, root: QWidget, base: Theme = DEFAULT_THEME, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._root = root
        self._base = base
        self.theme = base

    @property
    def high_contrast(self) -> bool:
        return self.theme.palette == HIGH_CONTRAST_PALETTE

    def next_text_size(self) -> TextSize:
        return _SIZES[(_SIZES.index(self.theme.text_size) + 1) % len(_SIZES)]

    def cycle_text_size(self) -> None:
        self.set_theme(self.theme.with_text_size(self.next_text_size()))

    def toggle_high_contrast(self) -> None:
        palette: Palette = self._base.palette if self.high_contrast else HIGH_CONTRAST_PALETTE
        name = self._base.name if self.high_contrast else "high-contrast"
        self.set_theme(Theme(name=name, palette=palette, text_size=self.theme.text_size))

    def reset(self) -> None:
        """Back to the standard look for the next reader."""
        if self.theme != self._base:
            self.set_theme(self._base)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        apply_to_application(theme)
        for widget in [self._root, *self._root.findChildren(QWidget)]:
            # A widget may delete others as it rethemes (the topic view drops its kept
            # pages): skip those.
            if shiboken6.isValid(widget) and isinstance(widget, Rethemable):
                widget.retheme(theme)
        self.changed.emit(theme)


def apply_to_application(theme: Theme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setFont(application_font(theme))
        app.setStyleSheet(theme.stylesheet())
