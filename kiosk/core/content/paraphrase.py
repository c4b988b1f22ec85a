"""Close paraphrase of a source sentence: the same content words with a few swapped.

The eight-word runs of ``shingles`` catch a copied sentence, but not one whose words
were swapped for synonyms or shuffled ("keep the cancer at a low level" written as
"hold the cancer down at a low level"). Here each sentence is reduced to the stems of
its content words (stop words dropped, Snowball stemmer), and a sentence of ours is a
paraphrase of a source sentence when most of the shorter one's stems are in the other.
Facts carry over, so a few shared words are expected; a sentence that keeps most of a
source sentence's words is not our own. The source pages are not shipped: each of
their sentences is kept as the short hashes of its stems
(``tests/fixtures/seed_stems.txt``, written by ``scripts/seed-shingles.py``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Protocol, cast

from kiosk.core.content.shingles import words

MIN_STEMS = 4
"""Sentences with fewer content words say too little to judge."""
MIN_SHARED = 4
OVERLAP = 0.6
"""Share of the shorter sentence's stems that, when found in the other, makes it a paraphrase."""

# Function words and the words every sentence on this subject uses; what is left
# carries what a sentence says.
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "for",
        "from",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "it's",
        "just",
        "may",
        "me",
        "might",
        "more",
        "most",
        "much",
        "must",
        "my",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "called",
        "call",
    ]
)

# Names of several words count as one: "stem cell or bone marrow transplant" is one
# idea, and would otherwise make any two sentences about transplants look alike.
_NAMES = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"\bcar[ -]?t(?:[ -]cells?)?(?: (?:cell )?therapy)?\b", "cart"),
        (r"\bblood cancers?\b", "bloodcancer"),
        (r"\bstem[ -]cells?\b(?: (?:or bone marrow )?transplant(?:ation|s)?)?", "stemcell"),
        (r"\bbone marrow(?: transplant)?\b", "marrow"),
        (
            r"\b(?:blood cancer uk|bloodwise|cancer research uk|macmillan cancer support)\b",
            "charity",
        ),
        (r"\b(?:england|scotland|wales|northern ireland)\b", "nation"),
        (r"\bb[ -]cell\b", "bcell"),
        (r"\bacute lymphoblastic leukaemia\b", "all"),
        (r"\bside[ -]effects?\b", "sideeffect"),
        (r"\bsupportive care\b", "supportivecare"),
        (r"\bclinical trials?\b", "trial"),
        # The swaps a paraphrase makes most often, each folded into one word.
        (r"\b(?:comes?|came|coming) back\b|\breturn(?:s|ed|ing)?\b", "comeback"),
        (r"\b(?:go|goes|gone|going|went) away\b|\bclear(?:s|ed)? up\b", "goaway"),
        (r"\b(?:get|got|getting) rid of\b|\bwipes? out\b", "destroy"),
    )
)

# Single words a synonym swap trades, each mapped to one of them.
SYNONYMS = {
    word: canonical
    for canonical, swaps in {
        "destroy": "kill kills killing destroys destroying destroyed eliminate removes",
        "intensive": "strong stronger strongest intense high-dose",
        "short": "shorten shortens shorter",
        "start": "begin begins began starts starting",
        "medicine": "medicines medication medications drug drugs",
        "finish": "end ends ended finishing finished completes completed",
        "stable": "steady",
        "achieve": "reach reached reaches get gets",
        "unwell": "ill poorly sick",
        "help": "helps helped support supports",
        "child": "children kid kids",
        "doctor": "doctors consultant consultants specialist specialists",
    }.items()
    for word in swaps.split()
}
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")
_MARKUP = re.compile(r"^\s*(?:[-*>]|\d+\.|#+)\s*")


class _Stemmer(Protocol):
    def stemWords(self, words: list[str]) -> list[str]: ...


@cache
def _stemmer() -> _Stemmer:
    # A test-time tool, not needed by the kiosk; snowballstemmer ships no type hints.
    import snowballstemmer  # type: ignore[import-untyped]  # noqa: PLC0415

    return cast(_Stemmer, snowballstemmer.stemmer("english"))


def sentences(text: str) -> list[str]:
    """Sentences and list items of ``text``, Markdown markers dropped."""
    pieces = (_MARKUP.sub("", piece) for piece in _SENTENCE_END.split(text))
    return [piece.strip() for piece in pieces if piece.strip()]


def stems(sentence: str) -> frozenset[str]:
    text = " ".join(words(sentence))
    for pattern, name in _NAMES:
        text = pattern.sub(name, text)
    content = [SYNONYMS.get(w, w).replace("'", "") for w in text.split() if w not in STOP_WORDS]
    return frozenset(_stemmer().stemWords([w for w in content if len(w) > 1]))


def stem_hash(stem: str) -> str:
    return hashlib.sha256(stem.encode("utf-8")).hexdigest()[:10]


def fingerprint(sentence: str) -> frozenset[str] | None:
    """The hashed stems of a sentence worth comparing, or ``None``."""
    found = stems(sentence)
    return frozenset(map(stem_hash, found)) if len(found) >= MIN_STEMS else None


def page_fingerprints(text: str) -> set[frozenset[str]]:
    return {found for s in sentences(text) if (found := fingerprint(s)) is not None}


@dataclass(frozen=True)
class Paraphrase:
    sentence: str
    shared: int
    of: int

    def __str__(self) -> str:
        return f"{self.sentence!r} ({self.shared} of {self.of} content words)"


def paraphrases(text: str, known: Iterable[frozenset[str]]) -> list[Paraphrase]:
    """Sentences of ``text`` that keep most of the content words of a known sentence."""
    known = list(known)
    found = []
    for sentence in sentences(text):
        ours = fingerprint(sentence)
        if ours is None:
            continue
        best: tuple[int, int] | None = None
        for theirs in known:
            shared = len(ours & theirs)
            shorter = min(len(ours), len(theirs))
            close = shared >= MIN_SHARED and shared >= OVERLAP * shorter
            if close and (best is None or shared / shorter > best[0] / best[1]):
                best = (shared, shorter)
        if best is not None:
            found.append(Paraphrase(sentence, *best))
    return found
