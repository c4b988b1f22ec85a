"""Writing a topic file back, for the commands that record approvals and hashes."""

from __future__ import annotations

from pathlib import Path


def write_text(path: Path, text: str) -> None:
    """Replace the file in one step, so an interrupted write never leaves half a topic."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8", newline="")
    temporary.replace(path)
