"""Speech mode put together: the voice's host, the controller and the input filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.core.touch_gestures import GestureTimings
from kiosk.ui.speech_mode.controller import SpeechModeController
from kiosk.ui.speech_mode.engines import Engine, choose_engine
from kiosk.ui.speech_mode.host import SpeechHost
from kiosk.ui.speech_mode.input_filter import SpeechInputFilter

if TYPE_CHECKING:
    from kiosk.core.settings import Settings
    from kiosk.ui.i18n import Translations
    from kiosk.ui.main_window import KioskWindow
    from kiosk.ui.navigation_controller import NavigationController
    from kiosk.ui.preferences_controller import PreferencesController
    from kiosk.ui.session_controller import SessionController


class SpeechMode:
    def __init__(
        self,
        window: KioskWindow,
        *,
        navigation: NavigationController,
        session: SessionController,
        preferences: PreferencesController,
        translations: Translations,
        settings: Settings,
        engine: Engine | None = None,
        gestures: GestureTimings | None = None,
        invitation_ms: int | None = None,
    ) -> None:
        problem = None
        if engine is None and settings.speech_mode.enabled:
            engine, problem = choose_engine(settings.speech_mode.engine, settings.speech.engine)
        elif not settings.speech_mode.enabled:
            engine, problem = None, "speech mode is switched off ([speech_mode] enabled)"
        self.host = SpeechHost(engine, window, problem=problem)
        self.controller = SpeechModeController(
            window,
            navigation=navigation,
            session=session,
            preferences=preferences,
            translations=translations,
            host=self.host,
            settings=settings,
            invitation_ms=invitation_ms,
        )
        timings = gestures or GestureTimings(
            hold_ms=round(settings.speech_mode.hold_seconds * 1000)
        )
        self.input = SpeechInputFilter(
            self.controller, timings=timings, exempt=(window.top_bar.title,)
        )

    def start(self) -> None:
        self.controller.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.input)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.input)
        self.input.stop()
        self.controller.stop()

    def unavailable_reason(self) -> str | None:
        """For the staff screen."""
        return self.host.problem
