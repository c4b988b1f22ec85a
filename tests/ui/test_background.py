"""Work off the UI thread (kiosk.ui.background): its answer, its failure, its deadline,
and no thread left behind (the thread guard checks each test)."""

import threading

from PySide6.QtCore import QObject

from kiosk.ui.background import Background


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_result_comes_back_on_the_ui_thread(qtbot):
    background = Background("test-work", poll_ms=1)
    threads: list[threading.Thread] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    received: list[threading.Thread] = []
    background.finished.connect(lambda _: received.append(threading.current_thread()))
    with qtbot.waitSignal(background.finished) as blocker:
        assert background.run(work)
        assert background.busy
    assert blocker.args == [42]
    assert threads[0] is not threading.main_thread() and threads[0].name == "test-work"
    assert received == [threading.main_thread()]
    assert not background.busy and not background.running
    assert background.stop()


def test_an_exception_comes_back_as_failed_and_is_not_logged(qtbot):
    background = Background("test-work", poll_ms=1)
    finished: list[object] = []
    background.finished.connect(finished.append)

    def work() -> None:
        raise ValueError("a zip with no end")

    with qtbot.waitSignal(background.failed) as blocker:
        background.run(work)
    (error,) = blocker.args
    assert isinstance(error, ValueError) and str(error) == "a zip with no end"
    assert finished == []
    assert not background.busy and not background.running
    assert background.stop()


def test_work_past_its_deadline_is_abandoned_and_blocks_new_work_until_it_ends(qtbot):
    clock = Clock()
    background = Background("test-work", deadline_seconds=10, poll_ms=1, clock=clock)
    release = threading.Event()
    finished: list[object] = []
    background.finished.connect(finished.append)
    assert background.run(lambda: release.wait(30))
    try:
        clock.now = 9.0
        qtbot.wait(5)  # polled within the deadline: still waited for
        assert background.busy
        with qtbot.waitSignal(background.abandoned) as blocker:
            clock.now = 10.5
        assert blocker.args == ["test-work: no answer after 10 s; given up"]
        assert not background.busy
        assert background.running  # the thread has not ended yet
        assert not background.run(lambda: None)  # nor does new work start beside it
    finally:
        release.set()
    qtbot.waitUntil(lambda: not background.running)
    assert finished == []  # an abandoned answer is never delivered
    assert background.stop()
    assert background.run(lambda: 1)  # once it has ended, new work starts
    with qtbot.waitSignal(background.finished):
        pass
    assert background.stop()


def test_a_second_piece_of_work_waits_for_the_first(qtbot):
    background = Background("test-work", poll_ms=1)
    release = threading.Event()
    assert background.run(release.wait)
    assert not background.run(lambda: None)
    with qtbot.waitSignal(background.finished):
        release.set()
    assert background.stop()


def test_stop_waits_a_bounded_time_and_says_when_it_leaves_a_thread(qtbot, caplog):
    owner = QObject()
    background = Background("test-work", poll_ms=1, parent=owner)
    release = threading.Event()
    finished: list[object] = []
    background.finished.connect(finished.append)
    background.run(release.wait)
    assert not background.stop(timeout=0)
    assert "test-work: still running 0 s after stop; left to end alone" in caplog.text
    assert not background.busy  # stopped waiting: nothing is delivered
    release.set()
    assert background.stop(timeout=5)  # it ends: nothing is left for the thread guard
    qtbot.wait(5)
    assert finished == []
