"""The reader's own choices: language, text size, high contrast and reading aloud.

All of them are one tap away, and all of them go back to the standard for the next
reader at the privacy reset.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject

from kiosk.core.navigation import Route, Screen
from kiosk.core.session import Mode
from kiosk.core.settings import Settings
from kiosk.ui.i18n import LANGUAGES, Translations
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigation_controller import NavigationController
from kiosk.ui.session_controller import SessionController
from kiosk.ui.speech import ReadAloud, SpeechService
from kiosk.ui.theme_manager import ThemeManager

log = logging.getLogger(__name__)


class PreferencesController(QObject):
    def __init__(
        self,
        window: KioskWindow,
        *,
        navigation: NavigationController,
        session: SessionController,
        themes: ThemeManager,
        translations: Translations,
        speech: SpeechService,
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.navigation = navigation
        self.session = session
        self.themes = themes
        self.translations = translations
        self.speech = speech
        self.settings = settings
        self.reader = ReadAloud(speech, self)

        tools, bar = window.tools_bar, window.top_bar
        tools.textSizeRequested.connect(themes.cycle_text_size)
        tools.contrastRequested.connect(themes.toggle_high_contrast)
        tools.languageRequested.connect(self.open_language_picker)
        themes.changed.connect(self._show_tool_state)
        # A page built hidden takes the reader's look before its first polish.
        window.topic_view.pageAdded.connect(themes.adopt)
        window.language_picker.set_languages(translations.languages())
        window.language_picker.chosen.connect(self.choose_language)
        window.attract_view.languageChosen.connect(self.start_in_language)
        bar.listenRequested.connect(self.toggle_reading)
        bar.stopRequested.connect(self.reader.stop)
        self.reader.stateChanged.connect(self._show_reading_state)
        self.reader.sectionStarted.connect(self._on_section)
        speech.ready.connect(self._show_reading_state)
        navigation.router.routeChanged.connect(self._on_route)
        session.sessionReset.connect(self.reset)
        session.modeChanged.connect(self._on_mode)
        self.set_language(settings.language.default)

    # -- language ------------------------------------------------------------------------
    def open_language_picker(self) -> None:
        self.window.language_picker.mark_current(self.translations.current)
        self.window.language_picker.open()

    def choose_language(self, code: str) -> None:
        self.window.language_picker.hide()
        self.set_language(code)

    def start_in_language(self, code: str) -> None:
        self.set_language(code)
        self.session.start_browsing()

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            return
        self.reader.stop()
        self.translations.switch(code)
        self.window.topic_view.set_locale(QLocale(LANGUAGES[code].locale))
        self.navigation.set_language(code)
        self.window.language_picker.mark_current(code)
        self.window.attract_view.show_languages(self.translations)
        self._show_tool_state()
        self._show_reading_state()

    # -- look --------------------------------------------------------------------------
    def _show_tool_state(self) -> None:
        self.window.tools_bar.show_state(
            self.themes.theme.text_size.value,
            self.themes.next_text_size().value,
            self.themes.high_contrast,
            LANGUAGES[self.translations.current].name,
        )

    # -- reading aloud -------------------------------------------------------------------
    def _topic_language(self) -> str | None:
        topic = self.window.topic_view.topic
        route = self.navigation.router.current
        if route.screen is not Screen.TOPIC or topic is None:
            return None
        return topic.language

    def can_read(self) -> bool:
        language = self._topic_language()
        return (
            self.settings.speech.enabled
            and language is not None
            and self.speech.can_speak(language)
        )

    def toggle_reading(self) -> None:
        match self.reader.state:
            case "speaking":
                self.reader.pause()
            case "paused":
                self.reader.resume()
            case _:
                language = self._topic_language()
                if language is not None and self.can_read():
                    self.reader.start(self.window.topic_view.section_texts(), language)

    def _on_section(self, index: int) -> None:
        self.window.topic_view.highlight_section(index)
        # Listening is reading: keep the idle reset away while the kiosk speaks.
        self.session.activity.activity.emit()

    def _show_reading_state(self, state: str | None = None) -> None:
        if self.reader.state == "idle":
            self.window.topic_view.highlight_section(-1)
        self.window.top_bar.show_reading(available=self.can_read(), state=self.reader.state)

    def _on_route(self, route: Route) -> None:
        self.reader.stop()  # reading stops on navigation
        self._show_reading_state()

    def _on_mode(self, left: Mode, entered: Mode) -> None:
        if entered is not Mode.BROWSING and entered is not Mode.IDLE_WARNING:
            self.reader.stop()

    # -- the next reader -------------------------------------------------------------------
    def reset(self) -> None:
        self.reader.stop()
        self.themes.reset()
        self.window.language_picker.hide()
        self.set_language(self.settings.language.default)

    def unavailable_reasons(self) -> list[str]:
        """For the staff screen: why "Listen" is hidden, per offered language."""
        if not self.settings.speech.enabled:
            return ["Read-aloud is switched off in the settings ([speech] enabled)."]
        reasons = []
        for code in self.translations.offered:
            why = self.speech.why_not(code)
            if why:
                reasons.append(f"Read-aloud in {LANGUAGES[code].name}: unavailable: {why}")
        return reasons + self.translations.problems
