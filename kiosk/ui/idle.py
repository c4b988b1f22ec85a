"""Notice a reader's input anywhere in the app, and start over when nobody is there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QScroller

from kiosk.ui.timers import single_shot_timer

# Every kind of input counts: touch first, then mouse, keys and wheel.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.Gesture,
    }
)


class ActivityMonitor(QObject):
    """An application-wide event filter that reports input, never consuming it.

    Qt's gesture manager sees input before application event filters do, and kinetic
    scrolling (QScroller) swallows the presses and moves of a finger that drags a page.
    A reader scrolling through a long topic is the most active reader there is, so each
    scroller's state is watched too (:meth:`watch_scroller`).
    """

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity.emit()
        return False

    def watch_scroller(self, scroller: QScroller) -> None:
        scroller.stateChanged.connect(self._on_scroller_state)

    def _on_scroller_state(self, state: QScroller.State) -> None:
        if state != QScroller.State.Inactive:
            self.activity.emit()


class IdleTimer(QObject):
    """Fires :attr:`idle` after ``timeout_ms`` without activity (injected for tests)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = single_shot_timer(self, timeout_ms, self.idle.emit)
        self._enabled = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def start(self) -> None:
        self._enabled = True
        self._timer.start()

    def poke(self) -> None:
        """Input happened: restart the countdown (unless the timer was stopped)."""
        if self._enabled:
            self._timer.start()

    def stop(self) -> None:
        self._enabled = False
        self._timer.stop()

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()
