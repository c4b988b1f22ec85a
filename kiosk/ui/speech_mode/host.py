"""The speech host: the kiosk's one voice runs on a worker thread the kiosk can abandon.

Listen (:mod:`kiosk.ui.speech`) and speech mode both speak through it, so they share
one queue and can never speak at the same time.

The UI thread only ever puts an utterance in a queue or bumps a counter; it never
calls the engine and never waits for it. It looks at the worker's progress on a timer
(while anything is queued or being said). An engine that stays inside one utterance
far longer than speaking it could take, or that does not stop when told to, is taken
for hung: the failure is reported once (log, :attr:`SpeechHost.failed`), the worker is
abandoned (a daemon thread, so it cannot keep the kiosk from exiting) and the UI keeps
answering. The next reader's privacy reset gives it a fresh worker.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ui.speech_mode.engines import Engine, SpeechError, speaking_seconds

log = logging.getLogger(__name__)

POLL_MS = 50
PAUSED_POLL_SECONDS = 0.05  # how often a paused worker looks whether it may go on
STOP_SECONDS = 2.0  # an engine told to stop has this long to return
# Listing voices: speechd's is asked first (kiosk.io.speechd_probe, up to 12 s), then
# spd-say -L (up to 5 s); more than that is a voice that hangs.
LANGUAGES_SECONDS = 20.0
MAX_WORKERS = 3  # abandoned threads are never reclaimed: start only a few in a process


@dataclass(frozen=True)
class Utterance:
    text: str
    language: str
    rate: float
    volume: float
    generation: int
    token: object = None


class _Worker:
    """Runs on its own daemon thread; touches no Qt object."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.queue: queue.Queue[Utterance | None] = queue.Queue()
        self.generation = 0  # bumped by the UI thread to cancel what is queued and said
        self.paused = False
        self.current: Utterance | None = None
        self.started_at = 0.0
        self.consumed = 0  # utterances said, failed or skipped (cancelled)
        self.started = 0  # utterances begun
        self.last_begun: Utterance | None = None
        self.error: str | None = None
        self.languages: set[str] | None = None
        self.languages_error: str | None = None
        self.languages_started = time.monotonic()
        self.thread = threading.Thread(target=self._run, name="speech-voice", daemon=True)
        self.thread.start()

    # Control, as the engine sees it
    def cancelled(self) -> bool:
        current = self.current
        return current is None or current.generation != self.generation

    def is_paused(self) -> bool:
        return self.paused

    def _run(self) -> None:
        try:
            self.languages = self.engine.languages()
        except Exception as exc:  # any failure of a voice is reported the same way
            self.languages_error = str(exc)
            self.languages = set()
        control = _ControlView(self)
        while True:
            item = self.queue.get()
            if item is None:
                return
            # Paused between two utterances: the next one waits (a voice that cannot be
            # paused inside one, as on Windows, still pauses at its end).
            while self.paused and item.generation == self.generation:
                time.sleep(PAUSED_POLL_SECONDS)
            if item.generation != self.generation:
                self.consumed += 1
                continue
            self.started_at = time.monotonic()
            self.current = item
            self.last_begun = item
            self.started += 1
            try:
                self.engine.speak(item.text, item.language, item.rate, item.volume, control)
            except SpeechError as exc:
                self.error = str(exc)
            except Exception as exc:  # a voice must never end the worker
                log.exception("speech: the voice failed")
                self.error = f"the voice failed: {exc}"
            self.current = None
            self.consumed += 1


class _ControlView:
    def __init__(self, worker: _Worker) -> None:
        self._worker = worker

    def cancelled(self) -> bool:
        return self._worker.cancelled()

    def paused(self) -> bool:
        return self._worker.is_paused()


class SpeechHost(QObject):
    """Say, stop, pause: all of them return at once."""

    began = Signal(object)  # the token of the utterance now being said
    finished = Signal()  # nothing left to say
    failed = Signal(str)  # once per failure, with the reason for staff
    gaveUp = Signal()  # the voice was abandoned (each time, reported or not)
    interrupted = Signal()  # stop() cancelled what was queued or being said
    languagesKnown = Signal()

    def __init__(
        self,
        engine: Engine | None,
        parent: QObject | None = None,
        *,
        problem: str | None = None,
        poll_ms: int = POLL_MS,
        stop_seconds: float = STOP_SECONDS,
        languages_seconds: float = LANGUAGES_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self.problem: str | None = problem if engine is None else None
        self._stop_seconds = stop_seconds
        self._languages_seconds = languages_seconds
        self._worker: _Worker | None = None
        self._workers_started = 0
        self._stop_asked_at: float | None = None
        self._seen_started = 0
        self._put = 0  # utterances given to the current worker
        self._was_speaking = False
        self._reported: set[str] = set()
        self._languages_reported = False
        self.spoken: list[tuple[str, str]] = []  # (language, text) handed to the voice
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._check)

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        if self._engine is None or self._worker is not None:
            return
        if self._workers_started >= MAX_WORKERS:
            return
        self._workers_started += 1
        self._worker = _Worker(self._engine)
        self._put = 0
        self._seen_started = 0
        self._languages_reported = False
        self._timer.start()

    def close(self) -> None:
        """The kiosk is stopping: end the worker when it is free; never wait for it."""
        self._timer.stop()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.generation += 1
            worker.queue.put(None)

    def recover(self) -> None:
        """After a hang, a fresh worker for the next reader (a few times at most)."""
        if self._worker is None and self._engine is not None and self.problem is not None:
            self.problem = None
            self.start()

    @property
    def available(self) -> bool:
        return self._worker is not None and self.problem is None

    @property
    def languages(self) -> set[str] | None:
        """The languages with a voice; None until the voice has said (and the UI thread
        has seen it: what is known here and what was signalled never differ)."""
        worker = self._worker
        return None if worker is None or not self._languages_reported else worker.languages

    @property
    def speaking(self) -> bool:
        worker = self._worker
        return worker is not None and self._put > worker.consumed

    # -- commands (the UI thread: none of them waits) -------------------------------------
    def say(
        self, text: str, language: str, *, rate: float, volume: float, token: object = None
    ) -> bool:
        worker = self._worker
        if worker is None or self.problem is not None or not text.strip():
            return False
        self.spoken.append((language, text))
        worker.queue.put(Utterance(text, language, rate, volume, worker.generation, token))
        self._put += 1
        self._was_speaking = True
        if not self._timer.isActive():  # restarting it would put its next look off
            self._timer.start()
        return True

    def stop(self) -> None:
        worker = self._worker
        if worker is None:
            return
        worker.paused = False
        if self.speaking:
            worker.generation += 1
            self._stop_asked_at = time.monotonic()
            self.interrupted.emit()

    def pause(self) -> None:
        if self._worker is not None:
            self._worker.paused = True

    def resume(self) -> None:
        if self._worker is not None:
            self._worker.paused = False

    @property
    def paused(self) -> bool:
        return self._worker is not None and self._worker.paused

    # -- watching the worker --------------------------------------------------------------
    def _check(self) -> None:
        worker = self._worker
        if worker is None:
            self._timer.stop()
            return
        now = time.monotonic()
        if not self._languages_reported:
            if worker.languages is not None:
                self._languages_reported = True
                if worker.languages_error:
                    self._no_voice(worker, f"speech: {worker.languages_error}")
                    return
                self.languagesKnown.emit()
            elif now - worker.languages_started > self._languages_seconds:
                self._abandon(
                    f"the voice ({worker.engine.name}) did not list its voices "
                    f"within {self._languages_seconds:g} s"
                )
                return
        if worker.error is not None:
            error, worker.error = worker.error, None
            self._report(f"speech: {error}")
        current = worker.current
        begun = worker.last_begun
        if worker.started != self._seen_started and begun is not None:
            # The latest one begun, even if a quick voice has finished it already.
            self._seen_started = worker.started
            if begun.generation == worker.generation:
                self.began.emit(begun.token)
        if current is not None and self._hung(worker, current, now):
            return
        if current is None:
            self._stop_asked_at = None
        if not self.speaking:
            if self._languages_reported:
                self._timer.stop()
            if self._was_speaking:
                self._was_speaking = False
                self.finished.emit()

    def _hung(self, worker: _Worker, current: Utterance, now: float) -> bool:
        engine = worker.engine.name
        if self._stop_asked_at is not None and current.generation != worker.generation:
            if now - self._stop_asked_at > self._stop_seconds:
                self._abandon(
                    f"the voice ({engine}) did not stop within "
                    f"{self._stop_seconds:g} s when told to"
                )
                return True
            return False
        allowed = speaking_seconds(current.text, current.rate) + self._stop_seconds
        if worker.paused:
            worker.started_at = now - 1  # a paused voice is not a hung one
        elif now - worker.started_at > allowed:
            self._abandon(
                f"the voice ({engine}) stopped answering (one sentence took over {allowed:.0f} s)"
            )
            return True
        return False

    def _no_voice(self, worker: _Worker, reason: str) -> None:
        """The voice could not say which languages it has (no speech-dispatcher, say):
        there is none for now. Its worker ends by itself (it is not a hung one); the
        next reader's privacy reset asks again."""
        self._worker = None
        self._workers_started -= 1
        worker.queue.put(None)
        self._timer.stop()
        self.problem = reason
        self._report(reason)
        self.languagesKnown.emit()

    def _abandon(self, reason: str) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.generation += 1  # if it ever comes back, it says nothing more
            worker.queue.put(None)
        self._timer.stop()
        self.problem = reason
        self._report(reason)
        self.gaveUp.emit()
        self.finished.emit()

    def _report(self, reason: str) -> None:
        """Each distinct failure once: a kiosk running for weeks must not fill its log."""
        if reason in self._reported:
            return
        self._reported.add(reason)
        log.error("%s", reason)
        self.failed.emit(reason)
