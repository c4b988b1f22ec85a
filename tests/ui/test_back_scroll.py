"""Back returns the reader to where they were on the screen before."""

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.io import resources
from kiosk.ui.theme import TextSize
from tests.ui.conftest import LANDSCAPE, PORTRAIT


def settle():
    for _ in range(3):
        QApplication.processEvents()


# The bundled topics (long enough to scroll at every size) name pictures that the test
# kiosk's fixture picture folder does not have: each logs that it shows its words instead.
@pytest.mark.expected_log_warnings
@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1280, 800)], ids=str)
def test_back_restores_the_scroll_position(make_kiosk, size):
    kiosk = make_kiosk(content=resources.content_dir(), size=size)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(TextSize.LARGEST))
    window, controller = kiosk.window, kiosk.controller
    settle()
    home = window.home_view
    bar = home.verticalScrollBar()
    assert bar.maximum() > 0, "Home goes on below the fold at the largest size"
    bar.setValue(bar.maximum() // 2)
    where_home = bar.value()
    tile = home.tiles[-1]
    tile.click()
    settle()
    topic_bar = window.topic_view.verticalScrollBar()
    assert topic_bar.value() == 0, "a new page starts at its top"
    topic_bar.setValue(topic_bar.maximum())
    where_topic = topic_bar.value()
    related = window.topic_view.related_buttons
    if related:  # one step further, then back twice
        related[0].click()
        settle()
        window.top_bar.back_button.click()
        settle()
        assert window.topic_view.verticalScrollBar().value() == where_topic
    window.top_bar.back_button.click()
    settle()
    assert controller.router.current.screen.value == "home"
    assert home.verticalScrollBar().value() == where_home
    # Home itself starts a fresh path at the top.
    bar.setValue(bar.maximum())
    controller.go_home()
    assert bar.value() == 0
