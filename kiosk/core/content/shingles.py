"""Runs of words shared with a source page: the check that sentences are our own.

Facts carry over from the source pages; sentences never do (CONTENT_GUIDE.md). A run of
eight or more words in the same order as a source is, in practice, a copied sentence.
The sources are not shipped with the kiosk, so their runs are kept as short hashes
(``tests/fixtures/seed_shingles.txt``), which a clean clone can check against.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator

RUN_LENGTH = 8

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def words(text: str) -> list[str]:
    """Lower-case words of ``text``, with Markdown link targets and image paths dropped."""
    text = _LINK.sub(r"\1", text.translate(_QUOTES))
    return [word.casefold() for word in _WORD.findall(text)]


def fingerprint(run: Iterable[str]) -> str:
    return hashlib.sha256(" ".join(run).encode("utf-8")).hexdigest()[:16]


def runs(word_list: list[str], length: int = RUN_LENGTH) -> Iterator[tuple[int, list[str]]]:
    for start in range(len(word_list) - length + 1):
        yield start, word_list[start : start + length]


def fingerprints(text: str, length: int = RUN_LENGTH) -> set[str]:
    return {fingerprint(run) for _, run in runs(words(text), length)}


def shared_runs(text: str, known: set[str], length: int = RUN_LENGTH) -> list[str]:
    """The runs of ``text`` found in ``known``, overlapping runs joined into one phrase."""
    word_list = words(text)
    spans: list[tuple[int, int]] = []
    for start, run in runs(word_list, length):
        if fingerprint(run) not in known:
            continue
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], start + length)
        else:
            spans.append((start, start + length))
    return [" ".join(word_list[begin:end]) for begin, end in spans]
