"""Idle warning and privacy reset, with injected millisecond timings: no sleeping."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.core.navigation import Route
from kiosk.core.session import Mode
from kiosk.core.settings import Settings
from kiosk.ui.session_controller import Timings

FAST = Timings(idle_ms=20, warning_seconds=3, tick_ms=5)


def test_idle_asks_first_then_resets_everything_and_shows_the_attract_screen(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=FAST)
    session, window = kiosk.session, kiosk.window
    kiosk.controller.open_topic("alpha")
    kiosk.controller.open_topic("beta")
    kiosk.controller.open_term("word")
    seen = []
    session.warning_countdown.tick.connect(seen.append)
    with qtbot.waitSignal(session.modeChanged, timeout=2000) as warned:
        pass
    assert warned.args == [Mode.BROWSING, Mode.IDLE_WARNING]
    assert window.idle_warning.is_open
    with qtbot.waitSignal(session.sessionReset, timeout=2000):
        pass
    assert seen == [3, 2, 1, 0], "a visible countdown, second by second"
    assert session.mode is Mode.ATTRACT
    assert window.attract_view.is_open and not window.idle_warning.is_open
    router = kiosk.controller.router
    assert router.current == Route.home() and router.history.depth == 1
    assert not window.glossary_card.is_open
    assert window.topic_view.topic is None, "the last reader's page is gone"
    assert not session.idle_timer.is_running, "nothing to time on the attract screen"


def test_a_tap_on_the_question_keeps_the_readers_page(make_kiosk, qtbot):
    kiosk = make_kiosk(timings=Timings(idle_ms=20, warning_seconds=30, tick_ms=1000))
    session = kiosk.session
    kiosk.controller.open_topic("beta")
    qtbot.waitUntil(lambda: session.mode is Mode.IDLE_WARNING, timeout=2000)
    qtbot.mouseClick(kiosk.window.idle_warning, Qt.MouseButton.LeftButton)
    assert session.mode is Mode.BROWSING
    assert kiosk.controller.router.current == Route.topic("beta")
    assert not kiosk.window.layer_open("idleWarning")
    assert session.idle_timer.is_running


def test_the_attract_screen_starts_reading_at_home(make_kiosk, qtbot):
    kiosk = make_kiosk(browsing=False)
    assert kiosk.session.mode is Mode.ATTRACT
    assert kiosk.window.layer_open("attractView")
    qtbot.mouseClick(kiosk.window.attract_view, Qt.MouseButton.LeftButton)
    assert kiosk.session.mode is Mode.BROWSING
    assert not kiosk.window.layer_open("attractView")
    assert kiosk.controller.router.current == Route.home()


def test_without_an_attract_screen_the_reset_returns_home(make_kiosk, qtbot):
    settings = Settings.model_validate({"session": {"attract_screen": False}})
    kiosk = make_kiosk(timings=FAST, settings=settings)
    kiosk.controller.open_topic("alpha")
    with qtbot.waitSignal(kiosk.session.sessionReset, timeout=2000):
        pass
    assert kiosk.session.mode is Mode.BROWSING
    assert kiosk.controller.router.current == Route.home()


def test_the_timeouts_come_from_the_settings(make_kiosk):
    settings = Settings.model_validate(
        {"session": {"idle_timeout_seconds": 45, "idle_warning_seconds": 25}}
    )
    kiosk = make_kiosk(settings=settings)
    assert kiosk.session.idle_timer.timeout_ms == 45_000
    assert kiosk.session.timings.warning_seconds == 25


def _mouse_press(widget):
    return QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        widget.mapToGlobal(QPointF(5, 5)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def _key_press(widget):
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)


def _wheel(widget):
    return QWheelEvent(
        QPointF(5, 5),
        widget.mapToGlobal(QPointF(5, 5)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


@pytest.mark.parametrize("make_event", [_mouse_press, _key_press, _wheel])
def test_every_kind_of_input_counts_as_activity(make_kiosk, qtbot, make_event):
    kiosk = make_kiosk()
    target = kiosk.window.top_bar
    with qtbot.waitSignal(kiosk.session.activity.activity, timeout=500):
        QApplication.sendEvent(target, make_event(target))


def test_touch_counts_as_activity(make_kiosk, qtbot):
    kiosk = make_kiosk()
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(kiosk.session.activity.activity, timeout=500):
        QTest.touchEvent(kiosk.window, device).press(0, QPoint(50, 300)).commit()
    QTest.touchEvent(kiosk.window, device).release(0, QPoint(50, 300)).commit()


def test_dragging_a_page_counts_as_activity(make_kiosk, qtbot):
    """Kinetic scrolling swallows the finger's events; its scroller still reports."""
    kiosk = make_kiosk(size=(1280, 500))
    kiosk.controller.open_topic("alpha")
    view = kiosk.window.topic_view.page  # the page built for alpha
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 200, timeout=2000)
    scroller = view.scroller
    with qtbot.waitSignal(kiosk.session.activity.activity, timeout=500):
        scroller.scrollTo(QPointF(0, 200))
    scroller.stop()


def test_activity_restarts_the_countdown(make_kiosk):
    kiosk = make_kiosk()
    timer = kiosk.session.idle_timer
    timer._timer.stop()  # as if the countdown had nearly run out
    kiosk.session.activity.activity.emit()
    assert timer.is_running


def test_stopping_the_kiosk_stops_watching(make_kiosk):
    kiosk = make_kiosk()
    kiosk.stop()
    timer = kiosk.session.idle_timer
    assert not timer.is_running
    target = kiosk.window.top_bar
    QApplication.sendEvent(target, _mouse_press(target))
    kiosk.session.activity.activity.emit()
    assert not timer.is_running
