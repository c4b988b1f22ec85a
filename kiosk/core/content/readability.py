"""Reading-ease scores for English text (textstat 0.7.3, offline with pyphen).

textstat is a development and release tool here, not a kiosk dependency: the frozen
kiosk checks content packs for correctness, and readability is judged before release.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[\w'\u2019-]+")


@dataclass(frozen=True)
class Scores:
    reading_ease: float
    grade: float
    words: int


def _textstat() -> Any | None:
    try:
        with warnings.catch_warnings():
            # textstat 0.7.3 imports pkg_resources, which warns that it is deprecated.
            warnings.simplefilter("ignore")
            import textstat  # noqa: PLC0415 - optional, imported only when measuring
    except ImportError:
        return None
    textstat.set_lang("en")
    return textstat


def is_available() -> bool:
    return _textstat() is not None


def measure(text: str) -> Scores | None:
    """Flesch reading ease and Flesch-Kincaid grade, or ``None`` without textstat."""
    textstat = _textstat()
    if textstat is None or not text.strip():
        return None
    return Scores(
        reading_ease=float(textstat.flesch_reading_ease(text)),
        grade=float(textstat.flesch_kincaid_grade(text)),
        words=len(_WORD.findall(text)),
    )


def sentences(text: str) -> list[str]:
    return [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line) if s.strip()]


def word_count(sentence: str) -> int:
    return len(_WORD.findall(sentence))
