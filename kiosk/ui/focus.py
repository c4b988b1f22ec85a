"""Keyboards, keypads and switches: a visible focus that only keys show, Enter that
activates, arrows that move, and a focused item always scrolled into view.

Touch readers never see a yellow box left behind by a tap; keypad and switch users
always see where they are ("focus-visible").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

PROPERTY = "focusVisible"
# A layer over the window (a card, the attract screen, the PIN pad) that holds the
# keyboard while it is open: focus moves into it, Tab and arrows stay in it, and focus
# goes back where it was when it closes. Set on the layer as a dynamic property.
SCOPE = "focusScope"
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
    # Labels inside a tile take their colour from the tile's state (dark on the yellow
    # focus fill): the style sheet only re-reads them when they are polished again.
    for label in widget.findChildren(QLabel):
        style.unpolish(label)
        style.polish(label)
    widget.update()


def _can_take_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def open_scope(window: QWidget | None) -> QWidget | None:
    """The topmost open layer of ``window`` that holds the keyboard, if any."""
    if window is None:
        return None
    for child in reversed(window.children()):  # raise_() moves a layer to the end
        if isinstance(child, QWidget) and child.property(SCOPE) and child.isVisible():
            return child
    return None


def scope_chain(scope: QWidget) -> list[QWidget]:
    """What Tab visits inside ``scope``, in focus-chain order (the layer itself first)."""
    chain = [scope] if _can_take_focus(scope) else []
    widget = scope.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not scope and seen < 2000:
        if scope.isAncestorOf(widget) and _can_take_focus(widget) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        seen += 1
    return chain


def _scroll_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            if parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 40, 80)
            return
        parent = parent.parentWidget()


def _is_forward(widget: QWidget, key: Qt.Key) -> bool:
    forward = key in _FORWARD
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and widget.isRightToLeft():
        forward = not forward  # in Arabic, right is backwards
    return forward


class FocusVisibleFilter(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Whether the reader's last input was a key (keypad, switch) rather than a touch:
        # a layer that opens then shows where the keyboard landed, and a tap never does.
        self.keyboard_in_use = False
        self._returns: dict[QWidget, QWidget] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.keyboard_in_use = True
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.keyboard_in_use = False
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.property(SCOPE):
            self._scope_shown(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.property(SCOPE):
            self._scope_hidden(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                forward = key == Qt.Key.Key_Tab and not shifted
                if self._tab_in_scope(watched, forward=forward):
                    return True
            elif (
                key in _FORWARD | _BACKWARD
                and watched.property(SCOPE)
                and watched is QApplication.focusWidget()
            ):
                # The layer itself has the focus (the attract screen): arrows step into it.
                return self._move_in_scope(watched, forward=_is_forward(watched, key))
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(watched, QWidget):
            assert isinstance(event, QFocusEvent)
            # Qt also moves focus "by Tab" when the focused widget is hidden: only a
            # reader who is using keys sees where it went.
            visible = (
                kind == QEvent.Type.FocusIn
                and event.reason() in _KEYBOARD_REASONS
                and self.keyboard_in_use
            )
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
            forward = _is_forward(button, key)
            if self._move_in_scope(button, forward=forward):
                return True
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

    # -- layers that hold the keyboard ----------------------------------------------------
    def focus_reason(self) -> Qt.FocusReason:
        """Keyboard users see where focus lands; touch readers never see a highlight."""
        return (
            Qt.FocusReason.TabFocusReason
            if self.keyboard_in_use
            else Qt.FocusReason.OtherFocusReason
        )

    def _scope_shown(self, scope: QWidget) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and not scope.isAncestorOf(focused) and focused is not scope:
            self._returns[scope] = focused
        chain = scope_chain(scope)
        if chain and (focused is None or not (focused is scope or scope.isAncestorOf(focused))):
            chain[0].setFocus(self.focus_reason())

    def _scope_hidden(self, scope: QWidget) -> None:
        back = self._returns.pop(scope, None)
        focused = QApplication.focusWidget()
        inside = focused is None or focused is scope or scope.isAncestorOf(focused)
        if not inside:
            return
        if back is not None and _can_take_focus(back):
            back.setFocus(self.focus_reason())
        elif not self.keyboard_in_use and scope.parentWidget() is not None:
            # Nothing to go back to: rest on the window rather than let Qt pick the next
            # button in the chain for a reader who only touches.
            scope.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _move_in_scope(self, widget: QWidget, *, forward: bool) -> bool:
        scope = open_scope(widget.window())
        if scope is None:
            return False
        chain = scope_chain(scope)
        if not chain:
            return True  # nothing to reach: keep the keyboard out of what lies beneath
        if widget in chain:
            index = chain.index(widget) + (1 if forward else -1)
        else:
            index = 0 if forward else -1
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        chain[index % len(chain)].setFocus(reason)
        return True

    def _tab_in_scope(self, watched: QWidget, *, forward: bool) -> bool:
        focused = QApplication.focusWidget()
        if focused is not None and watched is not focused:
            return False  # the event is on its way to the focused widget: decide there
        return self._move_in_scope(focused or watched, forward=forward)
