"""The content patients see: it must pass the checker with no errors and no warnings."""

import datetime as dt

from kiosk.io import resources
from kiosk.io.content_checker import check_content


def test_bundled_content_is_clean_as_for_a_release():
    report = check_content(
        resources.content_dir(), resources.illustrations_dir(), today=dt.date.today(), strict=True
    )
    assert [p.format() for p in report.problems] == []
    assert report.library.topic_count >= 1


TRANSLATED = ("cy", "pl", "ar")
REQUIRED_TOPICS = {"remission", "relapse", "car-t", "supportive-care", "support"}


def _library():
    from kiosk.io.content_loader import load_library

    return load_library(resources.content_dir(), resources.illustrations_dir())


def test_each_language_has_the_required_topics_marked_for_review():
    library = _library()
    for code in TRANSLATED:
        content = library.language(code)
        assert set(content.topics) >= REQUIRED_TOPICS, code
        for topic in content.topics.values():
            assert topic.meta.translation_of == topic.id, (code, topic.id)
            assert not topic.approval.is_approved, (code, topic.id)
            assert topic.meta.translated_from == library.english_hash(topic.id), (code, topic.id)


def test_nothing_bundled_claims_an_approval_that_did_not_happen():
    """No reviewer has approved the bundled wording: every topic stays draft, with no
    review recorded and no old status field."""
    for content in _library().languages.values():
        for topic in content.topics.values():
            where = (content.code, topic.id)
            assert topic.meta.reviews == [], where
            assert topic.meta.review_status is None, where
            assert not topic.approval.is_approved, where
            assert topic.meta.review_interval_months is not None, where


def test_translated_topics_explain_their_words_in_their_own_language():
    from kiosk.core.content.document import LinkKind, block_links

    library = _library()
    english = library.language("en")
    for code in TRANSLATED:
        content = library.language(code)
        for topic in content.topics.values():
            used = {
                link.target
                for section in topic.sections
                for block in section.blocks
                for link in block_links(block)
                if link.kind is LinkKind.GLOSSARY
            }
            assert used <= set(content.glossary), (code, topic.id, used - set(content.glossary))
        assert set(content.groups) == set(english.groups), code
        assert set(content.helplines) == set(english.helplines), code


# The English library the content issue asks for: one topic per question a reader brings.
ENGLISH_TOPICS = {
    "aims", "remission", "refractory", "relapse", "chronic", "supportive-care",
    "palliative-care", "car-t", "car-t-who", "transplant", "childhood-all-relapse",
    "clinical-trials", "questions", "support",
}  # fmt: skip


def test_english_has_every_topic_the_waiting_room_needs():
    from kiosk.core.content.models import Audience

    english = _library().language("en")
    assert set(english.topics) >= ENGLISH_TOPICS
    children = [t for t in english.topics.values() if t.meta.audience is Audience.CHILDREN]
    assert len(children) >= 3
    assert {t.meta.group for t in children} == {"children"}
    assert english.groups["children"].pathway
    assert len(english.glossary) >= 30


def test_every_source_has_a_public_address_or_is_a_named_record():
    for topic in _library().language("en").topics.values():
        addresses = [s.url for s in topic.meta.sources if s.url is not None]
        assert addresses, topic.id
        for url in addresses:
            assert url.scheme == "https", (topic.id, str(url))
            assert url.host and "." in url.host and url.host != "localhost", (topic.id, str(url))
