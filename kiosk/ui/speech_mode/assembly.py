"""Speech mode put together: the voice's host, the controller and the input filter."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
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
        host: SpeechHost,
        gestures: GestureTimings | None = None,
        invitation_ms: int | None = None,
    ) -> None:
        self.host = host
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
        if not self.controller.enabled:
            return "speech mode is switched off ([speech_mode] enabled)"
        return self.host.problem


def build_voice(
    settings: Settings,
    parent: QObject,
    *,
    engine: Engine | None = None,
    **host_options: Any,
) -> SpeechHost:
    """The kiosk's one voice, for Listen and speech mode alike (``engine`` and the
    host's timings are injected by tests)."""
    problem = None
    if not settings.speech.enabled and not settings.speech_mode.enabled:
        engine, problem = None, "read-aloud and speech mode are switched off in the settings"
    elif engine is None:
        engine, problem = choose_engine(settings.speech_mode.engine, settings.speech.engine)
    return SpeechHost(engine, parent, problem=problem, **host_options)
