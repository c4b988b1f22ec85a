"""What speech mode says of the screen: each screen and layer as it opens, the control
focus lands on, a topic block by block, and the modes and time limits with their
countdowns. A part of :class:`~kiosk.ui.speech_mode.controller.SpeechModeController`
(a mixin: it uses the controller's state and its ``say``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.core.keymap import Action
from kiosk.core.navigation import Route, Screen
from kiosk.core.session import Mode
from kiosk.core.speech_mode import BlockKind, ReadingCursor, describe_control, topic_blocks
from kiosk.ui.focus import SCOPE, open_scope
from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.describe import describe, spoken_name

if TYPE_CHECKING:
    pass

SPOKEN_SECONDS = frozenset({60, 30, 20, 10, 5, 4, 3, 2, 1})  # of a countdown, said aloud


class Announcements:
    """The controller's announcing half; ``self`` is always a SpeechModeController."""

    def describe_screen(self) -> None:
        mode = self.session.mode
        if mode is Mode.ATTRACT:
            self.say(spoken_name(self.window.attract_view))
        elif mode is Mode.IDLE_WARNING:
            self._say_warning(self.session.warning_countdown.remaining)
        elif mode is Mode.BROWSING:
            self._say_route(self.navigation.router.current, read=False)
        layer = open_scope(self.window)
        if layer is not None and layer is not self.window.attract_view:
            self._say_layer(layer)
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self.window:
            self._say_widget(focused)

    def _on_route(self, route: Route) -> None:
        if self.state.on and self.session.mode is Mode.BROWSING:
            self._say_route(route, read=True, fresh=True)

    def _say_route(self, route: Route, *, read: bool, fresh: bool = False) -> None:
        content = self.navigation.content()
        self._screen_in_turn = "route" if read else "layer"
        if route.screen is Screen.HOME:
            self.cursor = ReadingCursor()
            self.say(self.t(phrases.HOME), fresh=fresh)
        elif route.screen is Screen.GROUP:
            self.cursor = ReadingCursor()
            group = content.groups.get(route.target or "")
            title = group.title if group else ""
            self.say(phrases.fill(self.t(phrases.PAGE), title), fresh=fresh)
        elif route.screen is Screen.TOPIC:
            topic = content.topic(route.target or "")
            if topic is None:
                return
            self.say(
                phrases.fill(
                    self.t(phrases.TOPIC),
                    topic.title,
                    self.key(Action.PAUSE),
                    self.key(Action.PREVIOUS_PARAGRAPH),
                    self.key(Action.NEXT_PARAGRAPH),
                    self.key(Action.PREVIOUS_HEADING),
                    self.key(Action.NEXT_HEADING),
                ),
                fresh=fresh,
            )
            self.cursor = ReadingCursor(topic_blocks(topic.title, topic.sections))
            self.cursor.position = 0  # the title was just said
            if read:
                self.read_on()

    def read_on(self) -> None:
        """Read from the block after the current one to the end of the topic."""
        start = self.cursor.position + 1
        for offset, block in enumerate(self.cursor.rest()):
            self.say(self._block_text(block), queue=True, token=("block", start + offset))

    def _block_text(self, block: object) -> str:
        kind = getattr(block, "kind", None)
        text = str(getattr(block, "text", ""))
        if kind is BlockKind.HEADING:
            return f"{text}, {self.t(phrases.ROLE_HEADING)}."
        return text

    def _on_began(self, token: object) -> None:
        if isinstance(token, tuple) and len(token) == 2 and token[0] == "block":
            index = int(token[1])
            if 0 <= index < len(self.cursor.blocks):
                self.cursor.position = index
                # Listening is reading: the idle reset waits while the kiosk reads.
                self.session.activity.activity.emit()

    def _say_layer(self, layer: QWidget) -> None:
        """A card or message: everything it shows, in order (labels and buttons' names
        are said as focus reaches them)."""
        self._screen_in_turn = self._screen_in_turn or "layer"
        self._schedule_end_of_turn()
        texts = []
        for label in layer.findChildren(QLabel):
            # The PIN pad's message is said as it changes (_on_pin_message).
            if label.isVisibleTo(layer) and label not in (self.notice, self.window.pin_pad.status):
                text = spoken_name(label)
                if text and "<" not in text:
                    texts.append(text)
                elif label.accessibleName():
                    texts.append(label.accessibleName())
        self.say(" ".join(dict.fromkeys(texts)))

    def _say_widget(self, widget: QWidget, *, queue: bool = False) -> None:
        spoken = describe(widget)
        hint = ""
        if spoken.hint_kind and self.hints.first_time(f"{spoken.hint_kind}:{self.keyboard}"):
            hint = self._hint(spoken.hint_kind)
        name = spoken.name if not spoken.description else f"{spoken.name}, {spoken.description}"
        state = self.t(spoken.state) if spoken.state else ""
        role = self.t(spoken.role) if spoken.role else ""
        self.say(describe_control(name, role, state, hint), queue=queue)

    def _hint(self, kind: str) -> str:
        if kind == "term":
            source = phrases.HINT_TERM_KEYS if self.keyboard else phrases.HINT_TERM_TOUCH
        else:
            source = phrases.HINT_KEYS if self.keyboard else phrases.HINT_TOUCH
        return phrases.fill(self.t(source), self.key(Action.ACTIVATE))

    def _on_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if not self.state.on or new is None or new is self.window:
            return
        if not shiboken6.isValid(new) or new.window() is not self.window:
            return
        if new is self.window.attract_view:
            return  # the attract screen is said by its mode
        if self.session.mode is Mode.CLOSED:
            return  # the page behind the black screen is not there for the reader
        self._focus_pending = new
        self._schedule_end_of_turn()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window:
            if self.notice.isVisible():
                self._place_notice()  # the screen turned, or the window was resized
            return False
        if (
            event.type() == QEvent.Type.Show
            and self.state.on
            and isinstance(watched, QWidget)
            and watched.property(SCOPE)
            and watched.parentWidget() is self.window
            and watched not in (self.window.attract_view, self.window.idle_warning)
        ):
            self._say_layer(watched)
        return False

    # -- modes and time limits -------------------------------------------------------------
    def _on_mode(self, left: Mode, entered: Mode) -> None:
        if entered is Mode.ATTRACT and self._invite and not self.state.on:
            self.invitation.start()
        elif entered is not Mode.ATTRACT:
            self.invitation.stop()
        if not self.state.on or left is entered:
            return
        match entered:
            case Mode.ATTRACT:
                self.say(spoken_name(self.window.attract_view), queue=True)
            case Mode.IDLE_WARNING:
                self._say_warning(self.session.warning_countdown.remaining)
            case Mode.ADMIN:
                self.say(self.t(phrases.STAFF))
            case Mode.CLOSED:
                self._screen_in_turn = "route"  # nothing where focus was is said
                self.say(self.t(phrases.CLOSED), fresh=True)
            case Mode.BROWSING if left is Mode.IDLE_WARNING:
                self._say_route(self.navigation.router.current, read=False)
            case Mode.BROWSING:
                self._say_route(self.navigation.router.current, read=True, fresh=True)

    # -- the PIN pad ------------------------------------------------------------------------
    def _on_pin_key(self) -> None:
        """A digit or Clear: how many digits are in (never which)."""
        pad = self.window.pin_pad
        if self.state.on and pad.isVisible():
            self.say(pad.dots.accessibleName())

    def _on_pin_message(self, text: str) -> None:
        """What the pad asks or answers: "Enter the staff PIN", "Wrong PIN", locked."""
        if self.state.on and self.window.pin_pad.isVisible():
            self.say(text, queue=True)

    def invite(self) -> None:
        """The attract screen's invitation, in the first offered language's voice."""
        if self.session.mode is Mode.ATTRACT and not self.state.on:
            seconds = self.hold_ms / 1000
            self.say(phrases.fill(self.t(phrases.INVITATION), f"{seconds:g}"))

    def _say_warning(self, seconds: int) -> None:
        self.say(phrases.fill(self.t(phrases.IDLE_WARNING), seconds))

    def _on_warning_tick(self, seconds: int) -> None:
        if not self.state.on or self.session.mode is not Mode.IDLE_WARNING:
            return
        if seconds in SPOKEN_SECONDS and seconds != self.session.timings.warning_seconds:
            self.say(phrases.fill(self.t(phrases.SECONDS_LEFT), seconds))

    def _on_cleaning_tick(self, seconds: int) -> None:
        if not self.state.on:
            return
        if seconds == self.session.timings.cleaning_seconds:
            self.say(phrases.fill(self.t(phrases.CLEANING), seconds))
        elif seconds in SPOKEN_SECONDS:
            self.say(phrases.fill(self.t(phrases.SECONDS_LEFT), seconds))
