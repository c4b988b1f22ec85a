"""Speech mode put together: the controller and the input filter, on the kiosk's one
voice (:func:`build_voice`, shared with Listen)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from kiosk.core.touch_gestures import GestureTimings
from kiosk.ui.speech_mode.controller import SpeechModeController, SpeechModeWiring
from kiosk.ui.speech_mode.engines import Engine, choose_engine
from kiosk.ui.speech_mode.host import SpeechHost
from kiosk.ui.speech_mode.input_filter import SpeechInputFilter

if TYPE_CHECKING:
    from kiosk.core.settings import Settings


class SpeechMode:
    def __init__(
        self,
        wiring: SpeechModeWiring,
        *,
        gestures: GestureTimings | None = None,
        invitation_ms: int | None = None,
    ) -> None:
        """``gestures`` and ``invitation_ms``: injected by tests."""
        self.host = wiring.host
        self.controller = SpeechModeController(wiring, invitation_ms=invitation_ms)
        timings = gestures or GestureTimings(
            hold_ms=round(wiring.settings.speech_mode.hold_seconds * 1000)
        )
        self.input = SpeechInputFilter(
            self.controller, timings=timings, exempt=(wiring.window.top_bar.title,)
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
