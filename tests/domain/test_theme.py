"""Contrast of every text and control colour pair, computed from the theme itself."""

import pytest

from kiosk.ui.theme import BODY_PX, DEFAULT_THEME, THEMES, TextSize, Theme, contrast_ratio


def test_every_theme_is_checked():
    assert {theme.name for theme in THEMES} == {"default", "high-contrast"}


def test_contrast_ratio_matches_known_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#212B32", "#FFFFFF") == pytest.approx(14.42, abs=0.01)
    assert contrast_ratio("#005EB8", "#FFFFFF") == pytest.approx(6.38, abs=0.01)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_all_text_is_at_least_7_to_1(theme: Theme):
    for name, (fg, bg) in theme.palette.text_pairs().items():
        assert contrast_ratio(fg, bg) >= 7.0, name


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_controls_and_graphics_are_at_least_3_to_1(theme: Theme):
    for name, (fg, bg) in theme.palette.control_pairs().items():
        assert contrast_ratio(fg, bg) >= 3.0, name


def test_type_scale_and_touch_sizes():
    for size in TextSize:
        theme = DEFAULT_THEME.with_text_size(size)
        assert theme.body_px >= 24
        assert theme.small_px >= 24
        assert theme.heading_px >= round(theme.body_px * 1.3)
        assert theme.title_px >= round(theme.body_px * 1.7)
    assert BODY_PX[TextSize.STANDARD] >= 28
    assert DEFAULT_THEME.metrics.touch_min >= 72
    assert DEFAULT_THEME.metrics.touch_gap >= 16


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_style_sheet_uses_only_theme_colours(theme: Theme):
    import re

    sheet = theme.stylesheet()
    used = set(re.findall(r"#[0-9A-Fa-f]{6}", sheet))
    palette = {value for value in vars(theme.palette).values() if value.startswith("#")}
    assert used <= palette
