"""Logging for a kiosk that runs for weeks: named loggers, a rotating file with a size
cap in the platform's log folder, and an in-memory tail for the admin screen.

Logging must never take the kiosk down: a read-only or full log folder disables the file
and is reported on the admin screen; the kiosk carries on, logging to memory.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kiosk.core.settings import APP_NAME, LoggingSection

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# To the second: with milliseconds, the log dated each reader's start and end finely
# enough to tell one person's visit apart (issue 18).
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
LOG_FILE_NAME = "kiosk.log"
THIRD_PARTY_LEVEL = logging.WARNING


def default_log_folder() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


class TailHandler(logging.Handler):
    """Keeps the last lines in memory: the admin screen shows them even when no file can
    be written."""

    def __init__(self, capacity: int = 400) -> None:
        super().__init__(logging.DEBUG)
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(FORMAT, DATE_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log line must never raise
            self.handleError(record)

    def tail(self, count: int = 60) -> list[str]:
        return list(self.lines)[-count:]


class SafeRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that switches itself off, once, when the disk refuses a write."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.failed: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed is not None:
            return
        super().emit(record)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # a full disk refuses the final flush too
            self.stream = None

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        self.failed = f"writing {self.baseFilename} failed: {exc}"
        logging.getLogger("kiosk.logging").error(
            "log file switched off: %s", self.failed, extra={"skip_file": True}
        )


@dataclass
class LogStatus:
    tail: TailHandler
    path: Path | None
    problem: str | None
    file_handler: SafeRotatingFileHandler | None = None

    def current_problem(self) -> str | None:
        if self.file_handler is not None and self.file_handler.failed:
            return self.file_handler.failed
        return self.problem


def configure_logging(
    settings: LoggingSection, *, console: bool = True, file_name: str = LOG_FILE_NAME
) -> LogStatus:
    """Set up the root logger. Safe to call again (handlers are replaced)."""
    logging.raiseExceptions = False  # never print tracebacks for logging faults
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    # The kiosk's own loggers at the chosen level; everyone else's at WARNING at most:
    # at DEBUG, markdown-it alone wrote about 0.8 MB of its internals at every start.
    level = logging.getLevelNamesMapping()[settings.level]
    root.setLevel(max(level, THIRD_PARTY_LEVEL))
    logging.getLogger("kiosk").setLevel(level)
    tail = TailHandler()
    root.addHandler(tail)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT, DATE_FORMAT))
        root.addHandler(stream)
    folder = Path(settings.folder) if settings.folder else default_log_folder()
    path = folder / file_name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = SafeRotatingFileHandler(
            path, settings.max_kilobytes * 1024, settings.backups
        )
    except OSError as exc:
        problem = f"cannot write logs to {folder}: {exc.strerror or exc}; logging to memory only"
        logging.getLogger("kiosk.logging").error("%s", problem)
        return LogStatus(tail, None, problem)
    file_handler.setFormatter(logging.Formatter(FORMAT, DATE_FORMAT))
    file_handler.addFilter(lambda record: not getattr(record, "skip_file", False))
    root.addHandler(file_handler)
    return LogStatus(tail, path, None, file_handler)
