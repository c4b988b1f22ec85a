"""What speech mode's keys and gestures do: the key map's actions, moving and
activating, back and home, and touch and hear (what is under a finger). A part of
:class:`~kiosk.ui.speech_mode.controller.SpeechModeController` (a mixin: it uses the
controller's state and its ``say``)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.core.keymap import Action
from kiosk.core.session import Mode
from kiosk.ui.focus import SCOPE, open_scope
from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.describe import spoken_name


class Commands:
    """The controller's acting half; ``self`` is always a SpeechModeController."""

    def perform(self, action: Action) -> None:
        match action:
            case Action.SPEECH:
                self.toggle()
            case Action.NEXT | Action.PREVIOUS:
                self.move_focus(forward=action is Action.NEXT)
            case Action.ACTIVATE:
                self.activate()
            case Action.BACK:
                self.back()
            case Action.HOME:
                self.go_home()
            case Action.HELP:
                self.say(phrases.keys_help(self.key_map, self.t))
            case Action.REPEAT:
                self.say(self.last_said or self.t(phrases.NOTHING_TO_REPEAT))
            case Action.PAUSE:
                self.pause()
            case Action.NEXT_PARAGRAPH | Action.PREVIOUS_PARAGRAPH:
                self._read_block(
                    self.cursor.next() if action is Action.NEXT_PARAGRAPH else None,
                    forward=action is Action.NEXT_PARAGRAPH,
                )
            case Action.NEXT_HEADING:
                self._read_block(self.cursor.next_heading(), forward=True)
            case Action.PREVIOUS_HEADING:
                self._read_block(self.cursor.previous_heading(), forward=False)
            case Action.FASTER | Action.SLOWER:
                before = self.state.rate
                after = self.state.faster() if action is Action.FASTER else self.state.slower()
                if after == before:
                    word = phrases.FASTEST if action is Action.FASTER else phrases.SLOWEST
                else:
                    word = phrases.FASTER if action is Action.FASTER else phrases.SLOWER
                self.say(self.t(word))
            case Action.VOLUME_UP | Action.VOLUME_DOWN:
                before = self.state.volume
                up = action is Action.VOLUME_UP
                after = self.state.louder() if up else self.state.softer()
                if after == before:
                    word = phrases.LOUDEST if up else phrases.SOFTEST
                else:
                    word = phrases.LOUDER if up else phrases.SOFTER
                self.say(self.t(word))

    def _read_block(self, block: object, *, forward: bool) -> None:
        if not forward and block is None and self.cursor:
            block = self.cursor.previous()
        if not self.cursor:
            self.move_focus(forward=forward)
            return
        if block is None:
            self.say(
                self.t(phrases.END_OF_TOPIC if forward else phrases.START_OF_TOPIC).replace(
                    "%1", self.key(Action.NEXT)
                )
            )
            return
        self.say(self._block_text(block))

    def pause(self) -> None:
        if self.host.paused:
            self.host.resume()
        elif self.host.speaking:
            self.host.pause()
        elif self.cursor:
            self.read_on()
        else:
            self.say(self.t(phrases.PAUSED))

    def move_focus(self, *, forward: bool) -> None:
        """Next or previous item: Tab, so the layers' own rules hold (focus stays in an
        open card)."""
        self._explored = None
        target = QApplication.focusWidget() or self.window
        key = Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab
        modifiers = Qt.KeyboardModifier.NoModifier if forward else Qt.KeyboardModifier.ShiftModifier
        self.send_key(target, key, modifiers)

    def send_key(
        self,
        target: QWidget,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self._synthetic = True
        try:
            QCoreApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
        finally:
            self._synthetic = False

    @property
    def synthetic(self) -> bool:
        return self._synthetic

    def activate(self) -> None:
        if self._offer_english:
            self._offer_english = False
            self.preferences.set_language("en")
            self.describe_screen()
            return
        target = self._explored if self._explored is not None else QApplication.focusWidget()
        if target is not None and not shiboken6.isValid(target):
            target = None
        if self.session.mode is Mode.ATTRACT and (
            target is None or not self.window.attract_view.isAncestorOf(target)
        ):
            self.session.start_browsing()
            return
        if isinstance(target, QAbstractButton):
            if target.isEnabled():
                target.click()
            return
        if self.session.mode is Mode.IDLE_WARNING:
            self.session.stay()
            return
        if target is not None:
            self.send_key(target, Qt.Key.Key_Return)

    def back(self) -> None:
        layer = open_scope(self.window)
        if self.session.mode is Mode.IDLE_WARNING:
            self.session.stay()
        elif layer is not None and layer is not self.window.attract_view:
            escape = getattr(layer, "escape", None)
            if callable(escape) and escape():
                return
            layer.hide()
        elif self.navigation.router.history.can_go_back:
            self.navigation.go_back()
        else:
            self._say_route(self.navigation.router.current, read=False)

    def go_home(self) -> None:
        if self.session.mode is Mode.ATTRACT:
            self.session.start_browsing()
        elif self.session.mode is Mode.BROWSING:
            layer = open_scope(self.window)
            if layer is not None and callable(getattr(layer, "escape", None)):
                layer.escape()
            self.navigation.go_home()

    # -- touch and hear --------------------------------------------------------------------
    def explore(self, global_point: QPoint) -> None:
        """Say what is under the finger, without activating it."""
        widget = self._speakable_at(global_point)
        if widget is None or widget is self._explored:
            return
        self._explored = widget
        if widget is self.window.attract_view:
            self.say(spoken_name(widget))
        elif isinstance(widget, QAbstractButton):
            self._say_widget(widget)
        else:
            self.say(spoken_name(widget))

    def _speakable_at(self, global_point: QPoint) -> QWidget | None:
        window = self.window
        widget = window.childAt(window.mapFromGlobal(global_point))
        while widget is not None and widget is not window:
            if widget is self.notice:
                return None
            if isinstance(widget, QAbstractButton):
                return widget
            name = spoken_name(widget)
            if isinstance(widget, QLabel) and name and "<" not in name:
                return widget
            if widget.property(SCOPE) and spoken_name(widget):
                return widget
            widget = widget.parentWidget()
        return None

    @property
    def explored(self) -> QWidget | None:
        return self._explored
