"""Shared fixtures. The Qt platform is set before anything can create an application."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD_CONTENT = FIXTURES / "content" / "good"
BROKEN_CONTENT = FIXTURES / "content" / "broken"
FIXTURE_ILLUSTRATIONS = FIXTURES / "illustrations"

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
