"""The session's rules that are not the mode table: where the kiosk rests, what opening
hours do to the screen, where cleaning returns to, where staff are inside the staff mode
(the PIN pad, then the staff screen) and what the PIN pad says.

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


class AdminStage(StrEnum):
    """Where staff are while the kiosk is in :attr:`Mode.ADMIN`."""

    NONE = "none"  # not in the staff mode
    PIN_PAD = "pin-pad"  # asked for the PIN: nothing of the staff screen is shown
    PANEL = "panel"  # the staff screen, after the right PIN


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
    admin_stage: AdminStage = AdminStage.NONE
    # Where staff were when cleaning started from the staff mode: cleaning returns there.
    stage_before_cleaning: AdminStage = AdminStage.NONE

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

    # -- the staff mode: the PIN pad, then the staff screen ---------------------------------
    def mode_changed(self, left: Mode, entered: Mode) -> None:
        """Every change of mode: cleaning remembers where it started, and leaving the
        staff mode forgets where staff were in it."""
        if entered is Mode.CLEANING:
            self.cleaning_started(left)
            self.stage_before_cleaning = self.admin_stage if left is Mode.ADMIN else AdminStage.NONE
        if left is Mode.ADMIN:
            self.admin_stage = AdminStage.NONE

    def pad_opened(self) -> None:
        self.admin_stage = AdminStage.PIN_PAD

    def panel_opened(self) -> None:
        """The staff screen is shown: after the right PIN, or shown again with news."""
        self.admin_stage = AdminStage.PANEL

    @property
    def staff_active(self) -> bool:
        """Input counts as staff at work (it keeps the staff screen open) only on the
        staff screen: the PIN pad has its own, shorter time."""
        return self.admin_stage is AdminStage.PANEL

    def stage_after_cleaning(self) -> AdminStage:
        """Where in the staff mode cleaning returns to: the staff screen only if it was
        open; cleaning from the PIN pad goes back to the PIN pad, never past it."""
        if self.after_cleaning() is not Mode.ADMIN:
            return AdminStage.NONE
        if self.stage_before_cleaning is AdminStage.PANEL:
            return AdminStage.PANEL
        return AdminStage.PIN_PAD

    def after_cleaning(self) -> Mode:
        """Where cleaning returns: where it started, but never to the closed screen
        (hours are checked again from the resting mode)."""
        back = self.before_cleaning
        return back if back is not Mode.CLOSED else self.resting_mode
