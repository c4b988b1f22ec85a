"""Problems found in content or settings, reported as ``path:line: severity: message``."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: Path
    line: int
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self, relative_to: Path | None = None) -> str:
        path = self.path if relative_to is None else relative_path(self.path, relative_to)
        return f"{path}:{self.line}: {self.severity}: {self.message}"


def relative_path(path: Path, base: Path) -> Path:
    """``path`` relative to ``base`` if it is inside it, else as given. Never raises: a
    symbolic link loop made resolve() raise RuntimeError, and check-content crash."""
    with contextlib.suppress(ValueError, RuntimeError, OSError):
        return path.resolve().relative_to(base.resolve())
    return path


def error(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, message, Severity.ERROR)


def warning(path: Path, line: int, message: str) -> Problem:
    return Problem(path, line, message, Severity.WARNING)
