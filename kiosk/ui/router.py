"""One router for screens: every change of screen goes through :meth:`Router.navigate`,
which leaves one screen and enters the next and announces it, so history, idle reset
and (later) read-aloud all have one place to hook in."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QScrollBar, QStackedWidget, QWidget

from kiosk.core.navigation import History, Route, Screen

log = logging.getLogger(__name__)


class ScreenView(Protocol):
    def enter(self, route: Route) -> bool:
        """Show ``route``; return False if it cannot be shown (an unknown topic, say)."""
        ...

    def widget(self) -> QWidget: ...


class Router(QObject):
    routeChanged = Signal(object)  # the Route entered

    def __init__(self, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._views: dict[Screen, ScreenView] = {}
        self.history = History()
        # Where the reader had scrolled each screen of the path, by its place in the
        # history, so that Back returns them there and not to the top.
        self._scrolled: dict[int, int] = {}

    def register(self, screen: Screen, view: ScreenView) -> None:
        self._views[screen] = view
        if self._stack.indexOf(view.widget()) < 0:
            self._stack.addWidget(view.widget())

    @property
    def current(self) -> Route:
        return self.history.current

    def navigate(self, route: Route) -> bool:
        left_at, depth = self._scroll_position(), self.history.depth
        if not self._enter(route):
            log.warning("cannot show %s; staying on %s", route, self.current)
            return False
        if self.history.visit(route):
            if self.history.depth > depth:
                self._scrolled[depth - 1] = left_at
            else:  # Home starts a fresh path
                self._scrolled.clear()
        self.routeChanged.emit(route)
        return True

    def back(self) -> None:
        if not self.history.can_go_back:
            return
        self.history.back()
        self._enter_or_home(self.history.current)
        depth = self.history.depth
        position = self._scrolled.pop(depth - 1, None)
        for deeper in [d for d in self._scrolled if d >= depth]:
            del self._scrolled[deeper]
        if position is not None:
            self._restore_scroll(position)

    def home(self) -> None:
        self.navigate(Route.home())

    def reset(self) -> None:
        """Forget the reader's path and show Home (idle reset)."""
        self.history.reset()
        self._scrolled.clear()
        self._enter_or_home(self.history.current)

    def refresh(self) -> None:
        """Show the current screen again (after new content or a language change)."""
        self._enter_or_home(self.history.current)

    def _enter_or_home(self, route: Route) -> None:
        if not self._enter(route):
            self.history.reset()
            self._enter(self.history.current)
        self.routeChanged.emit(self.history.current)

    def _scroll_bar(self) -> QScrollBar | None:
        bar = getattr(self._stack.currentWidget(), "verticalScrollBar", None)
        return bar() if callable(bar) else None

    def _scroll_position(self) -> int:
        bar = self._scroll_bar()
        return bar.value() if bar is not None else 0

    def _restore_scroll(self, position: int) -> None:
        bar = self._scroll_bar()
        if bar is not None:
            bar.setValue(position)

    def _enter(self, route: Route) -> bool:
        view = self._views.get(route.screen)
        if view is None or not view.enter(route):
            return False
        self._stack.setCurrentWidget(view.widget())
        return True
