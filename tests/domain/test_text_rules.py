"""The checker's text rules: raw HTML, invisible control characters, unbreakable words."""

import datetime as dt

import pytest

from kiosk.core.content.text_rules import MAX_WORD_CHARACTERS
from kiosk.io.content_checker import check_content
from tests.conftest import FIXTURE_ILLUSTRATIONS

TODAY = dt.date(2026, 6, 1)


def problems(root, needle):
    report = check_content(root, FIXTURE_ILLUSTRATIONS, today=TODAY)
    return [p for p in report.problems if needle in p.message]


def add_line(root, line, name="alpha.md", language="en"):
    path = root / language / name
    text = path.read_text("utf-8")
    path.write_text(text.replace("## How does alpha work?", f"{line}\n\n## How does alpha work?"))
    number = path.read_text("utf-8").splitlines().index(line) + 1
    return path, number


def test_the_good_fixture_breaks_no_text_rule(content_copy):
    report = check_content(content_copy, FIXTURE_ILLUSTRATIONS, today=TODAY)
    assert not [p for p in report.problems if "raw HTML" in p.message or "U+" in p.message]
    assert not [p for p in report.problems if "nowhere to break" in p.message]


@pytest.mark.parametrize(
    "line", ["Call <script>alert(1)</script> us.", "A line<br>break.", "Hidden <!-- note -->."]
)
def test_raw_html_is_an_error_at_its_line(content_copy, line):
    path, number = add_line(content_copy, line)
    found = problems(content_copy, "raw HTML")
    assert [(p.path, p.line, p.is_error) for p in found] == [(path, number, True)]
    assert found[0].format().startswith(f"{path}:{number}: error: raw HTML '<")


@pytest.mark.parametrize("line", ["Scores of 3 < 5 and 7 > 2 are fine.", "Use a -> arrow."])
def test_comparisons_are_not_html(content_copy, line):
    add_line(content_copy, line)
    assert problems(content_copy, "raw HTML") == []


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\u2066", "LEFT-TO-RIGHT ISOLATE"),
        ("\u200f", "RIGHT-TO-LEFT MARK"),
    ],
)
def test_invisible_control_characters_are_errors_with_their_column(content_copy, char, name):
    path, number = add_line(content_copy, f"Call 0808{char} 2080 888.")
    found = problems(content_copy, "invisible control character")
    assert [(p.path, p.line, p.is_error) for p in found] == [(path, number, True)]
    assert f"U+{ord(char):04X} {name} at column 10" in found[0].message


def test_control_characters_in_a_glossary_are_found_too(content_copy):
    path = content_copy / "en" / "glossary.yaml"
    path.write_text(path.read_text("utf-8").replace("term: ", "term: \u200b", 1), "utf-8")
    found = problems(content_copy, "invisible control character")
    assert [p.path for p in found] == [path]


def test_an_unbreakable_word_wider_than_the_column_is_an_error(content_copy):
    word = "a" * (MAX_WORD_CHARACTERS + 1)
    path, number = add_line(content_copy, f"This {word} is long.")
    found = problems(content_copy, "nowhere to break")
    assert [(p.path, p.line, p.is_error) for p in found] == [(path, number, True)]
    assert f"{MAX_WORD_CHARACTERS + 1} characters" in found[0].message


def test_a_long_word_with_hyphens_or_of_the_limit_can_wrap(content_copy):
    half = "b" * MAX_WORD_CHARACTERS
    add_line(content_copy, f"This {half}-{half} and {'c' * MAX_WORD_CHARACTERS} wrap.")
    assert problems(content_copy, "nowhere to break") == []
