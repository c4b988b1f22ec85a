"""``kiosk supervise``: keep the kiosk running for weeks without anyone watching.

The supervisor starts the kiosk as a child process and starts it again when it exits,
crashes or stops sending its heartbeat (a file the UI thread touches every few seconds,
so a frozen screen counts as a failure too). Restarts back off (1 s, 2 s, 4 s ... up to a
minute) and are capped per hour, so a kiosk that cannot start does not spin; each one is
logged with its reason. It can also restart the kiosk once a day at a set time.

It tells systemd it is alive (``WATCHDOG=1``) while the kiosk's heartbeat is fresh and
while the supervisor itself is deliberately waiting: the kiosk's start-up grace, a
back-off, or a wait for the hourly cap. (Pinging only for a fresh heartbeat let systemd's
watchdog kill the supervisor in the middle of those waits, and a fresh supervisor knew
nothing of the restarts before it.) The times of the kiosk's starts are kept on disk too,
so a supervisor started again by systemd, for any reason, still honours the hourly cap.

A heartbeat is fresh when the file has changed within the timeout, timed with the
monotonic clock: comparing its modification time with the wall clock would take an NTP
step forward for a frozen kiosk.

Exit codes of the child (kiosk/exit_codes.py): 80 means staff chose "exit to desktop"
(the supervisor stops too, and ends with 80 itself, which systemd's unit does not
restart); 75 means "restart me now" (no back-off); anything else, 0 and the 128 + N of a
signal included, is a failure and is restarted. A signal to the supervisor stops the kiosk
and ends the supervisor with 128 + N, so systemd starts it again unless systemd itself
was stopping it.

This module is Qt-free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

import platformdirs

from kiosk.core.exit_codes import EXIT_DESKTOP, EXIT_RESTART, exit_for_signal
from kiosk.core.settings import APP_NAME

log = logging.getLogger("kiosk.io.supervisor")

HEARTBEAT_ENV = "KIOSK_HEARTBEAT_FILE"
SUPERVISED_ENV = "KIOSK_SUPERVISED"
HOUR = 3600.0


@dataclass(frozen=True)
class Policy:
    heartbeat_timeout: float = 45.0
    startup_grace: float = 60.0  # a cold start may take a while before the first beat
    max_restarts_per_hour: int = 10
    backoff_first: float = 1.0
    backoff_max: float = 60.0
    healthy_after: float = 300.0  # a child that ran this long resets the back-off
    poll_interval: float = 1.0
    stop_timeout: float = 10.0
    daily_restart: dt.time | None = None


def default_history_path() -> Path:
    """Next to the logs, in the kiosk user's state folder (``~/.local/state/...``)."""
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "supervisor-starts.txt"


class StartHistory:
    """Wall-clock times of the kiosk's starts in the last hour, in a small text file.

    Wall-clock, because the monotonic clock starts again at a reboot; an hour's window
    makes a clock step matter for at most one hour. Never raises: without a usable file
    the supervisor only remembers its own restarts.
    """

    def __init__(self, path: Path | None, wall: Callable[[], float]) -> None:
        self.path = path
        self._wall = wall
        self._failed = False

    def load(self) -> list[float]:
        """The starts within the last hour, oldest first."""
        if self.path is None:
            return []
        try:
            text = self.path.read_text("ascii")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            self._warn("cannot read", exc)
            return []
        now, found = self._wall(), []
        for word in text.split():
            with contextlib.suppress(ValueError):
                when = float(word)
                if now - HOUR < when <= now + HOUR:  # a little ahead: the clock stepped back
                    found.append(min(when, now))
        return sorted(found)

    def record(self) -> None:
        """Adds a start now, dropping those older than an hour (written atomically)."""
        if self.path is None:
            return
        starts = [*self.load(), self._wall()]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".partial")
            partial.write_text("".join(f"{when:.3f}\n" for when in starts), "ascii")
            partial.replace(self.path)
        except OSError as exc:
            self._warn("cannot write", exc)

    def _warn(self, what: str, exc: Exception) -> None:
        if not self._failed:  # once, not at every restart
            log.warning("%s the restart history %s: %s", what, self.path, exc)
        self._failed = True


def sd_notify(message: str) -> bool:
    """Send ``message`` to systemd if it is listening (Type=notify); never raises."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("utf-8"))
    except OSError:
        return False
    return True


_DEFAULT = Path()  # "history not given": the platform's state folder


def heartbeat_folder(env: dict[str, str]) -> str | None:
    """Where the heartbeat goes: the user's runtime folder (``XDG_RUNTIME_DIR``, a tmpfs
    under systemd's login session) when there is one, else the temporary folder. Not the
    disk the kiosk's data is on: when that disk was full the beat could not be written,
    and the supervisor restarted a healthy kiosk again and again."""
    folder = env.get("XDG_RUNTIME_DIR", "")
    return folder if folder and Path(folder).is_dir() and os.access(folder, os.W_OK) else None


class Supervisor:
    def __init__(
        self,
        command: Sequence[str],
        policy: Policy | None = None,
        *,
        heartbeat: Path | None = None,
        history: Path | None = _DEFAULT,
        env: dict[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], dt.datetime] = dt.datetime.now,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], bool] = sd_notify,
    ) -> None:
        """``history``: where the kiosk's starts are remembered across supervisors;
        None remembers nothing. ``clock`` and ``sleep`` are injected for tests."""
        self.command = list(command)
        self.policy = policy or Policy()
        self._own_dir: tempfile.TemporaryDirectory[str] | None = None
        self.env = {**(env if env is not None else os.environ)}
        if heartbeat is None:
            self._own_dir = tempfile.TemporaryDirectory(
                prefix="kiosk-heartbeat-", dir=heartbeat_folder(self.env)
            )
            heartbeat = Path(self._own_dir.name) / "heartbeat"
        self.heartbeat = heartbeat
        self.env[HEARTBEAT_ENV] = str(heartbeat)
        self.env[SUPERVISED_ENV] = "1"
        self._clock = clock
        self._wall = wall_clock
        self._pause = sleep
        self._notify = notify
        self._stopping = False
        self._signal: int | None = None
        self.history = StartHistory(
            default_history_path() if history is _DEFAULT else history,
            lambda: self._wall().timestamp(),
        )
        # Restarts on the monotonic clock. Starts an earlier supervisor made in the last
        # hour count too (all of them: erring on the side of the cap).
        now, wall_now = self._clock(), self._wall().timestamp()
        self.restarts: deque[float] = deque(now - (wall_now - w) for w in self.history.load())
        self.child: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self._beat_seen: tuple[int, int, bytes] | None = None
        self._beat_changed = 0.0

    # -- signals ---------------------------------------------------------------------
    def install_signal_handlers(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: stopping the kiosk", signum)
        self._signal = signum
        self.stop()

    def stop(self) -> None:
        self._stopping = True

    # -- the loop ----------------------------------------------------------------------
    def run(self) -> int:
        """Until staff exit to the desktop (:data:`EXIT_DESKTOP`) or a signal stops it
        (128 + N); :meth:`stop` alone gives 0."""
        self._notify("READY=1")
        backoff = 0.0
        try:
            if self.restarts:  # the kiosk ran within the hour under an earlier supervisor
                log.info(
                    "%d kiosk starts in the last hour before this supervisor", len(self.restarts)
                )
                self._sleep(self._cap_delay())
                self.restarts.append(self._clock())
            while not self._stopping:
                started = self._clock()
                code, reason = self._run_child()
                if self._stopping:
                    break
                if code == EXIT_DESKTOP and reason == "exited":
                    log.info("kiosk exited to the desktop; supervisor stops")
                    return EXIT_DESKTOP
                ran_for = self._clock() - started
                if reason in ("daily restart",) or code == EXIT_RESTART:
                    delay = 0.0
                    backoff = 0.0
                else:
                    if ran_for >= self.policy.healthy_after:
                        backoff = 0.0
                    backoff = min(
                        self.policy.backoff_max, max(self.policy.backoff_first, backoff * 2)
                    )
                    delay = backoff
                delay = max(delay, self._cap_delay())
                log.warning(
                    "kiosk stopped (%s, exit code %s) after %.0f s; restarting in %.0f s",
                    reason,
                    code,
                    ran_for,
                    delay,
                )
                self._sleep(delay)
                self.restarts.append(self._clock())
        finally:
            self._notify("STOPPING=1")
            if self._own_dir is not None:
                self._own_dir.cleanup()
        return 0 if self._signal is None else exit_for_signal(self._signal)

    def _cap_delay(self) -> float:
        """Wait so that no more than the hourly cap of restarts happens in any hour."""
        now = self._clock()
        while self.restarts and now - self.restarts[0] >= HOUR:
            self.restarts.popleft()
        if len(self.restarts) < self.policy.max_restarts_per_hour:
            return 0.0
        wait = self.restarts[0] + HOUR - now
        log.error(
            "%d restarts in the last hour: waiting %.0f s before trying again",
            len(self.restarts),
            wait,
        )
        return wait

    def _sleep(self, seconds: float) -> None:
        """A deliberate wait (back-off, hourly cap): the supervisor is healthy, so it
        keeps telling systemd, whose watchdog would otherwise end it half-way."""
        end = self._clock() + seconds
        while not self._stopping and self._clock() < end:
            self._notify("WATCHDOG=1")
            self._pause(min(self.policy.poll_interval, max(0.0, end - self._clock())))

    def _heartbeat_age(self, since: float) -> float:
        """Seconds since the heartbeat file last changed, or since ``since`` if there has
        been none, on the monotonic clock (the file's mtime is wall-clock time, which NTP
        may step)."""
        now = self._clock()
        try:
            stat = self.heartbeat.stat()
            content = self.heartbeat.read_bytes()[:64]
        except OSError:
            return now - since
        seen = (stat.st_mtime_ns, stat.st_size, content)
        if seen != self._beat_seen:
            self._beat_seen, self._beat_changed = seen, now
        return now - self._beat_changed

    def _run_child(self) -> tuple[int | None, str]:
        with contextlib.suppress(FileNotFoundError):
            self.heartbeat.unlink()
        self._beat_seen = None
        self.child = subprocess.Popen(self.command, env=self.env)
        self.starts += 1
        self.history.record()
        try:
            return self._watch_child()
        except BaseException:
            self._terminate()  # never leave a kiosk running behind a failed supervisor
            raise

    def _watch_child(self) -> tuple[int | None, str]:
        assert self.child is not None
        started = self._clock()
        log.info("started kiosk, pid %d: %s", self.child.pid, " ".join(self.command))
        next_daily = self._next_daily()
        while True:
            code = self.child.poll()
            if code is not None:
                return code, "exited" if code >= 0 else f"killed by signal {-code}"
            if self._stopping:
                self._terminate()
                return self.child.returncode, "stopped"
            in_grace = self._clock() - started < self.policy.startup_grace
            has_beat = self.heartbeat.exists()
            age = self._heartbeat_age(started)
            fresh = has_beat and age <= self.policy.heartbeat_timeout
            if fresh or (in_grace and not has_beat):
                # Healthy, or still starting up: either way the supervisor is doing its
                # job, and a start-up longer than systemd's watchdog must not end it.
                self._notify("WATCHDOG=1")
            else:
                log.error("no heartbeat for %.0f s: the kiosk is frozen", age)
                self._terminate()
                return self.child.returncode, "no heartbeat"
            if next_daily is not None and self._wall() >= next_daily:
                log.info("daily restart")
                self._terminate()
                return self.child.returncode, "daily restart"
            self._pause(self.policy.poll_interval)

    def _next_daily(self) -> dt.datetime | None:
        at = self.policy.daily_restart
        if at is None:
            return None
        now = self._wall()
        moment = dt.datetime.combine(now.date(), at)
        return moment if moment > now else moment + dt.timedelta(days=1)

    def _terminate(self) -> None:
        child = self.child
        if child is None or child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(self.policy.stop_timeout)
        except subprocess.TimeoutExpired:
            log.error("kiosk did not stop in %.0f s; killing it", self.policy.stop_timeout)
            child.kill()
            child.wait()
