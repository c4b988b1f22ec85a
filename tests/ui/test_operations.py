"""Cleaning, opening hours, the hidden staff screen and its PIN, with injected timings."""

import datetime as dt
import shutil
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.core.navigation import Route
from kiosk.core.pin import hash_pin
from kiosk.core.session import Mode
from kiosk.core.settings import SettingProblem, Settings
from kiosk.ui.session_controller import Timings
from tests.conftest import GOOD_CONTENT, topic_text

PIN = "2468"
PIN_HASH = hash_pin(PIN, iterations=1000)
QUICK = Timings(
    idle_ms=60_000,
    cleaning_seconds=3,
    tick_ms=5,
    hold_ms=30,
    tap_window_ms=2000,
    pad_timeout_ms=5000,
)


def with_pin(**extra) -> Settings:
    return Settings.model_validate({"admin": {"pin_hash": PIN_HASH}, **extra})


def do_gesture(qtbot, kiosk, taps: int = 3) -> None:
    title = kiosk.window.top_bar.title
    QTest.mousePress(title, Qt.MouseButton.LeftButton)
    qtbot.wait(kiosk.session.timings.hold_ms + 40)
    QTest.mouseRelease(title, Qt.MouseButton.LeftButton)
    for _ in range(taps):
        QTest.mouseClick(title, Qt.MouseButton.LeftButton)


def enter_pin(kiosk, digits: str) -> None:
    pad = kiosk.window.pin_pad
    for digit in digits:
        next(k for k in pad.keys if k.key == digit).click()
    pad.ok_button.click()


# -- cleaning ------------------------------------------------------------------------------
def test_cleaning_locks_touch_with_a_countdown_then_gives_the_page_back(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=QUICK)
    session, window = kiosk.session, kiosk.window
    kiosk.controller.open_topic("alpha")
    seen = []
    session.cleaning_countdown.tick.connect(seen.append)
    window.tools_bar.clean_button.click()
    assert session.mode is Mode.CLEANING and window.cleaning_view.is_open
    QTest.mouseClick(window.top_bar.home_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert kiosk.controller.router.current == Route.topic("alpha"), "touch is locked"
    qtbot.waitUntil(lambda: session.mode is Mode.BROWSING, timeout=2000)
    assert seen == [3, 2, 1, 0]
    assert not window.cleaning_view.is_open
    assert kiosk.controller.router.current == Route.topic("alpha")
    QTest.mouseClick(window.top_bar.home_button, Qt.MouseButton.LeftButton)
    assert kiosk.controller.router.current == Route.home(), "touch works again"


def test_the_cleaning_button_can_be_hidden(make_kiosk):
    kiosk = make_kiosk(settings=Settings.model_validate({"cleaning": {"show_button": False}}))
    assert not kiosk.window.tools_bar.clean_button.isVisible()


# -- opening hours -------------------------------------------------------------------------
def test_outside_opening_hours_the_screen_is_black_and_wakes_on_touch(make_kiosk, qtbot):
    hours = {"hours": {"enabled": True, "monday": "08:00-18:00"}}
    clock = [dt.datetime(2026, 11, 23, 20, 0)]  # a Monday evening
    kiosk = make_kiosk(
        settings=Settings.model_validate(hours),
        timings=Timings(idle_ms=60_000, hours_check_ms=10),
        browsing=False,
        now=lambda: clock[0],
    )
    session, window = kiosk.session, kiosk.window
    assert session.mode is Mode.CLOSED and window.closed_view.is_open
    qtbot.mouseClick(window.closed_view, Qt.MouseButton.LeftButton)
    assert session.mode is Mode.ATTRACT, "a touch wakes it"
    clock[0] = dt.datetime(2026, 11, 24, 7, 0)  # Tuesday is closed all day
    session.policy.woken_at = None
    qtbot.waitUntil(lambda: session.mode is Mode.CLOSED, timeout=2000)
    clock[0] = dt.datetime(2026, 11, 30, 8, 0)  # Monday opening time
    qtbot.waitUntil(lambda: session.mode is Mode.ATTRACT, timeout=2000)


def test_a_reader_is_never_cut_off_at_closing_time(make_kiosk, qtbot):
    hours = {"hours": {"enabled": True, "monday": "08:00-18:00"}}
    clock = [dt.datetime(2026, 11, 23, 17, 59)]
    kiosk = make_kiosk(
        settings=Settings.model_validate(hours),
        timings=Timings(idle_ms=60_000, hours_check_ms=10),
        now=lambda: clock[0],
    )
    kiosk.controller.open_topic("alpha")
    clock[0] = dt.datetime(2026, 11, 23, 18, 1)
    qtbot.wait(50)
    assert kiosk.session.mode is Mode.BROWSING
    kiosk.session.reset_session()  # the idle reset after they leave
    assert kiosk.session.mode is Mode.CLOSED


# -- staff screen --------------------------------------------------------------------------
def test_hidden_gesture_pin_and_staff_screen(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=QUICK, settings=with_pin())
    session, window = kiosk.session, kiosk.window
    kiosk.controller.open_topic("beta")
    do_gesture(qtbot, kiosk)
    assert session.mode is Mode.ADMIN and window.pin_pad.is_open
    assert window.pin_pad.status.text() == "Enter the staff PIN."
    enter_pin(kiosk, PIN)
    assert not window.pin_pad.is_open and window.admin_panel.is_open
    report = window.admin_panel.report.text()
    assert "<b>4</b> topics loaded" in report  # three English, one Polish
    assert window.admin_panel.title.text() == "Staff screen"
    window.admin_panel.close_button.click()
    assert session.mode is Mode.ATTRACT, "closing the staff screen starts afresh"
    assert kiosk.controller.router.current == Route.home()


def test_a_short_press_or_too_few_taps_do_nothing(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=QUICK, settings=with_pin())
    title = kiosk.window.top_bar.title
    for _ in range(5):
        QTest.mouseClick(title, Qt.MouseButton.LeftButton)  # taps without the hold
    assert kiosk.session.mode is Mode.BROWSING
    do_gesture(qtbot, kiosk, taps=2)
    assert kiosk.session.mode is Mode.BROWSING


def test_wrong_pins_lock_the_pad(make_kiosk, qtbot, caplog):
    clock = [0.0]
    kiosk = make_kiosk(timings=QUICK, settings=with_pin(), pin_clock=lambda: clock[0])
    pad = kiosk.window.pin_pad
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, "1111")
    assert pad.status.text().startswith("Wrong PIN. 4 tr")
    for _ in range(4):
        enter_pin(kiosk, "1111")
    assert pad.status.text().startswith("Too many wrong PINs. Try again in 5 minute")
    assert not pad.ok_button.isEnabled()
    pad.cancel_button.click()
    assert kiosk.session.mode is Mode.ATTRACT
    clock[0] += 301
    kiosk.session.start_browsing()
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    assert kiosk.window.layer_open("adminPanel")
    assert "wrong staff PIN" in caplog.text


def test_the_pad_times_out(make_kiosk, qtbot):
    timings = Timings(idle_ms=60_000, hold_ms=30, pad_timeout_ms=40)
    kiosk = make_kiosk(timings=timings, settings=with_pin())
    do_gesture(qtbot, kiosk)
    assert kiosk.window.layer_open("pinPad")
    qtbot.waitUntil(lambda: not kiosk.window.layer_open("pinPad"), timeout=2000)
    assert kiosk.session.mode is Mode.ATTRACT


def test_without_a_pin_the_pad_says_how_to_set_one(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=QUICK)
    do_gesture(qtbot, kiosk)
    pad = kiosk.window.pin_pad
    assert "kiosk hash-pin" in pad.status.text()
    assert not pad.ok_button.isEnabled()
    enter_pin(kiosk, "0000")
    assert not kiosk.window.layer_open("adminPanel")


def test_staff_can_clean_reload_restart_and_exit(make_kiosk, qtbot, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(GOOD_CONTENT, content)
    settings = with_pin()
    kiosk = make_kiosk(content, timings=QUICK, settings=settings)
    kiosk.services = replace(kiosk.services, content_dir=content)
    session, panel = kiosk.session, kiosk.window.admin_panel
    kiosk.controller.open_topic("alpha")  # a page is built and kept
    kiosk.controller.go_home()
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)

    panel.clean_button.click()
    assert session.mode is Mode.CLEANING
    qtbot.waitUntil(lambda: session.mode is Mode.ADMIN, timeout=2000)
    assert panel.is_open, "cleaning from the staff screen returns to it"

    (content / "en" / "delta.md").write_text(topic_text("delta"), "utf-8")
    panel.reload_button.click()
    assert "<b>5</b> topics loaded" in panel.report.text()
    assert kiosk.controller.content().topic("delta") is not None
    assert kiosk.window.topic_view.kept_pages == 0, "pages of the old content are dropped"

    with qtbot.waitSignal(session.restartRequested, timeout=500):
        panel.restart_button.click()
    assert not kiosk.window.isVisible()
    assert kiosk.exits == [75], "75 asks the supervisor for an immediate restart"


def test_exit_to_desktop_ends_with_its_own_code(make_kiosk, qtbot):
    from kiosk.core.exit_codes import EXIT_DESKTOP

    kiosk = make_kiosk(timings=QUICK, settings=with_pin())
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    kiosk.window.admin_panel.exit_button.click()
    assert kiosk.exits == [EXIT_DESKTOP]
    assert EXIT_DESKTOP != 0, "0 is what any program ends with by accident"
    assert not kiosk.window.isVisible()


def test_settings_problems_and_skipped_files_are_on_the_staff_screen(make_kiosk, qtbot, tmp_path):
    from tests.conftest import BROKEN_CONTENT

    kiosk = make_kiosk(BROKEN_CONTENT, timings=QUICK, settings=with_pin())
    kiosk.services.settings.problems.append(
        SettingProblem("session.idle_timeout_seconds", "must be at least 15; using the default")
    )
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    report = kiosk.window.admin_panel.report.text()
    assert "bad-yaml.md" in report and "bad YAML" in report
    assert "session.idle_timeout_seconds: must be at least 15" in report


def test_the_staff_screen_closes_itself_after_its_idle_time(make_kiosk, qtbot):
    """Staff who walk away must not leave "Exit to desktop" one tap away."""
    timings = Timings(idle_ms=60_000, hold_ms=30, pad_timeout_ms=5000, admin_timeout_ms=40)
    kiosk = make_kiosk(timings=timings, settings=with_pin())
    kiosk.controller.open_topic("alpha")
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    assert kiosk.window.layer_open("adminPanel")
    qtbot.waitUntil(lambda: not kiosk.window.layer_open("adminPanel"), timeout=2000)
    assert kiosk.session.mode is Mode.ATTRACT, "back to the attract screen, reader path cleared"
    assert kiosk.controller.router.current == Route.home()
    assert not kiosk.session.admin_timer.isActive()


def test_a_touch_on_the_staff_screen_keeps_it_open(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=QUICK, settings=with_pin())
    session = kiosk.session
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    assert session.admin_timer.isActive()
    session.admin_timer.stop()  # as if the time had nearly run out
    # A corner: the middle of the screen may hold a button.
    QTest.mouseClick(kiosk.window.admin_panel, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert session.admin_timer.isActive(), "the touch started the time again"
    assert session.mode is Mode.ADMIN
    session.admin_timer.stop()
    kiosk.window.admin_panel.clean_button.click()  # cleaning, then back to the staff screen
    qtbot.waitUntil(lambda: session.mode is Mode.ADMIN, timeout=2000)
    assert session.admin_timer.isActive(), "the staff screen is timed again after cleaning"


def test_the_staff_screen_timeout_comes_from_the_settings(make_kiosk):
    kiosk = make_kiosk(settings=Settings())
    assert kiosk.session.admin_timer.interval() == 120_000
    settings = Settings.model_validate({"admin": {"screen_timeout_seconds": 300}})
    assert Timings.from_settings(settings).admin_timeout_ms == 300_000


def test_cleaning_started_at_the_pin_pad_returns_to_the_pin_pad(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=QUICK, settings=with_pin())
    session, window = kiosk.session, kiosk.window
    do_gesture(qtbot, kiosk)
    assert session.mode is Mode.ADMIN and window.pin_pad.is_open
    session.start_cleaning()  # called directly: no button reaches it under the pad today
    assert session.mode is Mode.CLEANING
    qtbot.waitUntil(lambda: session.mode is not Mode.CLEANING, timeout=2000)
    assert session.mode is Mode.ADMIN
    assert window.pin_pad.is_open, "back to the PIN pad"
    assert not window.admin_panel.is_open, "never past it without the PIN"
    enter_pin(kiosk, PIN)
    assert window.admin_panel.is_open
