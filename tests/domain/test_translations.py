"""Every interface translation is complete, keeps its placeholders, and is up to date
with the strings in the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

TRANSLATIONS = REPO / "kiosk" / "translations"
LANGUAGES = ("en", "cy", "pl", "ar")
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def messages(path: Path):
    for context in ET.parse(path).getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            yield name, message


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_keeps_its_placeholders(language):
    path = TRANSLATIONS / f"kiosk_{language}.ts"
    assert ET.parse(path).getroot().get("language") == language
    count = 0
    for context, message in messages(path):
        source = message.find("source").text
        translation = message.find("translation")
        where = f"{language} {context}: {source!r}"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        forms = (
            [form.text for form in translation.findall("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text]
        )
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            assert form and form.strip(), where
            found = sorted(set(PLACEHOLDER.findall(form)))
            # A plural form may spell out its number ("one minute") instead of %n.
            assert set(found) <= set(expected), where
            assert set(expected) - {"%n"} <= set(found), where
        count += 1
    assert count >= 50


def test_translation_files_list_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "kiosk").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, cwd=REPO
    )
    in_code = {(ctx, m.find("source").text) for ctx, m in messages(fresh)}
    committed = {
        (ctx, m.find("source").text)
        for ctx, m in messages(TRANSLATIONS / "kiosk_en.ts")
        if m.find("translation").get("type") not in ("obsolete", "vanished")
    }
    assert in_code - committed == set(), "run 'make lupdate' and translate the new strings"
    assert committed - in_code == set(), "strings no longer in the code: run 'make lupdate'"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_string_is_placed_in_the_file_that_holds_it(language):
    """The locations lupdate writes are what translators open: a string moved to another
    module (TopicView's page strings to topic_page.py) must not point at the old one."""
    wrong = []
    for context, message in messages(TRANSLATIONS / f"kiosk_{language}.ts"):
        opening = message.find("source").text[:20]
        for location in message.findall("location"):
            path = TRANSLATIONS / location.get("filename")
            if not path.is_file() or opening not in path.read_text("utf-8"):
                wrong.append(f"{context}: {opening!r} in {location.get('filename')}")
    assert wrong == [], "run 'make lupdate'"
