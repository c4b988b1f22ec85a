"""The one Qt-free way to start a worker thread (kiosk.io.worker_thread)."""

import threading

import pytest

from kiosk.io.worker_thread import WorkerThread


def test_the_result_is_kept_in_the_future():
    worker = WorkerThread("test-worker", lambda: threading.current_thread().name)
    assert not worker.started and worker.join(0)  # nothing to wait for yet
    worker.start()
    assert worker.join(5)
    assert worker.done and worker.future.result() == "test-worker"
    assert not worker.alive


def test_its_thread_is_a_daemon_so_a_hung_call_cannot_keep_the_kiosk_from_exiting():
    release = threading.Event()
    worker = WorkerThread("test-worker", release.wait)
    worker.start()
    try:
        daemons = [t.daemon for t in threading.enumerate() if t.name == "test-worker"]
        assert daemons == [True]
        assert not worker.join(0) and worker.alive and not worker.done
    finally:
        release.set()
    assert worker.join(5)


def boom() -> None:
    raise ValueError("no room on the disk")


def test_an_exception_is_kept_and_reported_like_a_plain_threads(monkeypatch):
    hooked: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(args.exc_value))
    worker = WorkerThread("test-worker", boom)
    worker.start()
    assert worker.join(5)
    with pytest.raises(ValueError, match="no room"):
        worker.future.result()
    assert len(hooked) == 1 and isinstance(hooked[0], ValueError)


def test_a_starter_that_reports_the_exception_itself_keeps_it_from_the_hook(monkeypatch):
    hooked: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(args.exc_value))
    worker = WorkerThread("test-worker", boom, report_errors=False)
    worker.start()
    assert worker.join(5)
    assert isinstance(worker.future.exception(), ValueError)
    assert hooked == []
