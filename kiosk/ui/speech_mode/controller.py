"""Speech mode's behaviour: what is said when, and what each key and gesture does.

It listens to what already announces a change (the router, the session's modes and
countdowns, Qt's focus, layers opening) and speaks through the speech host, which never
blocks. Every string of its own comes from :mod:`kiosk.ui.speech_mode.phrases` in the
language of the voice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScroller,
    QWidget,
)

from kiosk.core.keymap import Action
from kiosk.core.navigation import Route, Screen
from kiosk.core.session import Mode
from kiosk.core.speech_mode import (
    BlockKind,
    HintMemory,
    ReadingCursor,
    SpeechModeState,
    describe_control,
    topic_blocks,
)
from kiosk.ui.focus import SCOPE, open_scope
from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.describe import describe, spoken_name
from kiosk.ui.speech_mode.host import SpeechHost

if TYPE_CHECKING:
    from kiosk.core.settings import Settings
    from kiosk.ui.i18n import Translations
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.navigation_controller import NavigationController
    from kiosk.ui.preferences_controller import PreferencesController
    from kiosk.ui.session_controller import SessionController

log = logging.getLogger(__name__)

NOTICE_NAME = "speechNotice"
SPOKEN_SECONDS = frozenset({60, 30, 20, 10, 5, 4, 3, 2, 1})  # of a countdown, said aloud


class SpeechModeController(QObject):
    toggled = Signal(bool)

    def __init__(
        self,
        window: KioskWindow,
        *,
        navigation: NavigationController,
        session: SessionController,
        preferences: PreferencesController,
        translations: Translations,
        host: SpeechHost,
        settings: Settings,
        invitation_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.navigation = navigation
        self.session = session
        self.preferences = preferences
        self.translations = translations
        self.host = host
        section = settings.speech_mode
        self.enabled = section.enabled
        self.key_map = section.keys.key_map()
        self._speech_idle_ms = section.idle_timeout_seconds * 1000
        self.hold_ms = round(section.hold_seconds * 1000)
        self.state = SpeechModeState(
            default_rate=settings.speech.rate, always_on=section.always_on and section.enabled
        )
        self.hints = HintMemory()
        self.cursor = ReadingCursor()
        self.keyboard = False  # the reader's last input was a key (hints name keys)
        self.last_said = ""
        self._explored: QWidget | None = None
        self._offer_english = False
        self._told_no_voice: set[str] = set()
        self._in_turn = False  # something was said in this turn of the event loop
        self._turn_ends = False  # the end of this turn is scheduled
        self._screen_in_turn = ""  # "route" or "layer": announced in this turn
        self._focus_pending: QWidget | None = None
        self._scroll_gestures: dict[QWidget, Qt.GestureType] = {}
        self._synthetic = False  # a key this controller sends must pass its own filter
        self._watching_focus = False

        self.notice = QLabel(window)
        self.notice.setObjectName(NOTICE_NAME)
        self.notice.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.invitation = QTimer(self)
        interval = section.invitation_seconds * 1000 if invitation_ms is None else invitation_ms
        self.invitation.setInterval(interval)
        self.invitation.timeout.connect(self.invite)
        self._invite = interval > 0 and self.enabled

        navigation.router.routeChanged.connect(self._on_route)
        session.modeChanged.connect(self._on_mode)
        session.sessionReset.connect(self.reset)
        session.warning_countdown.tick.connect(self._on_warning_tick)
        session.cleaning_countdown.tick.connect(self._on_cleaning_tick)
        translations.languageChanged.connect(self._on_language)
        host.failed.connect(self._on_failed)
        host.gaveUp.connect(self._show_notice)
        host.began.connect(self._on_began)
        host.languagesKnown.connect(self._check_voice)
        window.topic_view.pageAdded.connect(self._on_page_added)

    # -- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if not self._watching_focus:
                app.focusChanged.connect(self._on_focus)
                self._watching_focus = True
            app.installEventFilter(self)
        self.host.start()
        if self.state.on:
            self._apply_on()
        self._on_mode(self.session.mode, self.session.mode)

    def stop(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            if self._watching_focus:
                app.focusChanged.disconnect(self._on_focus)
                self._watching_focus = False
        self.invitation.stop()
        self.host.close()

    @property
    def on(self) -> bool:
        return self.state.on

    # -- speaking -------------------------------------------------------------------------
    def voice_language(self) -> str:
        """The reader's language if there is a voice for it, else English."""
        code = self.translations.current
        known = self.host.languages
        if known is None or code in known or "en" not in known:
            return code
        return "en"

    def t(self, source: str) -> str:
        """One of speech mode's own strings, in the voice's language."""
        return self.translations.translate(self.voice_language(), phrases.CONTEXT, source)

    def say(
        self, text: str, *, queue: bool = False, token: object = None, fresh: bool = False
    ) -> None:
        """Say ``text``; it interrupts what is being said unless it is part of the same
        change (one turn of the event loop) or ``queue`` is set; ``fresh`` interrupts
        even within a turn (a new screen goes before the focus that landed on it)."""
        if not text.strip():
            return
        if fresh or (not queue and not self._in_turn):
            self.host.stop()
        self._in_turn = True
        self._schedule_end_of_turn()
        self.last_said = text
        rate, volume = self.state.rate, self.state.volume
        if not self.host.say(text, self.voice_language(), rate=rate, volume=volume, token=token):
            self._show_notice()

    def _schedule_end_of_turn(self) -> None:
        if not self._turn_ends:
            self._turn_ends = True
            QTimer.singleShot(0, self._end_turn)

    def _end_turn(self) -> None:
        """Where focus landed is said once the change that moved it has been said: after
        a card's text, and not at all after a new topic (it is being read)."""
        self._turn_ends = False
        focused, self._focus_pending = self._focus_pending, None
        screen, self._screen_in_turn = self._screen_in_turn, ""
        if (
            focused is not None
            and screen != "route"
            and self.state.on
            and shiboken6.isValid(focused)
            and focused is QApplication.focusWidget()
        ):
            self._say_widget(focused, queue=bool(screen))
        self._in_turn = False

    def key(self, action: Action) -> str:
        return phrases.key_name(self.key_map, action, self.t)

    # -- on and off -----------------------------------------------------------------------
    def toggle(self) -> None:
        if self.state.on:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self) -> None:
        if self.state.on or not self.enabled:
            return
        self.state.on = True
        log.info("speech mode on")
        self._apply_on()
        self.say(
            phrases.fill(
                self.t(phrases.SPEECH_ON),
                self.key(Action.NEXT),
                self.key(Action.PREVIOUS),
                self.key(Action.ACTIVATE),
                self.key(Action.HELP),
            )
        )
        self._check_voice()
        self.describe_screen()
        self.toggled.emit(True)

    def _set_finger_scrolling(self, enabled: bool) -> None:
        """Kinetic scrolling takes a finger's presses and moves before any filter sees
        them (Qt's gesture manager comes first): in speech mode a finger explores
        instead, and focus brings what it reaches into view."""
        if enabled:
            for viewport, gesture in self._scroll_gestures.items():
                if shiboken6.isValid(viewport):
                    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType(gesture))
            self._scroll_gestures.clear()
            return
        for area in self.window.findChildren(QAbstractScrollArea):
            viewport = area.viewport()
            gesture = QScroller.grabbedGesture(viewport)
            if gesture and viewport not in self._scroll_gestures:
                self._scroll_gestures[viewport] = gesture
                QScroller.ungrabGesture(viewport)

    def _on_page_added(self, page: object) -> None:
        if self.state.on:
            self._set_finger_scrolling(False)

    def _apply_on(self) -> None:
        self._set_finger_scrolling(False)
        longer = max(self._speech_idle_ms, self.session.timings.idle_ms)
        self.session.idle_timer.set_timeout_ms(longer)
        self.invitation.stop()
        self._show_notice()

    def turn_off(self) -> None:
        if not self.state.on:
            return
        self.say(self.t(phrases.SPEECH_OFF))
        self.state.on = False
        log.info("speech mode off")
        self.session.idle_timer.set_timeout_ms(self.session.timings.idle_ms)
        self.notice.hide()
        self._explored = None
        self._set_finger_scrolling(True)
        self.toggled.emit(False)

    def reset(self) -> None:
        """The privacy reset: speech mode off (unless always on), rate, volume and hints
        back to the standard; the language is reset by the preferences."""
        was_on = self.state.on
        if was_on and not self.state.always_on:
            self.say(self.t(phrases.RESET))
        self.state.reset()
        self.hints.reset()
        self.cursor = ReadingCursor()
        self._explored = None
        self._offer_english = False
        self._told_no_voice.clear()
        self.session.idle_timer.set_timeout_ms(
            self._speech_idle_ms if self.state.on else self.session.timings.idle_ms
        )
        if not self.state.on:
            self.notice.hide()
            self._set_finger_scrolling(True)
        self.host.recover()
        if was_on != self.state.on:
            self.toggled.emit(self.state.on)

    # -- what the screen shows ------------------------------------------------------------
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
            if label.isVisibleTo(layer) and label is not self.notice:
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
            case Mode.BROWSING if left is Mode.IDLE_WARNING:
                self._say_route(self.navigation.router.current, read=False)
            case Mode.BROWSING:
                self._say_route(self.navigation.router.current, read=True, fresh=True)

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

    # -- voices and failures --------------------------------------------------------------
    def _on_language(self, code: str) -> None:
        self._offer_english = False
        if self.state.on:
            self._show_notice()  # in the new language
        self._check_voice()

    def _check_voice(self) -> None:
        """Where the reader's language has no voice: say so in English, offer English."""
        code = self.translations.current
        known = self.host.languages
        if not self.state.on or known is None or code in known or code in self._told_no_voice:
            return
        self._told_no_voice.add(code)
        if "en" not in known:
            self._show_notice()
            return
        language = phrases.LANGUAGE_NAMES_IN_ENGLISH.get(code, code)
        self._offer_english = True
        self.say(
            phrases.NO_VOICE.format(language=language, key=self.key(Action.ACTIVATE)), queue=True
        )

    def _on_failed(self, reason: str) -> None:
        self._show_notice()

    def _show_notice(self) -> None:
        if not self.state.on:
            return
        available = self.host.available
        self.notice.setText(
            self.translations.translate(
                self.translations.current,
                phrases.CONTEXT,
                phrases.SPEECH_NOTICE_ON if available else phrases.UNAVAILABLE,
            )
        )
        self.notice.setProperty("problem", not available)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        # As wide as its text on one line, wrapped only where the screen is narrower.
        self.notice.setWordWrap(False)
        self.notice.setMinimumWidth(0)
        self.notice.setMaximumWidth(self.window.width())
        one_line = self.notice.sizeHint().width()
        self.notice.setWordWrap(True)
        self.notice.setFixedWidth(min(one_line, self.window.width() - 40))
        self.notice.adjustSize()
        self._place_notice()
        self.notice.show()
        self.notice.raise_()

    def _place_notice(self) -> None:
        """At the right of the tools bar, beside its buttons where there is room, else
        just above it: never over the top bar's buttons."""
        window, notice = self.window, self.notice
        bar = window.tools_bar
        top_left = bar.mapTo(window, QPoint(0, 0))
        x = top_left.x() + bar.width() - notice.width() - 24
        y = top_left.y() + (bar.height() - notice.height()) // 2
        buttons = [b for b in bar.findChildren(QAbstractButton) if b.isVisible()]
        rightmost = max((b.mapTo(window, b.rect().topRight()).x() for b in buttons), default=0)
        if x < rightmost + 24 or notice.height() > bar.height():
            y = top_left.y() - notice.height() - 16
        notice.move(max(20, x), y)

    # -- what keys and gestures do ---------------------------------------------------------
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
