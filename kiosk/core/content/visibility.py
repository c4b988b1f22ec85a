"""What a kiosk shows under its deployment policy, and what it hides and why.

A kiosk being tried out shows everything, with "awaiting review" notes; a kiosk on a
ward shows only approved topics. The staff screen lists every hidden topic with its
reason, so nothing disappears without a trace.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kiosk.core.content.dead_links import strip_block
from kiosk.core.content.document import Section
from kiosk.core.content.governance import TranslationState, review_due, translation_state
from kiosk.core.content.library import DEFAULT_LANGUAGE, Library, ReaderContent, Topic
from kiosk.core.content.policy import (
    ContentPolicy,
    Hidden,
    PastReviewPolicy,
    ShowPolicy,
    StaleTranslationPolicy,
)


def _hide_reason(topic: Topic, policy: ContentPolicy, today: dt.date) -> str | None:
    approval = topic.approval
    if policy.show is ShowPolicy.APPROVED and not approval.is_approved:
        return "not approved (content.show = approved)"
    due = review_due(topic.meta, approval)
    if policy.past_review is PastReviewPolicy.HIDE and due < today:
        return f"review was due {due.isoformat()} (content.past_review = hide)"
    return None


def _translation_reason(
    topic: Topic, library: Library, policy: ContentPolicy, today: dt.date
) -> str | None:
    if reason := _hide_reason(topic, policy, today):
        return reason
    if policy.hide_unapproved_translations and not topic.approval.is_approved:
        return "translation not approved (language.hide_unapproved_translations)"
    state = translation_state(topic.meta, library.english_hash(topic.id))
    if policy.stale_translations is StaleTranslationPolicy.ENGLISH and state in (
        TranslationState.STALE,
        TranslationState.UNRECORDED,
    ):
        return "the English has changed since it was translated (content.stale_translations)"
    return None


def hidden_topics(library: Library, policy: ContentPolicy, today: dt.date) -> list[Hidden]:
    """Every topic the policy keeps off the screen, English first, for the staff screen."""
    hidden: list[Hidden] = []
    english = library.language(DEFAULT_LANGUAGE)
    for topic in english.ordered_topics():
        if reason := _hide_reason(topic, policy, today):
            hidden.append(Hidden(DEFAULT_LANGUAGE, topic.id, reason))
    hidden_english = {item.topic_id for item in hidden}
    for code, content in library.languages.items():
        if code == DEFAULT_LANGUAGE:
            continue
        for topic in content.ordered_topics():
            if reason := _translation_reason(topic, library, policy, today):
                fallback = topic.id in english.topics and topic.id not in hidden_english
                hidden.append(Hidden(code, topic.id, reason, replaced_by_english=fallback))
    return hidden


def reader_content(
    library: Library, code: str, policy: ContentPolicy, today: dt.date
) -> ReaderContent:
    """What one reader in ``code`` sees under ``policy``: hidden topics left out (links
    to them turned back into plain text), English shown where a translation is hidden."""
    view = library.for_reader(code)
    english = library.language(DEFAULT_LANGUAGE)
    for item in hidden_topics(library, policy, today):
        if item.language == DEFAULT_LANGUAGE:
            if view.topics.get(item.topic_id) is english.topics.get(item.topic_id):
                del view.topics[item.topic_id]
        elif item.language == code:
            if item.replaced_by_english:
                view.topics[item.topic_id] = english.topics[item.topic_id]
            else:
                view.topics.pop(item.topic_id, None)
    if code != DEFAULT_LANGUAGE:
        view.stale_translations = {
            topic.id
            for topic in view.topics.values()
            if topic.language == code
            and translation_state(topic.meta, library.english_hash(topic.id))
            in (TranslationState.STALE, TranslationState.UNRECORDED)
        }
    shown = set(view.topics)
    if shown != set(library.for_reader(code).topics):
        terms = set(view.glossary)
        for topic_id, topic in view.topics.items():
            sections = tuple(
                Section(s.heading, tuple(strip_block(b, shown, terms) for b in s.blocks))
                for s in topic.sections
            )
            related = [rid for rid in topic.meta.related if rid in shown]
            meta = topic.meta.model_copy(update={"related": related})
            view.topics[topic_id] = replace(topic, meta=meta, sections=sections)
    return view
