"""Every colour, size and font the kiosk uses, in one place.

This module is deliberately Qt-free: tests compute the contrast of every text and
background pair straight from these values, and the style sheet is plain text.
Colours follow the NHS.UK palette that UK patients already know (see DESIGN.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache

FONT_FAMILIES = ("Atkinson Hyperlegible Next", "Noto Sans Arabic")


class TextSize(StrEnum):
    STANDARD = "standard"
    LARGE = "large"
    LARGEST = "largest"


# The biggest size meets EN 301 549 5.1.4 (large-text mode: a capital H subtends at least
# 0.7 degrees): at 50 cm that is 6.1 mm, about 32 px on a 21-24" full-HD screen, and
# Atkinson Hyperlegible Next's capital H is 0.67 em, so 48 px gives 32 px (measured with
# QFontMetrics.capHeight in tests/ui/test_look_and_feel.py).
BODY_PX = {TextSize.STANDARD: 28, TextSize.LARGE: 36, TextSize.LARGEST: 48}
CAP_HEIGHT_MIN_PX = 32


@dataclass(frozen=True)
class FontRole:
    """A text role's size and weight; the family always comes from the application."""

    px: int
    bold: bool = False


# Which objectName (or pushbutton role, as "button:<role>") reads at which size of the
# type scale. The style sheet holds no fonts: a text-size change then re-fonts widgets
# instead of re-polishing every widget for a new style sheet (seconds, measured in
# bench/README.md).
FONT_ROLES: dict[str, tuple[str, bool]] = {
    "button:bar": ("button", True),
    "button:primary": ("button", True),
    "button:secondary": ("button", True),
    "barTitle": ("button", True),
    "topicNote": ("small", False),
    "speechNotice": ("body", True),
    "tileTitle": ("heading", True),
    "tileSummary": ("small", False),
    "screenTitle": ("title", True),
    "screenIntro": ("body", False),
    "sectionHeading": ("heading", True),
    "groupHeading": ("heading", True),
    "muted": ("small", False),
    "sourceItem": ("small", False),
    "contactName": ("body", True),
    "phoneNumber": ("heading", True),
    "urgentHeading": ("heading", True),
    "tileBadge": ("small", False),
    "qrAddress": ("body", True),
    "thankYou": ("heading", True),
    "glossaryTerm": ("title", True),
    "cardTitle": ("heading", True),
    "glossaryDefinition": ("heading", False),
    "cardMessage": ("body", False),
    "glossaryHint": ("small", False),
    "attractTitle": ("attract_title", True),
    "attractSubtitle": ("heading", False),
    "attractPrompt": ("title", True),
    # On a small screen the attract screen steps down to the standard sizes.
    "attractTitle:compact": ("standard_title", True),
    "attractSubtitle:compact": ("standard_body", False),
    "attractPrompt:compact": ("standard_heading", True),
    "bigCountdown": ("big_countdown", True),
    "countdown": ("countdown", True),
    "pinKey": ("pin_key", True),
}


@dataclass(frozen=True)
class Palette:
    page: str = "#F0F4F5"  # soft grey page behind cards
    surface: str = "#FFFFFF"  # reading column, tiles, cards
    text: str = "#212B32"
    text_muted: str = "#3D4F5C"  # dates, sources: still 7:1 on page and surface
    bar: str = "#003087"  # top bar and primary buttons
    on_bar: str = "#FFFFFF"
    bar_pressed: str = "#002060"
    link: str = "#003087"
    control_border: str = "#4C6272"  # outline of tiles and secondary buttons (3:1+)
    accent: str = "#005EB8"  # large shapes only, never body text
    callout: str = "#E8F1FB"
    callout_border: str = "#005EB8"
    pressed: str = "#D8E6F5"
    focus: str = "#FFEB3B"
    focus_text: str = "#212B32"
    scrim: str = "rgba(33, 43, 50, 170)"
    closed: str = "#000000"  # outside opening hours: a black screen
    primary_edge: str = "#003087"  # the edge of filled buttons (seen in high contrast)
    qr_light: str = "#FFFFFF"  # behind a QR code: phones need dark on light, in any theme
    urgent: str = "#FDECEA"  # the "Call now" box and tile: a pale red no reader mistakes
    urgent_border: str = "#9A0C19"

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (text, background) pair the style sheet uses, by name, for contrast tests."""
        return {
            "body on surface": (self.text, self.surface),
            "body on page": (self.text, self.page),
            "muted on surface": (self.text_muted, self.surface),
            "muted on page": (self.text_muted, self.page),
            "link on surface": (self.link, self.surface),
            "bar label": (self.on_bar, self.bar),
            "bar label pressed": (self.on_bar, self.bar_pressed),
            "body on callout": (self.text, self.callout),
            # The language in use in the picker: a checked button.
            "checked button label": (self.link, self.callout),
            "link on callout": (self.link, self.callout),
            "body on pressed": (self.text, self.pressed),
            "focused label": (self.focus_text, self.focus),
            # A focused tile or button keeps its text and icons dark on the yellow fill.
            "focused tile title and icon": (self.focus_text, self.focus),
            "attract and cleaning text": (self.surface, self.text),
            "countdown": (self.link, self.surface),
            "body on urgent": (self.text, self.urgent),
            "urgent heading on urgent": (self.urgent_border, self.urgent),
        }

    def control_pairs(self) -> dict[str, tuple[str, str]]:
        """Control outlines and meaningful graphics against what surrounds them (3:1)."""
        return {
            "tile outline on page": (self.control_border, self.page),
            "button outline on surface": (self.control_border, self.surface),
            "callout edge on surface": (self.callout_border, self.surface),
            "icon on surface": (self.link, self.surface),
            "filled button edge on surface": (self.primary_edge, self.surface),
            "bar button edge on bar": (self.on_bar, self.bar),
            "urgent edge on page": (self.urgent_border, self.page),
            "urgent edge on surface": (self.urgent_border, self.surface),
        }


@dataclass(frozen=True)
class Metrics:
    touch_min: int = 72  # smallest touch target, px at 1920x1080
    touch_gap: int = 16  # space between neighbouring targets
    bar_height: int = 112
    gap: int = 32  # between tiles and blocks
    padding: int = 40  # around a screen's content
    radius: int = 16
    reading_width: int = 1100  # about 65 characters at body size
    border: int = 2
    focus_border: int = 4
    icon: int = 40
    tile_icon: int = 88
    tile_min_height: int = 200
    pin_key: int = 104  # a PIN pad key, square


@dataclass(frozen=True)
class Theme:
    name: str = "default"
    palette: Palette = field(default_factory=Palette)
    metrics: Metrics = field(default_factory=Metrics)
    text_size: TextSize = TextSize.STANDARD

    # Type scale (DESIGN.md): body 28-32 px, h2 about 1.4x, title about 1.8x; the steps
    # close up a little as the body grows, or a title at the biggest size fills a screen.
    @property
    def body_px(self) -> int:
        return BODY_PX[self.text_size]

    @property
    def scale(self) -> float:
        """The body's size against the standard one: cards and their text grow by it."""
        return self.body_px / BODY_PX[TextSize.STANDARD]

    @property
    def control_scale(self) -> float:
        """Controls (bars, keys, touch targets) grow half as fast as the reading text:
        already large, and the bars must still fit every screen."""
        return 1 + (self.scale - 1) / 2

    def control(self, px: int) -> int:
        """A control's size at this text size, from its standard size in :class:`Metrics`."""
        return round(px * self.control_scale)

    @property
    def small_px(self) -> int:
        return max(24, round(self.body_px * 0.86))

    @property
    def heading_px(self) -> int:
        return max(round(self.body_px * 1.3), self.body_px + self.control(11))

    @property
    def title_px(self) -> int:
        return max(round(self.body_px * 1.7), self.body_px + self.control(22))

    @property
    def button_px(self) -> int:
        return self.control(26)

    @property
    def touch_px(self) -> int:
        return self.control(self.metrics.touch_min)

    @property
    def icon_px(self) -> int:
        return self.control(self.metrics.icon)

    @property
    def bar_height_px(self) -> int:
        return self.control(self.metrics.bar_height)

    @property
    def pin_key_px(self) -> int:
        return self.control(self.metrics.pin_key)

    def font_role(self, key: str) -> FontRole | None:
        """The font for an objectName (or "button:<role>"), None to inherit the body."""
        return _font_roles(self).get(key)

    def with_text_size(self, size: TextSize) -> Theme:
        return replace(self, text_size=size)

    def font_stack(self) -> str:
        return ", ".join(f'"{family}"' for family in FONT_FAMILIES)

    def stylesheet(self) -> str:
        """Colours, edges and touch sizes; no fonts (see :data:`FONT_ROLES`)."""
        return _stylesheet(self.palette, self.metrics)


@cache
def _font_roles(theme: Theme) -> dict[str, FontRole]:
    """Looked up for every widget Qt polishes: worked out once per theme."""
    standard = theme.with_text_size(TextSize.STANDARD)
    px = {
        "body": theme.body_px,
        "small": theme.small_px,
        "heading": theme.heading_px,
        "title": theme.title_px,
        "button": theme.button_px,
        "attract_title": round(theme.title_px * 1.3),
        "standard_title": standard.title_px,
        "standard_heading": standard.heading_px,
        "standard_body": standard.body_px,
        "big_countdown": theme.title_px * 3,
        "countdown": theme.title_px * 2,
        "pin_key": round(theme.button_px * 1.3),
    }
    return {key: FontRole(px[name], bold) for key, (name, bold) in FONT_ROLES.items()}


@cache
def _stylesheet(p: Palette, m: Metrics) -> str:
    return f"""
* {{ color: {p.text}; }}
QWidget#kioskRoot, QStackedWidget#screens {{ background: {p.page}; }}
QScrollArea, QScrollArea > QWidget > QWidget#scrollContent {{
    background: {p.page}; border: none;
}}
QScrollBar:vertical {{
    background: transparent; width: 12px; margin: 8px 4px 8px 0;
}}
QScrollBar::handle:vertical {{
    background: {p.control_border}; border-radius: 4px; min-height: 80px;
}}
QScrollBar::add-line, QScrollBar::sub-line, QScrollBar::add-page, QScrollBar::sub-page {{
    height: 0; background: none;
}}

QWidget#topBar, QWidget#toolsBar {{ background: {p.bar}; }}
QWidget#section[speaking="true"] {{ background: {p.callout}; }}
QWidget#speakingMarker {{ background: {p.callout_border}; border-radius: 4px; }}
QLabel#speechNotice {{
    background: {p.callout}; border: {m.border}px solid {p.callout_border};
    border-radius: 8px; padding: 12px 24px;
}}
QLabel#topicNote {{
    background: {p.callout}; border: {m.border}px solid {p.callout_border};
    border-radius: 8px; padding: 12px 16px;
}}
QPushButton[role="bar"] {{
    color: {p.on_bar}; background: {p.bar};
    border: {m.border}px solid {p.on_bar}; border-radius: {m.radius}px;
    padding: 0 24px; min-height: {m.touch_min}px; min-width: {m.touch_min}px;
}}
QPushButton[role="bar"]:pressed {{ background: {p.bar_pressed}; }}
QPushButton[role="bar"]:disabled {{ border-style: dashed; }}
QLabel#barTitle {{ color: {p.on_bar}; }}

QPushButton[role="primary"] {{
    color: {p.on_bar}; background: {p.bar};
    border: {m.border}px solid {p.primary_edge}; border-radius: {m.radius}px;
    padding: 0 32px; min-height: {m.touch_min}px; min-width: {m.touch_min}px;
}}
QPushButton[role="primary"]:pressed {{ background: {p.bar_pressed}; }}

QPushButton[role="secondary"] {{
    color: {p.link}; background: {p.surface};
    border: {m.border}px solid {p.control_border}; border-radius: {m.radius}px;
    text-align: left;
    padding: 12px 28px; min-height: {m.touch_min}px; min-width: {m.touch_min}px;
}}
QPushButton[role="secondary"]:pressed {{ background: {p.pressed}; }}
QPushButton[role="secondary"]:checked {{
    background: {p.callout}; border: {m.focus_border}px solid {p.callout_border};
}}

QPushButton[keypad="true"] {{ text-align: center; padding: 0 8px; }}

QPushButton[role="tile"] {{
    background: {p.surface}; border: {m.border}px solid {p.control_border};
    border-radius: {m.radius}px; min-height: {m.tile_min_height}px;
}}
QPushButton[role="tile"]:pressed {{ background: {p.pressed}; }}
QPushButton[role="tile"] QLabel, QPushButton[role="secondary"] QLabel {{ background: transparent; }}
QLabel#tileTitle {{ color: {p.link}; }}
QLabel#tileSummary {{ color: {p.text}; }}
QLabel#tileBadge {{
    color: {p.text}; background: {p.callout}; border: 1px solid {p.callout_border};
    border-radius: 6px; padding: 2px 10px;
}}

QPushButton[focusVisible="true"], QPushButton[focusVisible="true"]:checked {{
    background: {p.focus}; color: {p.focus_text};
    border: {m.focus_border}px solid {p.focus_text};
}}
QLabel[focusVisible="true"], QFrame[focusVisible="true"] {{ background: {p.focus}; }}
QPushButton[focusVisible="true"] QLabel#tileTitle,
QPushButton[focusVisible="true"] QLabel#tileSummary {{ color: {p.focus_text}; }}

QLabel#muted, QLabel#sourceItem {{ color: {p.text_muted}; }}
QWidget#readingColumn {{ background: {p.surface}; border-radius: {m.radius}px; }}
QWidget#readingColumn QLabel {{ background: transparent; }}
QFrame#callout {{
    background: {p.callout}; border-left: 8px solid {p.callout_border};
    border-radius: 8px;
}}
QFrame#callout QLabel {{ background: transparent; }}
QFrame[box="contact"] {{
    background: {p.callout}; border: {m.border}px solid {p.callout_border};
    border-radius: {m.radius}px;
}}
QFrame[box="contact"] QLabel {{ background: transparent; }}
QFrame#urgentLine {{
    background: {p.urgent}; border: {m.focus_border}px solid {p.urgent_border};
    border-radius: {m.radius}px;
}}
QFrame#urgentLine QLabel {{ background: transparent; }}
QLabel#urgentHeading {{ color: {p.urgent_border}; }}
QPushButton[urgent="true"] {{
    background: {p.urgent}; border: {m.focus_border}px solid {p.urgent_border};
}}
QPushButton[urgent="true"] QLabel#tileTitle {{ color: {p.urgent_border}; }}
QLabel#phoneNumber {{ color: {p.text}; }}

QWidget#glossaryOverlay, QWidget#takeHome, QWidget#languagePicker {{ background: {p.scrim}; }}
QScrollArea#adminScroll, QLabel#adminReport {{ background: {p.surface}; }}
QWidget#usageCharts {{ background: {p.surface}; }}
QLabel#qrCode {{ background: {p.qr_light}; padding: 16px; }}
QFrame#glossaryCard, QFrame#overlayCard {{
    background: {p.surface}; border-radius: {m.radius}px;
    border: {m.border}px solid {p.control_border};
}}
QLabel#glossaryTerm {{ color: {p.text}; }}
QLabel#cardTitle {{ color: {p.text}; }}
QLabel#glossaryHint {{ color: {p.text_muted}; }}
QWidget#attractView {{ background: {p.bar}; }}
QWidget#attractView QLabel {{ color: {p.on_bar}; background: transparent; }}
QWidget#cleaningView {{ background: {p.text}; }}
QWidget#cleaningView QLabel {{ color: {p.surface}; background: transparent; }}
QLabel#countdown {{ color: {p.link}; }}
QWidget#closedView {{ background: {p.closed}; }}
QWidget#idleWarning, QWidget#pinPad, QWidget#adminPanel {{ background: {p.scrim}; }}
QFrame#illustrationMissing {{
    border: {m.border}px dashed {p.control_border}; border-radius: 8px;
}}
"""


DEFAULT_THEME = Theme()

# Yellow and white on black (DESIGN.md): every text pair at least 7:1, every control edge
# and meaningful graphic at least 3:1, checked by the tests from these values.
HIGH_CONTRAST_PALETTE = Palette(
    page="#000000",
    surface="#000000",
    text="#FFFFFF",
    text_muted="#FFFFFF",
    bar="#000000",
    on_bar="#FFEB3B",
    bar_pressed="#333333",
    link="#FFEB3B",
    control_border="#FFFFFF",
    accent="#FFEB3B",
    callout="#1A1A1A",
    callout_border="#FFEB3B",
    pressed="#333333",
    focus="#FFEB3B",
    focus_text="#000000",
    scrim="rgba(0, 0, 0, 200)",
    closed="#000000",
    primary_edge="#FFEB3B",
    urgent="#000000",
    urgent_border="#FFEB3B",
)
HIGH_CONTRAST_THEME = Theme(name="high-contrast", palette=HIGH_CONTRAST_PALETTE)
THEMES = (DEFAULT_THEME, HIGH_CONTRAST_THEME)


def relative_luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
