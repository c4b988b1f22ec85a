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

# Copied character for character from the seed pages (see ../shared/seeds/SOURCES.md).
EXACT = {
    "blood-cancer-uk": ("0808 2080 888", "Mon-Fri 10am-4pm"),
    "cruk-nurses": ("0808 800 4040", "Monday - Friday, 9am to 5pm"),
}
SEEDS = REPO.parent / "shared" / "seeds"


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
    for phone, hours in EXACT.values():
        assert phone in seeds
        assert hours in seeds


def test_every_language_uses_the_same_numbers():
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    for language in library.languages.values():
        for helpline_id, helpline in language.helplines.items():
            assert helpline.phone == EXACT[helpline_id][0], (language.code, helpline_id)


def test_no_phone_number_is_written_inside_a_topic():
    """Numbers live in helplines.yaml only, so there is one place to correct them."""
    # A UK number: 0 and nine or ten more digits, spaced any way.
    number = re.compile(r"\b0(?:[ -]?\d){9,10}\b")
    assert all(number.fullmatch(phone) for phone, _ in EXACT.values())
    for path in Path(resources.content_dir()).glob("*/*.md"):
        assert not number.search(path.read_text("utf-8")), path
