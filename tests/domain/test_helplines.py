"""Helpline numbers and hours are copied exactly from the source pages.

The seed pages live outside the repository (../shared/seeds) on the authoring machine;
the exact strings are also pinned here so a clean clone checks them too.
"""

import re
from pathlib import Path

import pytest

from kiosk.io import resources
from kiosk.io.content_loader import load_library
from tests.conftest import REPO

# Numbers copied exactly from each line's source page (its source_url; the seed pages in
# ../shared/seeds for the two that come from there); hours as they are read aloud, from
# the same pages, except Blood Cancer UK's, which no dated page gave (staff are asked).
EXACT = {
    "blood-cancer-uk": ("0808 2080 888", "Ask a member of staff for the opening times"),
    "macmillan": ("0808 808 00 00", "7 days a week, 8am to 8pm"),
    "cruk-nurses": ("0808 800 4040", "Monday to Friday, 9am to 5pm"),
    "samaritans": ("116 123", "Day or night, every day of the year"),
}
FROM_SEEDS = ("blood-cancer-uk", "cruk-nurses")
SEEDS = REPO.parent / "shared" / "seeds"
if not SEEDS.is_dir():  # a worktree sits one folder deeper than the main checkout
    SEEDS = REPO.parent.parent / "shared" / "seeds"


def english_helplines():
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    return library.language("en").helplines


def test_numbers_and_hours_are_exact():
    helplines = english_helplines()
    assert set(helplines) == set(EXACT)
    for helpline_id, (phone, hours) in EXACT.items():
        assert (helplines[helpline_id].phone, helplines[helpline_id].hours) == (phone, hours)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed pages are not on this machine")
def test_numbers_and_hours_appear_in_the_seed_pages():
    seeds = "\n".join(p.read_text("utf-8") for p in SEEDS.glob("*.txt"))
    for helpline_id in FROM_SEEDS:
        assert EXACT[helpline_id][0] in seeds, helpline_id
    assert "Monday - Friday, 9am to 5pm" in seeds  # written "to" so it reads aloud


def test_every_language_uses_the_same_numbers():
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    for language in library.languages.values():
        for helpline_id, helpline in language.helplines.items():
            assert helpline.phone == EXACT[helpline_id][0], (language.code, helpline_id)


def test_no_phone_number_is_written_inside_a_topic():
    """Numbers live in helplines.yaml only, so there is one place to correct them."""
    # A UK number: 0 and nine or ten more digits, spaced any way.
    number = re.compile(r"\b(?:0(?:[ -]?\d){9,10}|116 ?123)\b")
    assert all(number.fullmatch(phone) for phone, _ in EXACT.values())
    for path in Path(resources.content_dir()).glob("*/*.md"):
        assert not number.search(path.read_text("utf-8")), path
