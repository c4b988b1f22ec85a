"""Content governance: approvals tied to content hashes, translations that know their
English, review intervals, source dates, and the deployment policy."""

import datetime as dt

import pytest

from kiosk.cli import main
from kiosk.core.content.governance import (
    ApprovalState,
    TranslationState,
    content_hash,
    review_due,
    translation_state,
)
from kiosk.core.content.policy import (
    ContentPolicy,
    PastReviewPolicy,
    ShowPolicy,
    StaleTranslationPolicy,
)
from kiosk.core.content.records import remove_field, set_field
from kiosk.core.content.visibility import hidden_topics, reader_content
from kiosk.core.settings import Settings
from kiosk.io.content_checker import check_content
from kiosk.io.content_loader import load_library
from tests.conftest import FIXTURE_ILLUSTRATIONS

TODAY = dt.date(2026, 6, 1)


def check(root, **kwargs):
    return check_content(root, FIXTURE_ILLUSTRATIONS, today=TODAY, **kwargs)


def library(root):
    return load_library(root, FIXTURE_ILLUSTRATIONS)


def approve(root, topic="alpha", *extra):
    return main(
        [
            "content",
            "approve",
            topic,
            "--by",
            "Ann Example",
            "--role",
            "Clinical nurse specialist, haematology",
            "--date",
            "2026-05-20",
            "--content-dir",
            str(root),
            "--illustrations",
            str(FIXTURE_ILLUSTRATIONS),
            *extra,
        ]
    )


def edit(path, old, new):
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def test_the_hash_ignores_yaml_layout_and_reviews_but_not_wording():
    front = {"id": "a", "title": "T"}
    base = content_hash(front, "Text.\n")
    assert content_hash({"title": "T", "id": "a"}, "Text.  \r\n\n") == base
    assert content_hash({**front, "reviews": [{"by": "x"}]}, "Text.\n") == base
    assert content_hash(front, "Text!\n") != base
    assert content_hash({**front, "title": "U"}, "Text.\n") != base


def test_a_topic_without_a_matching_review_is_draft(content_copy):
    topic = library(content_copy).language("en").topics["alpha"]
    assert topic.approval.state is ApprovalState.DRAFT
    assert topic.approval.lost is None


def test_approve_records_the_reviewer_and_the_hash_and_the_topic_is_approved(content_copy, capsys):
    before = library(content_copy).language("en").topics["alpha"].content_hash
    assert approve(content_copy) == 0
    assert "en/alpha: approved by Ann Example" in capsys.readouterr().out
    topic = library(content_copy).language("en").topics["alpha"]
    assert topic.content_hash == before  # recording the review changed nothing approved
    assert topic.approval.is_approved
    review = topic.approval.review
    assert (review.by, review.role, review.date) == (
        "Ann Example",
        "Clinical nurse specialist, haematology",
        dt.date(2026, 5, 20),
    )
    assert review.hash == before
    assert check(content_copy).errors == []


def test_editing_an_approved_topic_makes_it_draft_with_a_warning_naming_the_approval(
    content_copy,
):
    approve(content_copy)
    path = content_copy / "en" / "alpha.md"
    edit(path, "It is short.", "It is very short.")
    topic = library(content_copy).language("en").topics["alpha"]
    assert topic.approval.state is ApprovalState.DRAFT
    assert topic.approval.lost.by == "Ann Example"
    lost = [p for p in check(content_copy).problems if "draft again" in p.message]
    assert len(lost) == 1 and not lost[0].is_error
    assert lost[0].path == path
    text = path.read_text("utf-8").splitlines()
    assert text[lost[0].line - 1].startswith("reviews:")
    assert "en/alpha" in lost[0].message and "Ann Example" in lost[0].message
    assert "2026-05-20" in lost[0].message and "kiosk content approve alpha" in lost[0].message


def test_a_second_approval_of_the_new_wording_approves_it_again(content_copy):
    approve(content_copy)
    edit(content_copy / "en" / "alpha.md", "It is short.", "It is very short.")
    assert approve(content_copy) == 0
    topic = library(content_copy).language("en").topics["alpha"]
    assert topic.approval.is_approved and len(topic.meta.reviews) == 2
    assert not [p for p in check(content_copy).problems if "draft again" in p.message]


def test_approve_refuses_a_topic_with_errors_a_future_date_or_no_file(content_copy, capsys):
    edit(content_copy / "en" / "alpha.md", "(topic:beta)", "(topic:nowhere)")
    assert approve(content_copy) == 1
    err = capsys.readouterr().err
    assert "unknown topic 'nowhere'" in err and "fix the errors" in err
    assert library(content_copy).language("en").topics["alpha"].meta.reviews == []
    assert approve(content_copy, "beta", "--date", "2999-01-01") == 1
    assert "in the future" in capsys.readouterr().err
    assert approve(content_copy, "missing") == 1
    assert "no such topic" in capsys.readouterr().err


def test_a_translation_is_approved_on_its_own_never_by_the_english(content_copy):
    approve(content_copy)
    lib = library(content_copy)
    assert lib.language("en").topics["alpha"].approval.is_approved
    assert not lib.language("pl").topics["alpha"].approval.is_approved
    assert approve(content_copy, "alpha", "--language", "pl") == 0
    assert library(content_copy).language("pl").topics["alpha"].approval.is_approved


def test_changing_the_english_makes_the_translation_stale_until_it_is_recorded(content_copy):
    lib = library(content_copy)
    polish = lib.language("pl").topics["alpha"]
    assert translation_state(polish.meta, lib.english_hash("alpha")) is TranslationState.CURRENT
    edit(content_copy / "en" / "alpha.md", "It is short.", "It is short and clear.")
    lib = library(content_copy)
    polish = lib.language("pl").topics["alpha"]
    assert translation_state(polish.meta, lib.english_hash("alpha")) is TranslationState.STALE
    stale = [p for p in check(content_copy).problems if "was translated from" in p.message]
    assert len(stale) == 1 and stale[0].path == content_copy / "pl" / "alpha.md"
    assert "kiosk content translated alpha --language pl" in stale[0].message
    lines = stale[0].path.read_text("utf-8").splitlines()
    assert lines[stale[0].line - 1].startswith("translated_from:")
    command = ["content", "translated", "alpha", "--language", "pl"]
    assert main([*command, "--content-dir", str(content_copy)]) == 0
    assert not [p for p in check(content_copy).problems if "translated from" in p.message]


def test_a_translation_that_records_no_english_is_warned_about(content_copy):
    path = content_copy / "pl" / "alpha.md"
    path.write_text(remove_field(path.read_text("utf-8"), "translated_from"), "utf-8")
    problems = [p for p in check(content_copy).problems if "does not record" in p.message]
    assert len(problems) == 1 and problems[0].path == path


def test_review_status_is_no_longer_a_way_to_claim_approval(content_copy):
    path = content_copy / "en" / "alpha.md"
    path.write_text(
        set_field(path.read_text("utf-8"), "review_status", "approved", after="id"), "utf-8"
    )
    topic = library(content_copy).language("en").topics["alpha"]
    assert not topic.approval.is_approved
    warned = [p for p in check(content_copy).problems if "review_status" in p.message]
    assert len(warned) == 1 and warned[0].line == 3


def test_review_interval_over_the_library_maximum_is_an_error(content_copy):
    path = content_copy / "en" / "alpha.md"
    edit(path, "review_interval_months: 24", "review_interval_months: 36")
    errors = [p for p in check(content_copy).errors if "maximum is 24" in p.message]
    assert len(errors) == 1


def test_next_review_due_must_fall_within_the_topics_own_interval(content_copy):
    edit(
        content_copy / "en" / "alpha.md", "review_interval_months: 24", "review_interval_months: 6"
    )
    errors = [p.message for p in check(content_copy).errors]
    assert "next_review_due must be within 6 months of last_reviewed (by 2026-07-10)" in errors


def test_an_approved_topic_is_due_its_interval_after_the_approval(content_copy):
    edit(
        content_copy / "en" / "alpha.md", "review_interval_months: 24", "review_interval_months: 1"
    )
    edit(
        content_copy / "en" / "alpha.md",
        "next_review_due: 2027-01-10",
        "next_review_due: 2026-02-10",
    )
    approve(content_copy)
    topic = library(content_copy).language("en").topics["alpha"]
    # The shorter of the two: one month after the approval, or the file's own due date.
    assert review_due(topic.meta, topic.approval) == dt.date(2026, 2, 10)


def test_a_source_due_for_its_own_review_before_the_topic_was_checked_is_warned(content_copy):
    path = content_copy / "en" / "alpha.md"
    edit(
        path,
        "    url: https://example.org/alpha\n",
        "    url: https://example.org/alpha\n    checked: 2026-01-09\n    review_due: 2025-12-01\n",
    )
    problems = [p for p in check(content_copy).problems if "itself due for review" in p.message]
    assert len(problems) == 1 and not problems[0].is_error
    assert "2025-12-01" in problems[0].message and "2026-01-10" in problems[0].message
    assert (
        path.read_text("utf-8").splitlines()[problems[0].line - 1].strip().startswith("review_due:")
    )
    edit(path, "review_due: 2025-12-01", "review_due: 2026-03-01")
    assert not [p for p in check(content_copy).problems if "itself due" in p.message]


def test_a_source_checked_in_the_future_is_an_error(content_copy):
    edit(
        content_copy / "en" / "alpha.md",
        "    url: https://example.org/alpha\n",
        "    url: https://example.org/alpha\n    checked: 2030-01-01\n",
    )
    assert [p for p in check(content_copy).errors if "checked date is in the future" in p.message]


def test_a_bad_source_date_is_a_clear_error(content_copy):
    edit(
        content_copy / "en" / "alpha.md",
        "    url: https://example.org/alpha\n",
        "    url: https://example.org/alpha\n    checked: last week\n",
    )
    messages = [p.message for p in check(content_copy).errors]
    assert any("sources.0.checked" in m and "YYYY-MM-DD" in m for m in messages)


# -- the deployment policy -----------------------------------------------------------
def test_show_all_shows_drafts_and_hides_nothing(content_copy):
    lib = library(content_copy)
    assert hidden_topics(lib, ContentPolicy(), TODAY) == []
    assert set(reader_content(lib, "en", ContentPolicy(), TODAY).topics) == {
        "alpha",
        "beta",
        "gamma",
    }


def test_show_approved_hides_drafts_lists_them_and_unlinks_them(content_copy):
    approve(content_copy)
    lib = library(content_copy)
    policy = ContentPolicy(show=ShowPolicy.APPROVED)
    view = reader_content(lib, "en", policy, TODAY)
    assert set(view.topics) == {"alpha"}
    alpha = view.topics["alpha"]
    assert alpha.meta.related == []  # beta was related; it is hidden
    assert "topic:beta" not in repr(alpha.sections)
    hidden = [h.format() for h in hidden_topics(lib, policy, TODAY)]
    assert "en/beta: not approved (content.show = approved)" in hidden
    assert "pl/alpha: not approved (content.show = approved) (English shown instead)" in hidden
    assert reader_content(lib, "pl", policy, TODAY).topics["alpha"].language == "en"


def test_past_review_flag_shows_and_hide_hides(content_copy):
    lib = library(content_copy)
    late = dt.date(2027, 2, 1)
    assert set(reader_content(lib, "en", ContentPolicy(), late).topics) == {
        "alpha",
        "beta",
        "gamma",
    }
    policy = ContentPolicy(past_review=PastReviewPolicy.HIDE)
    assert reader_content(lib, "en", policy, late).topics == {}
    reasons = [h.reason for h in hidden_topics(lib, policy, late)]
    assert "review was due 2027-01-10 (content.past_review = hide)" in reasons


def test_stale_translation_is_noted_or_replaced_by_english(content_copy):
    edit(content_copy / "en" / "alpha.md", "It is short.", "It is short and clear.")
    lib = library(content_copy)
    noted = reader_content(lib, "pl", ContentPolicy(), TODAY)
    assert noted.topics["alpha"].language == "pl"
    assert noted.stale_translations == {"alpha"}
    english = ContentPolicy(stale_translations=StaleTranslationPolicy.ENGLISH)
    replaced = reader_content(lib, "pl", english, TODAY)
    assert replaced.topics["alpha"].language == "en"
    assert [h.replaced_by_english for h in hidden_topics(lib, english, TODAY)] == [True]


def test_a_current_translation_carries_no_stale_note(content_copy):
    view = reader_content(library(content_copy), "pl", ContentPolicy(), TODAY)
    assert view.topics["alpha"].language == "pl" and view.stale_translations == set()


def test_hide_unapproved_translations_uses_the_translations_own_approval(content_copy):
    policy = ContentPolicy(hide_unapproved_translations=True)
    assert (
        reader_content(library(content_copy), "pl", policy, TODAY).topics["alpha"].language == "en"
    )
    approve(content_copy, "alpha", "--language", "pl")
    assert (
        reader_content(library(content_copy), "pl", policy, TODAY).topics["alpha"].language == "pl"
    )


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        ({}, ContentPolicy()),
        (
            {
                "content": {
                    "show": "approved",
                    "past_review": "hide",
                    "stale_translations": "english",
                }
            },
            ContentPolicy(
                ShowPolicy.APPROVED, PastReviewPolicy.HIDE, StaleTranslationPolicy.ENGLISH
            ),
        ),
    ],
)
def test_the_settings_choose_the_policy(section, expected):
    assert Settings.model_validate(section).content_policy() == expected


def test_a_bad_policy_value_is_named_and_the_default_kept():
    from kiosk.core.settings import validate_settings

    settings, problems = validate_settings({"content": {"show": "some"}})
    assert settings.content.show is ShowPolicy.ALL
    assert [p.key for p in problems] == ["content.show"]


def test_status_prints_each_topics_state(content_copy, capsys):
    approve(content_copy)
    edit(content_copy / "en" / "beta.md", "review_interval_months: 12", "review_interval_months: 6")
    capsys.readouterr()
    assert main(["content", "status", "--content-dir", str(content_copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "en/alpha: approved by Ann Example on 2026-05-20; review due 2027-01-10" in lines[0]
    assert lines[1].startswith("en/beta: draft (awaiting clinical review)")
    assert any(line.startswith("pl/alpha: draft") for line in lines)


def test_translated_refuses_english_and_a_missing_translation(content_copy, capsys):
    folder = ["--content-dir", str(content_copy)]
    assert main(["content", "translated", "alpha", "--language", "en", *folder]) == 1
    assert "English is the original" in capsys.readouterr().err
    assert main(["content", "translated", "beta", "--language", "pl", *folder]) == 1
    assert "no such topic" in capsys.readouterr().err
