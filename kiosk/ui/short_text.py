"""Card titles and summaries as a label shows them.

Apart from :mod:`kiosk.ui.rich_text` because the attract screen's buttons use it before
the first paint, when the content model must not be imported yet.
"""

from __future__ import annotations

import re
from html import escape

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
