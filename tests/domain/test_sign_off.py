"""The sign-off report's contents: states, approval history and the diff since the last
approval, found in the content folder's git history."""

import datetime as dt
import shutil
import subprocess

import pytest

from kiosk.core.content.records import add_review
from kiosk.io.content_checker import check_content
from kiosk.io.sign_off import build_entries, render_html
from tests.conftest import FIXTURE_ILLUSTRATIONS, GOOD_CONTENT

TODAY = dt.date(2026, 6, 1)
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder, *args):
    subprocess.run(
        ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
    )


def entries(root, **limits):
    report = check_content(root, FIXTURE_ILLUSTRATIONS, today=TODAY)
    return build_entries(report, TODAY, **limits)


def approve(path):
    text, _ = add_review(
        path.read_text("utf-8"), by="Ann Example", role="Nurse", date=dt.date(2026, 5, 20)
    )
    path.write_text(text, "utf-8")


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "content"
    shutil.copytree(GOOD_CONTENT, root)
    git(tmp_path, "init", "-q")
    return root


def test_every_topic_and_language_is_in_the_report_with_its_state(content_copy):
    found = entries(content_copy)
    assert [e.topic_id for e in found] == ["alpha", "beta", "gamma"]
    assert [row.language for row in found[0].languages] == ["en", "pl"]
    assert found[0].languages[1].translation.value == "current"
    assert found[0].languages[0].state_text() == "draft: awaiting clinical review"
    html = render_html(found, today=TODAY, title="T", source="fixture")
    assert "4 pages in 2 languages; 0 approved, 4 draft" in html


def test_limits_by_topic_and_language(content_copy):
    found = entries(content_copy, topics=["alpha"], languages=["pl"])
    assert [(e.topic_id, [r.language for r in e.languages]) for e in found] == [("alpha", ["pl"])]


@needs_git
def test_the_diff_since_the_last_approval_comes_from_git(repo):
    path = repo / "en" / "alpha.md"
    approve(path)
    git(repo.parent, "add", "-A")
    git(repo.parent, "commit", "-q", "-m", "approved")
    path.write_text(path.read_text("utf-8").replace("It is short.", "It is brief."), "utf-8")
    row = entries(repo, topics=["alpha"], languages=["en"])[0].languages[0]
    assert row.state_text() == "draft: changed since its approval"
    assert "-- It is short." in row.diff and "+- It is brief." in row.diff
    html = render_html(entries(repo), today=TODAY, title="T", source="x")
    assert '<span class="del">-- It is short.</span>' in html
    assert "Ann Example" in html and "<td>no</td>" in html  # the review no longer matches


@needs_git
def test_an_approval_never_committed_has_no_diff_and_says_why(repo):
    path = repo / "en" / "alpha.md"
    approve(path)
    path.write_text(path.read_text("utf-8").replace("It is short.", "It is brief."), "utf-8")
    row = entries(repo, topics=["alpha"], languages=["en"])[0].languages[0]
    assert row.diff == []
    assert row.diff_note == "No diff: the approved version was never committed."


def test_an_approved_topic_has_no_change_to_show(content_copy):
    approve(content_copy / "en" / "alpha.md")
    row = entries(content_copy, topics=["alpha"], languages=["en"])[0].languages[0]
    assert row.state_text() == "approved 2026-05-20 by Ann Example"
    assert row.diff_note == "No change since the approval."
