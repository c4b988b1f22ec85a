"""Work off the UI thread, its answer back on it: the one helper the kiosk's widgets use.

:class:`Background` runs one callable at a time on a daemon thread
(:class:`kiosk.io.worker_thread.WorkerThread`) and polls for its end from a timer on the UI
thread, so the worker never touches a Qt object and a signal never crosses threads. Its
result comes back as :attr:`Background.finished`, its exception as :attr:`Background.failed`;
one that passes its deadline is abandoned (:attr:`Background.abandoned`): the UI stops
waiting and goes on, and the thread, a daemon, ends by itself or with the process.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.io.worker_thread import WorkerThread
from kiosk.ui.timers import repeating_timer

log = logging.getLogger(__name__)

POLL_MS = 50  # how often the UI thread looks for the answer
STOP_SECONDS = 5.0  # how long stop() waits for a thread before leaving it to end alone


class Background(QObject):
    """One piece of work at a time, named ``name`` (its thread's name too).

    ``deadline_seconds``: how long an answer is waited for (None: for as long as it
    takes). ``clock`` is injected by tests to pass a deadline without waiting for it.
    """

    finished = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised (an Exception)
    abandoned = Signal(str)  # it passed its deadline: what to tell staff

    def __init__(
        self,
        name: str,
        *,
        deadline_seconds: float | None = None,
        poll_ms: int = POLL_MS,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._poll = repeating_timer(self, poll_ms, self._collect)
        self.name, self.deadline_seconds, self._clock = name, deadline_seconds, clock
        # The work waited for, and when it is given up (the clock's seconds; None: never).
        self._worker: WorkerThread[Any] | None = None
        self._deadline: float | None = None

    @property
    def busy(self) -> bool:
        """An answer is being waited for."""
        return self._poll.isActive()

    @property
    def running(self) -> bool:
        """Work of this helper has not finished: waited for, or abandoned and not ended.
        No new work starts until it has (it may hold what the next would need)."""
        return self._worker is not None and not self._worker.done

    def run(self, work: Callable[[], Any]) -> bool:
        """Start ``work`` on a worker thread; False (and nothing started) while one runs."""
        if self.busy or self.running:
            return False
        self._worker = WorkerThread(self.name, work, report_errors=False)
        seconds = self.deadline_seconds
        self._deadline = None if seconds is None else self._clock() + seconds
        self._worker.start()
        self._poll.start()
        return True

    def _collect(self) -> None:
        worker = self._worker
        if worker is None:
            self._poll.stop()
            return
        if worker.done:
            self._poll.stop()
            error = worker.future.exception()
            if error is None:
                self.finished.emit(worker.future.result())
            else:
                self.failed.emit(error)
        elif self._deadline is not None and self._clock() > self._deadline:
            self._poll.stop()
            self.abandoned.emit(
                f"{self.name}: no answer after {self.deadline_seconds:g} s; given up"
            )

    def stop(self, timeout: float | None = STOP_SECONDS) -> bool:
        """Stop waiting; wait up to ``timeout`` seconds (None: as long as it takes) for the
        thread to end. True if none is left; else it is left to end alone (a daemon)."""
        self._poll.stop()
        worker = self._worker
        if worker is None or worker.join(timeout):
            return True
        log.warning("%s: still running %s s after stop; left to end alone", self.name, timeout)
        return False
