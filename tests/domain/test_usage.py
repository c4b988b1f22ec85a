"""Usage figures: counted right, private by design, and never a reason for the kiosk to
stop (full disk, unwritable folder, locked or corrupt database)."""

import datetime as dt
import sqlite3

import pytest

from kiosk.cli import main
from kiosk.domain.usage import CSV_HEADER, Event, Kind, UsageRecorder, UsageStore, to_csv

DAY = dt.date(2026, 11, 24)


def event(kind: Kind, topic: str = "", language: str = "en", *, value: float = 0, day=DAY, hour=10):
    return Event(kind, day, hour, topic, language, value)


def test_summary_and_daily_rows(tmp_path):
    store = UsageStore(tmp_path / "usage.sqlite3", "ward-5")
    store.add(
        [
            event(Kind.SESSION_START, hour=9),
            event(Kind.TOPIC_READ, "remission", value=90),
            event(Kind.TOPIC_READ, "remission", "pl", value=30),
            event(Kind.TOPIC_READ, "car-t", value=60),
            event(Kind.HELPFUL_YES, "remission"),
            event(Kind.HELPFUL_NO, "car-t"),
            event(Kind.HELPFUL_YES, "car-t"),
            event(Kind.READ_ALOUD, "remission"),
            event(Kind.SESSION_START, hour=14, day=DAY - dt.timedelta(days=20)),
            event(Kind.TOPIC_READ, "relapse", value=45, day=DAY - dt.timedelta(days=20)),
        ]
    )
    week = store.summary(7, today=DAY)
    assert week.sessions == 1
    assert week.top_topics == [("remission", 2, 120.0), ("car-t", 1, 60.0)]
    assert week.helpful_ratio == pytest.approx(2 / 3)
    assert week.hours == [(9, 1)]
    assert week.languages == [("en", 2), ("pl", 1)]
    assert week.read_aloud == 1
    month = store.summary(30, today=DAY)
    assert month.sessions == 2
    assert ("relapse", 1, 45.0) in month.top_topics

    rows = store.daily_rows()
    assert rows[0] == ("ward-5", "2026-11-04", "relapse", 1, 45.0, 0, 0, 0)
    assert ("ward-5", "2026-11-24", "remission", 2, 120.0, 1, 0, 1) in rows
    assert ("ward-5", "2026-11-24", "car-t", 1, 60.0, 1, 1, 0) in rows
    assert store.daily_rows(since=DAY) == [r for r in rows if r[1] == "2026-11-24"]
    text = to_csv(rows)
    assert text.splitlines()[0] == ",".join(CSV_HEADER)
    store.close()


def test_nothing_that_could_identify_a_person_is_stored(tmp_path):
    store = UsageStore(tmp_path / "usage.sqlite3", "ward-5")
    store.add([event(Kind.TOPIC_READ, "remission", value=12.5)])
    columns = [row[1] for row in store.db.execute("PRAGMA table_info(events)")]
    assert columns == ["id", "kiosk", "day", "hour", "kind", "topic", "language", "value"]
    tables = {
        row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert tables == {"meta", "events"}
    (row,) = store.db.execute("SELECT kiosk, day, hour, kind, topic, language FROM events")
    assert row == ("ward-5", "2026-11-24", 10, "topic-read", "remission", "en")
    store.close()


def test_retention(tmp_path):
    store = UsageStore(tmp_path / "usage.sqlite3", "k")
    store.add(
        [event(Kind.SESSION_START, day=DAY - dt.timedelta(days=400)), event(Kind.SESSION_START)]
    )
    assert store.purge(365, today=DAY) == 1
    assert store.summary(1000, today=DAY).sessions == 1
    store.close()


def recorder_for(path, **kwargs) -> UsageRecorder:
    recorder = UsageRecorder(UsageStore(path, "k"), **kwargs)
    recorder.start()
    return recorder


def test_writes_happen_on_a_worker_thread(tmp_path):
    recorder = recorder_for(tmp_path / "usage.sqlite3")
    for _ in range(500):
        recorder.record(event(Kind.SESSION_START))
    assert recorder.flush()
    recorder.stop()
    store = UsageStore(tmp_path / "usage.sqlite3", "k")
    assert store.summary(1, today=DAY).sessions == 500
    store.close()


def test_a_corrupt_database_is_kept_aside_and_a_fresh_one_started(tmp_path, caplog):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    recorder = recorder_for(path)
    recorder.record(event(Kind.SESSION_START))
    recorder.stop()
    kept = list(tmp_path.glob("usage.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    store = UsageStore(path, "k")
    assert store.summary(1, today=DAY).sessions == 1
    store.close()
    assert "usage database is corrupt" in caplog.text


def test_an_unwritable_folder_is_logged_and_nothing_breaks(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    recorder = recorder_for(blocker / "usage" / "usage.sqlite3")
    for _ in range(3):
        recorder.record(event(Kind.SESSION_START))
    assert recorder.flush()
    recorder.stop()
    assert recorder.failures >= 1
    assert "usage figures:" in caplog.text


def test_a_full_disk_drops_events_and_recovers(tmp_path, monkeypatch):
    recorder = recorder_for(tmp_path / "usage.sqlite3")
    store = recorder.store
    real_add = store.add
    calls = {"n": 0}

    def full(events):
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.OperationalError("database or disk is full")
        real_add(events)

    monkeypatch.setattr(store, "add", full)
    recorder.record(event(Kind.SESSION_START))
    assert recorder.flush()
    assert recorder.last_problem and "disk is full" in recorder.last_problem
    recorder.record(event(Kind.SESSION_START))
    assert recorder.flush()
    assert recorder.last_problem is None, "space came back: writing goes on"
    recorder.stop()


def test_a_locked_database_does_not_block_the_caller(tmp_path):
    path = tmp_path / "usage.sqlite3"
    UsageStore(path, "k").open()
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    recorder = recorder_for(path)
    import time

    started = time.monotonic()
    for _ in range(100):
        recorder.record(event(Kind.SESSION_START))
    assert time.monotonic() - started < 0.5, "record() never waits for the disk"
    assert recorder.flush(timeout=10)
    assert recorder.last_problem and "locked" in recorder.last_problem
    blocker.rollback()
    blocker.close()
    recorder.record(event(Kind.SESSION_START))
    assert recorder.flush()
    recorder.stop()


def test_stats_command(tmp_path, capsys):
    folder = tmp_path / "data"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\nname = "ward-5"\n[usage]\nfolder = "{folder}"\n', "utf-8")
    assert main(["stats", "--config", str(config)]) == 1
    assert "no usage figures yet" in capsys.readouterr().err
    store = UsageStore(folder / "usage.sqlite3", "ward-5")
    today = dt.date.today()
    store.add(
        [
            event(Kind.TOPIC_READ, "remission", value=60, day=today),
            event(Kind.SESSION_START, day=today),
        ]
    )
    store.close()
    assert main(["stats", "--config", str(config), "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [",".join(CSV_HEADER), f"ward-5,{today.isoformat()},remission,1,60.0,0,0,0"]
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    assert main(["stats", "--config", str(config), "--csv", "--since", tomorrow]) == 0
    assert capsys.readouterr().out.splitlines() == [",".join(CSV_HEADER)]
    assert main(["stats", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "Last 7 days: 1 readers" in out and "remission: read 1 times" in out
