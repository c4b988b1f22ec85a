"""What the kiosk process ends with: only "Exit to desktop" may keep it down."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.ui.test_startup import isolated_env


def wait_for_text(path: Path, text: str, seconds: float = 60.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if path.exists() and text in path.read_text("utf-8", errors="replace"):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM])
def test_a_signal_ends_the_kiosk_with_128_plus_its_number(tmp_path, signum):
    """Before issue 18, SIGTERM ended it with 0, which the supervisor and systemd read
    as "staff chose Exit to desktop", and the kiosk stayed down until the next boot."""
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[logging]\nfolder = "{tmp_path}"\n[speech]\nenabled = false\n', "utf-8")
    err = tmp_path / "stderr.txt"
    with err.open("wb") as sink:
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--config", str(config)],
            cwd=REPO,
            env=isolated_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
        try:
            assert wait_for_text(err, "kiosk: ready "), err.read_text("utf-8")[-2000:]
            kiosk.send_signal(signum)
            code = kiosk.wait(30)
        finally:
            if kiosk.poll() is None:
                kiosk.kill()
                kiosk.wait()
    assert code == 128 + signum, err.read_text("utf-8")[-2000:]
    assert f"signal {int(signum)}: exiting with code {128 + signum}" in err.read_text("utf-8")


def test_the_signal_handlers_install_where_there_is_no_sighup(qapp, monkeypatch):
    """Windows has no SIGHUP: naming it stopped the installed kiosk at every start
    (found by make test-windows)."""
    from PySide6.QtCore import QTimer

    from kiosk.app.run import quit_on_terminate

    installed = []
    monkeypatch.delattr(signal, "SIGHUP")
    monkeypatch.setattr(signal, "signal", lambda signum, handler: installed.append(signum))

    class _Kiosk:
        def leave(self, code: int, why: str) -> None:
            raise AssertionError("no signal was sent")

    quit_on_terminate(qapp, _Kiosk())
    assert installed == [signal.SIGTERM, signal.SIGINT]
    for timer in qapp.findChildren(QTimer):
        timer.stop()
        timer.deleteLater()
