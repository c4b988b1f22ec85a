"""Collect warnings and errors logged while something runs (self-test, preview)."""

from __future__ import annotations

import logging
from types import TracebackType


class LogCollector(logging.Handler):
    def __init__(self, level: int = logging.WARNING) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def messages(self) -> list[str]:
        return [f"{r.levelname.lower()}: {r.name}: {r.getMessage()}" for r in self.records]

    def __enter__(self) -> LogCollector:
        logging.getLogger().addHandler(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        logging.getLogger().removeHandler(self)
