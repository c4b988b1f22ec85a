"""Document blocks as Qt rich text (the HTML subset QLabel understands).

All text is escaped: content is data, never markup.
"""

from __future__ import annotations

import re
from html import escape

from kiosk.core.content.document import Inline, Link, ListBlock, Text
from kiosk.ui.theme import Theme

# Qt's proportional line height multiplies the font's own line spacing (about 1.3 em for
# Atkinson Hyperlegible), so 125% gives the 1.5 em or more that DESIGN.md asks for.
LINE_HEIGHT = "125%"
# Noto Sans Arabic's own line spacing is already about 2.1 em (tall marks above and
# below): 85% of it keeps Arabic at about 1.8 em instead of 2.7.
ARABIC_LINE_HEIGHT = "85%"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def short_text(text: str) -> str:
    """A card's title or summary as a label shows it: Arabic as rich text at the Arabic
    line height (plain, it stood double-spaced), anything else as it is."""
    if not _ARABIC.search(text):
        return text
    return f'<p style="line-height:{ARABIC_LINE_HEIGHT};">{escape(text, quote=False)}</p>'


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
