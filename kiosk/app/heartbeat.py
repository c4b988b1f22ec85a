"""Tell the supervisor that the UI thread is alive, by touching a file on a timer.

The timer runs on the UI thread, so a frozen event loop stops the heartbeat and the
supervisor restarts the kiosk. The file's path comes from the supervisor through the
``KIOSK_HEARTBEAT_FILE`` environment variable; without it there is no heartbeat.

The supervisor watches the file change, timed with its monotonic clock, so each beat
writes something new (a count) rather than relying on the modification time, which is
wall-clock time and coarse on some file systems.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.io.supervisor import HEARTBEAT_ENV
from kiosk.ui.timers import repeating_timer

log = logging.getLogger(__name__)

HEARTBEAT_INTERVAL_ENV = "KIOSK_HEARTBEAT_MS"


class Heartbeat(QObject):
    def __init__(self, path: Path, interval_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.count = 0
        self.last_beat: float | None = None  # wall-clock time of the last beat written
        self._failed = False
        self._timer = repeating_timer(self, interval_ms, self.beat)

    @classmethod
    def from_environment(cls, parent: QObject | None = None) -> Heartbeat | None:
        """The file named by the supervisor, beating every ``KIOSK_HEARTBEAT_MS`` (250 ms
        to 60 s; 5 s when unset): the fault-injection test times the UI thread by it."""
        value = os.environ.get(HEARTBEAT_ENV)
        if not value:
            return None
        interval = os.environ.get(HEARTBEAT_INTERVAL_ENV, "")
        ms = min(max(int(interval), 250), 60_000) if interval.isdigit() else 5000
        return cls(Path(value), interval_ms=ms, parent=parent)

    def start(self) -> None:
        self.beat()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def beat(self) -> None:
        self.count += 1
        try:
            # The count makes every beat a change; the time is for people reading it.
            now = time.time()
            self.path.write_text(f"{self.count} {now:.0f}\n", "ascii")
        except OSError as exc:
            if not self._failed:  # say it once, not every five seconds
                log.error("cannot write heartbeat %s: %s", self.path, exc)
            self._failed = True
