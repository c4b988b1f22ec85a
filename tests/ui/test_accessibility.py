"""Read aloud, text size, high contrast, languages (with right-to-left Arabic), names
and keyboards, checked on the running kiosk."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.core.navigation import Route
from kiosk.core.settings import Settings
from kiosk.core.spoken_text import spoken_hours
from kiosk.ui.rich_text import ARABIC_LINE_HEIGHT, LINE_HEIGHT
from kiosk.ui.theme import BODY_PX, HIGH_CONTRAST_PALETTE, TextSize
from kiosk.ui.views.admin_panel import AdminStatus
from tests.conftest import REPO
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.voices import SilentEngine, SteppedEngine


def settle():
    for _ in range(3):
        QApplication.processEvents()


# -- read aloud -----------------------------------------------------------------------------
def listening(make_kiosk, qtbot, engine=None, **options):
    """A kiosk whose one voice is ``engine`` (a stepped one: each section lasts until the
    test says), once the voice has said its languages."""
    engine = engine or SteppedEngine()
    kiosk = make_kiosk(speech_mode_options={"engine": engine}, **options)
    qtbot.waitUntil(lambda: kiosk.voice.languages is not None, timeout=5000)
    kiosk.preferences._show_reading_state()
    return kiosk, engine


def test_listen_reads_section_by_section_with_pause_and_stop(make_kiosk, qtbot):
    kiosk, engine = listening(make_kiosk, qtbot)
    bar, view, reader = kiosk.window.top_bar, kiosk.window.topic_view, kiosk.preferences.reader
    assert not bar.listen_button.isVisible(), "no Listen on Home"
    kiosk.controller.open_topic("beta")
    assert bar.listen_button.isVisible() and bar.listen_button.text() == "Listen"
    with qtbot.waitSignal(reader.sectionStarted, timeout=1000) as first:
        bar.listen_button.click()
    assert first.args == [0]
    assert view.section_widgets[0].property("speaking")
    # The bar beside the part being read sits in the margin, never over its text.
    settle()
    marker = view.findChild(QWidget, "speakingMarker")
    section = view.section_widgets[0]
    assert marker is not None and marker.isVisible()
    assert marker.parentWidget() is section.parentWidget()
    assert marker.geometry().right() < section.geometry().left()
    assert marker.geometry().top() == section.geometry().top()
    assert bar.listen_button.text() == "Pause" and bar.stop_button.isVisible()
    with qtbot.waitSignal(reader.sectionStarted, timeout=10_000) as second:
        engine.step()  # the first section has been said
    assert second.args == [1]
    assert view.section_widgets[1].property("speaking")
    assert not view.section_widgets[0].property("speaking")
    bar.listen_button.click()
    assert reader.state == "paused" and bar.listen_button.text() == "Continue"
    bar.listen_button.click()
    assert reader.state == "speaking"
    bar.stop_button.click()
    assert reader.state == "idle" and not bar.stop_button.isVisible()
    assert not any(w.property("speaking") for w in view.section_widgets)
    assert not marker.isVisible()


def test_reading_stops_on_navigation_and_on_the_privacy_reset(make_kiosk, qtbot):
    kiosk, _ = listening(make_kiosk, qtbot)
    reader = kiosk.preferences.reader
    kiosk.controller.open_topic("beta")
    kiosk.window.top_bar.listen_button.click()
    assert reader.state == "speaking"
    kiosk.controller.open_topic("alpha")
    assert reader.state == "idle"
    kiosk.window.top_bar.listen_button.click()
    assert reader.state == "speaking"
    kiosk.session.reset_session()
    assert reader.state == "idle"


def test_listening_keeps_the_idle_reset_away(make_kiosk, qtbot):
    kiosk, _ = listening(make_kiosk, qtbot)
    kiosk.controller.open_topic("beta")
    with qtbot.waitSignal(kiosk.session.activity.activity, timeout=1000):
        kiosk.window.top_bar.listen_button.click()


def test_listen_is_hidden_without_a_voice_and_staff_are_told_why(make_kiosk, qtbot):
    # A voice with English, not Welsh or Polish.
    kiosk, _ = listening(make_kiosk, qtbot, SilentEngine({"en"}))
    kiosk.preferences.set_language("pl")
    kiosk.controller.open_topic("alpha")  # the Polish translation
    assert not kiosk.window.top_bar.listen_button.isVisible()
    kiosk.controller.open_topic("beta")  # offered in English: the English voice reads it
    assert kiosk.window.top_bar.listen_button.isVisible()
    notes = kiosk.admin_status().notes
    assert any("Polski" in note and "no voice" in note for note in notes)


def test_listen_is_hidden_when_switched_off(make_kiosk):
    settings = Settings.model_validate({"speech": {"enabled": False, "engine": "mock"}})
    kiosk = make_kiosk(settings=settings)
    kiosk.controller.open_topic("beta")
    assert not kiosk.window.top_bar.listen_button.isVisible()
    assert any("switched off" in note for note in kiosk.admin_status().notes)


# -- text size and contrast ---------------------------------------------------------------------
def test_text_size_cycles_through_three_sizes_and_resets(make_kiosk):
    kiosk = make_kiosk()
    tools, themes = kiosk.window.tools_bar, kiosk.themes
    kiosk.controller.open_topic("alpha")
    body = kiosk.window.topic_view.content_widget().findChild(QLabel, "topicText")
    sizes = []
    for expected in (TextSize.LARGE, TextSize.LARGEST, TextSize.STANDARD):
        tools.text_size_button.click()
        settle()
        assert themes.theme.text_size is expected
        body = kiosk.window.topic_view.content_widget().findChild(QLabel, "topicText")
        sizes.append(body.font().pixelSize())
    assert sizes == [BODY_PX[TextSize.LARGE], BODY_PX[TextSize.LARGEST], BODY_PX[TextSize.STANDARD]]
    tools.text_size_button.click()
    kiosk.session.reset_session()
    assert themes.theme.text_size is TextSize.STANDARD


def test_high_contrast_is_one_tap_and_recolours_everything(make_kiosk):
    kiosk = make_kiosk()
    tools, themes = kiosk.window.tools_bar, kiosk.themes
    kiosk.controller.open_topic("alpha")
    assert tools.contrast_button.text() == "High contrast"
    tools.contrast_button.click()
    assert themes.high_contrast
    assert themes.theme.palette == HIGH_CONTRAST_PALETTE
    assert "#FFEB3B" in QApplication.instance().styleSheet()
    link = next(
        label
        for label in kiosk.window.topic_view.content_widget().findChildren(QLabel)
        if 'href="glossary:' in label.text()
    )
    assert "#FFEB3B" in link.text(), "links inside the text are redrawn in the new colours"
    assert tools.contrast_button.text() == "Standard colours"
    kiosk.session.reset_session()
    assert not themes.high_contrast


def _visible_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if label.isVisible() and label.text()]


def _clipped(label: QLabel) -> bool:
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 1
    hint = label.sizeHint()
    return hint.width() > label.width() + 1 or hint.height() > label.height() + 1


def _clipped_button(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    metrics = button.fontMetrics()
    # A label broken onto two lines (the tools bar, when one row is tight) needs its
    # longest line.
    widest = max(button.text().split("\n"), key=metrics.horizontalAdvance)
    needed = metrics.horizontalAdvance(widest) + (
        button.iconSize().width() if not button.icon().isNull() else 0
    )
    # The text has the button's contents to itself, inside the style sheet's border and
    # padding: measured against the whole width, "Reload cor" passed.
    room = button.width()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        style = button.style()
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    return needed > room


def _open_staff_screen(kiosk) -> None:
    """The staff screen with the content-pack buttons shown: every button it can have."""
    panel = kiosk.window.admin_panel
    panel.show_status(
        AdminStatus(
            version="0.1.0",
            kiosk_name="kiosk",
            topics_loaded=2,
            languages=["en"],
            pack_actions=True,
            can_roll_back=True,
        )
    )
    panel.open()


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1280, 800)], ids=str)
@pytest.mark.parametrize("contrast", [False, True], ids=["standard", "high-contrast"])
def test_nothing_is_clipped_at_the_largest_text_size(make_kiosk, size, contrast):
    kiosk = make_kiosk(size=size)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(TextSize.LARGEST))
    if contrast:
        kiosk.themes.toggle_high_contrast()
    window = kiosk.window
    # The layers are opened as views, so the reader's text size stays (a privacy reset,
    # which brings the attract screen back, would put it back to the standard size).
    layers = [
        window.attract_view,
        window.idle_warning,
        window.pin_pad,
        window.language_picker,
        window.take_home_card,
        window.glossary_card,
        window.admin_panel,
    ]
    screens = {
        "home": kiosk.controller.go_home,
        "topic": lambda: kiosk.controller.open_topic("beta"),
        "group": lambda: kiosk.controller.open_route(Route.group("kids")),
        "glossary": lambda: kiosk.controller.open_term("word"),
        "attract": window.attract_view.open,
        "idle warning": window.idle_warning.open,
        "PIN pad": window.pin_pad.open,
        "language picker": window.tools_bar.language_button.click,
        "take home": lambda: (
            kiosk.controller.open_topic("alpha"),
            window.topic_view.take_home_button.click(),
        ),
        # Opened as a view too; its buttons are the widest row on any screen.
        "staff screen": lambda: _open_staff_screen(kiosk),
    }
    for name, show in screens.items():
        show()
        settle()
        root = next((layer for layer in reversed(layers) if layer.isVisible()), window)
        if root is window.attract_view:
            root = window.attract_view  # the attract screen covers everything
        for label in _visible_labels(root):
            assert not _clipped(label), (name, label.objectName(), label.text()[:40])
        for button in root.findChildren(QAbstractButton):
            if button.isVisible():
                assert not _clipped_button(button), (name, button.objectName(), button.text())
        for layer in layers:
            layer.hide()


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1280, 800)], ids=str)
@pytest.mark.parametrize("language", ["cy", "pl", "ar"])
def test_staff_screen_buttons_fit_in_every_language(make_kiosk, size, language):
    # Staff wording is longest in Welsh: "Ail-lwytho'r cynnwys" clipped in portrait.
    kiosk = make_kiosk(size=size)
    kiosk.preferences.set_language(language)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(TextSize.LARGEST))
    _open_staff_screen(kiosk)
    settle()
    panel = kiosk.window.admin_panel
    assert panel.reload_button.text() != "Reload content", "the staff screen is translated"
    buttons = [b for b in panel.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    assert len(buttons) == 7
    for button in buttons:
        assert not _clipped_button(button), (button.objectName(), button.text())
        inside = button.mapTo(panel, QPoint(0, 0))
        assert panel.rect().contains(QRect(inside, button.size())), button.objectName()
    panel.hide()


# -- languages ------------------------------------------------------------------------
def test_languages_switch_live_and_arabic_is_right_to_left(make_kiosk):
    kiosk = make_kiosk()
    bar, tools = kiosk.window.top_bar, kiosk.window.tools_bar
    assert bar.home_button.text() == "Home"
    tools.language_button.click()
    picker = kiosk.window.language_picker
    assert picker.is_open
    assert [b.text() for b in picker.buttons] == ["English", "Cymraeg", "Polski", "العربية"]
    next(b for b in picker.buttons if b.key == "cy").click()
    assert not picker.is_open
    assert bar.home_button.text() == "Hafan"
    assert tools.language_button.text() == "Cymraeg"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    kiosk.preferences.set_language("ar")
    assert bar.home_button.text() == "الرئيسية"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert kiosk.window.isRightToLeft()
    home, back = bar.home_button, bar.back_button
    kiosk.controller.open_topic("alpha")
    settle()
    assert home.x() > back.x(), "in Arabic, Home is on the right"
    kiosk.session.reset_session()
    assert bar.home_button.text() == "Home"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_attract_screen_invites_in_every_language(make_kiosk, qtbot):
    kiosk = make_kiosk(browsing=False)
    attract = kiosk.window.attract_view
    prompts = attract.prompts.text().splitlines()
    assert prompts == [
        "Touch the screen to start",
        "Cyffyrddwch â'r sgrin i ddechrau",
        "Dotknij ekranu, aby zacząć",
        "المس الشاشة للبدء",
    ]
    polish = next(b for b in attract.language_buttons if b.key == "pl")
    polish.click()
    assert kiosk.session.mode.value == "browsing"
    assert kiosk.window.top_bar.home_button.text() == "Start"


def test_translated_topics_and_english_fallback_with_notes(make_kiosk):
    kiosk = make_kiosk()
    kiosk.preferences.set_language("pl")
    view = kiosk.window.topic_view
    home_titles = [t.title_label.text() for t in kiosk.window.home_view.tiles]
    assert home_titles[:2] == ["Czym jest alfa?", "What is beta?"]
    headings = [w.text() for w in kiosk.window.home_view.findChildren(QLabel, "groupHeading")]
    assert headings[0] == "Podstawy"
    kiosk.controller.open_topic("alpha")
    notes = [label.text() for label in view.content_widget().findChildren(QLabel, "topicNote")]
    assert notes == ["To tłumaczenie czeka na sprawdzenie przez lekarza."]
    kiosk.controller.open_term("word")
    assert kiosk.window.glossary_card.term.text() == "Słowo"
    kiosk.controller.open_topic("beta")
    notes = [label.text() for label in view.content_widget().findChildren(QLabel, "topicNote")]
    assert notes == ["Ta strona nie jest jeszcze dostępna po polsku. Oto wersja angielska."]


def test_unapproved_translations_can_be_hidden(make_kiosk):
    settings = Settings.model_validate({"language": {"hide_unapproved_translations": True}})
    kiosk = make_kiosk(settings=settings)
    kiosk.preferences.set_language("pl")
    kiosk.controller.open_topic("alpha")
    assert kiosk.window.topic_view.topic.language == "en"


def test_switching_language_keeps_the_reader_on_their_topic(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    kiosk.preferences.set_language("pl")
    assert kiosk.controller.router.current == Route.topic("alpha")
    assert kiosk.window.topic_view.topic.title == "Czym jest alfa?"


# -- keyboards and names -------------------------------------------------------------------------
def test_everything_works_from_a_keyboard(make_kiosk, qtbot):
    kiosk = make_kiosk()
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().property("focusVisible"), "keys show where focus is"
    # Arrows and Tab walk the buttons; Enter activates the focused one.
    for _ in range(40):
        focused = QApplication.focusWidget()
        if focused is not None and focused.objectName() == "tile-beta":
            break
        QTest.keyClick(focused or window, Qt.Key.Key_Down)
    assert QApplication.focusWidget().objectName() == "tile-beta"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert kiosk.controller.router.current == Route.topic("beta")


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(_focused(), key)
        settle()


def test_a_keypad_reader_can_start_from_the_attract_screen(make_kiosk, qtbot):
    kiosk = make_kiosk(
        browsing=False, settings=Settings.model_validate({"language": {"offered": ["en", "pl"]}})
    )
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert kiosk.session.mode.value == "attract"
    # Tab stays on the attract screen: it never wanders to the hidden Home button.
    seen = set()
    for _ in range(6):
        _press(Qt.Key.Key_Tab)
        focused = _focused()
        assert focused is window.attract_view or window.attract_view.isAncestorOf(focused)
        seen.add(focused.objectName())
    assert {"attractView", "attractLanguage-en", "attractLanguage-pl"} <= seen
    for _ in range(6):
        if _focused().objectName() == "attractLanguage-pl":
            break
        _press(Qt.Key.Key_Right)
    _press(Qt.Key.Key_Return)
    assert kiosk.session.mode.value == "browsing"
    assert kiosk.translations.current == "pl"


def test_enter_on_the_attract_screen_starts(make_kiosk, qtbot):
    kiosk = make_kiosk(browsing=False)
    kiosk.window.activateWindow()
    qtbot.waitUntil(kiosk.window.isActiveWindow, timeout=2000)
    assert _focused() is kiosk.window.attract_view, "the attract screen holds the keyboard"
    _press(Qt.Key.Key_Return)
    assert kiosk.session.mode.value == "browsing"


def test_cards_hold_the_keyboard_and_esc_closes_them(make_kiosk, qtbot):
    kiosk = make_kiosk()
    window = kiosk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    kiosk.controller.open_topic("alpha")
    settle()
    QTest.keyClick(window, Qt.Key.Key_Shift)  # a keypad reader
    take_home = window.topic_view.take_home_button
    take_home.setFocus(Qt.FocusReason.TabFocusReason)
    _press(Qt.Key.Key_Return)
    card = window.take_home_card
    assert card.is_open
    assert card.isAncestorOf(_focused()), "focus moves into the card that opened"
    assert _focused().property("focusVisible"), "a keyboard reader sees where it landed"
    for _ in range(5):
        _press(Qt.Key.Key_Tab)
        assert card.isAncestorOf(_focused())
    _press(Qt.Key.Key_Escape)
    assert not card.is_open
    assert _focused() is take_home, "focus goes back where it was"

    window.tools_bar.language_button.setFocus(Qt.FocusReason.TabFocusReason)
    _press(Qt.Key.Key_Return)
    assert window.language_picker.is_open
    _press(Qt.Key.Key_Down, 3)
    assert window.language_picker.isAncestorOf(_focused())
    _press(Qt.Key.Key_Escape)
    assert not window.language_picker.is_open

    kiosk.controller.open_term("word")
    settle()
    assert window.glossary_card.isAncestorOf(_focused())
    _press(Qt.Key.Key_Escape)
    assert not window.glossary_card.is_open


def test_a_card_opened_by_a_tap_shows_no_focus_highlight(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    settle()
    QTest.mouseClick(kiosk.window.topic_view.take_home_button, Qt.MouseButton.LeftButton)
    settle()
    assert kiosk.window.take_home_card.is_open
    assert not any(w.property("focusVisible") for w in kiosk.window.findChildren(QWidget))


def _main_colours(widget: QWidget, part: QWidget | None = None) -> list[str]:
    """The two commonest colours of a widget as drawn (only ``part`` of it, or inside its
    border): its fill, then its text."""
    from collections import Counter

    if part is not None:
        area = QRect(part.mapTo(widget, QPoint(0, 0)), part.size())
    else:
        area = widget.rect().adjusted(8, 8, -8, -8)
    image = widget.grab().toImage().copy(area)
    counts = Counter(
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )
    return [colour for colour, _ in counts.most_common(2)]


@pytest.mark.parametrize("contrast", [False, True], ids=["standard", "high-contrast"])
def test_a_focused_tile_and_button_stay_readable(make_kiosk, qtbot, contrast):
    from kiosk.ui.theme import contrast_ratio

    kiosk = make_kiosk()
    if contrast:
        kiosk.themes.toggle_high_contrast()
    kiosk.window.activateWindow()
    qtbot.waitUntil(kiosk.window.isActiveWindow, timeout=2000)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Shift)  # a keypad reader
    palette = kiosk.themes.theme.palette
    tile = kiosk.window.home_view.findChild(QAbstractButton, "tile-beta")
    tool = kiosk.window.tools_bar.text_size_button
    for widget, part in (
        (tile, tile.title_label),
        (tile, tile.summary_label),
        (tile, tile.picture),
        (tool, None),
    ):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        fill, text = _main_colours(widget, part)
        name = part.objectName() if part is not None else widget.objectName()
        assert fill == palette.focus.lower(), name
        assert contrast_ratio(text, fill) >= 7.0, (name, text, fill)


def test_tapping_never_leaves_a_focus_highlight(make_kiosk, qtbot):
    kiosk = make_kiosk(browsing=False)
    # The attract screen held focus; when it goes, Qt moves focus on "by Tab".
    QTest.mouseClick(kiosk.window.attract_view, Qt.MouseButton.LeftButton)
    assert kiosk.session.mode.value == "browsing"
    assert not any(w.property("focusVisible") for w in kiosk.window.findChildren(QWidget))
    tile = kiosk.window.home_view.findChild(QAbstractButton, "tile-alpha")
    QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert not any(w.property("focusVisible") for w in kiosk.window.findChildren(QWidget))


def test_pictures_and_cards_have_accessible_names(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    picture = kiosk.window.topic_view.content_widget().findChild(QWidget, "illustration")
    assert picture.accessibleName() == picture.accessibleDescription() != ""
    kiosk.controller.open_term("word")
    card = kiosk.window.glossary_card.card
    assert card.accessibleName() == "word"
    assert card.accessibleDescription() == "A thing that means something."


def test_listen_also_reads_who_to_talk_to_in_words_a_voice_says_well(make_kiosk, qtbot):
    kiosk = make_kiosk()
    view, reader = kiosk.window.topic_view, kiosk.preferences.reader
    kiosk.controller.open_topic("beta")  # a topic with a helpline box
    texts = view.section_texts()
    assert len(texts) == len(view.section_widgets) + 1
    assert texts[-1].splitlines() == [
        "Who can I talk to?",
        "Test support line",
        "0 8 0 0 0 0 0 0 0 0 0",
        "Monday to Friday 9am to 5pm",
        "A line for the tests.",
    ]
    box = view.content_widget().findChild(QWidget, "helplines")
    assert view.spoken_widgets()[-1] is box
    view.highlight_section(len(texts) - 1)
    assert box.property("speaking")
    view.highlight_section(-1)
    assert not box.property("speaking")
    assert reader.state == "idle"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mon-Fri 10am-4pm", "Monday to Friday 10am to 4pm"),
        ("Monday - Friday, 9am to 5pm", "Monday to Friday, 9am to 5pm"),
        ("Sat\u2013Sun 9am\u20131pm", "Saturday to Sunday 9am to 1pm"),
        ("8am to 8pm", "8am to 8pm"),
    ],
)
def test_opening_hours_are_spoken_in_whole_words(written, spoken):
    assert spoken_hours(written) == spoken


def test_the_back_arrow_points_back_in_right_to_left_arabic(make_kiosk):
    kiosk = make_kiosk()
    back = kiosk.window.top_bar.back_button
    kiosk.controller.open_topic("alpha")
    size = back.iconSize()
    ltr = back.icon().pixmap(size).toImage()
    kiosk.preferences.set_language("ar")
    assert back.layoutDirection() == Qt.LayoutDirection.RightToLeft
    rtl = back.icon().pixmap(size).toImage()
    assert rtl == ltr.flipped(Qt.Orientation.Horizontal)
    assert rtl != ltr
    kiosk.preferences.set_language("en")
    assert back.icon().pixmap(size).toImage() == ltr


def test_arabic_pages_keep_a_readable_line_spacing(make_kiosk, write_topic, content_copy):
    # Noto Sans Arabic's own line spacing is about 2.1 em: the usual 125% would double it.
    front = (REPO / "tests/fixtures/content/good/pl/alpha.md").read_text("utf-8")
    write_topic("alpha.md", front.replace("Czym jest alfa?", "ما هي ألفا؟"), language="ar")
    kiosk = make_kiosk(content_copy)
    kiosk.preferences.set_language("ar")
    kiosk.controller.open_topic("alpha")
    body = kiosk.window.topic_view.content_widget().findChild(QLabel, "topicText")
    assert f"line-height:{ARABIC_LINE_HEIGHT}" in body.text()
    kiosk.controller.open_topic("beta")  # shown in English
    body = kiosk.window.topic_view.content_widget().findChild(QLabel, "topicText")
    assert f"line-height:{LINE_HEIGHT}" in body.text()
