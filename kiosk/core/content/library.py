"""The loaded content: topics and glossary per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.core.content.document import Section
from kiosk.core.content.governance import Approval, approval_of
from kiosk.core.content.models import (
    Audience,
    GlossaryEntry,
    GroupEntry,
    Helpline,
    TopicMeta,
)
from kiosk.core.problems import Problem

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Topic:
    meta: TopicMeta
    sections: tuple[Section, ...]
    path: Path
    language: str
    content_hash: str = ""
    """What a reviewer approves (governance.content_hash), computed when loaded."""

    @property
    def approval(self) -> Approval:
        return approval_of(self.meta, self.content_hash)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def is_for_children(self) -> bool:
        return self.meta.audience is Audience.CHILDREN

    def plain_text(self) -> str:
        return "\n".join(section.plain_text() for section in self.sections)


@dataclass
class LanguageContent:
    code: str
    topics: dict[str, Topic] = field(default_factory=dict)
    glossary: dict[str, GlossaryEntry] = field(default_factory=dict)
    groups: dict[str, GroupEntry] = field(default_factory=dict)
    helplines: dict[str, Helpline] = field(default_factory=dict)

    def ordered_topics(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda t: (t.meta.order, t.meta.title))

    def ordered_groups(self) -> list[GroupEntry]:
        return sorted(self.groups.values(), key=lambda g: (g.order, g.title))

    def group_topics(self, group_id: str | None) -> list[Topic]:
        return [t for t in self.ordered_topics() if t.meta.group == group_id]

    def home_sections(self) -> list[tuple[GroupEntry | None, list[Topic]]]:
        """What Home shows, in order: each group with its topics, then any ungrouped."""
        sections: list[tuple[GroupEntry | None, list[Topic]]] = [
            (group, topics)
            for group in self.ordered_groups()
            if (topics := self.group_topics(group.id))
        ]
        if ungrouped := self.group_topics(None):
            sections.append((None, ungrouped))
        return sections

    def topic(self, topic_id: str) -> Topic | None:
        return self.topics.get(topic_id)

    def term(self, term_id: str) -> GlossaryEntry | None:
        return self.glossary.get(term_id)


@dataclass
class ReaderContent(LanguageContent):
    """What one reader sees: their language where it exists, English elsewhere."""

    stale_translations: set[str] = field(default_factory=set)
    """Topics shown in translation although their English has changed since."""

    def is_fallback(self, topic: Topic) -> bool:
        return topic.language != self.code


@dataclass
class Library:
    root: Path
    languages: dict[str, LanguageContent] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)

    def language(self, code: str) -> LanguageContent:
        """Content for ``code``, or an empty set if that language has none."""
        return self.languages.get(code) or LanguageContent(code)

    def for_reader(self, code: str, *, hide_unapproved: bool = False) -> ReaderContent:
        """Content in ``code``, each missing piece filled from English.

        A topic with no translation (or, with ``hide_unapproved``, one not approved by
        a review of its own) is offered in English; terms, groups and helplines likewise.
        """
        base = self.language(DEFAULT_LANGUAGE)
        own = self.language(code)
        view = ReaderContent(
            code,
            topics=dict(base.topics),
            glossary={**base.glossary, **own.glossary},
            groups={**base.groups, **own.groups},
            helplines={**base.helplines, **own.helplines},
        )
        if code == DEFAULT_LANGUAGE:
            return view
        for topic_id, topic in own.topics.items():
            if hide_unapproved and not topic.approval.is_approved:
                continue
            view.topics[topic_id] = topic
        return view

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def english_hash(self, topic_id: str) -> str | None:
        english = self.language(DEFAULT_LANGUAGE).topic(topic_id)
        return english.content_hash if english is not None else None

    @property
    def topic_count(self) -> int:
        return sum(len(lang.topics) for lang in self.languages.values())
