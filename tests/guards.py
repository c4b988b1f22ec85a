"""Guards every test runs under (a pytest plugin, loaded by ``tests/conftest.py``).

- **Log guard**: a warning or error logged through Python's ``logging`` fails the test,
  unless the test takes ``caplog`` (it then asserts what it expects to be logged) or is
  marked ``expected_log_warnings``. A kiosk runs unattended for weeks: a warning nobody
  expected is a fault nobody will see.
- **Thread guard**: a thread (a ``threading.Thread`` or an executor's worker) that a test
  started and left running fails the test. The kiosk's helpers must stop their threads,
  or a weeks-long run collects them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

# How long a thread that was told to stop may take to finish before it counts as left
# running: a bounded wait for it to end, not a pause.
THREAD_END_SECONDS = 5.0


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "expected_log_warnings: the test may log warnings and errors (without asserting them)",
    )


def unexpected(records: list[logging.LogRecord]) -> list[str]:
    return [f"{r.levelname}: {r.name}: {r.getMessage()}" for r in records]


@pytest.fixture(autouse=True)
def log_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    if "caplog" in request.fixturenames or request.node.get_closest_marker("expected_log_warnings"):
        yield
        return
    recorder = _Recorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    try:
        yield
    finally:
        root.removeHandler(recorder)
    messages = unexpected(recorder.records)
    assert not messages, f"test logged unexpected warnings or errors: {messages}"


@pytest.fixture(autouse=True)
def thread_guard() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    # A thread Qt started that once ran Python shows up as a dummy: it cannot be joined,
    # and it belongs to Qt's own pools, not to a test.
    dummy = threading._DummyThread
    started = [t for t in threading.enumerate() if t not in before and not isinstance(t, dummy)]
    for thread in started:
        thread.join(THREAD_END_SECONDS)
    left = [t.name for t in started if t.is_alive()]
    assert not left, f"test left threads running: {left}"
