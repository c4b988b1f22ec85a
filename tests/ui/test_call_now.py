"""The "Call now" box: the hospital's own 24-hour number when set, otherwise the
number the reader's team gave them; 999 always; numbers read left to right in Arabic."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk import resources
from kiosk.domain.content.loader import load_library
from kiosk.domain.settings import HospitalSection
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
