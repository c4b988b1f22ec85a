"""The second edition's content (issue 15): the new topics, their sources and dates, and
the infection warning wherever infection is mentioned."""

import re

from kiosk.core.content.document import LinkKind, block_links
from kiosk.io import resources
from kiosk.io.content_loader import load_library

NEW_TOPICS = {
    "infection", "care-team", "car-t-side-effects", "watch-and-wait", "maintenance-mrd",
    "money-and-travel", "fertility", "feelings", "teenagers", "planning-ahead",
    "childrens-palliative-care", "talking-to-children", "finding-a-trial",
    "kids-feeling-unwell", "kids-tests", "kids-lines-and-hair", "kids-school",
}  # fmt: skip
WORD_LIMIT = 400


def english():
    return load_library(resources.content_dir(), resources.illustrations_dir()).language("en")


def links(topic, kind):
    return {
        link.target
        for section in topic.sections
        for block in section.blocks
        for link in block_links(block)
        if link.kind is kind
    }


def test_every_new_topic_is_there_sourced_dated_and_within_the_word_limit():
    content = english()
    assert set(content.topics) >= NEW_TOPICS
    for topic in content.topics.values():
        assert len(re.findall(r"[\w'-]+", topic.plain_text())) <= WORD_LIMIT, topic.id
    for topic_id in NEW_TOPICS:
        meta = content.topics[topic_id].meta
        assert any(s.url and s.checked for s in meta.sources), topic_id
        assert meta.last_reviewed.isoformat() == "2026-12-02", topic_id
        assert links(content.topics[topic_id], LinkKind.GLOSSARY) <= set(content.glossary)


def test_every_topic_that_mentions_infection_links_to_the_call_now_page():
    content = english()
    for topic in content.topics.values():
        text = topic.plain_text().lower()
        if topic.id != "infection" and ("infection" in text or "sepsis" in text):
            targets = links(topic, LinkKind.TOPIC)
            assert "infection" in targets or topic.is_for_children, topic.id


def test_the_call_now_card_is_first_on_home_in_every_language():
    library = load_library(resources.content_dir(), resources.illustrations_dir())
    for code in ("en", "cy", "pl", "ar"):
        reader = library.for_reader(code)
        first_group, topics = reader.home_sections()[0]
        assert first_group is not None and first_group.id == "urgent", code
        assert [t.id for t in topics] == ["infection"], code
        assert topics[0].meta.urgent_line
        children = reader.ordered_groups()[1]
        assert children.id == "children" and children.pathway, code


def test_the_new_words_are_explained():
    glossary = english().glossary
    for term in ("neutropenia", "mrd", "gvhd", "apheresis", "clinical-nurse-specialist",
                 "icans", "sepsis", "watch-and-wait", "maintenance", "key-worker"):  # fmt: skip
        assert term in glossary, term
