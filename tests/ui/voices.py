"""Stand-in voices for the speech host: they speak nothing and tell the test what they
were asked, so nothing depends on how long real speech takes."""

from __future__ import annotations

import threading

from kiosk.ui.speech_mode.engines import Control, SilentEngine

__all__ = ["HungEngine", "SilentEngine", "SteppedEngine"]

WAIT_SECONDS = 0.01  # how often a held voice looks whether it was told to stop


class SteppedEngine(SilentEngine):
    """Holds each utterance until the test calls :meth:`step` (or the host says stop),
    as a real voice holds it while it speaks. Counts how many speak at once."""

    name = "stepped"

    def __init__(self, languages: set[str] | None = None) -> None:
        super().__init__(languages)
        self._go = threading.Semaphore(0)
        self._lock = threading.Lock()
        self.speaking_now = 0
        self.most_at_once = 0
        self.said: list[str] = []
        self.rates: list[float] = []
        self.closed = False

    def step(self, times: int = 1) -> None:
        """Let the utterance being said (and ``times - 1`` after it) come to its end."""
        for _ in range(times):
            self._go.release()

    def close(self) -> None:
        """Let every utterance through from now on (the test is over)."""
        self.closed = True

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        with self._lock:
            self.speaking_now += 1
            self.most_at_once = max(self.most_at_once, self.speaking_now)
            self.said.append(text)
            self.rates.append(rate)
        try:
            while not self.closed and not control.cancelled():
                if self._go.acquire(timeout=WAIT_SECONDS):
                    return
        finally:
            with self._lock:
                self.speaking_now -= 1


class HungEngine(SilentEngine):
    """Never comes back from speaking, nor from Stop (as speech-dispatcher once did in
    spd_execute_command), until the test releases it."""

    name = "hung"

    def __init__(self, languages: set[str] | None = None) -> None:
        super().__init__(languages)
        self.release = threading.Event()
        self.entered = threading.Event()
        self.calls = 0

    def speak(self, text: str, language: str, rate: float, volume: float, control: Control) -> None:
        self.calls += 1
        self.entered.set()
        self.release.wait()
