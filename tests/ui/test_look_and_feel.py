"""The rough edges a new reader hit (issue 19): the language picker, the PIN pad, the
text-size button, and the biggest text size scaling the layout."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from kiosk.ui.speech_mode import phrases
from kiosk.ui.speech_mode.describe import describe


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
