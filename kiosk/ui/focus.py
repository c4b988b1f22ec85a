"""Show the focus highlight only when focus came from the keyboard ("focus-visible").

Touch readers never see a yellow box left behind by a tap; keypad and switch users
always see where they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

PROPERTY = "focusVisible"
_KEYBOARD_REASONS = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FocusVisibleFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            assert isinstance(event, QFocusEvent)
            visible = kind == QEvent.Type.FocusIn and event.reason() in _KEYBOARD_REASONS
            if bool(watched.property(PROPERTY)) != visible:
                watched.setProperty(PROPERTY, visible)
                _repolish(watched)
        return False
