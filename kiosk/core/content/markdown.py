"""Turn a topic's Markdown body into a :mod:`document` tree with markdown-it-py.

Only the small subset a kiosk page needs is accepted: ``##`` sections, paragraphs,
bullet and numbered lists, quoted call-outs, pictures on a line of their own and links
to other topics (``topic:ID``) or glossary terms (``glossary:ID``). Anything else is
reported with its line number rather than silently shown in a way nobody checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kiosk.core.content.document import (
    Block,
    Callout,
    Image,
    Inline,
    Link,
    LinkKind,
    ListBlock,
    Paragraph,
    Section,
    Text,
)

# html=False: raw HTML is shown as text, never interpreted.
_MD = MarkdownIt("commonmark", {"html": False})
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Reference:
    """A link or picture found in the body, with the 1-based line it is on."""

    kind: str  # "topic", "glossary" or "image"
    target: str
    line: int


@dataclass(frozen=True)
class BodyIssue:
    line: int
    message: str
    is_error: bool = True


@dataclass
class ParsedBody:
    sections: list[Section] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    issues: list[BodyIssue] = field(default_factory=list)


class _Parser:
    def __init__(self, source: str, first_line: int) -> None:
        self._lines = source.splitlines()
        self._first_line = first_line
        self.result = ParsedBody()
        self._heading: str | None = None
        self._blocks: list[Block] = []

    # -- helpers ---------------------------------------------------------------------
    def _line(self, token: Token) -> int:
        return self._first_line + (token.map[0] if token.map else 0)

    def _line_of(self, token: Token, needle: str) -> int:
        """The exact line of ``needle`` inside a (possibly multi-line) block token."""
        if token.map:
            for offset in range(token.map[0], token.map[1]):
                if offset < len(self._lines) and needle in self._lines[offset]:
                    return self._first_line + offset
        return self._line(token)

    def _issue(self, line: int, message: str, *, is_error: bool = True) -> None:
        self.result.issues.append(BodyIssue(line, message, is_error))

    def _close_section(self) -> None:
        if self._heading is not None or self._blocks:
            self.result.sections.append(Section(self._heading, tuple(self._blocks)))
        self._heading = None
        self._blocks = []

    # -- inline ----------------------------------------------------------------------
    def _inlines(self, inline: Token, *, allow_links: bool = True) -> tuple[Inline, ...]:
        out: list[Inline] = []
        strong = emphasis = 0
        link: tuple[LinkKind, str] | None = None
        link_children: list[Text] = []
        for child in inline.children or []:
            match child.type:
                case "text" | "code_inline":
                    piece = Text(child.content, strong > 0, emphasis > 0)
                    (link_children if link else out).append(piece)
                case "softbreak" | "hardbreak":
                    (link_children if link else out).append(Text(" ", strong > 0, emphasis > 0))
                case "strong_open":
                    strong += 1
                case "strong_close":
                    strong -= 1
                case "em_open":
                    emphasis += 1
                case "em_close":
                    emphasis -= 1
                case "link_open":
                    href = str(child.attrs.get("href", ""))
                    link = self._link_target(inline, href) if allow_links else None
                    link_children = []
                case "link_close":
                    if link is not None:
                        if not "".join(t.text for t in link_children).strip():
                            self._issue(self._line(inline), "link has no text to tap")
                        out.append(Link(link[0], link[1], tuple(link_children)))
                    else:
                        out.extend(link_children)
                    link = None
                    link_children = []
                case "image":
                    self._issue(
                        self._line_of(inline, "!["),
                        "put a picture on a line of its own, not inside text",
                    )
                case _:  # pragma: no cover - commonmark without html has no other inlines
                    self._issue(self._line(inline), f"unsupported text element {child.type}")
        return tuple(_merge_text(out))

    def _link_target(self, inline: Token, href: str) -> tuple[LinkKind, str] | None:
        line = self._line_of(inline, f"]({href}")
        kind, _, target = href.partition(":")
        if kind in (LinkKind.TOPIC, LinkKind.GLOSSARY) and target:
            self.result.references.append(Reference(kind, target, line))
            return LinkKind(kind), target
        if _SCHEME.match(href):
            self._issue(
                line,
                f"link '{href}' cannot be opened on an offline kiosk; "
                "use topic:ID or glossary:ID, or cite the address in sources",
            )
        else:
            self._issue(line, f"link '{href}' is not topic:ID or glossary:ID")
        return None

    # -- blocks ----------------------------------------------------------------------
    def _image(self, inline: Token) -> Image | None:
        children = [c for c in inline.children or [] if not (c.type == "text" and not c.content)]
        if len(children) != 1 or children[0].type != "image":
            return None
        token = children[0]
        src = str(token.attrs.get("src", ""))
        alt = token.content.strip()
        line = self._line_of(inline, "![")
        self.result.references.append(Reference("image", src, line))
        if not alt:
            self._issue(line, f"picture '{src}' has no alt text: describe what it shows")
        return Image(src, alt)

    def parse(self, tokens: list[Token]) -> ParsedBody:
        i = 0
        while i < len(tokens):
            token = tokens[i]
            match token.type:
                case "heading_open":
                    inline = tokens[i + 1]
                    if token.tag != "h2":
                        self._issue(
                            self._line(token),
                            f"use '##' for section headings (found {'#' * int(token.tag[1])}); "
                            "the title comes from the front matter",
                        )
                    self._close_section()
                    self._heading = inline.content.strip()
                    i += 3
                    continue
                case "paragraph_open":
                    inline = tokens[i + 1]
                    image = self._image(inline)
                    self._blocks.append(image or Paragraph(self._inlines(inline)))
                    i += 3
                    continue
                case "bullet_list_open" | "ordered_list_open":
                    i = self._list(tokens, i)
                    continue
                case "blockquote_open":
                    i = self._callout(tokens, i)
                    continue
                case "fence" | "code_block":
                    self._issue(self._line(token), "code blocks cannot be shown on the kiosk")
                case "hr":
                    self._issue(
                        self._line(token),
                        "horizontal rules are ignored; use a ## section instead",
                        is_error=False,
                    )
                case "html_block":  # pragma: no cover - html is disabled
                    self._issue(self._line(token), "raw HTML is not allowed")
            i += 1
        self._close_section()
        return self.result

    def _list(self, tokens: list[Token], start: int) -> int:
        opener = tokens[start]
        ordered = opener.type == "ordered_list_open"
        first = int(opener.attrs.get("start", 1) or 1) if ordered else 1
        close_type = opener.type.replace("_open", "_close")
        depth = 0
        items: list[tuple[Inline, ...]] = []
        i = start
        while i < len(tokens):
            token = tokens[i]
            if token.type == opener.type:
                depth += 1
                if depth == 2:
                    self._issue(
                        self._line(token),
                        "lists inside lists are hard to follow on a screen; they are flattened",
                        is_error=False,
                    )
            elif token.type == close_type:
                depth -= 1
                if depth == 0:
                    break
            elif token.type == "inline":
                items.append(self._inlines(token))
            i += 1
        self._blocks.append(ListBlock(ordered, tuple(items), first))
        return i + 1

    def _callout(self, tokens: list[Token], start: int) -> int:
        depth = 0
        paragraphs: list[tuple[Inline, ...]] = []
        i = start
        while i < len(tokens):
            token = tokens[i]
            if token.type == "blockquote_open":
                depth += 1
            elif token.type == "blockquote_close":
                depth -= 1
                if depth == 0:
                    break
            elif token.type == "inline":
                paragraphs.append(self._inlines(token))
            i += 1
        self._blocks.append(Callout(tuple(paragraphs)))
        return i + 1


def _merge_text(items: list[Inline]) -> list[Inline]:
    """Join neighbouring text runs of the same style so renderers see whole phrases."""
    merged: list[Inline] = []
    for item in items:
        last = merged[-1] if merged else None
        if (
            isinstance(item, Text)
            and isinstance(last, Text)
            and (last.strong, last.emphasis) == (item.strong, item.emphasis)
        ):
            merged[-1] = Text(last.text + item.text, item.strong, item.emphasis)
        else:
            merged.append(item)
    return merged


def parse_body(source: str, first_line: int = 1) -> ParsedBody:
    """Parse a topic body; ``first_line`` is the file line the body starts on."""
    return _Parser(source, first_line).parse(_MD.parse(source))
