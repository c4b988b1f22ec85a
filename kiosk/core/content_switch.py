"""When new content reaches the screen: never under a reader's finger.

A content pack installed, rolled back to, or the bundled content chosen by staff is
shown at once when nobody is reading (the attract or closed screen), else once the
current reader's session ends. The latest request wins: a second pack arriving while
the first waits replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

Pack = TypeVar("Pack")


class SwitchState(StrEnum):
    SHOWING = "showing"  # what is on screen is what should be: nothing waits
    PACK_WAITING = "pack waiting"  # a pack is shown after the current reader
    BUNDLED_WAITING = "bundled waiting"  # the bundled content is shown after the reader


@dataclass
class ContentSwitch(Generic[Pack]):
    """The content waiting to be shown, if any (``Pack`` is the installed pack's type)."""

    state: SwitchState = SwitchState.SHOWING
    pack: Pack | None = None

    def request(self, pack: Pack | None, *, reader_present: bool) -> bool:
        """Ask for ``pack`` (None: the bundled content). True when it is due now."""
        self.state = SwitchState.BUNDLED_WAITING if pack is None else SwitchState.PACK_WAITING
        self.pack = pack
        return not reader_present

    @property
    def waiting(self) -> bool:
        return self.state is not SwitchState.SHOWING

    def take(self) -> tuple[bool, Pack | None]:
        """What to show now: (False, None) when nothing waits, else (True, the pack or
        None for the bundled content). Nothing waits afterwards."""
        if not self.waiting:
            return False, None
        pack = self.pack
        self.state, self.pack = SwitchState.SHOWING, None
        return True, pack
