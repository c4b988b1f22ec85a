"""A new look goes on the visible screen at once and on hidden ones before they show."""

from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.look import regions
from kiosk.ui.theme import HIGH_CONTRAST_PALETTE, TextSize


def settle():
    for _ in range(3):
        QApplication.processEvents()


def test_the_visible_screen_changes_at_once_and_hidden_ones_later(make_kiosk):
    kiosk = make_kiosk()
    window, look = kiosk.window, kiosk.themes.look
    card = window.glossary_card
    kiosk.themes.toggle_high_contrast()
    for region in (window.top_bar, window.tools_bar, window.home_view):
        assert HIGH_CONTRAST_PALETTE.page in region.styleSheet(), region.objectName()
    assert look.pending > 0
    assert card.styleSheet() == "", "a hidden layer waits its turn"
    kiosk.controller.open_term("word")
    assert card.is_open
    assert HIGH_CONTRAST_PALETTE.page in card.styleSheet(), "restyled as it is shown"
    look.flush()
    assert look.pending == 0
    found, _ = regions(window)
    assert all(HIGH_CONTRAST_PALETTE.page in region.styleSheet() for region in found)
    kiosk.themes.toggle_high_contrast()
    look.flush()
    assert all(region.styleSheet() == "" for region in found), "back to the application's"


def test_hidden_regions_follow_on_their_own(make_kiosk, qtbot):
    kiosk = make_kiosk()
    look = kiosk.themes.look
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(TextSize.LARGEST))
    assert look.pending > 0
    qtbot.waitUntil(lambda: look.pending == 0, timeout=5000)
    hint = kiosk.window.glossary_card.findChild(QLabel, "glossaryHint")
    assert hint.font().pixelSize() == kiosk.themes.theme.small_px


def test_a_page_built_after_a_change_has_the_new_look(make_kiosk):
    kiosk = make_kiosk()
    themes = kiosk.themes
    themes.toggle_high_contrast()
    themes.set_theme(themes.theme.with_text_size(TextSize.LARGE))
    kiosk.controller.open_topic("beta")
    page = kiosk.window.topic_view.page
    assert HIGH_CONTRAST_PALETTE.page in page.styleSheet()
    title = page.findChild(QLabel, "screenTitle")
    assert title.font().pixelSize() == themes.theme.title_px
    assert title.font().bold()


def test_links_are_recoloured_in_place(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    page = kiosk.window.topic_view.content_widget()
    kiosk.themes.toggle_high_contrast()
    assert kiosk.window.topic_view.content_widget() is page, "not rebuilt"
    linked = [label.text() for label in page.findChildren(QLabel) if "<a " in label.text()]
    assert linked
    assert all(HIGH_CONTRAST_PALETTE.link in text for text in linked)


def test_a_language_change_keeps_the_built_pages(make_kiosk):
    kiosk = make_kiosk()
    view = kiosk.window.topic_view
    kiosk.controller.open_topic("alpha")
    english = view.content_widget()
    kiosk.controller.go_home()
    kiosk.preferences.set_language("cy")
    kiosk.preferences.set_language("en")
    kiosk.controller.open_topic("alpha")
    assert view.content_widget() is english
    settle()


def test_the_application_keeps_one_role_font_style(make_kiosk, qapp):
    from kiosk.app.kiosk import apply_theme
    from kiosk.ui.look import RoleFonts

    kiosk = make_kiosk()
    apply_theme(qapp, kiosk.themes.theme)  # as the preview and self-test commands do again
    assert len(qapp.findChildren(RoleFonts)) == 1
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(TextSize.LARGEST))
    kiosk.controller.open_topic("beta")  # a page built after the change, polished fresh
    heading = kiosk.window.topic_view.content_widget().findChild(QLabel, "sectionHeading")
    assert heading.font().pixelSize() == kiosk.themes.theme.heading_px
