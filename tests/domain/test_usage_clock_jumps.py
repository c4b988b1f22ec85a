"""The purge of old usage figures against clock jumps (issue 18, item 14)."""

import datetime as dt
import sqlite3

from kiosk.io.usage import Event, Kind, UsageRecorder, UsageStore
from kiosk.io.usage_figures import UsageReader

DAY = dt.date(2026, 11, 24)


def events_on(days: list[dt.date]) -> list[Event]:
    return [Event(Kind.SESSION_START, day, 10) for day in days]


def days_kept(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT DISTINCT day FROM figures ORDER BY day")]


def run(path, now: dt.datetime, monotonic: float, record: list[Event]) -> None:
    """One kiosk run: start (which purges), record, stop."""
    recorder = UsageRecorder(
        UsageStore(path, "k"), retention_days=30, clock=lambda: now, monotonic=lambda: monotonic
    )
    recorder.start()
    for item in record:
        recorder.record(item)
    assert recorder.flush()
    recorder.stop()


def test_a_forward_jump_of_years_deletes_nothing_at_once(tmp_path, caplog):
    path = tmp_path / "usage.sqlite3"
    history = [DAY - dt.timedelta(days=n) for n in range(0, 25)]
    run(path, dt.datetime(2026, 11, 24, 9), 0.0, events_on(history))
    assert len(days_kept(path)) == 25
    # The clock jumps ten years ahead (a bad NTP answer, a dead RTC battery read wrongly).
    jumped = dt.datetime(2036, 11, 24, 9)
    run(path, jumped, 0.0, events_on([jumped.date()]))
    kept = days_kept(path)
    assert len(kept) == 26, "every figure survives the jump"
    # Each day the kiosk runs after that, the purge counts on by a day (and one more).
    run(path, jumped + dt.timedelta(days=1), 86_400.0, [])
    assert len(days_kept(path)) == 26
    assert "a clock jump deletes nothing at once" in caplog.text, "and the log says why"


def test_a_backward_jump_deletes_nothing_more(tmp_path):
    path = tmp_path / "usage.sqlite3"
    history = [DAY - dt.timedelta(days=n) for n in range(0, 25)]
    run(path, dt.datetime(2026, 11, 24, 9), 0.0, events_on(history))
    back = dt.datetime(2016, 1, 1, 9)
    run(path, back, 0.0, [])
    assert len(days_kept(path)) == 25
    run(path, dt.datetime(2026, 11, 25, 9), 0.0, [])  # the clock is right again
    assert len(days_kept(path)) == 25


def test_a_database_without_a_record_counts_from_its_newest_day(tmp_path, caplog):
    """A file from before the record: the newest day in it is the best guess of today."""
    path = tmp_path / "usage.sqlite3"
    store = UsageStore(path, "k")
    store.add(events_on([DAY - dt.timedelta(days=n) for n in range(0, 25)]))
    store.close()
    run(path, dt.datetime(2036, 1, 1, 9), 0.0, [])
    assert len(days_kept(path)) == 25
    assert "counting from 2026-11-25" in caplog.text


def test_normal_days_still_purge(tmp_path):
    path = tmp_path / "usage.sqlite3"
    run(path, dt.datetime(2026, 11, 24, 9), 0.0, events_on([DAY - dt.timedelta(days=30), DAY]))
    assert len(days_kept(path)) == 2
    run(path, dt.datetime(2026, 11, 25, 9), 0.0, [])  # a restart the next morning
    assert days_kept(path) == [DAY.isoformat()], "the day now 31 days old is gone"
    with UsageReader(path) as reader:
        assert reader.summary(1000, today=DAY).sessions == 1
