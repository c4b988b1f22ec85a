"""Shared fixtures. The Qt platform is set before anything can create an application."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

import functools
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD_CONTENT = FIXTURES / "content" / "good"
BROKEN_CONTENT = FIXTURES / "content" / "broken"
FIXTURE_ILLUSTRATIONS = FIXTURES / "illustrations"

pytest_plugins = ["tests.guards"]

NOBODY = 65534  # the unprivileged user and group on Debian and most Linux systems


def run_as_nobody(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with this Python as an unprivileged user (needs root, setpriv).

    Root may write into a read-only folder, so tests of what the kiosk does there run
    their check as the kiosk's users do, without root's rights. Skips the test if this
    machine cannot run Python that way (no setpriv, a tree the user cannot read).
    """
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a check as an unprivileged user")
    if not _nobody_can_import():
        pytest.skip("this tree cannot be read by an unprivileged user")
    return _as_nobody(code)


@functools.cache
def _nobody_can_import() -> bool:
    return _as_nobody("import kiosk, tests").returncode == 0


def _as_nobody(source: str) -> subprocess.CompletedProcess[str]:
    command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    return subprocess.run(
        [*command, sys.executable, "-c", source],
        cwd=REPO,
        env={**os.environ, "HOME": tempfile.gettempdir(), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A folder others may read and enter but not write (for :func:`run_as_nobody`)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-read-only-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


VALID_FRONT_MATTER = """\
id: {id}
title: A test topic
summary: One line.
order: 1
sources:
  - title: Test source
    publisher: Test publisher
    url: https://example.org/page
last_reviewed: 2026-01-10
next_review_due: 2027-01-10
"""


def topic_text(topic_id: str, body: str = "Some text.", front: str | None = None) -> str:
    front = VALID_FRONT_MATTER.format(id=topic_id) if front is None else textwrap.dedent(front)
    return f"---\n{front}---\n\n{textwrap.dedent(body)}"


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the good fixture content."""
    target = tmp_path / "content"
    shutil.copytree(GOOD_CONTENT, target)
    return target


@pytest.fixture
def write_topic(content_copy: Path) -> Callable[..., Path]:
    def write(name: str, text: str | bytes, language: str = "en") -> Path:
        path = content_copy / language / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, "utf-8")
        return path

    return write
