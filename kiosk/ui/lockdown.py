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
