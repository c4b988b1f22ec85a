"""The session's rules that are not the mode table: where the kiosk rests, what opening
hours do to the screen, where cleaning returns to, and what the PIN pad says.

Pure, so the fast lane tests them; :class:`kiosk.ui.session_controller.SessionController`
holds the timers and the views and asks these rules what to do.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from kiosk.core.session import Mode


class PadPrompt(StrEnum):
    """What the PIN pad tells staff."""

    NO_PIN = "no-pin"  # no PIN is set: the pad cannot open the staff screen
    LOCKED = "locked"  # too many wrong PINs: wait
    WRONG = "wrong"  # wrong PIN, tries left
    ENTER = "enter"  # enter the PIN


def pad_prompt(*, has_pin: bool, locked: bool, wrong: bool) -> PadPrompt:
    if not has_pin:
        return PadPrompt.NO_PIN
    if locked:
        return PadPrompt.LOCKED
    return PadPrompt.WRONG if wrong else PadPrompt.ENTER


@dataclass
class SessionPolicy:
    """The rules, with the little they remember between calls."""

    use_attract: bool
    # After waking from closed hours (a touch on the black screen), the attract screen
    # stays this long before a closed-hours check may darken it again.
    wake_grace: dt.timedelta
    woken_at: dt.datetime | None = None
    before_cleaning: Mode = Mode.BROWSING

    @property
    def resting_mode(self) -> Mode:
        """Where the kiosk waits for the next reader."""
        return Mode.ATTRACT if self.use_attract else Mode.BROWSING

    def woke(self, now: dt.datetime) -> Mode:
        """A touch on the closed screen: remember when, and rest."""
        self.woken_at = now
        return self.resting_mode

    def after_hours_check(self, *, is_open: bool, mode: Mode, now: dt.datetime) -> Mode | None:
        """The mode opening hours call for, or None to stay.

        Opening: a closed screen rests again. Closing: only the resting attract screen
        goes dark, and not within the grace after someone woke it; a reader is let
        finish (the idle reset closes the screen after them).
        """
        if is_open and mode is Mode.CLOSED:
            return self.resting_mode
        if not is_open and mode is Mode.ATTRACT:
            recently_woken = self.woken_at is not None and now - self.woken_at < self.wake_grace
            return None if recently_woken else Mode.CLOSED
        return None

    def cleaning_started(self, previous: Mode) -> None:
        """Remember where cleaning returns to; the idle question is not returned to."""
        self.before_cleaning = Mode.BROWSING if previous is Mode.IDLE_WARNING else previous

    def after_cleaning(self) -> Mode:
        """Where cleaning returns: where it started, but never to the closed screen
        (hours are checked again from the resting mode)."""
        back = self.before_cleaning
        return back if back is not Mode.CLOSED else self.resting_mode
