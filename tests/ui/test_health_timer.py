"""The running kiosk writes its health file: what it shows, speech, heartbeat, restarts."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from kiosk import __version__
from kiosk.app.health_timer import HealthTimer, speech_state
from kiosk.core.settings import Settings, SpeechSection
from kiosk.io.health_file import HealthFileWriter

NOON = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


class FakeHeartbeat:
    last_beat = NOON.timestamp() - 3


def test_the_kiosk_writes_what_it_shows_every_interval(make_kiosk, qtbot, tmp_path):
    kiosk = make_kiosk(settings=Settings(speech=SpeechSection(enabled=False)))
    writer = HealthFileWriter(tmp_path / "health", prometheus=True)
    moments = iter([NOON, NOON + dt.timedelta(minutes=1)])
    timer = HealthTimer(
        kiosk,
        writer,
        FakeHeartbeat(),  # type: ignore[arg-type]
        data_folder=tmp_path,
        interval_ms=20,
        now=lambda: next(moments, NOON + dt.timedelta(minutes=2)),
        restarts=lambda: 4,
        parent=kiosk.window,
    )
    timer.start()
    first = json.loads(writer.json_path.read_text("utf-8"))
    assert first["written_at"] == "2026-12-02T12:00:00Z"
    assert first["version"] == __version__
    assert first["kiosk_name"] == "kiosk"
    assert first["content_pack"] is None
    assert first["content"] == kiosk.services.content_source
    assert first["speech"] == "off"
    assert first["last_heartbeat"] == "2026-12-02T11:59:57Z"
    assert first["restarts_last_day"] == 4
    assert first["free_disk_bytes"] > 0
    past = [f"{t.language}/{t.id}" for t in kiosk.topics_past_review(NOON.date())]
    assert first["topics_past_review_list"] == past
    # The timer writes again by itself.
    qtbot.waitUntil(
        lambda: json.loads(writer.json_path.read_text("utf-8"))["written_at"] != first["written_at"]
    )
    assert "bloodcancer_kiosk_restarts_last_day" in writer.prometheus_path.read_text("utf-8")
    timer.stop()


def test_a_content_pack_is_named(make_kiosk, tmp_path):
    kiosk = make_kiosk()
    kiosk.services = replace(
        kiosk.services, content_source="content pack 'winter 2026' of 2026-11-30T10:00:00"
    )
    timer = HealthTimer(
        kiosk, HealthFileWriter(tmp_path), None, data_folder=tmp_path, parent=kiosk.window
    )
    report = timer.report()
    assert report.content_pack == "winter 2026"
    assert report.last_heartbeat is None, "not supervised: no heartbeat"


def test_topics_past_review_follow_the_date(make_kiosk):
    kiosk = make_kiosk()
    assert kiosk.topics_past_review(dt.date(2000, 1, 1)) == []
    assert len(kiosk.topics_past_review(dt.date(2999, 1, 1))) == kiosk.services.library.topic_count


def test_speech_states():
    assert speech_state(False, False, False, "switched off") == "off"
    assert speech_state(True, False, False, "not started") == "starting"
    assert speech_state(True, True, True, "waiting for speech-dispatcher") == "starting"
    assert speech_state(True, True, False, "no engine") == "unavailable"
    assert speech_state(True, True, False, None) == "on"
