"""Switching the look live: text size and high contrast, one tap away on every screen.

The theme is data (:mod:`kiosk.ui.theme`); :mod:`kiosk.ui.look` puts it on the screen,
the visible part first, and lets widgets that draw with theme colours (icons, links
inside rich text) redraw themselves through a ``retheme(theme)`` method.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.look import LookApplier
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
        self._base = base
        self.theme = base
        self.look = LookApplier(root, base, parent=self)

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
        if theme == self.theme:
            return
        self.theme = theme
        self.look.set_theme(theme)
        self.changed.emit(theme)

    def adopt(self, region: QWidget) -> None:
        """A region made since the last change takes the current look before it shows."""
        self.look.adopt(region)

    def stop(self) -> None:
        self.look.stop()
