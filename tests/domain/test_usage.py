"""Usage figures: counted right, private by design (hourly counters only), read without
ever being written, and never a reason for the kiosk to stop (full disk, unwritable
folder, locked or corrupt database)."""

import datetime as dt
import hashlib
import logging
import os
import sqlite3
import threading

import pytest

from kiosk.cli import main
from kiosk.io import usage
from kiosk.io.usage import Event, Kind, UsageRecorder, UsageStore
from kiosk.io.usage_figures import CSV_HEADER, FiguresUnavailable, UsageReader, to_csv
from tests.conftest import run_as_nobody

DAY = dt.date(2026, 11, 24)


def event(kind: Kind, topic: str = "", language: str = "en", *, value: float = 0, day=DAY, hour=10):
    return Event(kind, day, hour, topic, language, value)


def read(path, **kwargs) -> UsageReader:
    reader = UsageReader(path, **kwargs)
    reader.open()
    return reader


def test_summary_and_daily_rows(tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = UsageStore(path, "ward-5")
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
            event(Kind.TEXT_SIZE, "large"),
            event(Kind.SESSION_START, hour=14, day=DAY - dt.timedelta(days=20)),
            event(Kind.TOPIC_READ, "relapse", value=45, day=DAY - dt.timedelta(days=20)),
        ]
    )
    store.close()
    reader = read(path)
    week = reader.summary(7, today=DAY)
    assert week.sessions == 1
    assert week.top_topics == [("remission", 2, 120.0), ("car-t", 1, 60.0)]
    assert week.helpful_ratio == pytest.approx(2 / 3)
    assert week.helpful_by_topic == [("car-t", 0.5, 1, 2), ("remission", 1.0, 1, 1)]
    assert week.hours == [(9, 1)]
    assert week.languages == [("en", 2), ("pl", 1)]
    assert week.read_aloud == 1
    month = reader.summary(30, today=DAY)
    assert month.sessions == 2
    assert ("relapse", 1, 50.0) in month.top_topics, "45 s, stored to the nearest 10 s"

    rows = reader.daily_rows()
    assert rows[0] == ("ward-5", "2026-11-04", "relapse", "en", 1, 50.0, 0, 0, 0)
    assert ("ward-5", "2026-11-24", "remission", "en", 1, 90.0, 1, 0, 1) in rows
    assert ("ward-5", "2026-11-24", "remission", "pl", 1, 30.0, 0, 0, 0) in rows
    assert ("ward-5", "2026-11-24", "car-t", "en", 1, 60.0, 1, 1, 0) in rows
    assert not [r for r in rows if r[2] == "large"], "a text size is not a topic"
    assert reader.daily_rows(since=DAY) == [r for r in rows if r[1] == "2026-11-24"]
    reader.close()
    text = to_csv(rows)
    assert text.splitlines()[0] == ",".join(CSV_HEADER)
    assert "language" in CSV_HEADER


# -- privacy -----------------------------------------------------------------------------
def two_readers(interleaved: bool) -> list[Event]:
    """Two readers in the same hour: one reads remission then CAR-T, the other CAR-T."""
    first = [
        event(Kind.SESSION_START),
        event(Kind.TOPIC_READ, "remission", value=50),
        event(Kind.HELPFUL_YES, "remission"),
        event(Kind.TOPIC_READ, "car-t", value=20),
        event(Kind.SESSION_END),
    ]
    second = [
        event(Kind.SESSION_START),
        event(Kind.TOPIC_READ, "car-t", "pl", value=80),
        event(Kind.READ_ALOUD, "car-t", "pl"),
        event(Kind.HELPFUL_NO, "car-t", "pl"),
        event(Kind.SESSION_END),
    ]
    if not interleaved:
        return first + second
    # The same events, the other reader first and their taps mixed with the first's.
    mixed = []
    for a, b in zip(reversed(second), first, strict=True):
        mixed += [a, b]
    return mixed


def everything_in(path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def test_the_order_of_events_cannot_be_told_from_the_database(tmp_path):
    paths = []
    for interleaved in (False, True):
        path = tmp_path / f"{interleaved}" / "usage.sqlite3"
        recorder = recorder_for(path)
        wal = path.with_name(path.name + "-wal")
        for e in two_readers(interleaved):
            recorder.record(e)
            assert recorder.flush()  # one write per tap, as on a kiosk
            # While the kiosk runs (closing the file would empty it anyway).
            assert wal.stat().st_size == 0, "no earlier counts left in the write-ahead log"
        recorder.stop()
        paths.append(path)
    assert everything_in(paths[0]) == everything_in(paths[1]), (
        "two readers' taps in any order give the same database"
    )

    db = sqlite3.connect(paths[0])
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"meta", "figures"}
    columns = [row[1] for row in db.execute("PRAGMA table_info(figures)")]
    assert columns == ["day", "hour", "kind", "topic", "language", "kiosk", "times", "seconds"]
    with pytest.raises(sqlite3.OperationalError, match="rowid"):
        db.execute("SELECT rowid FROM figures")  # no hidden id rising with each insert
    (rows,) = db.execute("SELECT count(*) FROM figures").fetchone()
    assert rows < len(two_readers(False)), "counters, not one row per event"
    assert db.execute(
        "SELECT times, seconds FROM figures WHERE kind = 'topic-read' AND topic = 'car-t' "
        "AND language = 'en'"
    ).fetchone() == (1, 20.0)
    assert db.execute("SELECT times FROM figures WHERE kind = 'session-start'").fetchone() == (2,)
    db.close()


def test_a_database_in_the_old_one_row_per_event_format_is_added_up_and_kept_aside(
    tmp_path, caplog
):
    path = tmp_path / "usage.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('schema_version', '1');"
        "CREATE TABLE events (id INTEGER PRIMARY KEY, kiosk TEXT NOT NULL, day TEXT NOT NULL,"
        " hour INTEGER NOT NULL, kind TEXT NOT NULL, topic TEXT NOT NULL DEFAULT '',"
        " language TEXT NOT NULL DEFAULT '', value REAL NOT NULL DEFAULT 0);"
        "INSERT INTO events (kiosk, day, hour, kind, topic, language, value) VALUES"
        " ('k', '2026-11-24', 10, 'session-start', '', '', 0),"
        " ('k', '2026-11-24', 10, 'topic-read', 'remission', 'en', 40),"
        " ('k', '2026-11-24', 10, 'topic-read', 'remission', 'en', 20),"
        " ('k', '2026-11-24', 10, 'helpful-yes', 'remission', 'en', 0);"
    )
    old.commit()
    old.close()
    with pytest.raises(FiguresUnavailable, match="old one-row-per-event format"):
        read(path)  # a reader never converts anything

    store = UsageStore(path, "k")
    store.open()
    store.close()
    (kept,) = tmp_path.glob("usage.sqlite3.schema1-*")
    kept_db = sqlite3.connect(kept)
    assert kept_db.execute("SELECT count(*) FROM events").fetchone() == (4,)
    kept_db.close()
    assert "held one row per event" in caplog.text and kept.name in caplog.text
    reader = read(path)
    week = reader.summary(7, today=DAY)
    assert (week.sessions, week.top_topics, week.helpful_ratio) == (
        1,
        [("remission", 2, 60.0)],
        1.0,
    )
    reader.close()
    assert everything_in(path) and not any("events" in line for line in everything_in(path))


# -- retention ---------------------------------------------------------------------------
def test_retention(tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = UsageStore(path, "k")
    store.add(
        [event(Kind.SESSION_START, day=DAY - dt.timedelta(days=400)), event(Kind.SESSION_START)]
    )
    assert store.purge(365, today=DAY) == 1
    store.close()
    reader = read(path)
    assert reader.summary(1000, today=DAY).sessions == 1
    reader.close()


def test_old_figures_are_also_deleted_each_day_while_the_kiosk_runs(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="kiosk.io.usage")
    path = tmp_path / "usage.sqlite3"
    now = [dt.datetime(2026, 11, 24, 9, 0)]
    start = now[0]

    def ran() -> float:  # the kiosk really ran that long: its monotonic clock agrees
        return (now[0] - start).total_seconds()

    recorder = UsageRecorder(
        UsageStore(path, "k"), retention_days=30, clock=lambda: now[0], monotonic=ran
    )
    purges = []
    real_purge = recorder.store.purge

    def counting_purge(days, today=None, **kwargs):
        purges.append(today)
        return real_purge(days, today, **kwargs)

    recorder.store.purge = counting_purge
    recorder.start()
    recorder.record(event(Kind.SESSION_START, day=DAY - dt.timedelta(days=29)))
    recorder.record(event(Kind.SESSION_START, day=DAY))
    assert recorder.flush()
    now[0] = dt.datetime(2026, 11, 24, 17, 0)  # later the same day: no second purge
    recorder.record(event(Kind.SESSION_START, day=DAY))
    assert recorder.flush()
    assert purges == [DAY]

    now[0] = dt.datetime(2026, 11, 26, 8, 0)  # two days on, never restarted
    recorder.record(event(Kind.SESSION_START, day=DAY + dt.timedelta(days=2)))
    assert recorder.flush()
    assert purges == [DAY, DAY + dt.timedelta(days=2)]
    recorder.stop()
    reader = read(path)
    assert reader.summary(1000, today=DAY + dt.timedelta(days=2)).sessions == 3, (
        "the day now 31 days old is gone"
    )
    reader.close()
    assert "older than 30 days removed" in caplog.text


# -- the writer thread -------------------------------------------------------------------
def recorder_for(path, **kwargs) -> UsageRecorder:
    recorder = UsageRecorder(UsageStore(path, "k"), **kwargs)
    recorder.start()
    return recorder


def block_writes(recorder: UsageRecorder) -> tuple[threading.Event, threading.Event, list]:
    """Make the writer stop inside ``add`` until ``gate`` is set; returns (entered, gate,
    the names of the threads that wrote)."""
    entered, gate, writers = threading.Event(), threading.Event(), []
    real_add = recorder.store.add

    def blocked_add(events):
        writers.append(threading.current_thread().name)
        if threading.current_thread() is threading.main_thread():
            raise AssertionError("written by the caller, not by the worker")  # fail fast
        entered.set()
        if not gate.wait(10):
            raise AssertionError("the test never let the writer go on")
        real_add(events)

    recorder.store.add = blocked_add
    return entered, gate, writers


def test_writes_happen_on_a_worker_thread(tmp_path):
    path = tmp_path / "usage.sqlite3"
    recorder = recorder_for(path)
    entered, gate, writers = block_writes(recorder)
    recorder.record(event(Kind.SESSION_START))
    assert entered.wait(5), "the writer picked up the first event"
    # The writer is stuck in the middle of a write. Were writes done by record() itself,
    # this loop would stop at the first call until the gate opened (and then fail).
    for _ in range(100):
        recorder.record(event(Kind.SESSION_START))
    assert not gate.is_set()
    assert recorder.pending == 100, "queued, not written, while the writer is busy"
    gate.set()
    assert recorder.flush()
    recorder.stop()
    assert set(writers) == {"usage-writer"}
    assert threading.current_thread().name not in writers
    reader = read(path)
    assert reader.summary(1, today=DAY).sessions == 101
    reader.close()


def test_a_locked_database_does_not_block_the_caller(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(usage, "LOCK_TIMEOUT_SECONDS", 0.2)  # the test need not wait 2 s
    path = tmp_path / "usage.sqlite3"
    UsageStore(path, "k").open()
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    recorder = recorder_for(path)
    entered, gate, _ = block_writes(recorder)
    recorder.record(event(Kind.SESSION_START))
    assert entered.wait(5)
    for _ in range(100):
        recorder.record(event(Kind.SESSION_START))  # returns while the writer is held
    assert recorder.pending == 100
    gate.set()  # now the writer meets the lock
    assert recorder.flush(timeout=10)
    assert recorder.last_problem and "locked" in recorder.last_problem
    blocker.rollback()
    blocker.close()
    recorder.record(event(Kind.SESSION_START))
    assert recorder.flush()
    assert recorder.last_problem is None, "the lock is gone: writing goes on"
    recorder.stop()
    reader = read(path)
    assert reader.summary(1, today=DAY).sessions == 1, "only the event after the lock"
    reader.close()
    assert "could not save 100 event(s): database is locked" in caplog.text


def test_a_corrupt_database_is_kept_aside_and_a_fresh_one_started(tmp_path, caplog):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    recorder = recorder_for(path)
    recorder.record(event(Kind.SESSION_START))
    recorder.stop()
    kept = list(tmp_path.glob("usage.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")
    reader = read(path)
    assert reader.summary(1, today=DAY).sessions == 1
    reader.close()
    assert "usage database is corrupt" in caplog.text


def write_three(path) -> UsageRecorder:
    recorder = recorder_for(path)
    for _ in range(3):
        recorder.record(event(Kind.SESSION_START))  # never raises
    assert recorder.flush()
    recorder.stop()
    return recorder


def test_a_folder_that_is_a_file_is_logged_and_nothing_breaks(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    recorder = write_three(blocker / "usage" / "usage.sqlite3")
    assert recorder.failures >= 1
    assert "usage figures:" in caplog.text


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="needs POSIX permissions, and root can write to a read-only folder anyway",
)
def test_a_read_only_folder_is_logged_and_nothing_breaks(tmp_path, caplog):
    folder = tmp_path / "usage"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        recorder = write_three(folder / "usage.sqlite3")
    finally:
        folder.chmod(0o755)
    assert recorder.failures >= 1
    assert recorder.last_problem and "usage.sqlite3" in caplog.text
    assert list(folder.iterdir()) == []


def test_a_read_only_folder_as_an_unprivileged_user(read_only_folder):
    # Root writes anywhere: the check runs as the kiosk's users do.
    result = run_as_nobody(
        "import logging\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "from pathlib import Path\n"
        "from tests.domain.test_usage import write_three\n"
        f"recorder = write_three(Path({str(read_only_folder)!r}) / 'usage.sqlite3')\n"
        "print(recorder.failures >= 1, bool(recorder.last_problem))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
    assert "usage.sqlite3" in result.stderr  # logged, naming the file
    assert list(read_only_folder.iterdir()) == []


def test_a_full_disk_drops_events_and_recovers(tmp_path, monkeypatch, caplog):
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
    assert "could not save 1 event(s): database or disk is full" in caplog.text


# -- reading: read-only, never creating or moving anything -------------------------------
def fingerprint(folder) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if not p.name.endswith(("-wal", "-shm"))  # SQLite's own side files for readers
    }


def test_the_reader_cannot_write(tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = UsageStore(path, "k")
    store.add([event(Kind.SESSION_START)])
    store.close()
    reader = read(path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._db.execute("CREATE TABLE anything (a)")
    reader.close()


def test_a_reader_gives_up_at_once_on_a_locked_database(tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = UsageStore(path, "k")
    store.add([event(Kind.SESSION_START)])
    store.close()
    # A lock that keeps even readers out (a write-ahead log normally lets them in).
    blocker = sqlite3.connect(path)
    blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
    blocker.execute("INSERT INTO meta VALUES ('lock', 'held')")
    blocker.commit()
    with pytest.raises(FiguresUnavailable) as raised:
        UsageReader(path, timeout=0.01).summary(7, today=DAY)
    assert raised.value.busy and "database busy" in str(raised.value)
    blocker.close()


def stats_config(tmp_path, folder) -> str:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[kiosk]\nname = "ward-5"\n[usage]\nfolder = "{folder}"\n', "utf-8")
    return str(config)


def test_stats_command(tmp_path, capsys):
    folder = tmp_path / "data"
    config = stats_config(tmp_path, folder)
    assert main(["stats", "--config", config]) == 1
    assert "no usage figures yet" in capsys.readouterr().err
    assert main(["stats", "--config", config, "--csv"]) == 1
    assert "no usage figures yet" in capsys.readouterr().err
    assert not folder.exists(), "reading never creates a database (or its folder)"

    store = UsageStore(folder / "usage.sqlite3", "ward-5")
    today = dt.date.today()
    store.add(
        [
            event(Kind.TOPIC_READ, "remission", value=60, day=today),
            event(Kind.TOPIC_READ, "remission", "pl", value=30, day=today),
            event(Kind.HELPFUL_YES, "remission", "pl", day=today),
            event(Kind.SESSION_START, day=today),
        ]
    )
    store.close()
    before = fingerprint(folder)
    assert main(["stats", "--config", config, "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        ",".join(CSV_HEADER),
        # Fewer than 5: shown as "<5", and no time spent that one reader's would be.
        f"ward-5,{today.isoformat()},remission,en,<5,,0,0,0",
        f"ward-5,{today.isoformat()},remission,pl,<5,,<5,0,0",
    ]
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    assert main(["stats", "--config", config, "--csv", "--since", tomorrow]) == 0
    assert capsys.readouterr().out.splitlines() == [",".join(CSV_HEADER)]
    assert main(["stats", "--config", config]) == 0
    out = capsys.readouterr().out
    assert "Last 7 days: <5 readers" in out
    assert "remission: read" not in out and "100% yes" not in out, "too few readers to show"
    assert "counts under 5 show as <5" in out
    assert fingerprint(folder) == before, "the database file is only read"


@pytest.mark.parametrize("csv", [True, False])
def test_stats_on_a_corrupt_database_says_so_and_moves_nothing(tmp_path, capsys, csv):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "usage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    before = fingerprint(folder)
    assert main(["stats", "--config", stats_config(tmp_path, folder), *(["--csv"] * csv)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "", "no header-only CSV that looks like an empty month"
    assert str(path) in captured.err and "not a database" in captured.err
    assert fingerprint(folder) == before, "not moved aside, not replaced"
    assert sorted(p.name for p in folder.iterdir()) == ["usage.sqlite3"]


def test_stats_on_a_locked_or_unreadable_database_exits_1(tmp_path, capsys):
    folder = tmp_path / "data"
    path = folder / "usage.sqlite3"
    store = UsageStore(path, "ward-5")
    store.add([event(Kind.SESSION_START)])
    store.close()
    config = stats_config(tmp_path, folder)
    blocker = sqlite3.connect(path)
    blocker.execute("PRAGMA locking_mode=EXCLUSIVE")
    blocker.execute("INSERT INTO meta VALUES ('lock', 'held')")
    blocker.commit()
    assert main(["stats", "--config", config, "--csv"]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "database busy" in err
    blocker.close()

    path.unlink()
    path.mkdir()  # something that is not a file where the database should be
    assert main(["stats", "--config", config]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "not a file" in err
