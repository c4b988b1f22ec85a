"""Take this home (the QR code is decoded from the screen's own pixels), "was this
helpful?", and a session of taps arriving in the staff screen and the CSV."""

import datetime as dt

import zxingcpp
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.domain.settings import Settings, usage_database_path
from kiosk.domain.usage import UsageStore
from kiosk.ui.views.take_home import readable_address
from kiosk.ui.widgets.charts import BarChart


def decode(widget: QWidget) -> list[str]:
    image = widget.grab().toImage()
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_the_qr_code_on_screen_opens_the_topics_main_source(make_kiosk):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    view = kiosk.window.topic_view
    assert view.take_home_button is not None
    view.take_home_button.click()
    card = kiosk.window.take_home_card
    assert card.is_open
    QApplication.processEvents()
    assert decode(kiosk.window) == ["https://example.org/alpha"]
    assert card.address.text() == "example.org/alpha"
    assert card.publisher.text() == "From Test publisher"
    card.close_button.click()
    assert not card.is_open


def test_a_hospital_can_point_a_topic_at_its_own_page(make_kiosk):
    url = "https://www.st-elsewhere.nhs.uk/haematology/alpha-leaflet"
    settings = Settings.model_validate(
        {"take_home": {"links": {"alpha": {"url": url, "publisher": "St Elsewhere"}}}}
    )
    kiosk = make_kiosk(settings=settings)
    kiosk.controller.open_topic("alpha")
    kiosk.window.topic_view.take_home_button.click()
    QApplication.processEvents()
    assert decode(kiosk.window) == [url]
    assert kiosk.window.take_home_card.address.text() == readable_address(url)
    assert readable_address(url) == "st-elsewhere.nhs.uk/haematology/alpha-leaflet"


def test_take_home_can_be_switched_off(make_kiosk):
    kiosk = make_kiosk(settings=Settings.model_validate({"take_home": {"enabled": False}}))
    kiosk.controller.open_topic("alpha")
    assert kiosk.window.topic_view.take_home_button is None


def test_helpful_is_asked_once_per_topic_per_reader(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.controller.open_topic("alpha")
    view = kiosk.window.topic_view
    assert view.helpful_yes.isVisible() and view.helpful_no.isVisible()
    with qtbot.waitSignal(kiosk.controller.helpfulAnswered) as answer:
        view.helpful_no.click()
    assert answer.args == ["alpha", "en", False]
    assert view.thank_you.isVisible() and not view.helpful_yes.isVisible()
    kiosk.controller.open_topic("beta")
    kiosk.controller.open_topic("alpha")
    QApplication.processEvents()
    assert kiosk.window.topic_view.thank_you.isVisible(), "no second answer for alpha"
    kiosk.session.reset_session()
    kiosk.session.start_browsing()
    kiosk.controller.open_topic("alpha")
    QApplication.processEvents()
    assert kiosk.window.topic_view.helpful_yes.isVisible(), "the next reader is asked again"


def test_a_session_of_taps_shows_up_in_the_charts_and_the_csv(make_kiosk, qtbot, capsys):
    from tests.ui.test_operations import PIN, do_gesture, enter_pin, with_pin

    settings = with_pin()
    kiosk = make_kiosk(settings=settings, browsing=False)
    session, window = kiosk.session, kiosk.window
    window.attract_view.languageChosen.emit("pl")  # a reader starts, in Polish
    kiosk.controller.open_topic("alpha")
    assert not window.top_bar.listen_button.isVisible(), "the mock engine has no Polish voice"
    window.topic_view.helpful_yes.click()
    kiosk.controller.open_topic("beta")
    window.top_bar.listen_button.click()
    window.tools_bar.text_size_button.click()
    session.reset_session()  # the reader leaves
    session.start_browsing()
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    charts = window.admin_panel.findChildren(BarChart)
    titles = [chart.title for chart in charts]
    assert "Topics read (7 days)" in titles
    topics = next(c for c in charts if c.title == "Topics read (7 days)")
    assert {label for label, _, _ in topics.rows} == {"alpha", "beta"}
    languages = next(c for c in charts if c.title == "Topics read by language (7 days)")
    assert {label for label, _, _ in languages.rows} == {"pl", "en"}
    summary_lines = [
        label.text()
        for label in window.admin_panel.findChildren(QLabel)
        if label.text().startswith("Last 7 days")
    ]
    assert summary_lines == ["Last 7 days: 1 readers, 100% said helpful, read aloud 1 times"]

    path = usage_database_path(kiosk.services.settings.settings.usage)
    store = UsageStore(path, "kiosk")
    rows = store.daily_rows()
    store.close()
    today = dt.date.today().isoformat()
    assert ("kiosk", today, "alpha", 1) == rows[0][:4]
    assert rows[0][5] == 1  # one "yes"
    beta = next(r for r in rows if r[2] == "beta")
    assert beta[7] == 1  # read aloud once


def test_usage_figures_can_be_switched_off(make_kiosk, tmp_path):
    settings = Settings.model_validate(
        {"usage": {"enabled": False, "folder": str(tmp_path / "off")}}
    )
    kiosk = make_kiosk(settings=settings)
    kiosk.controller.open_topic("alpha")
    kiosk.session.reset_session()
    assert kiosk.usage_recorder is None
    assert not (tmp_path / "off").exists()
    assert "switched off" in kiosk.admin_status().usage_note
