"""The "Call now" box: the hospital's own 24-hour number when set, otherwise the
number the reader's team gave them; 999 always; numbers read left to right in Arabic."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.core.settings import HospitalSection
from kiosk.io import resources
from kiosk.io.content_loader import load_library
from kiosk.ui.theme import DEFAULT_THEME
from kiosk.ui.views.topic_view import TopicView

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def library():
    return load_library(resources.content_dir(), resources.illustrations_dir())


def phone_labels(view: TopicView) -> list[QLabel]:
    assert view.urgent_box is not None
    return [w for w in view.urgent_box.findChildren(QLabel) if w.objectName() == "phoneNumber"]


@pytest.mark.parametrize("code", ["en", "cy", "pl", "ar"])
def test_without_a_hospital_number_the_box_points_to_the_team_and_999(qtbot, library, code):
    view = TopicView(DEFAULT_THEME, resources.illustrations_dir())
    qtbot.addWidget(view)
    reader = library.for_reader(code)
    view.show_topic(reader.topic("infection"), reader, HospitalSection())
    assert [label.text() for label in phone_labels(view)] == ["999"]


@pytest.mark.parametrize("code", ["en", "cy", "pl", "ar"])
def test_the_hospital_number_is_shown_left_to_right(qtbot, library, code):
    view = TopicView(DEFAULT_THEME, resources.illustrations_dir())
    qtbot.addWidget(view)
    reader = library.for_reader(code)
    view.show_topic(reader.topic("infection"), reader, HospitalSection(urgent_line="020 7946 0999"))
    numbers = phone_labels(view)
    assert [label.text() for label in numbers] == ["020 7946 0999", "999"]
    for label in numbers:
        assert label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    rtl = reader.topic("infection").language == "ar"  # an English page reads left to right
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    assert numbers[0].alignment() & side


def test_a_card_whose_page_is_english_only_says_so_in_the_readers_language(make_kiosk):
    kiosk = make_kiosk()
    kiosk.preferences.set_language("pl")
    badges = {
        tile.title_label.text(): tile.badge_label.text() if tile.badge_label else None
        for tile in kiosk.window.home_view.tiles
    }
    assert badges["Czym jest alfa?"] is None
    assert badges["What is beta?"] == "Po angielsku"
    beta = next(t for t in kiosk.window.home_view.tiles if t.title_label.text() == "What is beta?")
    assert beta.accessibleDescription().endswith("Po angielsku")
    kiosk.preferences.set_language("en")
    assert all(tile.badge_label is None for tile in kiosk.window.home_view.tiles)


def test_read_aloud_starts_with_the_call_now_box(qtbot, library):
    view = TopicView(DEFAULT_THEME, resources.illustrations_dir())
    qtbot.addWidget(view)
    english = library.for_reader("en")
    view.show_topic(english.topic("infection"), english, HospitalSection())
    first = view.section_texts()[0]
    assert first.startswith("Infection and sepsis: when to call now\nCall now, day or night")
    assert "Ring the 24-hour number your team gave you." in first
    assert view.spoken_widgets()[0] is view.urgent_box
    assert len(view.spoken_widgets()) == len(view.section_texts())
