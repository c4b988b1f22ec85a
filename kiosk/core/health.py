"""The fleet health report: what one kiosk says about itself, as JSON and as Prometheus text.

Each kiosk writes it every minute (kiosk/app/health_timer.py, kiosk/io/health_file.py) for the
tools hospitals already run: node_exporter's textfile collector reads the ``.prom`` file,
an Intune proactive-remediation script or a Configuration Manager compliance item reads the
JSON (docs/deploying.md, "Health file"). Nothing here serves or sends anything.

A value the kiosk does not know is ``None`` (JSON ``null``) and its Prometheus sample is
left out, rather than a made-up 0: "no heartbeat" must not read as "a heartbeat at 1970".
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = 1
METRIC_PREFIX = "bloodcancer_kiosk_"
SpeechState = Literal["on", "off", "unavailable", "starting"]
SPEECH_STATES: tuple[SpeechState, ...] = ("on", "off", "unavailable", "starting")


@dataclass(frozen=True)
class HealthReport:
    written_at: dt.datetime
    """When the kiosk wrote it (UTC). The kiosk's UI thread writes it: a file that stops
    changing means a frozen or stopped kiosk, whatever its last values say."""
    version: str
    kiosk_name: str
    content: str
    """What the kiosk shows: "bundled content" or "content pack 'NAME' of DATE"."""
    content_pack: str | None
    """The name of the content pack in use; None for the bundled content."""
    topics_past_review: list[str]
    """``language/topic-id`` of every topic past its review date."""
    speech: SpeechState
    speech_problem: str | None
    last_heartbeat: dt.datetime | None
    """The kiosk's last heartbeat to its supervisor (UTC); None when not supervised."""
    restarts_last_day: int | None
    """Restarts by the supervisor in the last 24 hours; None when not supervised."""
    free_disk_bytes: int | None
    """Free space where the kiosk keeps its data (logs, usage figures, packs)."""
    problems: list[str] = field(default_factory=list)
    """What could not be found out, e.g. ``free disk: <reason>``."""


def _utc(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def to_json(report: HealthReport) -> str:
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "written_at": _utc(report.written_at),
        "version": report.version,
        "kiosk_name": report.kiosk_name,
        "content": report.content,
        "content_pack": report.content_pack,
        "topics_past_review": len(report.topics_past_review),
        "topics_past_review_list": report.topics_past_review,
        "last_heartbeat": _utc(report.last_heartbeat),
        "restarts_last_day": report.restarts_last_day,
        "speech": report.speech,
        "speech_problem": report.speech_problem,
        "free_disk_bytes": report.free_disk_bytes,
        "problems": report.problems,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _label(value: str) -> str:
    """A label value as the exposition format wants it: \\, " and newlines escaped."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    if isinstance(value, int) or (math.isfinite(value) and value.is_integer()):
        return str(int(value))
    return repr(float(value))


def to_prometheus(report: HealthReport) -> str:
    """The textfile-collector format (Prometheus text exposition format 0.0.4)."""
    kiosk = f'kiosk="{_label(report.kiosk_name)}"'
    lines: list[str] = []

    def metric(name: str, kind: str, help_text: str, samples: list[tuple[str, float]]) -> None:
        if not samples:
            return
        full = METRIC_PREFIX + name
        lines.append(f"# HELP {full} {help_text}")
        lines.append(f"# TYPE {full} {kind}")
        for labels, value in samples:
            lines.append(f"{full}{{{kiosk}{labels}}} {_number(value)}")

    pack = report.content_pack or ""
    metric(
        "info",
        "gauge",
        "Version and content of the kiosk (always 1).",
        [(f',version="{_label(report.version)}",content_pack="{_label(pack)}"', 1)],
    )
    metric(
        "health_written_timestamp_seconds",
        "gauge",
        "When the kiosk last wrote this file (Unix time).",
        [("", report.written_at.timestamp())],
    )
    metric(
        "topics_past_review",
        "gauge",
        "Topics past their review date.",
        [("", len(report.topics_past_review))],
    )
    if report.last_heartbeat is not None:
        metric(
            "last_heartbeat_timestamp_seconds",
            "gauge",
            "The kiosk's last heartbeat to its supervisor (Unix time).",
            [("", report.last_heartbeat.timestamp())],
        )
    if report.restarts_last_day is not None:
        metric(
            "restarts_last_day",
            "gauge",
            "Restarts of the kiosk by its supervisor in the last 24 hours.",
            [("", report.restarts_last_day)],
        )
    metric(
        "speech_state",
        "gauge",
        "Read-aloud: 1 for the current state (on, off, unavailable, starting).",
        [(f',state="{state}"', 1 if state == report.speech else 0) for state in SPEECH_STATES],
    )
    if report.free_disk_bytes is not None:
        metric(
            "free_disk_bytes",
            "gauge",
            "Free disk space where the kiosk keeps its data.",
            [("", report.free_disk_bytes)],
        )
    return "\n".join(lines) + "\n"
