"""Sentences are our own: no run of eight words is shared with a source page.

The source pages are not in the repository; their runs are kept as hashes in
tests/fixtures/seed_shingles.txt (scripts/seed-shingles.py), so a clean clone checks too.
"""

from pathlib import Path

import pytest
import yaml

from kiosk.core.content.shingles import fingerprints, shared_runs
from kiosk.io import resources
from tests.conftest import FIXTURES, REPO

SEEDS = REPO.parent / "shared" / "seeds"
SHINGLES = FIXTURES / "seed_shingles.txt"


def known_runs() -> set[str]:
    lines = SHINGLES.read_text("utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def patient_text() -> list[tuple[str, str]]:
    """Every piece of text a reader sees: topic bodies, definitions, helpline notes."""
    content = Path(resources.content_dir())
    pieces = []
    for path in sorted(content.glob("*/*.md")):
        # The front matter holds the sources' own titles, which are citations.
        body = path.read_text("utf-8").split("---", 2)[2]
        pieces.append((str(path.relative_to(content)), body))
    for path in sorted(content.glob("*/glossary.yaml")):
        for entry in yaml.safe_load(path.read_text("utf-8")):
            pieces.append((f"{path.relative_to(content)}:{entry['id']}", entry["definition"]))
    for path in sorted(content.glob("*/helplines.yaml")):
        for entry in yaml.safe_load(path.read_text("utf-8")):
            pieces.append((f"{path.relative_to(content)}:{entry['id']}", entry["description"]))
    return pieces


def test_no_sentence_is_copied_from_a_source_page():
    known = known_runs()
    copied = {where: found for where, text in patient_text() if (found := shared_runs(text, known))}
    assert copied == {}


def test_the_check_finds_a_copied_sentence():
    # Seed 000 says this about refractory disease; written into a topic, it must be caught.
    known = known_runs()
    body = "We know that there are usually other treatments that can be tried."
    assert shared_runs(body, known) == ["there are usually other treatments that can be tried"]
    assert shared_runs("Doctors can often offer a different treatment.", known) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed pages are not on this machine")
def test_the_hashes_match_the_seed_pages():
    seeds = set().union(*(fingerprints(p.read_text("utf-8")) for p in SEEDS.glob("*.txt")))
    assert known_runs() == seeds, "run scripts/seed-shingles.py after the seed pages change"
