"""Links whose target is not shown turned back into their plain words.

The loader does it for links to topics or terms that do not exist; the deployment
policy does it for links to topics it hides, so a reader never taps a dead link.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.core.content.document import Block, Callout, Inline, Link, LinkKind, ListBlock, Paragraph


def _strip_dead_links(
    inlines: tuple[Inline, ...], topics: set[str], terms: set[str]
) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for item in inlines:
        known = topics if isinstance(item, Link) and item.kind is LinkKind.TOPIC else terms
        if isinstance(item, Link) and item.target not in known:
            out.extend(item.children)
        else:
            out.append(item)
    return tuple(out)


def strip_block(block: Block, topics: set[str], terms: set[str]) -> Block:
    match block:
        case Paragraph(inlines=inlines):
            return Paragraph(_strip_dead_links(inlines, topics, terms))
        case ListBlock(items=items):
            return replace(block, items=tuple(_strip_dead_links(i, topics, terms) for i in items))
        case Callout(paragraphs=paragraphs):
            return Callout(tuple(_strip_dead_links(p, topics, terms) for p in paragraphs))
    return block
