"""Faults a waiting room must never see: exceptions, stray garbage collection, a killed
kiosk, and thousands of random taps."""

import gc
import os
import random
import re
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from kiosk.domain.session import Mode
from kiosk.ui.crash import ExceptionGuard, MainThreadGarbageCollector
from kiosk.ui.session_controller import Timings
from tests.conftest import REPO


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_exception_is_logged_and_the_kiosk_starts_over(make_kiosk, qtbot, caplog):
    kiosk = make_kiosk()
    guard = ExceptionGuard(kiosk.session.reset_session)
    try:
        kiosk.controller.open_topic("alpha")
        button = QPushButton("boom", kiosk.window)

        def broken_slot() -> None:
            raise RuntimeError("a bug in a slot")

        button.clicked.connect(broken_slot)
        button.click()
        qtbot.waitUntil(lambda: kiosk.session.mode is Mode.ATTRACT, timeout=2000)
        assert guard.count == 1
        assert "a bug in a slot" in caplog.text
        assert kiosk.window.isVisible()
    finally:
        guard.uninstall()


def test_garbage_is_collected_on_the_main_thread_only(qapp):
    assert gc.isenabled()
    collector = MainThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        collector.collect()
    finally:
        collector.stop()
    assert gc.isenabled()


def _interactive(window: QWidget) -> list[QWidget]:
    buttons = [w for w in window.findChildren(QAbstractButton) if w.isVisible() and w.isEnabled()]
    links = [w for w in window.findChildren(QLabel) if w.isVisible() and w.property("interactive")]
    overlays = [
        w
        for w in (
            window.attract_view,
            window.idle_warning,
            window.glossary_card,
            window.closed_view,
        )
        if w.isVisible()
    ]
    return buttons + links + overlays


def _python_timers() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, QTimer))


@pytest.mark.slow
def test_five_thousand_random_taps(make_kiosk, qtbot):
    """Every screen, every button and link, random order: no exception (pytest-qt fails
    the test on any), and no growth in widgets or timers."""
    from PySide6.QtTest import QTest

    kiosk = make_kiosk(
        timings=Timings(idle_ms=60_000, warning_seconds=20, cleaning_seconds=1, tick_ms=1),
        browsing=False,
    )
    window, session = kiosk.window, kiosk.session
    rng = random.Random(20261124)

    def settle():
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()

    def counts() -> tuple[int, int]:
        QApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
        gc.collect()
        return len(window.findChildren(QWidget)), _python_timers()

    baseline = None
    for tap in range(5000):
        if tap == 500:
            baseline = counts()
        choice = rng.random()
        targets = _interactive(window)
        if choice < 0.02:
            session._on_idle()  # the idle question appears
        elif choice < 0.03:
            session.reset_session()
        elif targets:
            target = rng.choice(targets)
            if isinstance(target, QAbstractButton):
                target.click()
            elif isinstance(target, QLabel) and target.property("interactive"):
                hrefs = re.findall(r'href="([^"]+)"', target.text())
                if hrefs:
                    target.linkActivated.emit(rng.choice(hrefs))
            else:
                QTest.mouseClick(target, Qt.MouseButton.LeftButton)
        if session.mode is Mode.CLEANING:
            qtbot.waitUntil(lambda: session.mode is not Mode.CLEANING, timeout=2000)
        settle()
    final = counts()
    assert baseline is not None
    widgets, timers = final
    assert widgets <= baseline[0] + 60, (baseline, final)
    assert timers <= baseline[1], (baseline, final)


@pytest.mark.slow
def test_the_supervisor_restarts_a_kiosk_killed_with_sigkill(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[logging]\nfolder = "{tmp_path}"\n', "utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "supervise", "--config", str(config)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    log = tmp_path / "supervisor.log"

    def pids() -> list[int]:
        text = log.read_text("utf-8") if log.exists() else ""
        return [int(p) for p in re.findall(r"started kiosk, pid (\d+)", text)]

    def wait_for(condition, seconds=30.0):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if condition():
                return True
            time.sleep(0.1)
        return False

    try:
        assert wait_for(lambda: len(pids()) == 1), "the kiosk did not start"
        first = pids()[0]
        assert wait_for((tmp_path / "kiosk.log").exists), "the kiosk logged nothing"
        os.kill(first, signal.SIGKILL)
        assert wait_for(lambda: len(pids()) == 2), "the kiosk was not restarted"
        assert "killed by signal 9" in log.read_text("utf-8")
    finally:
        supervisor.send_signal(signal.SIGTERM)
        supervisor.wait(30)
    assert supervisor.returncode == 0
    for pid in pids():
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
