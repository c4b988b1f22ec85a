"""Take this home (the QR code is decoded from the screen's own pixels), "was this
helpful?", and a session of taps arriving in the staff screen and the CSV."""

import datetime as dt
import sqlite3
import threading

import zxingcpp
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.cli import main
from kiosk.core.session import Mode
from kiosk.core.settings import Settings
from kiosk.io.settings_file import usage_database_path
from kiosk.io.usage import Event, Kind, UsageStore
from kiosk.io.usage_figures import CSV_HEADER, UsageReader
from kiosk.ui.views.admin_panel import HelpfulChart
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


def usage_settings(tmp_path, **extra) -> Settings:
    """A PIN for the staff screen, this kiosk's name and a database folder of its own,
    and the same as a settings file for `kiosk stats --config`."""
    from tests.ui.test_operations import with_pin

    folder = tmp_path / "figures"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\nname = "ward-5"\n[usage]\nfolder = "{folder}"\n', "utf-8")
    return with_pin(kiosk={"name": "ward-5"}, usage={"folder": str(folder)}, **extra)


def figures(kiosk) -> list[tuple]:
    assert kiosk.usage_recorder.flush()
    path = usage_database_path(kiosk.services.settings.settings.usage)
    with UsageReader(path) as reader:
        return reader.daily_rows()


def test_a_session_of_taps_shows_up_in_the_charts_and_the_csv(make_kiosk, qtbot, capsys, tmp_path):
    from tests.ui.test_operations import PIN, do_gesture, enter_pin

    kiosk = make_kiosk(settings=usage_settings(tmp_path), browsing=False)
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
    charts = {chart.title: chart for chart in window.admin_panel.findChildren(BarChart)}
    for days in (7, 30):
        for title in (
            "Topics read",
            "Minutes spent reading",
            "Readers by hour",
            "Topics read by language",
            "Said helpful, by topic",
        ):
            assert f"{title} ({days} days)" in charts
    # One reader: every row rests on fewer than 5 readers, so no chart shows one.
    for days in (7, 30):
        assert all(charts[f"{title} ({days} days)"].rows == [] for title in (
            "Topics read", "Minutes spent reading", "Readers by hour",
            "Topics read by language", "Said helpful, by topic",
        ))  # fmt: skip
    helpful = charts["Said helpful, by topic (7 days)"]
    assert isinstance(helpful, HelpfulChart)
    summary_lines = [
        label.text()
        for label in window.admin_panel.findChildren(QLabel)
        if label.text().startswith("Last 7 days")
    ]
    assert summary_lines == [
        "Last 7 days: <5 readers, no helpful answers to show, read aloud <5 times"
    ]
    assert any("counts under 5 show as <5" in label.text()
               for label in window.admin_panel.findChildren(QLabel))  # fmt: skip
    QApplication.processEvents()
    helpful.grab()  # drawn without errors

    # The export, by the real command, as a hospital's reporting would run it.
    capsys.readouterr()
    assert main(["stats", "--csv", "--config", str(tmp_path / "kiosk.toml")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(CSV_HEADER)
    rows = {tuple(line.split(",")[:4]): line.split(",")[4:] for line in lines[1:]}
    today = dt.date.today().isoformat()
    alpha_language = next(key[3] for key in rows if key[2] == "alpha")
    assert alpha_language == "pl"
    # times read, seconds, yes, no, read aloud
    alpha = rows[("ward-5", today, "alpha", "pl")]
    assert alpha == ["<5", "", "<5", "0", "0"], "one reader: no count, no time of theirs"
    beta = next(value for key, value in rows.items() if key[2] == "beta")
    assert beta == ["<5", "", "0", "0", "<5"]
    assert set(rows) == {("ward-5", today, "alpha", "pl"), ("ward-5", today, "beta", "en")}


def test_read_aloud_is_counted_once_per_topic_view_however_often_paused(make_kiosk, tmp_path):
    kiosk = make_kiosk(settings=usage_settings(tmp_path))
    listen = kiosk.window.top_bar.listen_button
    kiosk.controller.open_topic("beta")
    for _ in range(5):  # Listen, Pause, Continue, Pause, Continue
        listen.click()
    assert kiosk.preferences.reader.state == "speaking"
    kiosk.window.top_bar.stop_button.click()
    listen.click()  # stopped and started again, still on the same page
    kiosk.controller.open_topic("alpha")
    kiosk.controller.open_topic("beta")  # a second view of the topic
    listen.click()
    kiosk.session.reset_session()
    (beta,) = [row for row in figures(kiosk) if row[2] == "beta"]
    assert beta[4] == 2, "two views of the topic, two readings"
    assert beta[-1] == 2


def test_time_on_a_topic_leaves_out_the_idle_countdown(make_kiosk, tmp_path):
    kiosk = make_kiosk(settings=usage_settings(tmp_path))
    session = kiosk.session
    now = [1000.0]
    kiosk.usage.clock = lambda: now[0]
    kiosk.controller.open_topic("alpha")
    now[0] += 40  # reading
    session.idle_timer.idle.emit()  # nobody touched the screen: "Are you still there?"
    assert session.mode is Mode.IDLE_WARNING
    now[0] += 30  # the countdown, with nobody there
    session.warning_countdown.finished.emit()  # the privacy reset
    assert session.mode is not Mode.IDLE_WARNING

    session.start_browsing()
    kiosk.controller.open_topic("beta")
    now[0] += 10
    session.idle_timer.idle.emit()
    now[0] += 20
    kiosk.window.idle_warning.stayed.emit()  # "still here": back to reading
    assert session.mode is Mode.BROWSING
    now[0] += 5
    session.reset_session()
    seconds = {row[2]: row[5] for row in figures(kiosk)}
    assert seconds == {"alpha": 40.0, "beta": 20.0}, "15 s, stored to the nearest 10 s"


def test_the_staff_screen_does_not_wait_for_a_locked_database(make_kiosk, tmp_path, monkeypatch):
    settings = usage_settings(tmp_path)
    path = usage_database_path(settings.usage)
    store = UsageStore(path, "ward-5")
    store.add([Event.now(Kind.SESSION_START)])
    store.close()
    # A lock that keeps readers out too, taken before the kiosk starts, so its writer
    # is stuck as well (as when another program holds the file).
    blocker = sqlite3.connect(path, check_same_thread=False)
    blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
    blocker.execute("INSERT INTO meta VALUES ('lock', 'held')")
    blocker.commit()
    kiosk = make_kiosk(settings=settings)
    kiosk.controller.open_topic("alpha")
    kiosk.session.reset_session()  # queued for a writer that cannot write
    # The lock goes in a second. Had the staff screen waited for the writer or for the
    # lock (the old 1 s flush, the old 2 s timeout), it would find the figures readable.
    release = threading.Timer(1.0, blocker.close)
    release.start()
    try:
        status = kiosk.admin_status()
    finally:
        release.join()
    assert status.usage == []
    assert "Figures unavailable: database busy" in status.usage_note
    kiosk.window.admin_panel.show_status(status)
    notes = [label.text() for label in kiosk.window.admin_panel.findChildren(QLabel)]
    assert any("database busy" in text for text in notes)

    assert kiosk.usage_recorder.flush(timeout=10)
    status = kiosk.admin_status()
    assert status.usage and status.usage[0].sessions >= 1, "readable again"
    assert path.exists() and not list(path.parent.glob("*.corrupt-*")), "nothing moved aside"


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
