"""Faults that must not reach the patient: uncaught exceptions and stray garbage
collection.

An uncaught exception is logged and the kiosk returns to Home; nothing shows a desktop
dialog. An exception that keeps coming back (several within a minute) would otherwise
reset readers forever, so then the kiosk exits with a failure code instead and the
supervisor starts a fresh process.

Python's cyclic garbage collector may run on any thread that allocates, and if it frees a
Qt object from a worker thread the kiosk can crash days later, so automatic collection is
switched off and the main thread collects on a timer instead.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from kiosk.core.exit_codes import EXIT_REPEATED_ERRORS
from kiosk.ui.timers import repeating_timer

log = logging.getLogger("kiosk.crash")

MAX_ERRORS = 5  # uncaught exceptions within WINDOW_SECONDS before the kiosk gives up
WINDOW_SECONDS = 60.0


def _exit_event_loop(code: int) -> None:
    # exit(), not quit(): Qt 6's quit() first asks every window to close, and a kiosk
    # window refuses. app.exec() then returns ``code`` and the process ends with it.
    QCoreApplication.exit(code)


class ExceptionGuard(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook`` while alive.

    Each uncaught exception on the UI thread starts the kiosk over; the ``max_errors``-th
    within ``window_seconds`` calls ``give_up`` with :data:`EXIT_REPEATED_ERRORS`
    instead, because a fault that survives a reset will survive the next one too.
    """

    def __init__(
        self,
        recover: Callable[[], None],
        parent: QObject | None = None,
        *,
        give_up: Callable[[int], None] = _exit_event_loop,
        max_errors: int = MAX_ERRORS,
        window_seconds: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._recover = recover
        self._give_up = give_up
        self._max_errors = max_errors
        self._window = window_seconds
        self._clock = clock
        self._recent: deque[float] = deque()
        self.gave_up = False
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _hook(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        self.count += 1
        if self._repeating():
            log.critical(
                "uncaught exception (%d within %.0f s): exiting with code %d so the "
                "supervisor starts a fresh kiosk",
                len(self._recent),
                self._window,
                EXIT_REPEATED_ERRORS,
                exc_info=(kind, value, tb),
            )
            if not self.gave_up:
                self.gave_up = True
                # On the next turn of the event loop too, outside the failing slot.
                QTimer.singleShot(0, self._safe_give_up)
            return
        log.critical("uncaught exception; returning to Home", exc_info=(kind, value, tb))
        # Recover on the next turn of the event loop, outside the failing slot.
        QTimer.singleShot(0, self._safe_recover)

    def _repeating(self) -> bool:
        """Counts this exception; True once ``max_errors`` fell within the window."""
        now = self._clock()
        self._recent.append(now)
        while self._recent and now - self._recent[0] > self._window:
            self._recent.popleft()
        return len(self._recent) >= self._max_errors

    def _safe_give_up(self) -> None:
        try:
            self._give_up(EXIT_REPEATED_ERRORS)
        except Exception:
            log.exception("leaving after repeated exceptions failed; exiting the event loop")
            _exit_event_loop(EXIT_REPEATED_ERRORS)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.count += 1
        log.critical(
            "uncaught exception in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    def _safe_recover(self) -> None:
        try:
            self._recover()
        except Exception:
            log.exception("recovery after an uncaught exception failed")

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook


class MainThreadGarbageCollector(QObject):
    """Runs the cyclic garbage collector on the main thread only (see module doc)."""

    def __init__(self, interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = repeating_timer(self, interval_ms, self.collect)
        self._timer.start()

    def collect(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] > thresholds[0]:
            generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
