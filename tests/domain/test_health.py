"""The fleet health file: its two formats, how it is written, and the restarts it counts."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys

import pytest

from kiosk.core.health import HealthReport, to_json, to_prometheus
from kiosk.io.health_file import (
    HealthFileWriter,
    default_health_folder,
    free_disk_bytes,
    restarts_last_day,
)
from kiosk.io.supervisor import DAY, HISTORY_ENV, StartHistory

NOON = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


def report(**changes: object) -> HealthReport:
    values: dict[str, object] = {
        "written_at": NOON,
        "version": "0.1.0",
        "kiosk_name": 'ward 5 "east"',
        "content": "content pack 'winter' of 2026-11-30",
        "content_pack": "winter",
        "topics_past_review": ["en/car-t", "cy/remission"],
        "speech": "unavailable",
        "speech_problem": "no speech engine is installed",
        "last_heartbeat": NOON - dt.timedelta(seconds=4),
        "restarts_last_day": 2,
        "free_disk_bytes": 12_345_678_901,
    }
    values.update(changes)
    return HealthReport(**values)  # type: ignore[arg-type]


def test_json_holds_every_item_with_utc_times():
    data = json.loads(to_json(report()))
    assert data["schema"] == 1
    assert data["written_at"] == "2026-12-02T12:00:00Z"
    assert data["last_heartbeat"] == "2026-12-02T11:59:56Z"
    assert data["version"] == "0.1.0"
    assert data["content_pack"] == "winter"
    assert data["topics_past_review"] == 2
    assert data["topics_past_review_list"] == ["en/car-t", "cy/remission"]
    assert data["restarts_last_day"] == 2
    assert data["speech"] == "unavailable"
    assert data["free_disk_bytes"] == 12_345_678_901


def test_unknown_values_are_null_in_json_and_absent_in_prometheus():
    unknown = report(last_heartbeat=None, restarts_last_day=None, free_disk_bytes=None)
    data = json.loads(to_json(unknown))
    assert data["last_heartbeat"] is None
    assert data["restarts_last_day"] is None
    text = to_prometheus(unknown)
    for name in ("last_heartbeat", "restarts_last_day", "free_disk_bytes"):
        assert name not in text, "no made-up 0 for what is not known"


# One sample line of the text exposition format: name{labels} value.
SAMPLE = re.compile(r'^[a-z_]+\{(?:[a-z_]+="(?:[^"\\]|\\.)*",?)+\} -?[0-9.e+]+$')


def test_prometheus_text_is_well_formed_and_escapes_labels():
    text = to_prometheus(report())
    assert text.endswith("\n")
    samples = {}
    for line in text.splitlines():
        if line.startswith("#"):
            assert re.match(r"^# (HELP|TYPE) bloodcancer_kiosk_[a-z_]+ .+$", line), line
            continue
        assert SAMPLE.match(line), line
        name_labels, value = line.rsplit(" ", 1)
        samples[name_labels] = float(value)
    kiosk = 'kiosk="ward 5 \\"east\\""'
    info = f'bloodcancer_kiosk_info{{{kiosk},version="0.1.0",content_pack="winter"}}'
    assert samples[info] == 1
    assert samples[f"bloodcancer_kiosk_topics_past_review{{{kiosk}}}"] == 2
    assert samples[f"bloodcancer_kiosk_restarts_last_day{{{kiosk}}}"] == 2
    assert samples[f"bloodcancer_kiosk_free_disk_bytes{{{kiosk}}}"] == 12_345_678_901
    beat = samples[f"bloodcancer_kiosk_last_heartbeat_timestamp_seconds{{{kiosk}}}"]
    assert beat == NOON.timestamp() - 4
    states = {
        s: samples[f'bloodcancer_kiosk_speech_state{{{kiosk},state="{s}"}}']
        for s in ("on", "off", "unavailable", "starting")
    }
    assert states == {"on": 0, "off": 0, "unavailable": 1, "starting": 0}


def test_the_writer_replaces_both_files_whole(tmp_path):
    writer = HealthFileWriter(tmp_path / "health", prometheus=True)
    assert writer.write(report())
    assert writer.write(report(restarts_last_day=3))
    assert json.loads(writer.json_path.read_text("utf-8"))["restarts_last_day"] == 3
    assert "restarts_last_day{" in writer.prometheus_path.read_text("utf-8")
    assert sorted(p.name for p in (tmp_path / "health").iterdir()) == [
        "bloodcancer_kiosk.prom",
        "health.json",
    ], "no partial files left behind"


def test_windows_writes_json_only(tmp_path):
    writer = HealthFileWriter(tmp_path, prometheus=False)
    assert writer.write(report())
    assert [p.name for p in tmp_path.iterdir()] == ["health.json"]


def test_a_folder_it_cannot_write_is_logged_once_and_the_kiosk_carries_on(tmp_path, caplog):
    caplog.set_level("INFO", logger="kiosk.io.health_file")
    blocker = tmp_path / "file"
    blocker.write_text("", "ascii")
    writer = HealthFileWriter(blocker / "health")
    assert not writer.write(report())
    assert not writer.write(report())
    assert caplog.text.count("cannot write the health file") == 1
    assert writer.problem is not None and str(blocker / "health") in writer.problem
    blocker.unlink()
    assert writer.write(report())
    assert writer.problem is None
    assert "health file written again" in caplog.text


def test_default_folders(monkeypatch):
    monkeypatch.setenv("PROGRAMDATA", "D:\\Data")
    assert default_health_folder("win32").parts == ("D:\\Data", "bloodcancer-kiosk", "health")
    assert default_health_folder("linux").parts[-3:] == ("state", "bloodcancer-kiosk", "health")


def test_free_disk_is_measured_on_the_nearest_existing_folder(tmp_path):
    assert free_disk_bytes(tmp_path / "not" / "made" / "yet") == free_disk_bytes(tmp_path) > 0


def test_restarts_of_the_last_day_skip_each_supervisors_first_start(tmp_path):
    path = tmp_path / "starts.txt"
    now = NOON.timestamp()
    clock = [now - DAY - 60]
    history = StartHistory(path, lambda: clock[0])
    history.record(first=True)  # more than a day ago: dropped
    for offset, first in ((-3 * 3600, True), (-3000, False), (-60, False), (-30, True)):
        clock[0] = now + offset
        history.record(first=first)
    clock[0] = now
    assert history.restarts() == 2
    assert len(history.load()) == 3, "the hourly cap still sees the last hour only"
    assert len(path.read_text("ascii").splitlines()) == 4
    assert restarts_last_day({HISTORY_ENV: str(path)}, lambda: now) == 2
    assert restarts_last_day({}) is None, "not supervised: unknown, not 0"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_supervisor_tells_the_kiosk_where_its_history_is(tmp_path):
    from kiosk.io.supervisor import Supervisor

    sup = Supervisor(["true"], heartbeat=tmp_path / "beat", history=tmp_path / "starts.txt")
    assert sup.env[HISTORY_ENV] == str(tmp_path / "starts.txt")
    assert HISTORY_ENV not in Supervisor(["true"], heartbeat=tmp_path / "b", history=None).env
