"""Document blocks as Qt rich text (the HTML subset QLabel understands).

All text is escaped: content is data, never markup.
"""

from __future__ import annotations

from html import escape

from kiosk.core.content.document import Inline, Link, ListBlock, Text
from kiosk.ui.short_text import ARABIC_LINE_HEIGHT, LINE_HEIGHT, short_text
from kiosk.ui.theme import Theme

__all__ = ["ARABIC_LINE_HEIGHT", "LINE_HEIGHT", "short_text"]


def _text(item: Text) -> str:
    html = escape(item.text, quote=False)
    if item.strong:
        html = f"<b>{html}</b>"
    if item.emphasis:
        html = f"<i>{html}</i>"
    return html


def inlines_html(inlines: tuple[Inline, ...], theme: Theme) -> str:
    parts = []
    for item in inlines:
        if isinstance(item, Link):
            inner = "".join(_text(child) for child in item.children)
            href = escape(f"{item.kind}:{item.target}")
            parts.append(
                f'<a href="{href}" {_link_style(theme)}'
                f'text-decoration:underline; font-weight:bold;">{inner}</a>'
            )
        else:
            parts.append(_text(item))
    return "".join(parts)


def paragraph_html(
    inlines: tuple[Inline, ...], theme: Theme, line_height: str = LINE_HEIGHT
) -> str:
    return f'<p style="line-height:{line_height};">{inlines_html(inlines, theme)}</p>'


def list_html(block: ListBlock, theme: Theme, line_height: str = LINE_HEIGHT) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(
        f'<li style="line-height:{line_height}; margin-bottom:10px;">'
        f"{inlines_html(item, theme)}</li>"
        for item in block.items
    )
    return f"<{tag}>{items}</{tag}>"


def recolour_links(html: str, old: Theme, new: Theme) -> str:
    """The same rich text with its links in the new theme's colour."""
    return html.replace(_link_style(old), _link_style(new))


def _link_style(theme: Theme) -> str:
    return f'style="color:{theme.palette.link}; '


def has_links(inlines: tuple[Inline, ...]) -> bool:
    return any(isinstance(item, Link) for item in inlines)
