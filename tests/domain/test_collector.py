"""The collector policy (kiosk.app.collector): off for a run, paused while loading on
the main thread, and no last collection at exit."""

import gc
import threading
from collections.abc import Iterator

import pytest

from kiosk.app import collector


@pytest.fixture
def restore_collector() -> Iterator[None]:
    was = gc.isenabled()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("collecting", [True, False])
def test_a_run_has_no_automatic_collection_and_gives_it_back(restore_collector, collecting):
    (gc.enable if collecting else gc.disable)()
    with collector.automatic_collection_off():
        assert not gc.isenabled()
    assert gc.isenabled() is collecting


def test_the_pause_is_for_the_main_thread_only(restore_collector):
    gc.enable()
    seen: list[bool] = []

    def on_a_worker() -> None:
        with collector.collector_paused():
            seen.append(gc.isenabled())

    worker = threading.Thread(target=on_a_worker)
    worker.start()
    worker.join()
    with collector.collector_paused():
        seen.append(gc.isenabled())
    assert seen == [True, False]
    assert gc.isenabled()


def test_the_exit_freezes_instead_of_collecting(monkeypatch):
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    collector.skip_the_last_collection()
    assert frozen == [True]
