"""Speech mode's behaviour: on and off, speaking, the reset, voices and failures.

It listens to what already announces a change (the router, the session's modes and
countdowns, Qt's focus, layers opening) and speaks through the speech host, which never
blocks. What is said of each screen is in :mod:`~kiosk.ui.speech_mode.announcements`,
what each key and gesture does in :mod:`~kiosk.ui.speech_mode.commands`. Every string
of its own comes from :mod:`kiosk.ui.speech_mode.phrases` in the language of the voice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScroller,
    QWidget,
)

from kiosk.core.keymap import Action
from kiosk.core.speech_mode import HintMemory, ReadingCursor, SpeechModeState
from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.announcements import SPOKEN_SECONDS, Announcements
from kiosk.ui.speech_mode.commands import Commands
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
__all__ = ["SPOKEN_SECONDS", "SpeechModeController", "SpeechModeWiring"]


@dataclass(frozen=True)
class SpeechModeWiring:
    """What speech mode listens to and drives, handed in by the composition root."""

    window: KioskWindow
    navigation: NavigationController
    session: SessionController
    preferences: PreferencesController
    translations: Translations
    settings: Settings
    host: SpeechHost


class SpeechModeController(Announcements, Commands, QObject):
    toggled = Signal(bool)

    def __init__(self, wiring: SpeechModeWiring, *, invitation_ms: int | None = None) -> None:
        window, settings = wiring.window, wiring.settings
        super().__init__(window)
        self.window = window
        self.navigation = wiring.navigation
        self.session = wiring.session
        self.preferences = wiring.preferences
        self.translations = wiring.translations
        self.host = wiring.host
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

        self._listen(wiring)

    def _listen(self, wiring: SpeechModeWiring) -> None:
        """What already announces a change, heard here."""
        wiring.navigation.router.routeChanged.connect(self._on_route)
        wiring.session.modeChanged.connect(self._on_mode)
        wiring.session.sessionReset.connect(self.reset)
        wiring.session.warning_countdown.tick.connect(self._on_warning_tick)
        wiring.session.cleaning_countdown.tick.connect(self._on_cleaning_tick)
        wiring.translations.languageChanged.connect(self._on_language)
        wiring.host.failed.connect(self._on_failed)
        wiring.host.gaveUp.connect(self._show_notice)
        wiring.host.began.connect(self._on_began)
        wiring.host.languagesKnown.connect(self._check_voice)
        wiring.window.topic_view.pageAdded.connect(self._on_page_added)
        wiring.window.pin_pad.keyPressed.connect(self._on_pin_key)
        wiring.window.pin_pad.messageShown.connect(self._on_pin_message)

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
