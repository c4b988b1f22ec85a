"""The fault-injection run: the real kiosk, under its supervisor, on a virtual X display,
tapped at random for a few minutes while the disk fills and frees, the log and usage
folders turn read-only and back, the speech daemon dies and hangs, the pack share drops
and comes back, and the wall clock jumps years either way.

Run by tests/fault_injection/test_fault_injection.py inside a private mount namespace
(``unshare --user --map-root-user --mount``): every folder the kiosk writes to is a small
tmpfs mounted there, so nothing reaches the real disk, and all of it disappears with the
namespace. Prints one JSON report on stdout; the test judges it.

What it measures:
- the supervisor's process is alive throughout, and every kiosk it starts (pid) and
  every stop are timed;
- the UI thread's heartbeat: the kiosk beats every 250 ms on its UI thread, the same
  event loop that handles the taps, so the longest gap between beats of a running kiosk
  bounds how long a tap waits for an answer;
- at the end, ``PRAGMA integrity_check`` of the usage database, and fingerprints of
  files outside the kiosk's folders (before and after).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1920, 1080
BEAT_MS = 250
FAKETIME_LIBRARY = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")


def mount_tmpfs(folder: Path, megabytes: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0755", "tmpfs", str(folder)],
        check=True,
    )


def read_only(folder: Path, on: bool) -> None:
    """Make ``folder`` read-only (EROFS for everything opened from now on) or writable
    again. A read-only remount of its file system is refused while the kiosk holds a
    file open for writing, and root writes through any permission, so a read-only bind
    mount of the folder goes over it, and comes off again."""
    if on:
        subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
    else:
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path) -> Path:
    """Fill the file system under ``folder`` to the last byte; returns the filler."""
    filler = folder / "filler.bin"
    with contextlib.suppress(OSError), filler.open("wb") as sink:
        block = b"\0" * 65536
        while True:
            sink.write(block)
            sink.flush()
    with contextlib.suppress(OSError), filler.open("ab") as sink:  # the last odd bytes
        while True:
            sink.write(b"\0")
            sink.flush()
    return filler


class FakeSpeechDaemon:
    """A speech-dispatcher that is either dead (no socket) or hung (accepts, never
    answers): the two ways the review saw one fail."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._server: socket.socket | None = None
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self.state = "dead"

    def hang(self) -> None:
        if self._server is not None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(self.path))
        server.listen(16)
        server.settimeout(0.2)
        self._server, self.state = server, "hung"
        self._stop.clear()
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def _accept(self, server: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                client, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            self._held.append(client)  # read nothing, answer nothing

    def kill(self) -> None:
        self._stop.set()
        for client in self._held:
            with contextlib.suppress(OSError):
                client.close()
        self._held.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.state = "dead"


class Tapper:
    """Random taps on the virtual display through the XTest extension."""

    def __init__(self, display: str) -> None:
        x11 = ctypes.CDLL("libX11.so.6")
        xtst = ctypes.CDLL("libXtst.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XFlush.argtypes = [ctypes.c_void_p]
        xtst.XTestFakeMotionEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        xtst.XTestFakeButtonEvent.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_ulong,
        ]
        self._x11, self._xtst = x11, xtst
        self._display = x11.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open display {display}")
        self.taps = 0

    def tap(self, x: int, y: int) -> None:
        self._xtst.XTestFakeMotionEvent(self._display, -1, x, y, 0)
        self._xtst.XTestFakeButtonEvent(self._display, 1, 1, 0)
        self._xtst.XTestFakeButtonEvent(self._display, 1, 0, 30)
        self._x11.XFlush(self._display)
        self.taps += 1


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    screen = ["-screen", "0", f"{WIDTH}x{HEIGHT}x24"]
    only_abstract = ["-nolisten", "tcp", "-nolisten", "unix", "-ac"]  # no file in /tmp
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), *screen, *only_abstract],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, f":{number}"


def fingerprint(paths: list[Path]) -> dict[str, list[float]]:
    found: dict[str, list[float]] = {}
    for root in paths:
        if root.is_file():
            candidates: Iterator[Path] = iter([root])
        elif root.is_dir():
            candidates = (p for p in root.rglob("*") if "__pycache__" not in p.parts)
        else:
            continue
        for path in candidates:
            with contextlib.suppress(OSError):
                if path.is_file() and not path.is_symlink():
                    stat = path.stat()
                    found[str(path)] = [stat.st_size, stat.st_mtime_ns]
    return found


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(word) for word in text.split()]


class Watch(threading.Thread):
    """Samples the supervisor, its kiosk child and the heartbeat every 50 ms."""

    def __init__(self, supervisor: subprocess.Popen[bytes], runtime: Path) -> None:
        super().__init__(daemon=True)
        self.supervisor, self.runtime = supervisor, runtime
        self.stopping = threading.Event()
        self.supervisor_died_at: float | None = None
        self.kiosks: dict[int, dict[str, float | None]] = {}
        self.longest_gap = 0.0  # between beats of one running kiosk
        self.gap_pid = 0
        self.down: list[float] = []  # spans with no kiosk beating
        self.gaps: list[tuple[float, float]] = []  # gaps over 1 s: (since start, length)
        self._down_since: float | None = None

    def _beat_file(self) -> Path | None:
        found = sorted(self.runtime.glob("kiosk-heartbeat-*/heartbeat"))
        return found[0] if found else None

    def run(self) -> None:
        last_content, last_change, last_pid = b"", time.monotonic(), 0
        while not self.stopping.is_set():
            now = time.monotonic()
            if self.supervisor.poll() is not None and self.supervisor_died_at is None:
                self.supervisor_died_at = now
            kids = children(self.supervisor.pid)
            pid = kids[0] if kids else 0
            if pid and pid not in self.kiosks:
                self.kiosks[pid] = {"started": now, "first_beat": None, "ended": None}
            for known, times in self.kiosks.items():
                if known != pid and times["ended"] is None:
                    times["ended"] = now
            beat = self._beat_file()
            content = b""
            if beat is not None:
                with contextlib.suppress(OSError):
                    content = beat.read_bytes()
            if pid and content and content != last_content:
                times = self.kiosks[pid]
                if times["first_beat"] is None:
                    times["first_beat"] = now
                elif pid == last_pid:
                    gap = now - last_change
                    if gap > 1.0:  # (seconds after this kiosk started, length)
                        since = last_change - float(times["started"])  # type: ignore[arg-type]
                        self.gaps.append((round(since, 1), round(gap, 2)))
                    if gap > self.longest_gap:
                        self.longest_gap, self.gap_pid = gap, pid
                last_content, last_change, last_pid = content, now, pid
                if self._down_since is not None:
                    self.down.append(now - self._down_since)
                    self._down_since = None
            elif now - last_change > 2.0 and self._down_since is None:
                self._down_since = last_change
            if pid != last_pid and pid:
                last_change = now  # a new kiosk: its start is not a tap's wait
            time.sleep(0.05)
        if self._down_since is not None:
            self.down.append(time.monotonic() - self._down_since)


def run(seconds: float, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    base = Path(tempfile.mkdtemp(prefix="kiosk-faults-"))
    mount_tmpfs(base, 8)  # the harness's own folders: never the real disk
    home, logs, usage, share, runtime = (
        base / name for name in ("home", "logs", "usage", "share", "runtime")
    )
    mount_tmpfs(home, 48)  # settings, packs, state; the content and Python are read only
    mount_tmpfs(logs, 4)
    mount_tmpfs(usage, 4)
    mount_tmpfs(share, 4)
    mount_tmpfs(runtime, 2)  # /run/user stands in: the supervisor's heartbeat
    outside = [REPO / "kiosk", REPO / "content", REPO / "assets", REPO / "pyproject.toml"]
    outside += [Path("/etc/xdg/bloodcancer-kiosk")]
    # The real kiosk folders of this user: other kiosks and test runs on this machine
    # may be writing there, so instead of comparing them, they are made read-only in
    # this namespace: a write to them by the kiosk under test fails, and is logged.
    guarded = [
        folder
        for folder in (
            Path.home() / ".local" / "state" / "bloodcancer-kiosk",
            Path.home() / ".local" / "share" / "bloodcancer-kiosk",
            Path.home() / ".config" / "bloodcancer-kiosk",
        )
        if folder.is_dir()
    ]
    for folder in guarded:
        read_only(folder, True)
    before = fingerprint(outside)

    # A signed pack in the share, with its key in the settings.
    sys.path.insert(0, str(REPO))
    from kiosk.io import resources
    from kiosk.io.packs import build_pack, generate_keys, load_private_key

    public = generate_keys(base / "signing.pem")
    pack = base / "pack.zip"
    key = load_private_key(base / "signing.pem")
    pictures = resources.illustrations_dir()
    build_pack(REPO / "content", pack, key, name="Faults", bundled_illustrations=pictures)
    shutil.copy(pack, share / "pack.zip")
    config = home / "kiosk.toml"
    config.write_text(
        "[logging]\n"
        f'folder = "{logs}"\nlevel = "DEBUG"\nmax_kilobytes = 64\nbackups = 1\n'
        f'[usage]\nfolder = "{usage}"\n'
        '[speech]\nengine = "speechd"\n'
        f'[content_packs]\nenabled = true\nwatch_folder = "{share}"\n'
        f'public_key = "{public}"\nfolder = "{home / "packs"}"\ncheck_seconds = 10\n'
        "[supervisor]\nheartbeat_timeout_seconds = 10\nmax_restarts_per_hour = 30\n"
        "[session]\nidle_timeout_seconds = 15\nidle_warning_seconds = 5\n",
        "utf-8",
    )
    speech = FakeSpeechDaemon(runtime / "speechd.sock")
    speech.hang()
    clock = home / "faketime.rc"
    clock.write_text("+0d\n", "ascii")
    xvfb, display = start_xvfb()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "QT_", "WAYLAND", "SPEECHD"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CONFIG_DIRS=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        TMPDIR=str(runtime),
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        SPEECHD_ADDRESS=f"unix_socket:{speech.path}",
        SPEECHD_CMD="/bin/false",  # never a real speech-dispatcher
        KIOSK_HEARTBEAT_MS=str(BEAT_MS),
        PYTHONDONTWRITEBYTECODE="1",
    )
    if FAKETIME_LIBRARY.exists():
        # Each process reads the offset once, when it starts: libfaketime 0.9.10 makes
        # Python's time.sleep() fail (EINVAL) when it leaves the monotonic clock alone,
        # so it moves both, and a jump inside a running process would move the monotonic
        # clock too, which no real clock does. The jump happens across a restart of the
        # kiosk instead: the clock a kiosk finds when it starts, as after a bad RTC.
        env.update(
            LD_PRELOAD=str(FAKETIME_LIBRARY),
            FAKETIME_TIMESTAMP_FILE=str(clock),
            FAKETIME_CACHE_DURATION="1000000000",
        )
    errors = base / "supervisor-stderr.txt"
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "supervise", "--config", str(config)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=errors.open("wb"),
    )
    watch = Watch(supervisor, runtime)
    watch.start()
    events: list[tuple[float, str]] = []
    started = time.monotonic()

    def note(what: str) -> None:
        events.append((round(time.monotonic() - started, 1), what))

    filler: list[Path] = []

    def fill_all() -> None:
        filler.extend(fill(folder) for folder in (home, logs, usage))

    def free_all() -> None:
        for path in filler:
            with contextlib.suppress(OSError):
                path.unlink()
        filler.clear()

    dropped: list[bool] = []

    def drop_share() -> None:
        subprocess.run(["umount", "-l", str(share)], check=True)
        share.rmdir()
        dropped.append(not share.exists())

    def restore_share() -> None:
        mount_tmpfs(share, 4)
        shutil.copy(pack, share / "pack.zip")

    def kill_kiosk() -> None:
        for pid in children(supervisor.pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)

    def set_clock(offset: str) -> None:
        clock.write_text(f"{offset}\n", "ascii")
        kill_kiosk()  # the supervisor starts it again, on the new clock

    faults: list[tuple[str, Callable[[], None], Callable[[], None]]] = [
        ("disk full", fill_all, free_all),
        (
            "log and usage folders read-only",
            lambda: (read_only(logs, True), read_only(usage, True)),
            lambda: (read_only(logs, False), read_only(usage, False)),
        ),
        ("speech daemon killed", speech.kill, speech.hang),
        ("kiosk killed, restarted against a hung speech daemon", kill_kiosk, lambda: None),
        ("pack share dropped", drop_share, restore_share),
        # Ahead, then back again by as much: the monotonic clock cannot go below zero,
        # so a jump back is a jump back from the future.
        ("clock 10 years ahead, then back", lambda: set_clock("+3650d"),
         lambda: set_clock("+0d")),
        ("disk full and folders read-only", lambda: (fill_all(), read_only(logs, True)),
         lambda: (read_only(logs, False), free_all())),
    ]  # fmt: skip
    phase = seconds / (len(faults) * 2 + 1)
    tapper: Tapper | None = None
    deadline = time.monotonic() + seconds
    schedule = [(started + phase * (2 * i + 1), i) for i in range(len(faults))]
    active: tuple[float, int] | None = None
    try:
        while time.monotonic() < deadline:
            now = time.monotonic()
            if tapper is None:
                with contextlib.suppress(RuntimeError):
                    tapper = Tapper(display)
            if active is None and schedule and now >= schedule[0][0]:
                _, index = schedule.pop(0)
                note(f"start: {faults[index][0]}")
                faults[index][1]()
                active = (now + phase, index)
            elif active is not None and now >= active[0]:
                note(f"end: {faults[active[1]][0]}")
                faults[active[1]][2]()
                active = None
            if tapper is not None:
                tapper.tap(rng.randrange(WIDTH), rng.randrange(HEIGHT))
            time.sleep(rng.uniform(0.05, 0.35))
        if active is not None:
            faults[active[1]][2]()
        clock.write_text("+0d\n", "ascii")
        # Let the kiosk write what it holds once the disk is back, then stop it.
        time.sleep(3)
        supervisor_alive = supervisor.poll() is None
        watch.stopping.set()  # the stop that follows is the harness's, not a death
        watch.join(5)
        supervisor.send_signal(signal.SIGTERM)
        try:
            code = supervisor.wait(30)
        except subprocess.TimeoutExpired:
            supervisor.kill()
            code = supervisor.wait()
    finally:
        watch.stopping.set()
        watch.join(5)
        speech.kill()
        kill_kiosk()
        with contextlib.suppress(ProcessLookupError):
            supervisor.kill()
        xvfb.terminate()
        xvfb.wait(10)
    database = usage / "usage.sqlite3"
    integrity, days = "missing", []
    if database.exists():
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            days = [row[0] for row in db.execute("SELECT DISTINCT day FROM figures")]
    # Every process logs to its stderr too (at DEBUG), into a file that is never faulted.
    said = errors.read_text("utf-8", errors="replace")
    seen = {
        "disk full": "disk is full" in said or "No space left" in said,
        "read-only": "Read-only file system" in said,
        "speech daemon hung": "did not answer within" in said,
        # A share that is gone reads as an empty folder: nothing to report, nothing lost.
        "pack share dropped": dropped == [True] and "content packs found" in said,
        "clock ahead": "\n2036-" in said,
    }
    touched_guarded = [str(f) for f in guarded if str(f) in said]
    after = fingerprint(outside)
    changed = sorted(
        path for path in set(before) | set(after) if before.get(path) != after.get(path)
    )
    log_text = ""
    for name in ("supervisor.log", "kiosk.log"):
        with contextlib.suppress(OSError):
            log_text += (logs / name).read_text("utf-8", errors="replace")[-4000:]
    log_text += said[-3000:]
    return {
        "seconds": round(time.monotonic() - started, 1),
        "faked_clock": FAKETIME_LIBRARY.exists(),
        "taps": tapper.taps if tapper else 0,
        "events": events,
        "supervisor_alive_at_end": supervisor_alive,
        "supervisor_died_at": watch.supervisor_died_at,
        "supervisor_exit_code": code,
        "kiosk_starts": len(watch.kiosks),
        "kiosks_that_beat": sum(1 for t in watch.kiosks.values() if t["first_beat"]),
        "start_to_first_beat": [
            round(t["first_beat"] - t["started"], 1)  # type: ignore[operator]
            for t in watch.kiosks.values()
            if t["first_beat"] is not None
        ],
        "longest_beat_gap": round(watch.longest_gap, 2),
        "beat_gaps_over_1s": watch.gaps,
        "down_spans": [round(span, 1) for span in watch.down],
        "integrity_check": integrity,
        "figure_days": sorted(days),
        "faults_seen": seen,
        "changed_outside": changed,
        "guarded_folders_named_in_logs": touched_guarded,
        "log_tail": log_text[-3000:],
        "problems_logged": [
            line[:200] for line in said.splitlines() if " ERROR " in line or " WARNING " in line
        ][-80:],
    }


if __name__ == "__main__":
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 120.0
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 18
    print(json.dumps(run(seconds, seed)))
