"""What a patient must not be able to do: open context menus, drag things, zoom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

BLOCKED_EVENTS = frozenset(
    {
        QEvent.Type.ContextMenu,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.NativeGesture,  # pinch zoom and rotate on touchpads and screens
    }
)


class LockdownFilter(QObject):
    """Installed on the application: swallows the events above for every widget."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in BLOCKED_EVENTS


INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
    }
)


class InputGate(QObject):
    """While closed, every input event is dropped (cleaning mode)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.closed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.closed and event.type() in INPUT_EVENTS
