"""Sentences are our own: none keeps most of the content words of a source sentence.

The eight-word check (test_own_words.py) misses a source sentence with a few words
swapped for synonyms; this one compares content-word stems per sentence. The source
pages are not in the repository: their sentences are kept as hashed stems in
tests/fixtures/seed_stems.txt (scripts/seed-shingles.py), so a clean clone checks too.
"""

import pytest

from kiosk.core.content.paraphrase import page_fingerprints, paraphrases
from tests.conftest import FIXTURES, REPO
from tests.domain.test_own_words import patient_text

SEEDS = REPO.parent / "shared" / "seeds"
if not SEEDS.is_dir():  # a worktree sits one folder deeper than the main checkout
    SEEDS = REPO.parent.parent / "shared" / "seeds"
STEMS = FIXTURES / "seed_stems.txt"


def known_sentences() -> set[frozenset[str]]:
    lines = STEMS.read_text("utf-8").splitlines()
    return {frozenset(line.split()) for line in lines if line and not line.startswith("#")}


def test_no_sentence_is_a_close_paraphrase_of_a_source_sentence():
    known = known_sentences()
    found = {
        where: [str(hit) for hit in hits]
        for where, text in patient_text()
        if where.startswith("en/") and (hits := paraphrases(text, known))
    }
    assert found == {}


@pytest.mark.parametrize(
    "swapped",
    [
        # Seed 000 on chronic blood cancer, words swapped for synonyms.
        "For many people, a chronic blood cancer does not make their life shorter.",
        "If the cancer starts to progress, you may need stronger treatment.",
        # Seed 000 on refractory disease, reordered.
        "It is also called refractory if it comes back quite soon after treatment ends.",
        # Seed 002 on transplants.
        "But it also wipes out the healthy stem cells in your bone marrow.",
    ],
)
def test_the_check_finds_a_synonym_swap(swapped: str):
    assert [hit.sentence for hit in paraphrases(swapped, known_sentences())] == [swapped]


def test_the_check_leaves_a_sentence_written_from_the_fact():
    known = known_sentences()
    assert paraphrases("Many people live well for many years with it.", known) == []
    assert paraphrases("Doctors can often offer a different treatment.", known) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed pages are not on this machine")
def test_the_stems_match_the_seed_pages():
    seeds = set().union(*(page_fingerprints(p.read_text("utf-8")) for p in SEEDS.glob("*.txt")))
    assert known_sentences() == seeds, "run scripts/seed-shingles.py after the seed pages change"
