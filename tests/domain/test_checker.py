"""kiosk check-content: governance rules and the command's output and exit codes."""

import datetime as dt
import subprocess
import sys

import pytest

from kiosk.cli import main
from kiosk.core.content import readability
from kiosk.core.content.governance import add_months
from kiosk.io.content_checker import check_content
from tests.conftest import BROKEN_CONTENT, FIXTURE_ILLUSTRATIONS, GOOD_CONTENT, REPO, topic_text

TODAY = dt.date(2026, 6, 1)


def check(root, **kwargs):
    return check_content(root, FIXTURE_ILLUSTRATIONS, today=TODAY, **kwargs)


def test_good_fixture_has_no_errors():
    report = check(GOOD_CONTENT)
    assert report.errors == []
    assert report.exit_code == 0


def test_review_due_in_the_past_is_a_warning_and_strict_makes_it_an_error():
    late = dt.date(2027, 2, 1)
    lenient = check_content(GOOD_CONTENT, FIXTURE_ILLUSTRATIONS, today=late)
    due = [p for p in lenient.problems if "review was due on 2027-01-10" in p.message]
    assert len(due) == 4 and not any(p.is_error for p in due)  # three English, one Polish
    assert due[0].line == 12  # the next_review_due line
    strict = check_content(GOOD_CONTENT, FIXTURE_ILLUSTRATIONS, today=late, strict=True)
    assert strict.exit_code == 1
    assert len([p for p in strict.errors if "review was due" in p.message]) == 4


def test_review_cycle_is_at_most_24_months(write_topic, content_copy):
    front = (
        "id: long\ntitle: T\nsummary: S\norder: 1\nsources:\n  - title: a\n"
        "    publisher: b\n    url: https://example.org\nlast_reviewed: 2026-01-10\n"
        "next_review_due: 2028-02-01\n"
    )
    write_topic("long.md", topic_text("long", "Text.", front=front))
    report = check(content_copy)
    (problem,) = [p for p in report.errors if p.path.name == "long.md"]
    assert problem.line == 11
    assert "within 24 months of last_reviewed (by 2028-01-10)" in problem.message


def test_last_reviewed_in_the_future_and_sources_without_address(write_topic, content_copy):
    front = (
        "id: odd\ntitle: T\nsummary: S\norder: 1\nsources:\n  - title: a\n"
        "    publisher: b\nlast_reviewed: 2026-09-01\nnext_review_due: 2027-01-01\n"
    )
    write_topic("odd.md", topic_text("odd", "Text.", front=front))
    messages = sorted(p.message for p in check(content_copy).errors if p.path.name == "odd.md")
    assert messages == ["at least one source needs a public url", "last_reviewed is in the future"]


def test_long_sentences_are_warnings_with_their_line(write_topic, content_copy):
    long_sentence = " ".join(["word"] * 30) + "."
    write_topic("wordy.md", topic_text("wordy", f"Short one.\n\n{long_sentence}\n"))
    report = check(content_copy)
    (problem,) = [
        p for p in report.problems if p.path.name == "wordy.md" and "sentence" in p.message
    ]
    assert not problem.is_error
    assert problem.line == 16
    assert "sentence of 30 words" in problem.message


def test_unused_glossary_terms_are_warnings(content_copy):
    with (content_copy / "en" / "glossary.yaml").open("a", encoding="utf-8") as f:
        f.write("- id: lonely\n  term: lonely\n  definition: Not used anywhere.\n")
    report = check(content_copy)
    (problem,) = [p for p in report.warnings if "lonely" in p.message]
    assert problem.line == 7
    assert problem.message == "glossary term 'lonely' is not used in any topic"


@pytest.mark.skipif(not readability.is_available(), reason="textstat not installed")
def test_readability_is_measured_and_hard_text_is_flagged(write_topic, content_copy):
    hard = (
        "Haematopoietic stem cell transplantation necessitates comprehensive immunological "
        "evaluation. Consequently, multidisciplinary consultation regarding eligibility "
        "considerations is fundamentally indispensable.\n"
    )
    write_topic("hard.md", topic_text("hard", hard))
    report = check(content_copy)
    scores = {s.path.stem: s.scores for s in report.scores}
    assert scores["alpha"].reading_ease > scores["hard"].reading_ease
    hard_problems = [p.message for p in report.warnings if p.path.name == "hard.md"]
    assert any(m.startswith("reading ease") for m in hard_problems)
    assert any(m.startswith("grade") for m in hard_problems)


def test_add_months_clamps_to_the_end_of_short_months():
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2024, 2, 29), 24) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 24), 24) == dt.date(2028, 11, 24)


def test_command_exits_1_and_prints_path_line_messages_for_broken_content(capsys):
    code = main(["check-content", str(BROKEN_CONTENT)])
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    expected = {
        "bad-yaml.md:3: error: bad YAML",
        "wrong-id.md:2: error: id 'not-the-file-name' must equal the file name 'wrong-id'",
        "latin1.md:1: error: file is not UTF-8",
        "alpha.md:15: error: link to unknown topic 'beta'",
        "alpha.md:12: error: related topic 'gamma' does not exist",
        "alpha.md:22: error: picture 'diagram.svg' is missing from assets/illustrations",
    }
    for fragment in expected:
        assert any(fragment in line for line in lines), (fragment, out)
    assert lines[-1].endswith("warning(s)")
    assert " error(s)" in lines[-1]


def test_command_exits_0_on_the_bundled_content(capsys):
    assert main(["check-content"]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_module_entry_point_runs_the_checker():
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "check-content", str(BROKEN_CONTENT), "--quiet"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1
    assert "error: bad YAML" in result.stdout


@pytest.mark.parametrize(
    ("checked", "expected"),
    [
        ("2026-05-30", []),
        ("2026-07-01", ["checked date is in the future"]),
        ("30/05/2026", ["'30/05/2026' is not a date in the form YYYY-MM-DD"]),
    ],
)
def test_a_source_can_say_when_it_was_checked(write_topic, content_copy, checked, expected):
    front = (
        "id: dated\ntitle: T\nsummary: S\norder: 1\nsources:\n  - title: a\n"
        f"    publisher: b\n    url: https://example.org\n    checked: {checked}\n"
        "last_reviewed: 2026-05-30\nnext_review_due: 2027-05-30\n"
    )
    write_topic("dated.md", topic_text("dated", "Text.", front=front))
    errors = [p.message for p in check(content_copy).errors if p.path.name == "dated.md"]
    assert [m for m in errors if any(e in m for e in expected)] == errors
    assert len(errors) == len(expected)
