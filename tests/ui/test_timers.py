"""The one way the kiosk makes a timer (kiosk.ui.timers)."""

from PySide6.QtCore import QObject

from kiosk.ui.timers import repeating_timer, single_shot_timer


def test_a_repeating_timer_is_made_stopped_and_calls_its_slot_each_interval(qtbot):
    owner = QObject()
    calls: list[int] = []
    timer = repeating_timer(owner, 5, lambda: calls.append(1))
    try:
        assert timer.parent() is owner
        assert timer.interval() == 5
        assert not timer.isSingleShot()
        assert not timer.isActive()  # its owner starts it
        timer.start()
        qtbot.waitUntil(lambda: len(calls) >= 3)
        assert timer.isActive()
    finally:
        timer.stop()


def test_a_single_shot_timer_calls_its_slot_once_per_start(qtbot):
    owner = QObject()
    calls: list[int] = []
    timer = single_shot_timer(owner, 5, lambda: calls.append(1))
    assert timer.isSingleShot()
    assert timer.interval() == 5
    assert not timer.isActive()
    with qtbot.waitSignal(timer.timeout):
        timer.start()
    assert calls == [1]
    assert not timer.isActive()
