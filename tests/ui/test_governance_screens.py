"""What readers and staff see of content governance: "Last checked" from the approval of
the wording on screen, calm notes for drafts and changed English, and the staff screen's
list of what the deployment policy hides."""

from PySide6.QtWidgets import QLabel

from kiosk.cli import main
from kiosk.core.settings import Settings
from tests.conftest import FIXTURE_ILLUSTRATIONS


def _approve(root, topic, *extra):
    argv = ["content", "approve", topic, "--by", "Ann Example", "--role", "Haematology nurse"]
    argv += ["--date", "2026-05-20", "--content-dir", str(root)]
    argv += ["--illustrations", str(FIXTURE_ILLUSTRATIONS), *extra]
    assert main(argv) == 0


def _about(kiosk):
    labels = kiosk.window.topic_parts(QLabel)
    return next(label.text() for label in labels if label.text().startswith("Written from:"))


def _notes(kiosk):
    view = kiosk.window.topic_view
    return [label.text() for label in view.content_widget().findChildren(QLabel, "topicNote")]


def test_an_approved_topic_shows_the_date_of_its_approval(make_kiosk, content_copy):
    _approve(content_copy, "alpha")
    kiosk = make_kiosk(content_copy)
    kiosk.controller.open_topic("alpha")
    # Approved on 20 May 2026 with a 24-month interval; the file's own due date is sooner.
    assert _about(kiosk).endswith("Last checked 20 May 2026. Next check due 10 January 2027.")


def test_a_draft_topic_says_calmly_that_it_awaits_review(make_kiosk, content_copy):
    kiosk = make_kiosk(content_copy)
    kiosk.controller.open_topic("beta")
    assert _about(kiosk).endswith("This information is awaiting clinical review.")
    assert "Last checked" not in _about(kiosk)


def test_a_translation_whose_english_changed_carries_a_note(make_kiosk, content_copy):
    path = content_copy / "en" / "alpha.md"
    path.write_text(path.read_text("utf-8").replace("It is short.", "It is brief."), "utf-8")
    kiosk = make_kiosk(content_copy)
    kiosk.preferences.set_language("pl")
    kiosk.controller.open_topic("alpha")
    assert kiosk.window.shown_topic.language == "pl"
    assert _notes(kiosk) == [
        "To tłumaczenie czeka na sprawdzenie przez lekarza.",
        "Strona w języku angielskim zmieniła się od czasu tego tłumaczenia.",
    ]


def test_stale_translations_can_fall_back_to_english(make_kiosk, content_copy):
    path = content_copy / "en" / "alpha.md"
    path.write_text(path.read_text("utf-8").replace("It is short.", "It is brief."), "utf-8")
    settings = Settings.model_validate({"content": {"stale_translations": "english"}})
    kiosk = make_kiosk(content_copy, settings=settings)
    kiosk.preferences.set_language("pl")
    kiosk.controller.open_topic("alpha")
    assert kiosk.window.shown_topic.language == "en"


def test_an_approved_translation_has_no_awaiting_note(make_kiosk, content_copy):
    _approve(content_copy, "alpha", "--language", "pl")
    kiosk = make_kiosk(content_copy)
    kiosk.preferences.set_language("pl")
    kiosk.controller.open_topic("alpha")
    assert _notes(kiosk) == []


def test_approved_only_shows_approved_topics_and_staff_see_what_is_hidden(
    make_kiosk, content_copy, caplog
):
    _approve(content_copy, "alpha")
    settings = Settings.model_validate({"content": {"show": "approved"}})
    kiosk = make_kiosk(content_copy, settings=settings)
    assert set(kiosk.controller.content().topics) == {"alpha"}
    kiosk.controller.open_topic("beta")
    assert kiosk.controller.router.current.target != "beta"
    assert "cannot show Route(screen=<Screen.TOPIC: 'topic'>, target='beta')" in caplog.text
    status = kiosk.admin_status()
    assert "en/beta: not approved (content.show = approved)" in status.hidden
    assert "en/gamma: not approved (content.show = approved)" in status.hidden
    assert status.approved == "1 of 4 topics approved"
    assert status.policy.startswith("show approved")
    kiosk.window.admin_panel.show_status(status)
    assert "en/beta: not approved" in kiosk.window.admin_panel.report.text()


def test_with_nothing_approved_home_says_so_calmly(make_kiosk, content_copy):
    settings = Settings.model_validate({"content": {"show": "approved"}})
    kiosk = make_kiosk(content_copy, settings=settings)
    home = kiosk.window.home_view
    assert kiosk.controller.content().topics == {}
    assert home.intro.text() == (
        "No information is ready to show yet. Please ask a member of staff."
    )
    kiosk.preferences.set_language("pl")
    assert home.intro.text().startswith("Nie ma jeszcze informacji")


def test_home_asks_for_a_tap_when_there_are_topics(make_kiosk):
    kiosk = make_kiosk()
    assert kiosk.window.home_view.intro.text() == "Tap a question to read the answer."
