"""Faults that must not reach the patient: uncaught exceptions and stray garbage
collection.

An uncaught exception is logged and the kiosk returns to Home; nothing shows a desktop
dialog. Python's cyclic garbage collector may run on any thread that allocates, and if
it frees a Qt object from a worker thread the kiosk can crash days later, so automatic
collection is switched off and the main thread collects on a timer instead.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("kiosk.crash")


class ExceptionGuard(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook`` while alive."""

    def __init__(self, recover: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
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
        log.critical("uncaught exception; returning to Home", exc_info=(kind, value, tb))
        # Recover on the next turn of the event loop, outside the failing slot.
        QTimer.singleShot(0, self._safe_recover)

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
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
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
