"""The bundled illustrations: valid SVG in the house style, each with a text alternative,
drawn on the page in every theme."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.io import resources
from kiosk.ui.theme import THEMES, Theme

PICTURES = sorted(resources.illustrations_dir().glob("*.svg"))
NEW_PICTURES = {
    "blood-cells.svg",
    "central-line.svg",
    "kids-blood-cells.svg",
    "kids-hospital-team.svg",
    "kids-treatment-day.svg",
}


def test_the_library_has_the_pictures_the_topics_need():
    assert {path.name for path in PICTURES} >= NEW_PICTURES


@pytest.mark.parametrize("path", PICTURES, ids=lambda p: p.name)
def test_each_picture_has_a_text_alternative_and_the_house_frame(path: Path):
    text = path.read_text("utf-8")
    title = re.search(r"<title>([^<]{40,})</title>", text)
    assert title, "a <title> that says what the picture shows"
    assert 'viewBox="0 0 1200 600"' in text, "the house frame: 1200 x 600"
    assert "<script" not in text and 'href="http' not in text, "nothing fetched or run"


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("path", PICTURES, ids=lambda p: p.name)
def test_each_picture_renders_on_every_theme(qapp, path: Path, theme: Theme):
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    page = QColor(theme.palette.page)
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(page)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, 600, 300))
    painter.end()
    # Drawn, and with enough of it different from the page to read as a picture.
    changed = sum(
        1 for y in range(0, 300, 6) for x in range(0, 600, 6) if image.pixelColor(x, y) != page
    )
    assert changed > 0.3 * (300 // 6) * (600 // 6)
    colours = {image.pixelColor(x, y).rgb() for y in range(0, 300, 10) for x in range(0, 600, 10)}
    assert len(colours) >= 4, "line art in several colours, not a blank or a single fill"


def test_pictures_on_a_page_are_drawn_in_every_theme(make_kiosk):
    from kiosk.ui.widgets.illustration import make_illustration

    kiosk = make_kiosk()
    column = kiosk.window.home_view.widget()
    pictures = [make_illustration(path, path.stem, 300) for path in PICTURES]
    for picture in pictures:
        picture.setParent(column)
        picture.resize(600, 300)
    for _ in THEMES:
        kiosk.themes.toggle_high_contrast()
        page = QColor(kiosk.themes.theme.palette.page)
        for picture in pictures:
            assert type(picture).__name__ == "Illustration", "shown, not its description"
            image = picture.grab().toImage()
            assert image.pixelColor(300, 150) != page or image.pixelColor(150, 150) != page
