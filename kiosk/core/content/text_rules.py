"""Checker rules on the text itself: things a reader would see wrong, found before they do.

- Raw HTML is shown as literal text (the Markdown parser never interprets it), so a
  stray ``<script>`` or ``<br>`` would appear on screen as typed.
- Zero-width and bidirectional control characters are invisible in an editor but
  change what is shown: a right-to-left override can reverse a phone number.
- A word with no break opportunity that is wider than the reading column cannot wrap,
  and clips every paragraph of its page.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kiosk.core.content.library import Topic
from kiosk.core.problems import Problem, error

MAX_WORD_CHARACTERS = 30
"""The longest unbreakable word the narrowest reading column holds at the largest text
size (portrait, "Larger text"): tests/ui/test_text_rules_fit.py measures it."""

_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--")
_CONTROLS = {
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
    "\u00ad": "SOFT HYPHEN",
    "\u061c": "ARABIC LETTER MARK",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    **{chr(c): unicodedata.name(chr(c)) for c in range(0x202A, 0x202F)},
    **{chr(c): unicodedata.name(chr(c)) for c in range(0x2066, 0x206A)},
}
# Where a line may break inside a "word" (UAX #14 gives these a break opportunity).
_BREAKS = re.compile(r"[\s\-\u2010\u2013\u2014/]+")


def _html_problems(path: Path, lines: list[str]) -> list[Problem]:
    problems = []
    for number, line in enumerate(lines, start=1):
        if match := _HTML.search(line):
            problems.append(
                error(
                    path,
                    number,
                    f"raw HTML '{match.group(0)[:40]}' would be shown to patients as typed: "
                    "use Markdown, or take it out",
                )
            )
    return problems


def _control_problems(path: Path, lines: list[str]) -> list[Problem]:
    problems = []
    for number, line in enumerate(lines, start=1):
        for column, char in enumerate(line, start=1):
            if number == 1 and column == 1 and char == "\ufeff":
                continue  # a byte-order mark at the very start is how some editors save
            if name := _CONTROLS.get(char):
                problems.append(
                    error(
                        path,
                        number,
                        f"invisible control character U+{ord(char):04X} {name} at column "
                        f"{column}: delete it (it can change how the text is shown)",
                    )
                )
    return problems


def _long_word_problems(topic: Topic, lines: list[str]) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for piece in _BREAKS.split(topic.plain_text()):
        word = piece.strip(".,;:!?\"'()[]")
        if len(word) <= MAX_WORD_CHARACTERS or word in seen:
            continue
        seen.add(word)
        number = next((n for n, line in enumerate(lines, 1) if word in line), 1)
        problems.append(
            error(
                topic.path,
                number,
                f"'{word[:40]}' is {len(word)} characters with nowhere to break: the "
                f"reading column holds {MAX_WORD_CHARACTERS}, so it would be clipped "
                "(add a space or a hyphen)",
            )
        )
    return problems


def text_problems(topic: Topic, text: str) -> list[Problem]:
    """``text`` is the topic file as read."""
    lines = text.splitlines()
    return [
        *_html_problems(topic.path, lines),
        *_control_problems(topic.path, lines),
        *_long_word_problems(topic, lines),
    ]


def data_file_problems(path: Path, text: str) -> list[Problem]:
    """The same HTML and control-character rules for glossary, groups and helplines."""
    lines = text.splitlines()
    return [*_html_problems(path, lines), *_control_problems(path, lines)]
