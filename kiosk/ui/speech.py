"""Listen: a topic read aloud, section by section, through the kiosk's one voice.

Listen speaks through the same speech host as speech mode
(:mod:`kiosk.ui.speech_mode.host`): the voice runs in a child process driven from a
worker thread the kiosk can abandon, so no speech call is ever made on the UI thread
and a voice that stops answering (a hung speech-dispatcher) is reported once while the
kiosk goes on. One host means one queue: Listen and speech mode never speak at once,
and whichever starts speaking stops the other.

Where there is no voice, or none for the reader's language, the Listen button is
hidden and the staff screen says why.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.core.settings import SpeechSection
from kiosk.ui.speech_mode.host import SpeechHost

log = logging.getLogger(__name__)

LISTEN_VOLUME = 1.0  # the system's own volume control sets how loud


class SpeechService(QObject):
    """What Listen needs to know of the voice: is it there, and for which languages."""

    ready = Signal()  # the voice said its languages, or was given up

    def __init__(
        self,
        host: SpeechHost,
        *,
        settings: SpeechSection | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``settings``: ``[speech]``: whether Listen is offered, and its rate."""
        super().__init__(parent)
        section = settings or SpeechSection()
        self.host = host
        self.enabled = section.enabled
        self.rate = section.rate
        self.started = False
        host.languagesKnown.connect(self.ready)
        host.gaveUp.connect(self.ready)

    def start(self) -> None:
        """Start the voice's worker (once; speech mode may have started it already)."""
        self.started = True
        if self.enabled:
            self.host.start()

    def stop(self) -> None:
        """Nothing of Listen's own to stop: the kiosk closes the host."""

    @property
    def probing(self) -> bool:
        """The voice is starting and has not yet said which languages it has."""
        return self.enabled and self.host.problem is None and self.host.languages is None

    @property
    def problem(self) -> str | None:
        if not self.enabled:
            return "read-aloud is switched off in the settings ([speech] enabled)"
        if self.host.problem is not None:
            return self.host.problem
        if self.host.languages is None:
            return "the voice has not started yet"
        return None

    def can_speak(self, language: str) -> bool:
        known = self.host.languages
        return self.problem is None and known is not None and language in known

    def why_not(self, language: str) -> str | None:
        if self.problem:
            return self.problem
        if not self.can_speak(language):
            return f"no voice for language '{language}'"
        return None


@dataclass(frozen=True)
class _Part:
    """The host's token for one part of one reading."""

    reading: int
    index: int


class ReadAloud(QObject):
    """Reads a list of sections in turn; announces the one being read."""

    sectionStarted = Signal(int)  # index of the section now being read
    stateChanged = Signal(str)  # "idle", "speaking" or "paused"

    def __init__(self, service: SpeechService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._host = service.host
        self._readings = itertools.count(1)
        self._reading = 0  # which reading the host's tokens must belong to
        self._last = -1  # the last part queued
        self._index = -1
        self.state = "idle"
        host = self._host
        host.began.connect(self._on_began)
        host.finished.connect(self._on_finished)
        host.interrupted.connect(self._on_interrupted)
        host.gaveUp.connect(self._on_finished)

    @property
    def current_section(self) -> int:
        return self._index

    def start(self, sections: list[str], language: str) -> bool:
        self.stop()
        if not self._service.can_speak(language):
            return False
        # One voice: Listen takes over from whatever speech mode was saying.
        self._host.stop()
        self._reading = next(self._readings)
        queued = [
            index
            for index, text in enumerate(sections)
            if self._host.say(
                text,
                language,
                rate=self._service.rate,
                volume=LISTEN_VOLUME,
                token=_Part(self._reading, index),
            )
        ]
        if not queued:
            self._reading = 0
            return False
        self._last = queued[-1]
        self._set_state("speaking")
        return True

    def pause(self) -> None:
        if self.state == "speaking":
            self._host.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state == "paused":
            self._host.resume()
            self._set_state("speaking")

    def stop(self) -> None:
        was_active = self.state != "idle"
        self._end()
        if was_active:
            self._host.stop()  # returns at once; a voice that does not stop is given up

    def _end(self) -> None:
        self._reading = 0
        self._index = -1
        self._last = -1
        self._set_state("idle")

    def _on_began(self, token: object) -> None:
        if self.state == "idle":
            return
        if isinstance(token, _Part) and token.reading == self._reading:
            self._index = token.index
            self.sectionStarted.emit(token.index)
        elif self._index == self._last:
            self._end()  # what was queued after the last part has begun: reading is over

    def _on_finished(self) -> None:
        if self.state != "idle":
            self._end()

    def _on_interrupted(self) -> None:
        """Someone else (speech mode) stopped the voice: this reading is over."""
        if self.state != "idle":
            self._end()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)
