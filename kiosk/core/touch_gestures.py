"""Touch and hear, Qt-free: what a finger's presses, moves and lifts mean.

Fed with times (ms) and points, it answers with what to do, so the rules are tested
without a screen. With speech mode off only the long hold counts (it turns speech mode
on from anywhere, the attract screen included); everything else goes to the kiosk as
usual. With speech mode on a finger explores: a touch or a finger moving across the
screen says what is under it without activating it; a second tap soon after lifting
(a double tap, or lift and tap) activates what was said last; a quick swipe right or
left moves to the next or previous item, as phone screen readers do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Gesture(StrEnum):
    EXPLORE = "explore"  # say what is under the finger
    ACTIVATE = "activate"  # the item said last
    NEXT = "next"
    PREVIOUS = "previous"
    HOLD = "hold"  # speech mode on (or off)


@dataclass(frozen=True)
class Outcome:
    gesture: Gesture
    x: float = 0.0
    y: float = 0.0


@dataclass(frozen=True)
class GestureTimings:
    hold_ms: int = 3000
    activate_ms: int = 700  # a second tap within this of lifting activates
    swipe_ms: int = 600  # a swipe is quick; a slow move explores
    swipe_px: float = 150.0
    slop_px: float = 24.0  # a finger never lies perfectly still


class TouchInterpreter:
    def __init__(self, timings: GestureTimings | None = None) -> None:
        self.timings = timings or GestureTimings()
        self._down = False
        self._start = (0.0, 0.0)
        self._start_ms = 0
        self._moved = False
        self._held = False
        self._activating = False
        self._last_release_ms: int | None = None

    @property
    def is_down(self) -> bool:
        return self._down

    @property
    def moved(self) -> bool:
        return self._moved

    @property
    def held(self) -> bool:
        """The finger now down has made the hold gesture: its lift must do nothing."""
        return self._held

    def _far(self, x: float, y: float, limit: float) -> bool:
        dx, dy = x - self._start[0], y - self._start[1]
        return dx * dx + dy * dy > limit * limit

    def press(self, ms: int, x: float, y: float, *, speech_on: bool) -> list[Outcome]:
        self._down, self._start, self._start_ms = True, (x, y), ms
        self._moved = self._held = False
        last = self._last_release_ms
        self._activating = (
            speech_on and last is not None and 0 <= ms - last <= self.timings.activate_ms
        )
        if speech_on and not self._activating:
            return [Outcome(Gesture.EXPLORE, x, y)]
        return []

    def move(self, ms: int, x: float, y: float, *, speech_on: bool) -> list[Outcome]:
        if not self._down or self._held:
            return []
        if not self._moved and self._far(x, y, self.timings.slop_px):
            self._moved = True
            self._activating = False  # a second touch that wanders explores instead
        if speech_on and self._moved:
            return [Outcome(Gesture.EXPLORE, x, y)]
        return []

    def hold_elapsed(self, ms: int) -> list[Outcome]:
        """The hold timer started at the press has run out."""
        # The timer that calls this may fire a little early: a tenth is allowed for.
        enough = ms - self._start_ms >= self.timings.hold_ms * 0.9
        if self._down and not self._moved and not self._held and enough:
            self._held = True
            self._activating = False
            return [Outcome(Gesture.HOLD, *self._start)]
        return []

    def release(self, ms: int, x: float, y: float, *, speech_on: bool) -> list[Outcome]:
        if not self._down:
            return []
        self._down = False
        if self._held:
            self._last_release_ms = None
            return []
        if not speech_on:
            self._last_release_ms = ms
            return []
        dx, dy = x - self._start[0], y - self._start[1]
        quick = ms - self._start_ms <= self.timings.swipe_ms
        if quick and abs(dx) >= self.timings.swipe_px and abs(dx) > 2 * abs(dy):
            self._last_release_ms = None
            return [Outcome(Gesture.NEXT if dx > 0 else Gesture.PREVIOUS, x, y)]
        if self._activating and not self._far(x, y, self.timings.slop_px):
            self._last_release_ms = None
            return [Outcome(Gesture.ACTIVATE, x, y)]
        self._last_release_ms = ms
        return []

    def cancel(self) -> None:
        self._down = self._held = self._activating = False
        self._last_release_ms = None
