"""The take-home card fits every screen and its code still scans, at every text size.

A phone must read the code from the screen's own pixels at 1920x1080, 1080x1920 and the
small 1280x800, in a left-to-right and a right-to-left language, with nothing squeezed.
"""

import pytest
import zxingcpp
from PySide6.QtWidgets import QApplication

from kiosk.ui.theme import TextSize
from kiosk.ui.views.take_home import QR_MIN_SIZE
from tests.ui.conftest import LANDSCAPE, PORTRAIT

LONG_ADDRESS = (
    "https://www.cancerresearchuk.org/about-cancer/childrens-cancer/"
    "acute-lymphoblastic-leukaemia/treatment/not-gone-away-or-come-back"
)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1280, 800)], ids=str)
@pytest.mark.parametrize("text_size", [TextSize.STANDARD, TextSize.LARGEST], ids=str)
@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_card_fits_and_the_code_scans(make_kiosk, size, text_size, language):
    kiosk = make_kiosk(size=size)
    kiosk.preferences.set_language(language)
    kiosk.themes.set_theme(kiosk.themes.theme.with_text_size(text_size))
    kiosk.controller.open_topic("alpha")
    card = kiosk.window.take_home_card
    card.show_link(LONG_ADDRESS, "Cancer Research UK")
    settle()
    # Nothing squeezed: the card has the height its words and code ask for...
    assert card.card.heightForWidth(card.card.width()) <= card.card.height()
    assert card.card.geometry().bottom() < kiosk.window.height()
    # ...the code is shown whole, never shrunk below a size phones read easily...
    pixmap = card.code.pixmap()
    assert card.code.height() >= pixmap.height() and card.code.width() >= pixmap.width()
    assert pixmap.height() >= QR_MIN_SIZE - 40  # whole modules: a little under the target
    # ...and a phone reads it from the screen's own pixels.
    image = kiosk.window.grab().toImage()
    assert [result.text for result in zxingcpp.read_barcodes(image)] == [LONG_ADDRESS]
