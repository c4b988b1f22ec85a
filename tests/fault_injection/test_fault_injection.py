"""The lasting fault-injection test (issue 18): the real kiosk, under its supervisor,
tapped at random while the disk fills, folders turn read-only, the speech daemon dies
and hangs, the pack share drops and the clock jumps (tests/fault_injection/harness.py).

Slow lane, bounded: about 2.5 minutes of faults, killed at 4.5 minutes whatever happens.
It needs a private mount namespace (``unshare``), Xvfb and libfaketime; the project's
``scripts/system-deps.sh faults`` installs the last two (``make test`` runs it).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

SECONDS = 150.0
HARD_LIMIT = 270  # seconds: the test's share of CI is 5 minutes
STARTUP = 25.0  # a kiosk's first seconds load content and build screens on the UI thread
TAP_BOUND = 3.0  # seconds a tap may wait for the UI thread once the kiosk is up
RESTART_BOUND = 45.0  # seconds without a beating kiosk: back-off, start, first beat


def namespace_command() -> list[str] | None:
    """``unshare`` with a user and a mount namespace, if this machine allows one."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return None
    command = ["unshare", "--user", "--map-root-user", "--mount"]
    probe = subprocess.run([*command, "true"], capture_output=True, check=False)
    return command if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    command = namespace_command()
    if command is None:
        pytest.skip("needs unshare with user and mount namespaces (Linux)")
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb: scripts/system-deps.sh faults")
    result = subprocess.run(
        [*command, sys.executable, "-m", "tests.fault_injection.harness", str(SECONDS)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=HARD_LIMIT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_the_supervisor_stays_up_and_restarts_the_kiosk_within_its_bounds(report):
    assert report["supervisor_died_at"] is None, report["log_tail"]
    assert report["supervisor_alive_at_end"]
    assert report["supervisor_exit_code"] == 143, "SIGTERM: 128 + 15"
    starts = report["kiosk_starts"]
    assert 4 <= starts <= 30, f"{starts} starts (one, and three kills, within the hourly cap)"
    assert all(seconds <= STARTUP for seconds in report["start_to_first_beat"])
    assert max(report["down_spans"], default=0) <= RESTART_BOUND, report["down_spans"]


def test_the_ui_answers_taps_within_a_bound(report):
    assert report["taps"] >= 200
    late = [gap for since, gap in report["beat_gaps_over_1s"] if since > STARTUP]
    assert max(late, default=0) <= TAP_BOUND, report["beat_gaps_over_1s"]


def test_every_fault_was_made(report):
    whats = [what for _, what in report["events"]]
    made = {what.removeprefix("start: ") for what in whats if what.startswith("start: ")}
    ended = {what.removeprefix("end: ") for what in whats if what.startswith("end: ")}
    assert len(made) == 7 and made == ended, report["events"]
    seen = report["faults_seen"]
    # Each start asks the speech daemon, which never answers.
    assert seen["speech daemon hung"], report["problems_logged"]
    if not report["faked_clock"]:
        pytest.skip("libfaketime is not installed: scripts/system-deps.sh faults")
    assert seen["clock ahead"], "a kiosk ran (and logged) in 2036"


def test_the_usage_database_is_intact_and_keeps_its_figures(report):
    assert report["integrity_check"] == "ok"
    today = dt.date.today().isoformat()
    assert today in report["figure_days"], "the 10-year jump did not purge today's figures"


def test_nothing_outside_the_kiosks_folders_changed(report):
    assert report["changed_outside"] == []
    assert report["guarded_folders_named_in_logs"] == [], "it tried the real folders"
