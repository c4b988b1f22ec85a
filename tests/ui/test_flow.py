"""A reader taps through: Home -> topic -> glossary card -> related topic -> Back -> Home."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.navigation import Route
from kiosk.core.settings import Settings
from kiosk.io.content_loader import load_library
from kiosk.ui.page_preparer import PagePreparer
from kiosk.ui.widgets.buttons import CardButton, TouchButton
from tests.conftest import BROKEN_CONTENT, FIXTURE_ILLUSTRATIONS, GOOD_CONTENT


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget


def link_label(view, href: str) -> QLabel:
    for label in view.findChildren(QLabel):
        if f'href="{href}"' in label.text():
            return label
    raise AssertionError(f"no link to {href}")


def test_tap_through_and_back(make_kiosk, qtbot):
    kiosk = make_kiosk()
    window, router = kiosk.window, kiosk.controller.router
    assert router.current == Route.home()
    assert window.screens.currentWidget() is window.home_view
    assert not window.top_bar.back_button.isVisible()

    find(window, CardButton, "tile-alpha").click()
    assert router.current == Route.topic("alpha")
    assert window.screens.currentWidget() is window.topic_view
    assert window.top_bar.back_button.isVisible()

    # A glossary link in the text opens the card; a tap anywhere closes it.
    link_label(window.topic_view, "glossary:word").linkActivated.emit("glossary:word")
    card = window.glossary_card
    assert card.is_open and card.term_id == "word"
    assert card.term.text() == "Word"
    assert card.definition.text() == "A thing that means something."
    with qtbot.waitSignal(card.closed, timeout=1000):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert not card.is_open

    # The "words explained" button opens the same card.
    find(window.topic_view, TouchButton, "term-other-word").click()
    assert card.term_id == "other-word"
    card.close_button.click()
    assert not card.is_open

    # A related topic, then a topic link inside the text.
    find(window.topic_view, CardButton, "related-beta").click()
    assert router.current == Route.topic("beta")
    find(window.topic_view, CardButton, "related-gamma").click()
    link_label(window.topic_view, "topic:alpha").linkActivated.emit("topic:alpha")
    assert router.current == Route.topic("alpha")

    # Back walks the real path, then stops at Home.
    expected = [Route.topic("gamma"), Route.topic("beta"), Route.topic("alpha"), Route.home()]
    for route in expected:
        window.top_bar.back_button.click()
        assert router.current == route
    assert not window.top_bar.back_button.isVisible()
    assert window.screens.currentWidget() is window.home_view


def test_home_clears_the_path(make_kiosk):
    kiosk = make_kiosk()
    window, router = kiosk.window, kiosk.controller.router
    kiosk.controller.open_topic("alpha")
    kiosk.controller.open_topic("beta")
    window.top_bar.home_button.click()
    assert router.current == Route.home()
    assert router.history.depth == 1


def test_opening_a_topic_closes_an_open_card(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    kiosk.controller.open_term("word")
    kiosk.controller.open_topic("beta")
    assert not kiosk.window.layer_open("glossaryOverlay")


def test_unknown_topic_or_term_keeps_the_reader_where_they_are(make_kiosk, caplog):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    kiosk.controller.open_topic("does-not-exist")
    kiosk.controller.open_term("does-not-exist")
    assert kiosk.controller.router.current == Route.topic("alpha")
    assert not kiosk.window.layer_open("glossaryOverlay")
    assert "cannot show Route" in caplog.text
    assert "unknown glossary term 'does-not-exist'" in caplog.text


def test_topic_page_shows_sections_pictures_and_its_sources(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    view = kiosk.window.topic_view
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "What is alpha?" in texts
    assert "How does alpha work?" in texts
    about = next(t for t in texts if t.startswith("Written from:"))
    assert "Test publisher: Test source" in about
    # No review approves the fixture's wording (tests/ui/test_governance_screens.py).
    assert about.endswith("This information is awaiting clinical review.")
    picture = view.findChild(object, "illustration")
    assert picture is not None and picture.accessibleName() == "A simple diagram of alpha"
    assert len(view.section_widgets) == 2


def test_home_shows_groups_and_a_pathway_tile_that_opens_its_page(make_kiosk):
    kiosk = make_kiosk()
    window, router = kiosk.window, kiosk.controller.router
    headings = [w.text() for w in window.home_view.findChildren(QLabel, "groupHeading")]
    assert headings == ["The basics", "For kids"]
    assert [t.objectName() for t in window.home_view.tiles] == [
        "tile-alpha",
        "tile-beta",
        "tile-kids",
    ]
    find(window.home_view, CardButton, "tile-kids").click()
    assert router.current == Route.group("kids")
    assert window.screens.currentWidget() is window.group_view
    assert window.group_view.heading.text() == "For kids"
    find(window.group_view, CardButton, "tile-gamma").click()
    assert router.current == Route.topic("gamma")
    window.top_bar.back_button.click()
    assert router.current == Route.group("kids")


def test_helplines_are_shown_where_a_topic_asks_for_them(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("beta")
    box = kiosk.window.topic_part("helplines", QWidget)
    assert box is not None
    texts = [label.text() for label in box.findChildren(QLabel)]
    assert texts == [
        "Who can I talk to?",
        "Test support line",
        "0800 000 0000",
        "Mon-Fri 9am-5pm",
        "A line for the tests.",
    ]
    number = box.findChild(QLabel, "phoneNumber")
    assert number.accessibleName() == "0 8 0 0 0 0 0 0 0 0 0"
    kiosk.controller.open_topic("alpha")
    assert kiosk.window.topic_part("helplines", QWidget) is None


def test_hospital_contacts_come_from_the_settings_and_only_when_set(make_kiosk):
    plain = make_kiosk()
    plain.controller.open_topic("gamma")
    assert plain.window.topic_part("hospitalContacts", QWidget) is None

    settings = Settings.model_validate(
        {
            "hospital": {
                "name": "St Elsewhere Haematology",
                "contacts": [
                    {"name": "Day unit", "phone": "020 7946 0000", "hours": "8am to 8pm"},
                    {"name": "Macmillan centre", "where": "Ground floor, by the main entrance"},
                ],
            }
        }
    )
    kiosk = make_kiosk(settings=settings)
    kiosk.controller.open_topic("gamma")
    box = kiosk.window.topic_part("hospitalContacts", QWidget)
    assert box is not None
    texts = [label.text() for label in box.findChildren(QLabel)]
    assert texts == [
        "St Elsewhere Haematology",
        "Day unit",
        "020 7946 0000",
        "8am to 8pm",
        "Macmillan centre",
        "Ground floor, by the main entrance",
    ]
    kiosk.controller.open_topic("beta")  # a topic that does not ask for them
    assert kiosk.window.topic_part("hospitalContacts", QWidget) is None


def test_kiosk_runs_on_a_folder_with_broken_files(make_kiosk, tmp_path, caplog):
    content = tmp_path / "broken"
    shutil.copytree(BROKEN_CONTENT, content)
    alpha = content / "en" / "alpha.md"
    alpha.write_text(alpha.read_text("utf-8").replace("diagram.svg", "gone.svg"), "utf-8")
    kiosk = make_kiosk(content)
    tiles = kiosk.window.home_tile_names()
    assert tiles == ["tile-alpha"]  # the bad files are skipped, the good one is shown
    kiosk.controller.open_topic("alpha")
    view = kiosk.window.topic_view
    # The link to the missing topic is plain text, so nothing dead can be tapped.
    assert not any('href="topic:' in label.text() for label in view.findChildren(QLabel))
    # The missing picture is replaced by its description.
    missing = view.findChild(object, "illustrationMissing")
    assert missing is not None and missing.accessibleName() == "A simple diagram of alpha"
    assert "picture cannot be shown" in caplog.text


def test_built_pages_are_kept_and_shown_again_fresh(make_kiosk):
    kiosk = make_kiosk()
    view, controller = kiosk.window.topic_view, kiosk.controller
    controller.open_topic("alpha")
    alpha_page = view.content_widget()
    view.helpful_yes.click()
    assert view.thank_you.isVisible()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    controller.open_topic("beta")
    assert view.content_widget() is not alpha_page
    controller.open_topic("alpha")
    assert view.content_widget() is alpha_page, "the built page is shown again, not rebuilt"
    assert view.thank_you.isVisible(), "its answer is still given in this session"
    assert view.verticalScrollBar().value() == 0
    assert [b.objectName() for b in view.related_buttons] == ["related-beta"]

    kiosk.session.reset_session()
    kiosk.session.start_browsing()
    controller.open_topic("alpha")
    assert view.content_widget() is alpha_page
    assert view.helpful_yes.isVisible(), "the next reader is asked again"

    kept = view.kept_pages
    kiosk.themes.cycle_text_size()
    assert view.content_widget() is alpha_page, "a new look restyles the page in place"
    title = alpha_page.findChild(QLabel, "screenTitle")
    assert title.font().pixelSize() == kiosk.themes.theme.title_px
    assert view.kept_pages == kept, "and keeps the other pages, restyled later"
    controller.open_topic("beta")
    beta_title = view.content_widget().findChild(QLabel, "screenTitle")
    assert beta_title.font().pixelSize() == kiosk.themes.theme.title_px, "before it shows"


def test_kept_pages_are_bounded(make_kiosk, monkeypatch):
    monkeypatch.setattr("kiosk.ui.views.topic_view.KEPT_PAGES", 1)
    kiosk = make_kiosk()
    view, controller = kiosk.window.topic_view, kiosk.controller
    controller.open_topic("alpha")
    alpha_page = view.content_widget()
    controller.open_topic("beta")
    controller.open_topic("gamma")  # beta is kept; alpha is dropped
    assert view.kept_pages == 1
    controller.open_topic("alpha")
    assert view.content_widget() is not alpha_page


def test_new_content_never_shows_a_page_built_from_the_old(make_kiosk):
    kiosk = make_kiosk()
    view, controller = kiosk.window.topic_view, kiosk.controller
    controller.open_topic("alpha")
    old_page = view.content_widget()
    # The same folder loaded again: the same topic ids, new topic objects.
    controller.set_library(load_library(GOOD_CONTENT, FIXTURE_ILLUSTRATIONS))
    assert view.kept_pages == 0
    controller.open_topic("alpha")
    assert view.content_widget() is not old_page
    assert view.topic is controller.content().topic("alpha")


def test_pages_are_prepared_while_nobody_waits_and_shown_as_built(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.preparer.stop()
    view, controller = kiosk.window.topic_view, kiosk.controller
    preparer = PagePreparer(controller, delay_ms=0, interval_ms=1, parent=kiosk.window)
    preparer.schedule()
    qtbot.waitUntil(lambda: not preparer.is_running, timeout=5000)
    assert view.kept_pages == 3, "every topic of the fixture content"
    assert kiosk.window.screens.currentWidget() is kiosk.window.home_view, "nothing shown"
    assert view.topic is None and view.section_widgets == []
    prepared = set(view.pages())
    controller.open_topic("beta")
    assert view.page in prepared, "the prepared page is shown, not a new one"
    assert [b.objectName() for b in view.related_buttons] == ["related-alpha", "related-gamma"]
    assert view.helpful_yes.isVisible() and not view.thank_you.isVisible()
    assert view.content_widget().findChild(QWidget, "helplines") is not None
    preparer.schedule()  # again: everything is kept already, nothing is built
    qtbot.waitUntil(lambda: not preparer.is_running, timeout=5000)
    assert set(view.pages()) == prepared


def test_the_kiosk_prepares_pages_after_it_starts_and_stops_cleanly(make_kiosk):
    kiosk = make_kiosk()
    assert kiosk.preparer.is_running
    kiosk.stop()
    assert not kiosk.preparer.is_running
