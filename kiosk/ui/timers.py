"""The kiosk's timers, made in one way: owned by a parent, an interval, one slot.

A timer with a parent is deleted with it, and one made here is not started: its owner
starts and stops it (the test guards fail a test that leaves a timer running).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def repeating_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls ``slot`` every ``interval_ms`` once started."""
    return _timer(parent, interval_ms, slot, single_shot=False)


def single_shot_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls ``slot`` once, ``interval_ms`` after each (re)start."""
    return _timer(parent, interval_ms, slot, single_shot=True)


def _timer(
    parent: QObject, interval_ms: int, slot: Callable[[], object], *, single_shot: bool
) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
