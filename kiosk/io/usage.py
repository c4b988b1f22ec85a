"""Private, local usage figures: which topics are read, for how long, and whether they
helped, with nothing that could identify a person.

Only counters are stored: one row per kiosk, day, hour, kind of event, topic and
language, holding how many times it happened and the seconds spent. There is no row per
event, no row id and no time finer than the hour, so the order in which things happened
(and so one reader's path) cannot be pieced together from the database. The table has no
rowid, freed space is zeroed (``secure_delete``) and the write-ahead log is emptied after
every write, so earlier versions of a counter do not linger in the files either. Nothing
leaves the device.

Writes happen on a worker thread (:class:`UsageRecorder`) and never reach the UI:
a full disk, a read-only or missing folder, a locked or corrupt database are logged and
the kiosk carries on. A corrupt database is moved aside (kept for IT) and a fresh one
started; a database in the old one-row-per-event format is added up into counters in a
fresh file and moved aside too.

Figures are read with :class:`UsageReader`, which opens the file read-only and never
creates, repairs or moves anything: that is the writer's job alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import math
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.io.worker_thread import WorkerThread

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 1 was one row per event; 2 is hourly counters
LOCK_TIMEOUT_SECONDS = 2.0  # the writer waits this long for a lock, on its own thread
STAFF_FLUSH_SECONDS = 0.005  # how long the staff screen lets the writer save the last events
DWELL_STEP_SECONDS = 10.0  # dwell times are stored to the nearest 10 s (privacy)
PURGE_DAY_KEY = "purged_from"  # in meta: the day the last purge counted back from
# How far a purge may count ahead of the last one, beyond the days the kiosk has been
# seen running since: a kiosk switched off for weeks catches up a day each day.
PURGE_CATCH_UP_DAYS = 1

Row = tuple[Any, ...]  # one row as SQLite returns it


class Kind(StrEnum):
    SESSION_START = "session-start"
    SESSION_END = "session-end"
    TOPIC_READ = "topic-read"  # value: seconds on the topic
    READ_ALOUD = "read-aloud"
    TEXT_SIZE = "text-size"  # topic: the size chosen ("large", "largest", "standard")
    HELPFUL_YES = "helpful-yes"
    HELPFUL_NO = "helpful-no"


@dataclass(frozen=True)
class Event:
    """Something that happened, already cut down to the day and the hour."""

    kind: Kind
    day: dt.date
    hour: int
    topic: str = ""
    language: str = ""
    value: float = 0.0

    @classmethod
    def now(
        cls,
        kind: Kind,
        *,
        topic: str = "",
        language: str = "",
        value: float = 0.0,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> Event:
        moment = clock()
        return cls(kind, moment.date(), moment.hour, topic, language, value)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS figures (
    day TEXT NOT NULL,        -- YYYY-MM-DD, local time
    hour INTEGER NOT NULL,    -- 0-23: busy hours, nothing finer
    kind TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    kiosk TEXT NOT NULL,
    times INTEGER NOT NULL,   -- how many times this happened in that hour
    seconds REAL NOT NULL,    -- time spent, summed (topics read)
    PRIMARY KEY (day, hour, kind, topic, language, kiosk)
) WITHOUT ROWID;
"""
# WITHOUT ROWID: rows are kept in key order, with no hidden id that rises with each insert.

_UPSERT = """
INSERT INTO figures (day, hour, kind, topic, language, kiosk, times, seconds)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (day, hour, kind, topic, language, kiosk) DO UPDATE SET
    times = figures.times + excluded.times,
    seconds = figures.seconds + excluded.seconds
"""

# Schema 1 (one row per event) added up into schema 2's counters.
_OLD_EVENTS_AS_COUNTERS = """
SELECT day, hour, kind, topic, language, kiosk, count(*),
       sum(CASE WHEN kind = 'topic-read' THEN value ELSE 0 END)
FROM events GROUP BY day, hour, kind, topic, language, kiosk
"""


def round_dwell(seconds: float) -> float:
    """Seconds on a topic, to the nearest :data:`DWELL_STEP_SECONDS`."""
    return max(0.0, math.floor(seconds / DWELL_STEP_SECONDS + 0.5) * DWELL_STEP_SECONDS)


def _day(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


def table_names(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


class UsageStore:
    """The SQLite file, for writing. Used from one thread at a time (the recorder's)."""

    def __init__(self, path: Path, kiosk: str) -> None:
        self.path = path
        self.kiosk = kiosk
        self._db: sqlite3.Connection | None = None

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            kept = self._set_aside("corrupt")
            log.error("usage database is corrupt (%s): kept as %s, starting a fresh one", exc, kept)
            self._connect()

    def _connect(self) -> None:
        db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_SECONDS)
        try:
            old: list[Row] = []
            if "events" in table_names(db):
                old = db.execute(_OLD_EVENTS_AS_COUNTERS).fetchall()
                db.close()
                kept = self._set_aside("schema1")
                log.warning(
                    "usage figures: %s held one row per event (an old format); its %d "
                    "hourly totals were copied into a fresh database and the old file kept "
                    "as %s. It still holds one row per event: delete it once IT has "
                    "checked it.",
                    self.path,
                    len(old),
                    kept,
                )
                db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_SECONDS)
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
            db.execute("PRAGMA secure_delete=ON")  # an old count is overwritten, not left
            db.executescript(_SCHEMA)
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            db.executemany(_UPSERT, old)
            db.execute("SELECT count(*) FROM figures").fetchone()
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        self._db = db
        self._empty_log()

    def _set_aside(self, label: str) -> Path:
        """Move the file (and its write-ahead log) aside for IT; returns the new name."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.{label}-{stamp}")
        self.close()
        self.path.rename(kept)
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists():
            wal.rename(kept.with_name(kept.name + "-wal"))
        with contextlib.suppress(FileNotFoundError):
            self.path.with_name(self.path.name + "-shm").unlink()
        return kept

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            self.open()
        assert self._db is not None
        return self._db

    def _empty_log(self) -> None:
        """Copy the write-ahead log into the file and cut it to nothing: its frames are
        the counters' earlier versions in write order. If a reader is in the middle of a
        read the log stays for now and the next write empties it."""
        with contextlib.suppress(sqlite3.OperationalError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def add(self, events: Iterable[Event]) -> None:
        """Add the events to the hourly counters."""
        totals: dict[tuple[str, int, str, str, str, str], list[float]] = {}
        for e in events:
            key = (e.day.isoformat(), e.hour, str(e.kind), e.topic, e.language, self.kiosk)
            total = totals.setdefault(key, [0, 0.0])
            total[0] += 1
            # Rounded as stored: in a quiet hour a counter is one reader's time.
            total[1] += round_dwell(e.value) if e.kind is Kind.TOPIC_READ else e.value
        rows = [(*key, int(times), seconds) for key, (times, seconds) in totals.items()]
        try:
            with self.db:
                self.db.executemany(_UPSERT, rows)
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            kept = self._set_aside("corrupt")
            log.error("usage database is corrupt (%s): kept as %s, starting a fresh one", exc, kept)
            self.open()
            with self.db:
                self.db.executemany(_UPSERT, rows)
        self._empty_log()

    def purge(
        self, retention_days: int, today: dt.date | None = None, *, step_days: int | None = None
    ) -> int:
        """Delete the counters of days older than ``retention_days``; returns how many.

        ``step_days`` bounds a clock jump: the purge counts from the day it last counted
        from (kept in the file) plus at most that many days, whatever the wall clock says.
        A forward jump of years deleted every figure when it counted from today. Without
        a record (a database from before it), it counts from at most a day after the
        newest day the figures hold. The record never moves back: a backward jump only
        deletes less. None: count from ``today`` as given (tests, tools)."""
        today = today or dt.date.today()
        if step_days is not None:
            since = self._meta_day(PURGE_DAY_KEY)
            if since is None:
                newest = self.db.execute("SELECT max(day) FROM figures").fetchone()[0]
                since = _day(newest) if newest else None
                step_days = 1
            if since is not None:
                bounded = min(today, since + dt.timedelta(days=step_days))
                if bounded < today:
                    log.warning(
                        "usage figures: the clock says %s, but the last purge counted from "
                        "%s: counting from %s (a clock jump deletes nothing at once)",
                        today,
                        since,
                        bounded,
                    )
                today = bounded
        cutoff = today - dt.timedelta(days=retention_days)
        with self.db:
            cursor = self.db.execute("DELETE FROM figures WHERE day < ?", (cutoff.isoformat(),))
            if step_days is not None:
                recorded = self._meta_day(PURGE_DAY_KEY)
                if recorded is None or today > recorded:
                    self.db.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        (PURGE_DAY_KEY, today.isoformat()),
                    )
        self._empty_log()
        return cursor.rowcount

    def _meta_day(self, key: str) -> dt.date | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return _day(row[0]) if row else None

    def compact(self) -> None:
        """Rewrite the file in key order (``VACUUM``), once a day. Where a counter sits
        in a page follows when it was first created, so this keeps even a byte-level
        look at the file from telling, for days gone by, which topic was opened first."""
        self.db.execute("VACUUM")
        self._empty_log()


def is_corruption(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


class _Stop:
    """Queued by :meth:`UsageRecorder.stop`: the worker ends when it reaches it."""


class UsageRecorder:
    """Queues events from the UI thread; a worker thread writes them.

    :meth:`record` never blocks and never raises. If the database cannot be written the
    events are dropped (with one log line per kind of failure), and writing is tried
    again with the next event, so a disk that is freed up is used again. Figures older
    than ``retention_days`` are deleted at start and again on the first write of each
    new day, since a kiosk may run for months without a restart.
    """

    def __init__(
        self,
        store: UsageStore,
        retention_days: int = 365,
        *,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.retention_days = retention_days
        self.clock = clock
        self._monotonic = monotonic
        self._purged_at: float | None = None  # monotonic time of the last purge
        self.failures = 0
        self.last_problem: str | None = None
        # Events, flush markers (each flush waits for its own) and the stop marker.
        self._queue: queue.Queue[Event | threading.Event | _Stop] = queue.Queue(maxsize=10_000)
        self._writer = WorkerThread("usage-writer", self._run)
        self._purged_on: dt.date | None = None

    def start(self) -> None:
        if not self._writer.started:
            self._writer.start()

    @property
    def pending(self) -> int:
        """Events queued and not yet handled by the writer (approximately)."""
        return self._queue.qsize()

    def record(self, event: Event) -> None:
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            self._problem("the usage queue is full; events are being dropped")

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every event queued so far has been handled (tests, shutdown, and
        very briefly the staff screen). Never waits longer than ``timeout``."""
        if not self._writer.alive:
            return not self._writer.started
        done = threading.Event()  # the worker sets it when it reaches it in the queue
        try:
            self._queue.put(done, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Write what is queued, then end the worker. Safe to call twice."""
        if self._writer.alive:
            with contextlib.suppress(queue.Full):
                self._queue.put(_Stop(), timeout=timeout)
            self._writer.join(timeout)
        if not self._writer.alive:
            self.store.close()  # nothing open, unless the worker never ran

    def _problem(self, message: str) -> None:
        self.failures += 1
        if message != self.last_problem:
            log.error("usage figures: %s", message)
        self.last_problem = message

    def _purge_if_new_day(self) -> None:
        today = self.clock().date()
        if self._purged_on == today:
            return
        # The days the kiosk has been seen running since the last purge bound how far
        # this one may count ahead: a wall clock that jumps moves only the wall clock.
        now = self._monotonic()
        ran = 0 if self._purged_at is None else int((now - self._purged_at) // 86_400)
        removed = self.store.purge(self.retention_days, today, step_days=ran + PURGE_CATCH_UP_DAYS)
        self._purged_on, self._purged_at = today, now
        if removed:
            log.info(
                "usage figures: %d hourly counters older than %d days removed",
                removed,
                self.retention_days,
            )
        try:
            self.store.compact()
        except sqlite3.Error as exc:  # e.g. no room for the copy: tried again tomorrow
            self._problem(f"could not compact {self.store.path}: {exc}")

    def _run(self) -> None:
        try:
            self.store.open()
            self._purge_if_new_day()
        except (OSError, sqlite3.Error) as exc:
            self._problem(f"cannot open {self.store.path}: {exc}")
        while True:
            item: Event | threading.Event | _Stop | None = self._queue.get()
            batch: list[Event] = []
            # Take what else is waiting, up to a marker, and write it as one transaction.
            while isinstance(item, Event):
                batch.append(item)
                item = None
                if len(batch) < 200:
                    with contextlib.suppress(queue.Empty):
                        item = self._queue.get_nowait()
            if batch:
                self._write(batch)
            if isinstance(item, _Stop):
                # Closed here: SQLite connections belong to the thread that opened them.
                self.store.close()
                return
            if isinstance(item, threading.Event):
                item.set()

    def _write(self, batch: list[Event]) -> None:
        try:
            self.store.add(batch)
        except (OSError, sqlite3.Error) as exc:
            self.store.close()
            self._problem(f"could not save {len(batch)} event(s): {exc}")
            return
        self.last_problem = None
        try:
            self._purge_if_new_day()
        except (OSError, sqlite3.Error) as exc:
            self._problem(f"could not delete figures older than {self.retention_days} days: {exc}")
