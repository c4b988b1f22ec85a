"""The checker's longest unbreakable word fits the narrowest reading column: portrait, at
the largest text size (kiosk.core.content.text_rules.MAX_WORD_CHARACTERS)."""

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from kiosk.core.content.text_rules import MAX_WORD_CHARACTERS
from kiosk.ui.theme import TextSize
from tests.ui.conftest import PORTRAIT

# Letters of average width, as in real long words ("immunohistochemistry"): a word of
# only "m"s is not a word anyone writes.
WORD = ("haematopoieticstemcelltransplantation" * 2)[:MAX_WORD_CHARACTERS]


def test_a_word_of_the_limit_fits_the_portrait_column_at_the_largest_text(make_kiosk, content_copy):
    path = content_copy / "en" / "alpha.md"
    path.write_text(path.read_text("utf-8").replace("It is short.", f"It is {WORD}."))
    kiosk = make_kiosk(content_copy, size=PORTRAIT)
    themes = kiosk.themes
    themes.set_theme(themes.theme.with_text_size(TextSize.LARGEST))
    kiosk.controller.open_topic("alpha")
    labels = kiosk.window.topic_view.content_widget().findChildren(QLabel)
    label = next(label for label in labels if WORD in label.text())
    kiosk.window.grab()  # lay the page out at its real width
    advance = QFontMetrics(label.font()).horizontalAdvance(WORD)
    assert label.contentsRect().width() > 0
    assert advance <= label.contentsRect().width(), (advance, label.contentsRect().width())
