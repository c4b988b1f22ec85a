"""The rough edges a new reader hit (issue 19): the language picker, the PIN pad, the
text-size button, and the biggest text size scaling the layout."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.describe import describe
from kiosk.ui.theme import BODY_PX, CAP_HEIGHT_MIN_PX, FONT_FAMILIES, TextSize
from kiosk.ui.widgets.buttons import TouchButton
from tests.ui.conftest import LANDSCAPE, PORTRAIT

SMALL = (1280, 800)


def settle():
    for _ in range(3):
        QApplication.processEvents()


def _checked(widget) -> bool:
    return QAccessible.queryAccessibleInterface(widget).state().checked


# -- the language picker --------------------------------------------------------------------
def test_the_picker_marks_the_current_language_and_cancels(make_kiosk):
    kiosk = make_kiosk()
    tools, picker = kiosk.window.tools_bar, kiosk.window.language_picker
    tools.language_button.click()
    marked = [b.key for b in picker.buttons if b.isChecked()]
    assert marked == ["en"]
    english = next(b for b in picker.buttons if b.key == "en")
    assert not english.icon().isNull(), "a tick beside the language in use"
    assert all(b.icon().isNull() for b in picker.buttons if b is not english)
    assert _checked(english), "a screen reader hears which one is in use"
    assert not any(_checked(b) for b in picker.buttons if b is not english)
    spoken = describe(english)
    assert (spoken.role, spoken.state) == (phrases.ROLE_BUTTON, phrases.STATE_SELECTED)
    assert describe(picker.buttons[1]).state == "", "speech mode: a button, not a switch"

    next(b for b in picker.buttons if b.key == "cy").click()
    tools.language_button.click()
    assert [b.key for b in picker.buttons if b.isChecked()] == ["cy"]
    assert picker.cancel_button.isVisible() and picker.cancel_button.text() == "Canslo"
    picker.cancel_button.click()
    assert not picker.is_open
    assert kiosk.preferences.translations.current == "cy", "Cancel keeps the language"

    # Tapping the language in use again keeps it marked (the tap toggled the button).
    tools.language_button.click()
    next(b for b in picker.buttons if b.key == "cy").click()
    tools.language_button.click()
    assert [b.key for b in picker.buttons if b.isChecked()] == ["cy"]
    picker.hide()
    kiosk.session.reset_session()
    assert [b.key for b in picker.buttons if b.isChecked()] == ["en"]


# -- the text-size button -------------------------------------------------------------------
def test_the_text_size_button_shows_the_size_in_use(make_kiosk):
    kiosk = make_kiosk()
    button = kiosk.window.tools_bar.text_size_button
    seen = []
    for _ in range(3):
        seen.append((button.text(), button.accessibleName(), button.accessibleDescription()))
        button.click()
    assert seen == [
        ("Text size: Standard", "Text size: Standard", "Bigger text"),
        ("Text size: Large", "Text size: Large", "Biggest text"),
        ("Text size: Largest", "Text size: Largest", "Standard text"),
    ]
    assert button.text() == "Text size: Standard", "round again"
    kiosk.preferences.set_language("cy")
    assert button.text() == "Maint testun: Arferol"
    kiosk.session.reset_session()


# -- the PIN pad ------------------------------------------------------------------------------
def _key_rects(pad) -> list[QRect]:
    return [QRect(b.mapTo(pad, QPoint(0, 0)), b.size()) for b in pad.grid_keys]


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, SMALL], ids=str)
def test_pin_keys_are_one_size_and_grow_with_the_text(make_kiosk, size):
    kiosk = make_kiosk(size=size)
    pad = kiosk.window.pin_pad
    heights = {}
    for text_size in (TextSize.STANDARD, TextSize.LARGEST):
        kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(text_size))
        pad.open()
        settle()
        keys = pad.grid_keys
        assert {b.height() for b in keys} == {keys[0].height()}, "OK and Clear as tall as 1"
        assert max(b.width() for b in keys) - min(b.width() for b in keys) <= 1
        assert all(b.property("keypad") for b in keys), "centred labels (theme)"
        rects = _key_rects(pad)
        card = pad.card.geometry()
        for index, rect in enumerate(rects):
            assert card.contains(rect), (text_size, index, rect, card)
            assert not any(rect.intersects(other) for other in rects[index + 1 :])
        assert keys[0].font().pixelSize() == kiosk.themes.theme.font_role("pinKey").px
        heights[text_size] = keys[0].height()
        pad.hide()
    assert heights[TextSize.LARGEST] > heights[TextSize.STANDARD]
    if size != SMALL:
        assert heights[TextSize.LARGEST] >= kiosk.themes.theme.pin_key_px


# -- the biggest text size ----------------------------------------------------------------------
def test_the_biggest_size_has_a_capital_h_of_32_px(themed_app):
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(BODY_PX[TextSize.LARGEST])
    cap = QFontMetricsF(font).capHeight()
    assert cap >= CAP_HEIGHT_MIN_PX, cap
    font.setPixelSize(40)  # the biggest size before issue 19 fell short
    assert QFontMetricsF(font).capHeight() < CAP_HEIGHT_MIN_PX


# -- the bars ---------------------------------------------------------------------------------
SIZES = [LANDSCAPE, PORTRAIT, SMALL]


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("text_size", list(TextSize), ids=str)
@pytest.mark.parametrize("language", ["en", "cy", "pl", "ar"])
def test_the_top_bar_title_is_centred_and_never_three_lines(make_kiosk, size, text_size, language):
    kiosk = make_kiosk(size=size)
    kiosk.preferences.set_language(language)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(text_size))
    kiosk.controller.open_topic("alpha")
    bar = kiosk.window.top_bar
    for state in ("idle", "speaking"):
        bar.show_reading(available=True, state=state)  # Listen (or Pause) and Stop
        settle()
        assert kiosk.window.width() == size[0], "nothing in the bar widens the window"
        title = bar.title
        assert title.heightForWidth(title.width()) <= 2 * title.fontMetrics().lineSpacing() + 2
        centre = title.mapTo(bar, title.rect().center()).x()
        assert abs(centre - bar.width() / 2) <= 2, (state, centre, bar.width())
        for button in (bar.home_button, bar.back_button, bar.listen_button, bar.stop_button):
            if not button.isVisible():
                continue
            box = QRect(button.mapTo(bar, QPoint(0, 0)), button.size())
            assert bar.rect().contains(box), button.objectName()
            if not bar.title_below:
                text = QRect(title.mapTo(bar, QPoint(0, 0)), title.size())
                assert not box.intersects(text), button.objectName()


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("text_size", list(TextSize), ids=str)
@pytest.mark.parametrize("language", ["en", "cy", "pl", "ar"])
def test_the_tools_bar_is_one_row(make_kiosk, size, text_size, language):
    kiosk = make_kiosk(size=size)
    kiosk.preferences.set_language(language)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(text_size))
    tools = kiosk.window.tools_bar
    settle()
    buttons = [b for b in tools.findChildren(TouchButton) if b.isVisible()]
    assert len(buttons) == 4
    # One row: every button overlaps every other vertically (heights may differ).
    assert max(b.y() for b in buttons) < min(b.y() + b.height() for b in buttons), "one row"
    assert tools.height() <= max(b.height() for b in buttons) + 2 * 16 + 1
    for button in buttons:
        assert button.accessibleName() and "\n" not in button.accessibleName()


# -- Home at big sizes ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("size", "text_size", "columns"),
    [
        (PORTRAIT, TextSize.STANDARD, 2),
        (PORTRAIT, TextSize.LARGE, 1),
        (PORTRAIT, TextSize.LARGEST, 1),
        (LANDSCAPE, TextSize.STANDARD, 3),
        (LANDSCAPE, TextSize.LARGEST, 2),
        (SMALL, TextSize.LARGEST, 1),
    ],
    ids=str,
)
def test_home_takes_fewer_columns_as_the_text_grows(make_kiosk, size, text_size, columns):
    kiosk = make_kiosk(size=size)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(text_size))
    settle()
    assert kiosk.window.home_view.columns == columns


def test_more_below_shows_while_tiles_continue_out_of_sight(make_kiosk, write_topic, content_copy):
    alpha = (content_copy / "en" / "alpha.md").read_text("utf-8")
    for index in range(6):  # enough tiles to run past the fold at 1280x800
        write_topic(
            f"extra{index}.md",
            alpha.replace("id: alpha", f"id: extra{index}").replace(
                "What is alpha?", f"Extra question {index}?"
            ),
        )
    kiosk = make_kiosk(content_copy, size=SMALL)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(TextSize.LARGEST))
    kiosk.controller.go_home()
    settle()
    home = kiosk.window.home_view
    more, bar = home.more_button, home.verticalScrollBar()
    assert bar.maximum() > 0
    assert more.isVisible() and more.text() == "More below" and more.accessibleName()
    assert home.viewport().geometry().contains(more.geometry())
    more.click()
    assert bar.value() > 0, "a tap scrolls on"
    bar.setValue(bar.maximum())
    assert not more.isVisible(), "nothing more below"
    bar.setValue(0)
    assert more.isVisible()
