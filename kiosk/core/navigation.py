"""Where the reader is and how they got there: screens, routes and the back history."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Screen(StrEnum):
    HOME = "home"
    TOPIC = "topic"
    GROUP = "group"  # a pathway's own page, such as "For children"


@dataclass(frozen=True)
class Route:
    screen: Screen
    target: str | None = None  # the topic or group id, for screens that show one

    @classmethod
    def home(cls) -> Route:
        return cls(Screen.HOME)

    @classmethod
    def topic(cls, topic_id: str) -> Route:
        return cls(Screen.TOPIC, topic_id)

    @classmethod
    def group(cls, group_id: str) -> Route:
        return cls(Screen.GROUP, group_id)


class History:
    """The reader's path. Back walks it; Home starts a fresh path from the home screen.

    Visiting the screen one is already on is not a step, so a double tap on a link never
    makes Back appear to do nothing.
    """

    def __init__(self, start: Route | None = None, limit: int = 100) -> None:
        self._start = start or Route.home()
        self._limit = limit
        self._stack: list[Route] = [self._start]

    @property
    def current(self) -> Route:
        return self._stack[-1]

    @property
    def can_go_back(self) -> bool:
        return len(self._stack) > 1

    @property
    def depth(self) -> int:
        return len(self._stack)

    def visit(self, route: Route) -> bool:
        """Go to ``route``; returns False if already there."""
        if route == self.current:
            return False
        if route == self._start:
            self._stack = [self._start]
        else:
            self._stack.append(route)
            # A kiosk runs for weeks: bound the history so it cannot grow without end.
            excess = len(self._stack) - self._limit
            if excess > 0:
                del self._stack[1 : 1 + excess]
        return True

    def back(self) -> Route:
        if self.can_go_back:
            self._stack.pop()
        return self.current

    def reset(self) -> Route:
        self._stack = [self._start]
        return self.current

    def routes(self) -> tuple[Route, ...]:
        return tuple(self._stack)
