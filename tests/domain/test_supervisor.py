"""The supervisor restarts a child that crashes, freezes or is killed, and stops when
staff exit to the desktop. Fake children keep these tests to a second or two."""

import datetime as dt
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.supervisor import HEARTBEAT_ENV, Policy, Supervisor

pytestmark = pytest.mark.slow

FAST = Policy(
    heartbeat_timeout=0.6,
    startup_grace=0.6,
    backoff_first=0.05,
    backoff_max=0.2,
    poll_interval=0.05,
    stop_timeout=2.0,
)

# Each start reads a script of behaviours: crash, freeze (beat once, then hang), exit.
CHILD = textwrap.dedent(
    """
    import os, sys, time, pathlib
    state = pathlib.Path(sys.argv[1])
    plan = state.read_text().split()
    step = plan.pop(0)
    state.write_text(" ".join(plan))
    beat = pathlib.Path(os.environ["{env}"])
    if step == "crash":
        sys.exit(3)
    if step == "freeze":
        beat.write_text("1")
        time.sleep(60)
    if step == "beat-forever":
        while True:
            beat.write_text("1")
            time.sleep(0.05)
    if step == "restart":
        sys.exit(75)
    if step == "kill-self":
        os.kill(os.getpid(), 9)
    sys.exit(0)
    """
).format(env=HEARTBEAT_ENV)


def supervisor(tmp_path: Path, plan: str, policy: Policy = FAST, **kwargs) -> Supervisor:
    script = tmp_path / "child.py"
    script.write_text(CHILD, "utf-8")
    state = tmp_path / "plan"
    state.write_text(plan, "utf-8")
    notes: list[str] = []
    sup = Supervisor(
        [sys.executable, str(script), str(state)],
        policy,
        heartbeat=tmp_path / "heartbeat",
        notify=lambda message: notes.append(message) or True,
        **kwargs,
    )
    sup.notes = notes  # type: ignore[attr-defined]
    return sup


def test_crash_freeze_and_kill_are_restarted_and_exit_to_desktop_stops(tmp_path, caplog):
    caplog.set_level("INFO", logger="kiosk.supervisor")
    sup = supervisor(tmp_path, "crash freeze kill-self restart exit")
    assert sup.run() == 0
    assert sup.starts == 5
    text = caplog.text
    assert "exited, exit code 3" in text
    assert "no heartbeat" in text
    assert "killed by signal 9" in text
    assert "exit code 75" in text
    assert "kiosk exited to the desktop" in text
    assert "READY=1" in sup.notes
    assert "WATCHDOG=1" in sup.notes, "systemd hears from a healthy child"


def test_daily_restart(tmp_path, caplog):
    caplog.set_level("INFO", logger="kiosk.supervisor")
    calls = []

    def wall_clock() -> dt.datetime:
        # 03:59:59 for the first half second (so the first child is up), then 04:00:01.
        calls.append(1)
        if len(calls) < 10:
            return dt.datetime(2026, 11, 24, 3, 59, 59)
        return dt.datetime(2026, 11, 24, 4, 0, 1)

    policy = Policy(**{**FAST.__dict__, "daily_restart": dt.time(4, 0)})
    sup = supervisor(tmp_path, "beat-forever exit", policy, wall_clock=wall_clock)
    assert sup.run() == 0
    assert sup.starts == 2
    assert "daily restart" in caplog.text


def test_restarts_are_capped_per_hour():
    now = [10_000.0]
    sup = Supervisor(
        ["true"],
        Policy(max_restarts_per_hour=3),
        heartbeat=Path("/nonexistent/heartbeat"),
        clock=lambda: now[0],
        notify=lambda message: True,
    )
    assert sup._cap_delay() == 0
    sup.restarts.extend([now[0] - 1000, now[0] - 500, now[0] - 10])
    assert sup._cap_delay() == pytest.approx(2600)
    now[0] += 2600
    assert sup._cap_delay() == 0, "the oldest restart left the hour"


def test_stop_terminates_the_child(tmp_path):
    import threading

    sup = supervisor(tmp_path, "beat-forever")
    threading.Timer(0.5, sup.stop).start()
    assert sup.run() == 0
    assert sup.child is not None and sup.child.returncode is not None
