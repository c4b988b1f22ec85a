"""Turns what happens on screen into anonymous usage events (see kiosk.io.usage)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.core.navigation import Route, Screen
from kiosk.core.session import Mode
from kiosk.io.usage import Event, Kind, UsageRecorder
from kiosk.ui.navigation_controller import NavigationController
from kiosk.ui.preferences_controller import PreferencesController
from kiosk.ui.session_controller import SessionController
from kiosk.ui.theme_manager import ThemeManager

MAX_TOPIC_SECONDS = 30 * 60  # someone who walked away mid-topic is not a 3-hour read


class UsageController(QObject):
    def __init__(
        self,
        recorder: UsageRecorder,
        *,
        navigation: NavigationController,
        session: SessionController,
        preferences: PreferencesController,
        themes: ThemeManager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.navigation = navigation
        self.session = session
        self.themes = themes
        # Seconds from a monotonic clock; tests replace it to move time on.
        self.clock: Callable[[], float] = time.monotonic
        self._in_session = False
        self._topic: tuple[str, str] | None = None  # (topic id, language) being read
        self._seconds = 0.0  # time on the topic so far, not counting pauses
        self._since: float | None = None  # start of the stretch being timed; None: paused
        self._read_aloud_counted = False  # once per topic view, however often paused
        navigation.router.routeChanged.connect(self._on_route)
        navigation.helpfulAnswered.connect(self._on_helpful)
        session.sessionReset.connect(self._on_reset)
        session.modeChanged.connect(self._on_mode)
        preferences.reader.stateChanged.connect(self._on_reading)
        # Recorded after the theme changed (this slot is connected after the theme's).
        navigation.window.tools_bar.textSizeRequested.connect(self._on_text_size)

    def _record(self, kind: Kind, topic: str = "", language: str = "", value: float = 0) -> None:
        self.recorder.record(Event.now(kind, topic=topic, language=language, value=value))

    def _start_session(self) -> None:
        """A reader is someone who opened a topic or a group: a tap on the attract screen
        alone (or staff on their way to the staff screen) is not a session."""
        if not self._in_session:
            self._in_session = True
            self._record(Kind.SESSION_START)

    # -- time on a topic: counted only while the reader is browsing ---------------------
    def _pause_timing(self) -> None:
        if self._since is not None:
            self._seconds += self.clock() - self._since
            self._since = None

    def _resume_timing(self) -> None:
        if self._topic is not None and self._since is None:
            self._since = self.clock()

    def _on_mode(self, left: Mode, entered: Mode) -> None:
        # "Are you still there?" means nobody has touched the screen for a while: its
        # countdown (and cleaning, or the staff screen) is not reading time. A reader who
        # answers "still here" goes on being timed.
        if entered is Mode.BROWSING:
            self._resume_timing()
        else:
            self._pause_timing()

    def _finish_topic(self) -> None:
        if self._topic is not None:
            self._pause_timing()
            seconds = min(MAX_TOPIC_SECONDS, self._seconds)
            self._record(Kind.TOPIC_READ, *self._topic, value=round(seconds, 1))
            self._topic = None

    def _on_route(self, route: Route) -> None:
        self._finish_topic()
        if route.screen in (Screen.TOPIC, Screen.GROUP):
            self._start_session()
        if route.screen is Screen.TOPIC:
            topic = self.navigation.window.topic_view.topic
            if topic is not None:
                self._topic = (topic.id, topic.language)
                self._seconds, self._since = 0.0, None
                self._read_aloud_counted = False
                if self.session.mode is Mode.BROWSING:
                    self._resume_timing()

    def _on_reset(self) -> None:
        self._finish_topic()
        if self._in_session:
            self._in_session = False
            self._record(Kind.SESSION_END)

    def _on_reading(self, state: str) -> None:
        # "speaking" comes again after every Continue: only the first one in a topic view
        # is a use of read-aloud.
        if state == "speaking" and self._topic is not None and not self._read_aloud_counted:
            self._read_aloud_counted = True
            self._record(Kind.READ_ALOUD, *self._topic)

    def _on_helpful(self, topic_id: str, language: str, yes: bool) -> None:
        self._record(Kind.HELPFUL_YES if yes else Kind.HELPFUL_NO, topic_id, language)

    def _on_text_size(self) -> None:
        self._record(Kind.TEXT_SIZE, str(self.themes.theme.text_size))
