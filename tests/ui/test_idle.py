"""Idle reset with injected millisecond timeouts: no sleeping, no waiting on the clock."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.domain.navigation import Route


def test_idle_returns_home_clears_history_and_closes_the_card(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_timeout_ms=30)
    controller = kiosk.controller
    controller.open_topic("alpha")
    controller.open_topic("beta")
    controller.open_term("word")
    with qtbot.waitSignal(controller.idle_timer.idle, timeout=2000):
        pass
    assert controller.router.current == Route.home()
    assert controller.router.history.depth == 1
    assert not kiosk.window.glossary_card.is_open
    assert kiosk.window.home_view.verticalScrollBar().value() == 0
    assert controller.idle_timer.is_running, "the timer is re-armed for the next reader"


def test_the_timeout_comes_from_the_settings(make_kiosk):
    from kiosk.domain.settings import Settings

    settings = Settings.model_validate({"session": {"idle_timeout_seconds": 45}})
    kiosk = make_kiosk(settings=settings)
    assert kiosk.controller.idle_timer.timeout_ms == 45_000


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
    kiosk = make_kiosk(idle_timeout_ms=60_000)
    target = kiosk.window.top_bar
    with qtbot.waitSignal(kiosk.controller.activity.activity, timeout=500):
        QApplication.sendEvent(target, make_event(target))


def test_touch_counts_as_activity(make_kiosk, qtbot):
    kiosk = make_kiosk(idle_timeout_ms=60_000)
    device = QTest.createTouchDevice()
    with qtbot.waitSignal(kiosk.controller.activity.activity, timeout=500):
        QTest.touchEvent(kiosk.window, device).press(0, QPoint(50, 300)).commit()
    QTest.touchEvent(kiosk.window, device).release(0, QPoint(50, 300)).commit()


def test_dragging_a_page_counts_as_activity(make_kiosk, qtbot):
    """Kinetic scrolling swallows the finger's events; its scroller still reports."""
    kiosk = make_kiosk(idle_timeout_ms=60_000, size=(1280, 500))
    kiosk.controller.open_topic("alpha")
    view = kiosk.window.topic_view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 200, timeout=2000)
    scroller = view.scroller
    with qtbot.waitSignal(kiosk.controller.activity.activity, timeout=500):
        scroller.scrollTo(QPointF(0, 200))
    scroller.stop()


def test_activity_restarts_the_countdown(make_kiosk):
    kiosk = make_kiosk(idle_timeout_ms=60_000)
    timer = kiosk.controller.idle_timer
    timer._timer.stop()  # as if the countdown had nearly run out
    kiosk.controller.activity.activity.emit()
    assert timer.is_running


def test_stopping_the_kiosk_stops_watching(make_kiosk):
    kiosk = make_kiosk(idle_timeout_ms=60_000)
    kiosk.stop()
    timer = kiosk.controller.idle_timer
    assert not timer.is_running
    target = kiosk.window.top_bar
    QApplication.sendEvent(target, _mouse_press(target))
    kiosk.controller.activity.activity.emit()
    assert not timer.is_running
