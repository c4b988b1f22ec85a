"""The loaded content: topics and glossary per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.domain.content.document import Section
from kiosk.domain.content.models import Audience, GlossaryEntry, TopicMeta
from kiosk.domain.problems import Problem

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Topic:
    meta: TopicMeta
    sections: tuple[Section, ...]
    path: Path
    language: str

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

    def ordered_topics(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda t: (t.meta.order, t.meta.title))

    def topic(self, topic_id: str) -> Topic | None:
        return self.topics.get(topic_id)

    def term(self, term_id: str) -> GlossaryEntry | None:
        return self.glossary.get(term_id)


@dataclass
class Library:
    root: Path
    languages: dict[str, LanguageContent] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)

    def language(self, code: str) -> LanguageContent:
        """Content for ``code``, or an empty set if that language has none."""
        return self.languages.get(code) or LanguageContent(code)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def topic_count(self) -> int:
        return sum(len(lang.topics) for lang in self.languages.values())
