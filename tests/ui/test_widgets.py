import pytest
from PySide6.QtWidgets import QLabel

from kiosk.ui.widgets.illustration import Illustration, make_illustration
from tests.conftest import FIXTURE_ILLUSTRATIONS


def test_illustration_scales_with_its_width(qtbot):
    widget = make_illustration(FIXTURE_ILLUSTRATIONS / "diagram.svg", "A diagram", 300)
    qtbot.addWidget(widget)
    assert isinstance(widget, Illustration)
    assert widget.heightForWidth(400) == 200  # the SVG is 400 x 200
    assert widget.heightForWidth(2000) == 300  # capped
    assert widget.accessibleName() == "A diagram"


@pytest.mark.qt_log_ignore("Cannot read file")
def test_missing_or_broken_pictures_show_their_description(qtbot, tmp_path, caplog):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg this is not xml", "utf-8")
    for path in (tmp_path / "absent.svg", broken):
        widget = make_illustration(path, "What the picture shows", 300)
        qtbot.addWidget(widget)
        assert widget.objectName() == "illustrationMissing"
        assert widget.findChild(QLabel).text() == "What the picture shows"
    assert "picture cannot be shown" in caplog.text
