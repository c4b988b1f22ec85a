"""The kiosk's modes, as an explicit state machine.

What a tap does depends on the mode, and only the transitions below are allowed, so an
idle reset can never fire in the middle of cleaning, nor the attract screen appear over
the admin screen.
"""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    ATTRACT = "attract"  # nobody is using the kiosk: "Touch the screen to start"
    BROWSING = "browsing"  # a reader is using it
    IDLE_WARNING = "idle-warning"  # "Are you still there?" with a countdown
    CLEANING = "cleaning"  # all touch locked while staff wipe the screen
    ADMIN = "admin"  # PIN pad and admin screen
    CLOSED = "closed"  # outside opening hours: a black screen


ALLOWED: dict[Mode, frozenset[Mode]] = {
    Mode.ATTRACT: frozenset({Mode.BROWSING, Mode.CLEANING, Mode.ADMIN, Mode.CLOSED}),
    Mode.BROWSING: frozenset(
        {Mode.IDLE_WARNING, Mode.ATTRACT, Mode.CLEANING, Mode.ADMIN, Mode.CLOSED}
    ),
    Mode.IDLE_WARNING: frozenset({Mode.BROWSING, Mode.ATTRACT, Mode.CLOSED, Mode.CLEANING}),
    Mode.CLEANING: frozenset({Mode.ATTRACT, Mode.BROWSING, Mode.ADMIN, Mode.CLOSED}),
    Mode.ADMIN: frozenset({Mode.ATTRACT, Mode.BROWSING, Mode.CLEANING, Mode.CLOSED}),
    # Opening again: to the attract screen, or to Home where it is switched off.
    Mode.CLOSED: frozenset({Mode.ATTRACT, Mode.BROWSING, Mode.ADMIN}),
}

# Modes in which a reader's idle time is counted.
COUNTS_IDLE = frozenset({Mode.BROWSING})


class ModeError(ValueError):
    pass


class ModeMachine:
    """Holds the current mode and refuses transitions the table does not allow."""

    def __init__(self, start: Mode = Mode.ATTRACT) -> None:
        self._mode = start

    @property
    def mode(self) -> Mode:
        return self._mode

    def can_enter(self, mode: Mode) -> bool:
        return mode == self._mode or mode in ALLOWED[self._mode]

    def enter(self, mode: Mode) -> Mode:
        """Switch to ``mode``; returns the mode left. Raises ModeError if not allowed."""
        if not self.can_enter(mode):
            raise ModeError(f"cannot go from {self._mode} to {mode}")
        previous, self._mode = self._mode, mode
        return previous
