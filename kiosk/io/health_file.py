"""Writing the fleet health file (kiosk/core/health.py) and finding what goes in it that
the kiosk's own objects do not know: free disk space and the supervisor's restarts.

Qt-free. Never raises: a folder the kiosk cannot write is logged once (and again when it
works again), and the kiosk carries on; the file simply stops changing, which is what a
fleet's monitoring looks for anyway.

Each file is written beside itself and renamed over the old one, so a reader (node_exporter,
a remediation script) never sees half a file.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import platformdirs

from kiosk.core.health import HealthReport, to_json, to_prometheus
from kiosk.core.settings import APP_NAME, HealthSection
from kiosk.io.supervisor import HISTORY_ENV, StartHistory

log = logging.getLogger(__name__)

JSON_NAME = "health.json"
# node_exporter's textfile collector reads *.prom in its folder.
PROMETHEUS_NAME = "bloodcancer_kiosk.prom"


def default_health_folder(platform: str = sys.platform) -> Path:
    """Windows: ``%ProgramData%\\bloodcancer-kiosk\\health`` (the installer lets the kiosk
    account write there, and a script running as SYSTEM finds it without knowing the
    account); elsewhere the kiosk user's state folder."""
    if platform == "win32":
        program_data = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / APP_NAME / "health"
    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "health"


def health_folder(section: HealthSection) -> Path:
    return Path(section.folder) if section.folder else default_health_folder()


def restarts_last_day(
    env: Mapping[str, str] | None = None, wall: Callable[[], float] = time.time
) -> int | None:
    """The supervisor's restarts of the kiosk in the last 24 hours; None if unsupervised."""
    path = (os.environ if env is None else env).get(HISTORY_ENV)
    if not path:
        return None
    return StartHistory(Path(path), wall).restarts()


def free_disk_bytes(path: Path) -> int:
    """Free space on the disk that holds ``path`` (or its nearest existing parent)."""
    probe = path
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return shutil.disk_usage(probe).free


class HealthFileWriter:
    def __init__(self, folder: Path, *, prometheus: bool = sys.platform != "win32") -> None:
        """``prometheus``: also the textfile-collector file (Linux, where node_exporter
        runs; Windows fleets read the JSON)."""
        self.folder = folder
        self.prometheus = prometheus
        self.problem: str | None = None

    @property
    def json_path(self) -> Path:
        return self.folder / JSON_NAME

    @property
    def prometheus_path(self) -> Path:
        return self.folder / PROMETHEUS_NAME

    def write(self, report: HealthReport) -> bool:
        files = [(self.json_path, to_json(report))]
        if self.prometheus:
            files.append((self.prometheus_path, to_prometheus(report)))
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for path, text in files:
                partial = path.with_name(f".{path.name}.partial")
                partial.write_text(text, "utf-8")
                partial.replace(path)
        except OSError as exc:
            problem = f"cannot write the health file in {self.folder}: {exc}"
            if problem != self.problem:  # once, not every minute
                log.error("%s", problem)
            self.problem = problem
            return False
        if self.problem is not None:
            log.info("health file written again in %s", self.folder)
            self.problem = None
        return True
