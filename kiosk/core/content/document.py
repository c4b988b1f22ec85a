"""A topic's body as a small, typed document tree.

The UI renders it, the read-aloud feature speaks it section by section and the checker
measures its readability, so all three share this one shape instead of each re-reading
Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class LinkKind(StrEnum):
    TOPIC = "topic"
    GLOSSARY = "glossary"


@dataclass(frozen=True)
class Text:
    text: str
    strong: bool = False
    emphasis: bool = False


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    target: str
    children: tuple[Text, ...]

    @property
    def text(self) -> str:
        return "".join(child.text for child in self.children)


Inline = Text | Link


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Inline, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Callout:
    """A quoted block (``> ...``), shown as a highlighted box: "Call us", "Ask your team"."""

    paragraphs: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


Block = Paragraph | ListBlock | Callout | Image


@dataclass(frozen=True)
class Section:
    heading: str | None
    blocks: tuple[Block, ...]

    def plain_text(self) -> str:
        """The section as sentences to be read aloud or measured."""
        parts: list[str] = [] if self.heading is None else [_as_sentence(self.heading)]
        for block in self.blocks:
            parts.extend(block_sentences(block))
        return "\n".join(parts)


def inline_text(inlines: tuple[Inline, ...]) -> str:
    return "".join(item.text for item in inlines)


def _as_sentence(text: str) -> str:
    text = text.strip()
    if text and text[-1] not in ".?!:;":
        text += "."
    return text


def block_sentences(block: Block) -> list[str]:
    match block:
        case Paragraph(inlines=inlines):
            return [_as_sentence(inline_text(inlines))]
        case ListBlock(items=items):
            return [_as_sentence(inline_text(item)) for item in items]
        case Callout(paragraphs=paragraphs):
            return [_as_sentence(inline_text(p)) for p in paragraphs]
        case Image(alt=alt):
            return [_as_sentence(alt)]
    return []  # pragma: no cover - the match above is exhaustive


def links_in(inlines: tuple[Inline, ...]) -> list[Link]:
    return [item for item in inlines if isinstance(item, Link)]


def block_links(block: Block) -> list[Link]:
    match block:
        case Paragraph(inlines=inlines):
            return links_in(inlines)
        case ListBlock(items=items):
            return [link for item in items for link in links_in(item)]
        case Callout(paragraphs=paragraphs):
            return [link for p in paragraphs for link in links_in(p)]
    return []
