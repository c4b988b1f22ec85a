"""Speech mode's input: an application event filter for the keypad and touch and hear.

Keys: with speech mode off, any key (other than a modifier alone) turns it on and then
does what it always does. With it on, the keys of the key map do their action and
nothing else; other keys (Tab, letters) work as usual.

Touch: holding a finger still anywhere for ``hold_ms`` turns speech mode on (or off).
With it on, presses, moves and lifts are taken from the widgets and read by
:class:`kiosk.core.touch_gestures.TouchInterpreter`: a touch explores, a second tap
activates, a swipe moves.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.core.keymap import Action
from kiosk.core.session import Mode
from kiosk.core.touch_gestures import Gesture, GestureTimings, Outcome, TouchInterpreter
from kiosk.ui.speech_mode.controller import SpeechModeController
from kiosk.ui.speech_mode.keys import MODIFIERS, key_name

# Cleaning locks touch and the closed screen wakes on one: their own rules for input.
# The PIN pad and the staff screen are spoken and driven like any other screen.
_PASS_MODES = frozenset({Mode.CLEANING, Mode.CLOSED})
_HELD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_MOUSE = {
    QEvent.Type.MouseButtonPress: "press",
    QEvent.Type.MouseButtonDblClick: "press",
    QEvent.Type.MouseMove: "move",
    QEvent.Type.MouseButtonRelease: "release",
}
_TOUCH = {
    QEvent.Type.TouchBegin: "press",
    QEvent.Type.TouchUpdate: "move",
    QEvent.Type.TouchEnd: "release",
}

_INPUT = frozenset({*_MOUSE, *_TOUCH, QEvent.Type.KeyPress, QEvent.Type.KeyRelease})


def _monotonic_ms() -> int:
    return int(time.monotonic() * 1000)


class SpeechInputFilter(QObject):
    def __init__(
        self,
        controller: SpeechModeController,
        *,
        timings: GestureTimings | None = None,
        clock: Callable[[], int] = _monotonic_ms,
        exempt: tuple[QWidget, ...] = (),
        parent: QObject | None = None,
    ) -> None:
        """``exempt``: widgets whose touches are left alone (the staff gesture's title:
        it is held for longer than speech mode's hold, then tapped)."""
        super().__init__(parent or controller)
        self.controller = controller
        self.window = controller.window
        self.gestures = TouchInterpreter(timings)
        self._clock = clock
        self._turned_on_by: int | None = None  # the key press that turned speech on
        self._pressed: QWidget | None = None
        self._touching = False
        self._exempt = exempt
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.hold_timer.setInterval(self.gestures.timings.hold_ms)
        self.hold_timer.timeout.connect(self._on_hold)

    def stop(self) -> None:
        self.hold_timer.stop()
        self.gestures.cancel()

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT:
            return False  # every event of the program passes here: the cheap test first
        taken = self._filter(watched, event)
        if taken:
            # What speech mode takes, the activity monitor never sees: it is input all
            # the same, and keeps the idle reset away.
            self.controller.session.activity.activity.emit()
        return taken

    def _filter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        controller = self.controller
        if not controller.enabled or controller.synthetic or not self._ours(watched):
            return False
        pointer = kind in _MOUSE or kind in _TOUCH
        if controller.session.mode in _PASS_MODES or (pointer and self._is_exempt(watched)):
            if pointer:
                self.hold_timer.stop()
                self.gestures.cancel()
            return False
        if kind == QEvent.Type.KeyRelease:
            self._turned_on_by = None
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        if kind in _TOUCH and isinstance(event, QTouchEvent):
            return self._touch(watched, event)
        if kind in _MOUSE and isinstance(event, QMouseEvent):
            return self._mouse(watched, event)
        return False

    def _touch(self, watched: QObject, event: QTouchEvent) -> bool:
        points = event.points()
        if not points:
            return False
        self._touching = event.type() != QEvent.Type.TouchEnd
        point = points[0].globalPosition().toPoint()
        return self._pointer(_TOUCH[event.type()], point, watched, event)

    def _mouse(self, watched: QObject, event: QMouseEvent) -> bool:
        kind = event.type()
        on = self.controller.on
        if self._touching and event.source() != Qt.MouseEventSource.MouseEventNotSynthesized:
            return on  # the touch itself is being read
        if kind == QEvent.Type.MouseMove and not self.gestures.is_down:
            return False
        if kind != QEvent.Type.MouseMove and event.button() != Qt.MouseButton.LeftButton:
            return on
        return self._pointer(_MOUSE[kind], event.globalPosition().toPoint(), watched, event)

    def _is_exempt(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and any(
            shiboken6.isValid(w) and (w is watched or w.isAncestorOf(watched)) for w in self._exempt
        )

    # -- keys -------------------------------------------------------------------------------
    def _key(self, event: QKeyEvent) -> bool:
        pointer = shiboken6.getCppPointer(event)[0]
        # The press that turned speech on goes on to do what it always does, and Qt
        # hands it to each parent that ignores it: it is not a second press.
        again = pointer == self._turned_on_by
        if again or event.key() in MODIFIERS or event.modifiers() & _HELD_MODIFIERS:
            return False
        controller = self.controller
        controller.keyboard = True
        action = self._action(event)
        if not controller.on:
            controller.turn_on()
            if action is Action.SPEECH:
                return True
            self._turned_on_by = pointer
            return False
        if controller.session.mode is Mode.IDLE_WARNING and action is not Action.SPEECH:
            # "Press any key to keep reading": every key answers the question.
            controller.session.stay()
            return True
        if action is not None and not event.isAutoRepeat():
            controller.perform(action)
        return action is not None

    def _action(self, event: QKeyEvent) -> Action | None:
        name = key_name(event.key())
        return None if name is None else self.controller.key_map.action(name)

    # -- touch and hear ---------------------------------------------------------------------
    def _pointer(self, phase: str, point: QPoint, watched: QObject, event: QEvent) -> bool:
        controller = self.controller
        now = self._clock()
        on = controller.on
        held = self.gestures.held
        if phase == "press" and self.gestures.is_down:
            return on or held  # the same press, handed on to a parent; or a second finger
        if phase == "press":
            controller.keyboard = False
            self._pressed = watched if isinstance(watched, QWidget) else None
            outcomes = self.gestures.press(now, point.x(), point.y(), speech_on=on)
            self.hold_timer.start()
        elif phase == "move":
            outcomes = self.gestures.move(now, point.x(), point.y(), speech_on=on)
            if self.gestures.moved:
                self.hold_timer.stop()
        else:
            self.hold_timer.stop()
            outcomes = self.gestures.release(now, point.x(), point.y(), speech_on=on)
            if held:
                self._cancel_press()
        self._act(outcomes)
        return on or held

    def _cancel_press(self) -> None:
        """The finger that held to turn speech on lifts: the button it rests on is let
        go without being clicked."""
        pressed = self._pressed
        self._pressed = None
        if pressed is not None and shiboken6.isValid(pressed):
            button = pressed
            while button is not None and not isinstance(button, QAbstractButton):
                button = button.parentWidget()
            if isinstance(button, QAbstractButton):
                button.setDown(False)

    def _on_hold(self) -> None:
        self._act(self.gestures.hold_elapsed(self._clock()))

    def _act(self, outcomes: list[Outcome]) -> None:
        controller = self.controller
        for outcome in outcomes:
            match outcome.gesture:
                case Gesture.HOLD:
                    controller.toggle()
                case Gesture.EXPLORE:
                    controller.explore(QPoint(round(outcome.x), round(outcome.y)))
                case Gesture.ACTIVATE:
                    controller.activate()
                case Gesture.NEXT:
                    controller.move_focus(forward=True)
                case Gesture.PREVIOUS:
                    controller.move_focus(forward=False)
