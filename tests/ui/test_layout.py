"""Touch sizes, names and reflow on landscape and portrait screens."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.ui.views.home_view import columns_for
from tests.ui.conftest import LANDSCAPE, PORTRAIT


def settle():
    for _ in range(3):
        QApplication.processEvents()


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = [w for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    found += [
        w for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.property("interactive")
    ]
    return found


def screens(kiosk):
    yield "home", kiosk.controller.go_home
    yield "topic", lambda: kiosk.controller.open_topic("alpha")
    yield "glossary", lambda: kiosk.controller.open_term("word")


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1280, 800)], ids=str)
def test_every_touch_target_is_big_enough_and_named(make_kiosk, size):
    kiosk = make_kiosk(size=size)
    checked = 0
    for screen, show in screens(kiosk):
        show()
        settle()
        for widget in interactive_widgets(kiosk.window):
            where = f"{screen}: {widget.objectName() or widget}"
            assert widget.objectName(), where
            assert widget.accessibleName(), where
            if isinstance(widget, QAbstractButton):
                assert widget.width() >= 72 and widget.height() >= 72, (where, widget.size())
            checked += 1
    assert checked > 10


@pytest.mark.parametrize(("size", "columns"), [(LANDSCAPE, 3), (PORTRAIT, 2)], ids=str)
def test_home_tiles_reflow_for_the_screen(make_kiosk, size, columns):
    kiosk = make_kiosk(size=size)
    settle()
    home = kiosk.window.home_view
    assert home.columns == columns
    alpha, beta = (home.findChild(QWidget, f"tile-{t}") for t in ("alpha", "beta"))
    assert alpha.y() == beta.y(), "two tiles of one group share a row"
    assert beta.x() > alpha.x() + alpha.width()


def test_column_breakpoints():
    assert [columns_for(w) for w in (600, 900, 1499, 1500, 2560)] == [1, 2, 2, 3, 3]


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=str)
def test_reading_column_is_centred_and_not_too_wide(make_kiosk, size):
    kiosk = make_kiosk(size=size)
    kiosk.controller.open_topic("alpha")
    settle()
    column = kiosk.window.topic_view.content_widget().findChild(QWidget, "column")
    assert column.width() <= kiosk.theme.metrics.reading_width
    left = column.mapTo(kiosk.window, column.rect().topLeft()).x()
    right = kiosk.window.width() - (left + column.width())
    assert abs(left - right) <= 20  # the scroll bar's width at most
