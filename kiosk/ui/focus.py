"""Keyboards, keypads and switches: a visible focus that only keys show, Enter that
activates, arrows that move, and a focused item always scrolled into view.

Touch readers never see a yellow box left behind by a tap; keypad and switch users
always see where they are ("focus-visible").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

PROPERTY = "focusVisible"
_KEYBOARD_REASONS = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)
_ACTIVATE = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select})
_FORWARD = frozenset({Qt.Key.Key_Down, Qt.Key.Key_Right})
_BACKWARD = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Left})


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            if parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 40, 80)
            return
        parent = parent.parentWidget()


class FocusVisibleFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            assert isinstance(event, QFocusEvent)
            visible = kind == QEvent.Type.FocusIn and event.reason() in _KEYBOARD_REASONS
            if bool(watched.property(PROPERTY)) != visible:
                watched.setProperty(PROPERTY, visible)
                _repolish(watched)
            if visible:
                _scroll_into_view(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            assert isinstance(event, QKeyEvent)
            return self._button_key(watched, event)
        return False

    def _button_key(self, button: QAbstractButton, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _ACTIVATE and button.isEnabled():
            button.click()
            return True
        if key in _FORWARD | _BACKWARD:
            forward = key in _FORWARD
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and button.isRightToLeft():
                forward = not forward  # in Arabic, right is backwards
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            target = button.nextInFocusChain() if forward else button.previousInFocusChain()
            # Skip what cannot take focus from the keyboard.
            seen = 0
            while (
                target is not None
                and target is not button
                and not (
                    target.isVisible()
                    and target.isEnabled()
                    and target.focusPolicy() & Qt.FocusPolicy.TabFocus
                )
                and seen < 500
            ):
                target = target.nextInFocusChain() if forward else target.previousInFocusChain()
                seen += 1
            if target is not None and target is not button:
                target.setFocus(reason)
            return True
        return False
