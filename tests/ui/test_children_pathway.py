"""Children reach their own pages from the attract screen in one tap, and from Home in
one (issue 15), in every language the bundled content has."""

import pytest
import yaml
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from kiosk.core.navigation import Route
from kiosk.core.raw_settings import FirstScreenLanguages
from kiosk.core.session import Mode
from kiosk.io import resources
from kiosk.ui.widgets.buttons import CardButton, TouchButton
from tests.ui.conftest import LANDSCAPE, PORTRAIT
from tests.ui.test_startup import first_screen, settings_offering

LANGUAGES = ("en", "cy", "pl", "ar")


def pathway_button(kiosk, group_id: str) -> TouchButton:
    button = kiosk.window.attract_view.findChild(TouchButton, f"attractPathway-{group_id}")
    assert button is not None, f"no pathway button for {group_id!r} on the attract screen"
    return button


def test_without_a_childrens_pathway_the_button_goes_at_the_next_attract_screen(qtbot, make_kiosk):
    first = first_screen(qtbot, FirstScreenLanguages("en", ("en", "cy")))
    attract = first.window.attract_view
    assert attract.children_button.isVisible()  # on the first screen, before any content
    where = [b.mapTo(attract, b.rect().topLeft()) for b in attract.language_buttons]
    # The fixture's pathway is "kids", not "children". The screen up does not change.
    kiosk = make_kiosk(settings=settings_offering("en", "cy"), first_screen=first, browsing=False)
    assert kiosk.window.attract_view is attract and attract.isVisible()
    button = pathway_button(kiosk, "children")
    assert button.isVisible()
    assert [b.mapTo(attract, b.rect().topLeft()) for b in attract.language_buttons] == where

    button.click()  # no such page: the reader starts at Home, and nothing is logged
    assert kiosk.session.mode is Mode.BROWSING
    assert kiosk.controller.router.current == Route.home()
    kiosk.session.reset_session()
    assert attract.isVisible()
    assert not button.isVisible()
    assert [b.mapTo(attract, b.rect().topLeft()) for b in attract.language_buttons] == where


def test_a_tap_on_the_attract_screen_opens_the_pathway_with_home_one_back_away(make_kiosk):
    kiosk = make_kiosk(content=resources.content_dir(), browsing=False)
    attract, router = kiosk.window.attract_view, kiosk.controller.router
    assert attract.isVisible()
    button = pathway_button(kiosk, "children")
    assert button.isVisible()
    assert (button.text(), button.accessibleName()) == ("For children", "For children")

    button.click()
    assert kiosk.session.mode is Mode.BROWSING
    assert not attract.isVisible()
    assert router.current == Route.group("children")
    assert kiosk.window.group_view.heading.text() == "For children"
    kiosk.window.top_bar.back_button.click()
    assert router.current == Route.home()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_childrens_pathway_is_one_tap_from_attract_and_from_home(make_kiosk, code):
    kiosk = make_kiosk(content=resources.content_dir(), browsing=False)
    kiosk.preferences.set_language(code)
    groups = yaml.safe_load((resources.content_dir() / code / "groups.yaml").read_text("utf-8"))
    title = next(g["title"] for g in groups if g["id"] == "children")
    button = pathway_button(kiosk, "children")
    assert (button.text(), button.accessibleName()) == (title, title), code

    button.click()
    window = kiosk.window
    assert kiosk.controller.router.current == Route.group("children")
    kids = {t.objectName() for t in window.group_view.findChildren(CardButton)}
    assert {"tile-kids-feeling-unwell", "tile-kids-remission-relapse"} <= kids, code

    window.top_bar.home_button.click()
    tile = window.home_view.findChild(CardButton, "tile-children")
    assert tile is not None and window.home_view.tiles.index(tile) <= 1, code
    tile.click()
    assert kiosk.controller.router.current == Route.group("children")


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT, (1280, 800)], ids=str)
def test_the_button_fits_beside_or_above_the_language_buttons(make_kiosk, size):
    kiosk = make_kiosk(content=resources.content_dir(), browsing=False, size=size)
    kiosk.preferences.set_language("pl")  # the longest label of the four
    attract = kiosk.window.attract_view
    QApplication.processEvents()

    def rect(widget):
        return QRect(widget.mapTo(attract, QPoint(0, 0)), widget.size())

    button = pathway_button(kiosk, "children")
    assert button.width() >= button.sizeHint().width(), "the label is not cut off"
    assert attract.rect().contains(rect(button))
    for language in attract.language_buttons:
        assert language.width() >= language.sizeHint().width(), language.text()
        assert not rect(button).intersects(rect(language)), language.text()
