"""A progress bar for long commands (``kiosk preview``, ``kiosk report``) on stderr.

On a terminal it redraws one line; in a log (CI) it writes a line at each tenth, so the
log shows progress without thousands of lines.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30


class Progress:
    def __init__(self, total: int, label: str, stream: TextIO | None = None) -> None:
        self.total = max(total, 1)
        self.label = label
        self.done = 0
        self.stream = stream or sys.stderr
        self._tty = self.stream.isatty()
        self._started = time.perf_counter()
        self._last_tenth = -1

    def step(self, what: str = "") -> None:
        self.done = min(self.done + 1, self.total)
        tenth = self.done * 10 // self.total
        if not self._tty and tenth == self._last_tenth:
            return
        self._last_tenth = tenth
        filled = self.done * WIDTH // self.total
        bar = "#" * filled + "-" * (WIDTH - filled)
        elapsed = time.perf_counter() - self._started
        line = f"{self.label}: [{bar}] {self.done}/{self.total} {elapsed:.0f} s {what}"
        if self._tty:
            self.stream.write("\r" + line[:120].ljust(120))
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
