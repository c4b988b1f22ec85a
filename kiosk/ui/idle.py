"""Notice a reader's input anywhere in the app, and start over when nobody is there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
    """An application-wide event filter that reports input, never consuming it."""

    activity = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.activity.emit()
        return False


class IdleTimer(QObject):
    """Fires :attr:`idle` after ``timeout_ms`` without activity (injected for tests)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)

    def start(self) -> None:
        self._timer.start()

    def poke(self) -> None:
        """Input happened: restart the countdown."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()
