"""Reading aloud with Qt's own text-to-speech, offline.

Linux speaks through speech-dispatcher with the espeak-ng voices, Windows through its
system voices; the tests use Qt's ``mock`` engine. Where no engine or no voice for the
reader's language is present, the Listen button is hidden and the staff screen says why.

A topic is read one section at a time so the section being read can be highlighted and a
pause or stop takes effect at once.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, Signal

log = logging.getLogger(__name__)

# Qt Multimedia (loaded with text-to-speech) looks for PipeWire and says so on stderr;
# speech-dispatcher plays its own audio, so that line is only noise in a kiosk's log.
QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")


@cache
def _qt_text_to_speech() -> tuple[Any, str | None]:
    """Qt's QTextToSpeech class, or None and why not.

    Imported when the engine starts, after the first paint: the module brings Qt
    Multimedia with it, which is a noticeable part of a cold start. PySide6's
    QtTextToSpeech needs libpulse0 merely to import.
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - exercised on machines without libpulse0
        return None, f"Qt text-to-speech cannot load ({exc}); install libpulse0"
    return QTextToSpeech, None


class SpeechService(QObject):
    """One engine for the whole kiosk; knows which languages it can speak.

    The engine starts after the first screen is painted (:meth:`start`): connecting to
    speech-dispatcher can take a second, and a reader should not wait for it.
    """

    ready = Signal()

    def __init__(self, engine: str = "", rate: float = 0.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._rate = rate
        self.started = False
        self.problem: str | None = "the speech engine has not started yet"
        self.tts: Any = None

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        QTextToSpeech, self.problem = _qt_text_to_speech()  # noqa: N806 (a class)
        engine, rate = self._engine, self._rate
        if QTextToSpeech is None:
            log.warning("read-aloud unavailable: %s", self.problem)
            return
        engines = QTextToSpeech.availableEngines()
        if engine and engine not in engines:
            self.problem = f"speech engine '{engine}' is not installed (have: {engines})"
        elif not engines:
            self.problem = "no speech engine is installed (Linux: speech-dispatcher, espeak-ng)"
        else:
            self.tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
            if self.tts.state() == QTextToSpeech.State.Error:
                self.problem = f"speech engine failed to start: {self.tts.errorString()}"
                self.tts = None
            else:
                self.tts.setRate(rate)
        if self.problem:
            log.warning("read-aloud unavailable: %s", self.problem)
        self.ready.emit()

    def _locale_for(self, language: str) -> QLocale | None:
        if self.tts is None:
            return None
        wanted = QLocale(language).language()
        for locale in self.tts.availableLocales():
            if locale.language() == wanted:
                return locale
        return None

    def can_speak(self, language: str) -> bool:
        return self._locale_for(language) is not None

    def why_not(self, language: str) -> str | None:
        if self.problem:
            return self.problem
        if not self.can_speak(language):
            return f"no voice for language '{language}'"
        return None

    def use_language(self, language: str) -> bool:
        locale = self._locale_for(language)
        if locale is None:
            return False
        if self.tts.locale() != locale:
            self.tts.setLocale(locale)
        return True


class ReadAloud(QObject):
    """Reads a list of sections in turn; announces the one being read."""

    sectionStarted = Signal(int)  # index of the section now being read
    stateChanged = Signal(str)  # "idle", "speaking" or "paused"

    def __init__(self, service: SpeechService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._sections: list[str] = []
        self._index = -1
        self.state = "idle"
        self._connected = False
        service.ready.connect(self._connect_engine)
        self._connect_engine()

    def _connect_engine(self) -> None:
        if self._service.tts is not None and not self._connected:
            self._service.tts.stateChanged.connect(self._on_engine_state)
            self._connected = True

    @property
    def current_section(self) -> int:
        return self._index

    def start(self, sections: list[str], language: str) -> bool:
        self.stop()
        if not self._service.use_language(language):
            return False
        self._sections = [s for s in sections]
        self._index = -1
        self._set_state("speaking")
        self._next()
        return True

    def pause(self) -> None:
        if self.state == "speaking" and self._service.tts is not None:
            self._service.tts.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused" and self._service.tts is not None:
            self._service.tts.resume()
            self._set_state("speaking")

    def stop(self) -> None:
        was_active = self.state != "idle"
        self._sections = []
        self._index = -1
        self._set_state("idle")
        if was_active and self._service.tts is not None:
            self._service.tts.stop()

    def _next(self) -> None:
        self._index += 1
        if self._index >= len(self._sections):
            self._index = -1
            self._sections = []
            self._set_state("idle")
            return
        self.sectionStarted.emit(self._index)
        self._service.tts.say(self._sections[self._index])

    def _on_engine_state(self, state: object) -> None:
        QTextToSpeech, _ = _qt_text_to_speech()  # noqa: N806 (a class)
        # Ready after speaking means this section is done: go on to the next one.
        if self.state == "speaking" and state == QTextToSpeech.State.Ready:
            self._next()
        elif state == QTextToSpeech.State.Error:
            log.error("speech engine error: %s", self._service.tts.errorString())
            self.stop()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)
