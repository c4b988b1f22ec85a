"""Cold start to the first painted screen, and peak memory, of two frozen programs.

Each run is a whole process: started, shown full screen, quit as soon as its window has
painted (``--quit-after-first-paint``), and waited for. The kiosk is also run to the
moment it is ready for a tap (``--quit-when-ready``): it paints its attract screen
before loading the settings' schemas, the content and its other screens. The wall
time is measured around the process; the peak resident memory is the kernel's
``ru_maxrss`` for that child (``os.wait4``). The programs alternate run by run, so a
slower moment of a noisy machine falls on all alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

FLAG = "--quit-after-first-paint"
# The kiosk paints its attract screen before it has loaded everything else
# (kiosk/app/startup.py); this flag ends it once it is ready for a tap instead.
READY_FLAG = "--quit-when-ready"


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


@dataclass(frozen=True)
class Summary:
    runs: list[Run]

    @property
    def seconds(self) -> list[float]:
        return [run.seconds for run in self.runs]

    @property
    def peaks(self) -> list[float]:
        return [run.peak_mb for run in self.runs]

    @property
    def median_seconds(self) -> float:
        return statistics.median(self.seconds)

    @property
    def median_peak_mb(self) -> float:
        return statistics.median(self.peaks)


def run_once(command: list[str], env: dict[str, str], timeout: float = 60.0) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            raise RuntimeError(f"{command[0]} did not quit after its first paint")
        time.sleep(0.0005)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} exited with {process.returncode}")
    return Run(seconds, usage.ru_maxrss / 1024)  # kB on Linux


def compare(
    programs: dict[str, list[str]], env: dict[str, str], runs: int, warmup: int = 2
) -> dict[str, Summary]:
    """Alternate the programs ``runs`` times each, after ``warmup`` untimed rounds.

    The untimed rounds bring both programs' files into the page cache, so every timed
    run starts from the same (warm) disk cache: what a kiosk that restarts sees.
    """
    for _ in range(warmup):
        for command in programs.values():
            run_once(command, env)
    results: dict[str, list[Run]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, command in programs.items():
            results[name].append(run_once(command, env))
    return {name: Summary(found) for name, found in results.items()}


def isolated_env(home: Path, platform: str) -> dict[str, str]:
    """The same clean environment for both: no user or system settings, own folders."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "LANG", "LC_ALL", "TZ", "DISPLAY", "WAYLAND_DISPLAY"}
    }
    for name in ("config", "data", "state", "cache"):
        (home / name).mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CONFIG_DIRS=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_DATA_DIRS=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM=platform,
    )
    return env
