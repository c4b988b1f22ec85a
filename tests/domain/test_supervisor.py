"""The supervisor restarts a child that crashes, freezes or is killed, and stops when
staff exit to the desktop. Fake children keep these tests to a second or two."""

import datetime as dt
import itertools
import os
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kiosk.core.exit_codes import EXIT_DESKTOP
from kiosk.io.supervisor import HEARTBEAT_ENV, Policy, Supervisor

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
    if step == "exit-0":
        sys.exit(0)
    if step == "terminated":
        sys.exit(143)
    sys.exit(80)
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
        history=tmp_path / "starts.txt",
        notify=lambda message: notes.append(message) or True,
        **kwargs,
    )
    sup.notes = notes  # type: ignore[attr-defined]
    return sup


def test_crash_freeze_and_kill_are_restarted_and_exit_to_desktop_stops(tmp_path, caplog):
    caplog.set_level("INFO", logger="kiosk.io.supervisor")
    sup = supervisor(tmp_path, "crash freeze kill-self restart exit-0 terminated exit")
    assert sup.run() == EXIT_DESKTOP, "systemd's unit does not restart this status"
    assert sup.starts == 7
    text = caplog.text
    assert "exited, exit code 3" in text
    assert "no heartbeat" in text
    assert "killed by signal 9" in text
    assert "exit code 75" in text
    assert "exited, exit code 0" in text, "0 is not exit to desktop: restarted"
    assert "exited, exit code 143" in text, "a kiosk ended by SIGTERM is restarted"
    assert "kiosk exited to the desktop" in text
    assert "READY=1" in sup.notes
    assert "WATCHDOG=1" in sup.notes, "systemd hears from a healthy child"


def test_daily_restart(tmp_path, caplog):
    caplog.set_level("INFO", logger="kiosk.io.supervisor")
    calls = []

    def wall_clock() -> dt.datetime:
        # 03:59:59 for the first half second (so the first child is up), then 04:00:01.
        calls.append(1)
        if len(calls) < 10:
            return dt.datetime(2026, 11, 24, 3, 59, 59)
        return dt.datetime(2026, 11, 24, 4, 0, 1)

    policy = Policy(**{**FAST.__dict__, "daily_restart": dt.time(4, 0)})
    sup = supervisor(tmp_path, "beat-forever exit", policy, wall_clock=wall_clock)
    assert sup.run() == EXIT_DESKTOP
    assert sup.starts == 2
    assert "daily restart" in caplog.text


def test_restarts_are_capped_per_hour(caplog):
    now = [10_000.0]
    sup = Supervisor(
        ["true"],
        Policy(max_restarts_per_hour=3),
        heartbeat=Path("/nonexistent/heartbeat"),
        history=None,
        clock=lambda: now[0],
        notify=lambda message: True,
    )
    assert sup._cap_delay() == 0
    sup.restarts.extend([now[0] - 1000, now[0] - 500, now[0] - 10])
    assert sup._cap_delay() == pytest.approx(2600)
    now[0] += 2600
    assert sup._cap_delay() == 0, "the oldest restart left the hour"
    assert "restarts in the last hour: waiting" in caplog.text


def test_stop_terminates_the_child(tmp_path):
    import threading

    sup = supervisor(tmp_path, "beat-forever")
    threading.Timer(0.5, sup.stop).start()
    assert sup.run() == 0
    assert sup.child is not None and sup.child.returncode is not None


class FakeTime:
    """A monotonic clock that only moves when the supervisor sleeps, and a wall clock
    that moves with it. While a real child runs, each sleep also yields a moment of real
    time so that the child gets on with it."""

    def __init__(self, sup_ref: list[Supervisor], wall: dt.datetime) -> None:
        self.now = 1000.0
        self.start_wall = wall
        self.sup_ref = sup_ref
        self.pings: list[float] = []
        self.on_sleep = lambda: None

    def clock(self) -> float:
        return self.now

    def wall(self) -> dt.datetime:
        return self.start_wall + dt.timedelta(seconds=self.now - 1000.0)

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        sup = self.sup_ref[0] if self.sup_ref else None
        if sup is not None and sup.child is not None and sup.child.poll() is None:
            time.sleep(0.002)
        self.on_sleep()

    def notify(self, message: str) -> bool:
        if message == "WATCHDOG=1":
            self.pings.append(self.now)
        return True

    def longest_silence(self, until: float) -> float:
        times = [1000.0, *self.pings, until]
        return max(b - a for a, b in itertools.pairwise(times))


def fake_supervisor(tmp_path, command, policy, *, history=None, wall=None):
    ref: list[Supervisor] = []
    fake = FakeTime(ref, wall or dt.datetime(2026, 11, 24, 12, 0))
    sup = Supervisor(
        command,
        policy,
        heartbeat=tmp_path / "heartbeat",
        history=history,
        clock=fake.clock,
        wall_clock=fake.wall,
        sleep=fake.sleep,
        notify=fake.notify,
    )
    ref.append(sup)
    return sup, fake


def test_the_watchdog_is_fed_through_back_off_and_the_hourly_cap(tmp_path, caplog):
    """systemd (WatchdogSec=120) ended the supervisor in its own waits, so the cap never
    held: a healthy supervisor that is waiting on purpose keeps pinging."""
    caplog.set_level("INFO", logger="kiosk.io.supervisor")
    policy = Policy(
        max_restarts_per_hour=2,
        backoff_first=30,
        backoff_max=60,
        poll_interval=5,
        startup_grace=1e9,  # a child that has not beaten yet is starting up, not frozen
    )
    crash = [sys.executable, "-c", "raise SystemExit(3)"]
    sup, fake = fake_supervisor(tmp_path, crash, policy)

    def stop_after_four() -> None:
        if sup.starts >= 4:
            sup.stop()

    fake.on_sleep = stop_after_four
    assert sup.run() == 0
    assert "2 restarts in the last hour: waiting" in caplog.text, "the cap applied"
    assert fake.now - 1000.0 > 3000, "an hour's wait went by (on the fake clock)"
    assert fake.longest_silence(fake.now) <= policy.poll_interval


def test_the_watchdog_is_fed_during_the_start_up_grace(tmp_path, caplog):
    caplog.set_level("INFO", logger="kiosk.io.supervisor")
    policy = Policy(startup_grace=300, heartbeat_timeout=45, poll_interval=1)
    silent = [sys.executable, "-c", "import time; time.sleep(60)"]  # never beats
    sup, fake = fake_supervisor(tmp_path, silent, policy)

    def stop_once_killed() -> None:
        if sup.child is not None and sup.child.poll() is not None:
            sup.stop()

    fake.on_sleep = stop_once_killed
    assert sup.run() == 0
    assert "no heartbeat for 300 s" in caplog.text, "the grace ends, then it is frozen"
    assert fake.pings and fake.pings[-1] >= 1000.0 + 299
    assert fake.longest_silence(1000.0 + 299) <= policy.poll_interval


def test_heartbeat_age_is_timed_with_the_monotonic_clock(tmp_path):
    """An NTP step forward made a fresh heartbeat's mtime look old and restarted a
    healthy kiosk; what counts is how long the file has gone unchanged."""
    now = [500.0]
    beat = tmp_path / "heartbeat"
    sup = Supervisor(
        ["true"],
        heartbeat=beat,
        history=None,
        clock=lambda: now[0],
        notify=lambda message: True,
    )
    assert sup._heartbeat_age(since=450.0) == 50.0, "no beat yet: time since the start"
    beat.write_text("1 1700000000\n", "ascii")
    stepped = time.time() - 1000  # as if the wall clock had jumped 1000 s after the beat
    os.utime(beat, (stepped, stepped))
    assert sup._heartbeat_age(since=450.0) == 0.0
    now[0] += 30
    assert sup._heartbeat_age(since=450.0) == 30.0
    now[0] += 20
    assert sup._heartbeat_age(since=450.0) == 50.0, "unchanged for 50 s: stale"
    beat.write_text("2 1700000005\n", "ascii")
    os.utime(beat, (stepped, stepped))  # same mtime: the new content is the change
    assert sup._heartbeat_age(since=450.0) == 0.0


def test_a_new_supervisor_honours_the_cap_of_the_one_before(tmp_path, caplog):
    """The kiosk's starts are on disk, so a supervisor restarted by systemd (or after a
    reboot within the hour) does not start the count again."""
    caplog.set_level("INFO", logger="kiosk.io.supervisor")
    history = tmp_path / "state" / "starts.txt"
    noon = dt.datetime(2026, 11, 24, 12, 0)
    policy = Policy(max_restarts_per_hour=3, poll_interval=5, startup_grace=1e9)
    exit_to_desktop = [sys.executable, "-c", "raise SystemExit(80)"]
    first, _ = fake_supervisor(tmp_path, exit_to_desktop, policy, history=history, wall=noon)
    for minute in (0, 10, 20):
        first._wall = lambda minute=minute: noon + dt.timedelta(minutes=minute)
        first.history.record()
    history.write_text(history.read_text() + "rubbish\n1.0\n", "ascii")  # old or unreadable

    later = noon + dt.timedelta(minutes=30)
    second, fake = fake_supervisor(tmp_path, exit_to_desktop, policy, history=history, wall=later)
    assert len(second.restarts) == 3
    assert second.run() == EXIT_DESKTOP
    assert second.starts == 1
    assert "3 restarts in the last hour: waiting 1800 s" in caplog.text
    assert fake.now - 1000.0 >= 1800, "it waited for the oldest start to leave the hour"
    assert fake.longest_silence(fake.now) <= policy.poll_interval
    kept = history.read_text().split()
    assert len(kept) == 3, "starts older than an hour are dropped: 10, 20 and the new one"


def test_without_a_usable_history_file_the_supervisor_still_runs(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("", "ascii")
    policy = Policy(poll_interval=5, startup_grace=1e9)
    exit_to_desktop = [sys.executable, "-c", "raise SystemExit(80)"]
    sup, _ = fake_supervisor(tmp_path, exit_to_desktop, policy, history=blocker / "starts.txt")
    assert sup.run() == EXIT_DESKTOP
    assert sup.starts == 1
    assert caplog.text.count("the restart history") == 1, "said once, not at every start"


def test_a_signal_stops_the_supervisor_with_128_plus_its_number(tmp_path):
    """systemd's Restart=always starts a signalled supervisor again; 0 or the desktop
    status would keep the kiosk down until the next boot."""
    import signal
    import threading

    sup = supervisor(tmp_path, "beat-forever")
    threading.Timer(0.5, sup._on_signal, (signal.SIGTERM, None)).start()
    assert sup.run() == 128 + signal.SIGTERM
    assert sup.child is not None and sup.child.returncode is not None


def test_the_heartbeat_lives_in_the_runtime_folder(tmp_path):
    """Not on the data disk: a full disk stopped the beat, and the supervisor then
    restarted a healthy kiosk every heartbeat timeout."""
    runtime = tmp_path / "run-user"
    runtime.mkdir()
    sup = Supervisor(["true"], FAST, history=None, env={"XDG_RUNTIME_DIR": str(runtime)})
    try:
        assert sup.heartbeat.parent.parent == runtime
        assert sup.env["KIOSK_HEARTBEAT_FILE"] == str(sup.heartbeat)
    finally:
        assert sup._own_dir is not None
        sup._own_dir.cleanup()
    gone = Supervisor(["true"], FAST, history=None, env={"XDG_RUNTIME_DIR": str(tmp_path / "no")})
    try:
        assert gone.heartbeat.parent.parent != tmp_path / "no", "a missing folder: /tmp"
    finally:
        assert gone._own_dir is not None
        gone._own_dir.cleanup()
