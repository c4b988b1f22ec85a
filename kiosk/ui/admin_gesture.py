"""The hidden way into the staff screen: hold a target, then tap it a few times.

A patient will not do this by chance (hold the title in the top bar for 5 seconds, let
go, then tap it three times within 4 seconds), and even then only a PIN pad appears.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.timers import single_shot_timer


class HoldThenTapGesture(QObject):
    triggered = Signal()

    def __init__(
        self,
        target: QWidget,
        *,
        hold_ms: int = 5000,
        taps: int = 3,
        tap_window_ms: int = 4000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._taps_needed = taps
        self._taps = 0
        self._held = False
        self._armed = False
        self._hold = single_shot_timer(self, hold_ms, self._on_held)
        self._window = single_shot_timer(self, tap_window_ms, self.reset)
        target.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    def reset(self) -> None:
        self._hold.stop()
        self._window.stop()
        self._held = self._armed = False
        self._taps = 0

    def _on_held(self) -> None:
        self._held = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            if self._armed:
                self._taps += 1
                if self._taps >= self._taps_needed:
                    self.reset()
                    self.triggered.emit()
            else:
                self._held = False
                self._hold.start()
        elif kind == QEvent.Type.MouseButtonRelease and not self._armed:
            if self._held:
                self._armed = True
                self._taps = 0
                self._window.start()
            else:
                self._hold.stop()  # let go too soon: nothing happens
        return False
