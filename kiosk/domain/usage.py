"""Private, local usage figures: which topics are read, for how long, and whether they
helped, with nothing that could identify a person.

Every event is stored with the kiosk's configured name, the day and the hour only (no
exact times, no session or device identifiers, no free text), so one reader's path cannot
be pieced together from the database. Nothing leaves the device.

Writes happen on a worker thread (:class:`UsageRecorder`) and never reach the UI:
a full disk, a read-only or missing folder, a locked or corrupt database are logged and
the kiosk carries on. A corrupt database is moved aside (kept for IT) and a fresh one
started.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
LOCK_TIMEOUT_SECONDS = 2.0


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
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    kiosk TEXT NOT NULL,
    day TEXT NOT NULL,        -- YYYY-MM-DD, local time
    hour INTEGER NOT NULL,    -- 0-23: busy hours, nothing finer
    kind TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_day ON events (day);
"""


class UsageStore:
    """The SQLite file. Used from one thread at a time (the recorder's, or a command)."""

    def __init__(self, path: Path, kiosk: str) -> None:
        self.path = path
        self.kiosk = kiosk
        self._db: sqlite3.Connection | None = None

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise
            self._set_aside(exc)
            self._connect()

    def _connect(self) -> None:
        db = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_SECONDS)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            db.execute("SELECT count(*) FROM events").fetchone()
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        self._db = db

    def _set_aside(self, exc: Exception) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        log.error("usage database is corrupt (%s): kept as %s, starting a fresh one", exc, kept)
        self.close()
        self.path.rename(kept)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                self.path.with_name(self.path.name + suffix).unlink()

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

    def add(self, events: Iterable[Event]) -> None:
        rows = [
            (self.kiosk, e.day.isoformat(), e.hour, str(e.kind), e.topic, e.language, e.value)
            for e in events
        ]
        try:
            with self.db:
                self.db.executemany(
                    "INSERT INTO events (kiosk, day, hour, kind, topic, language, value) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise
            self._set_aside(exc)
            self.open()
            with self.db:
                self.db.executemany(
                    "INSERT INTO events (kiosk, day, hour, kind, topic, language, value) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )

    def purge(self, retention_days: int, today: dt.date | None = None) -> int:
        cutoff = (today or dt.date.today()) - dt.timedelta(days=retention_days)
        with self.db:
            cursor = self.db.execute("DELETE FROM events WHERE day < ?", (cutoff.isoformat(),))
        return cursor.rowcount

    # -- figures -----------------------------------------------------------------------
    def summary(self, days: int, today: dt.date | None = None) -> Summary:
        since = ((today or dt.date.today()) - dt.timedelta(days=days - 1)).isoformat()
        q = self.db.execute

        def rows(sql: str) -> list[tuple]:
            return list(q(sql, (since,)).fetchall())

        return Summary(
            days=days,
            sessions=q(
                "SELECT count(*) FROM events WHERE day >= ? AND kind = 'session-start'",
                (since,),
            ).fetchone()[0],
            top_topics=rows(
                "SELECT topic, count(*), sum(value) FROM events "
                "WHERE day >= ? AND kind = 'topic-read' GROUP BY topic "
                "ORDER BY count(*) DESC, topic LIMIT 10"
            ),
            helpful=rows(
                "SELECT topic, sum(kind = 'helpful-yes'), sum(kind = 'helpful-no') FROM events "
                "WHERE day >= ? AND kind IN ('helpful-yes', 'helpful-no') GROUP BY topic "
                "ORDER BY topic"
            ),
            hours=rows(
                "SELECT hour, count(*) FROM events WHERE day >= ? AND kind = 'session-start' "
                "GROUP BY hour ORDER BY hour"
            ),
            languages=rows(
                "SELECT language, count(*) FROM events WHERE day >= ? AND kind = 'topic-read' "
                "GROUP BY language ORDER BY count(*) DESC"
            ),
            read_aloud=q(
                "SELECT count(*) FROM events WHERE day >= ? AND kind = 'read-aloud'", (since,)
            ).fetchone()[0],
        )

    def daily_rows(self, since: dt.date | None = None) -> list[tuple]:
        """One row per day and topic, for ``kiosk stats --csv``."""
        return list(
            self.db.execute(
                "SELECT kiosk, day, topic, "
                "sum(kind = 'topic-read'), round(sum(CASE WHEN kind = 'topic-read' "
                "THEN value ELSE 0 END)), sum(kind = 'helpful-yes'), "
                "sum(kind = 'helpful-no'), sum(kind = 'read-aloud') "
                "FROM events WHERE topic != '' AND kind != 'text-size' AND day >= ? "
                "GROUP BY kiosk, day, topic ORDER BY day, topic",
                ((since or dt.date.min).isoformat(),),
            ).fetchall()
        )


CSV_HEADER = (
    "kiosk",
    "date",
    "topic",
    "times_read",
    "seconds_reading",
    "helpful_yes",
    "helpful_no",
    "read_aloud",
)


def to_csv(rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return out.getvalue()


@dataclass(frozen=True)
class Summary:
    days: int
    sessions: int
    top_topics: list[tuple]  # (topic, times read, seconds)
    helpful: list[tuple]  # (topic, yes, no)
    hours: list[tuple]  # (hour, sessions)
    languages: list[tuple]  # (language, topics read)
    read_aloud: int

    @property
    def helpful_ratio(self) -> float | None:
        yes = sum(row[1] for row in self.helpful)
        total = yes + sum(row[2] for row in self.helpful)
        return yes / total if total else None


def _is_corruption(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


class UsageRecorder:
    """Queues events from the UI thread; a worker thread writes them.

    :meth:`record` never blocks and never raises. If the database cannot be written the
    events are dropped (with one log line per kind of failure), and writing is tried
    again with the next event, so a disk that is freed up is used again.
    """

    def __init__(self, store: UsageStore, retention_days: int = 365) -> None:
        self.store = store
        self.retention_days = retention_days
        self.failures = 0
        self.last_problem: str | None = None
        self._queue: queue.Queue[Event | None] = queue.Queue(maxsize=10_000)
        self._thread = threading.Thread(target=self._run, name="usage-writer", daemon=True)
        self._started = False
        self._stopping = False
        self._flush_events: list[threading.Event] = []

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def record(self, event: Event) -> None:
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            self._problem("the usage queue is full; events are being dropped")

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued event has been handled (tests, shutdown)."""
        if not self._thread.is_alive():
            return not self._started
        done = threading.Event()
        self._flush_events.append(done)
        self._queue.put(None)  # a marker: the worker sets ``done`` when it reaches it
        return done.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Write what is queued, then end the worker. Safe to call twice."""
        if self._started and self._thread.is_alive():
            self.flush(timeout)
            self._stopping = True
            self._queue.put(None)
            self._thread.join(timeout)
        self.store.close()

    def _problem(self, message: str) -> None:
        self.failures += 1
        if message != self.last_problem:
            log.error("usage figures: %s", message)
        self.last_problem = message

    def _run(self) -> None:
        try:
            self.store.open()
            removed = self.store.purge(self.retention_days)
            if removed:
                log.info(
                    "usage figures: %d events older than %d days removed",
                    removed,
                    self.retention_days,
                )
        except (OSError, sqlite3.Error) as exc:
            self._problem(f"cannot open {self.store.path}: {exc}")
        while True:
            item = self._queue.get()
            if item is None:
                while self._flush_events:
                    self._flush_events.pop(0).set()
                if self._stopping:
                    return
                continue
            batch = [item]
            while len(batch) < 200:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # keep the marker for after this batch
                    break
                batch.append(more)
            try:
                self.store.add(batch)
                self.last_problem = None
            except (OSError, sqlite3.Error) as exc:
                self.store.close()
                self._problem(f"could not save {len(batch)} event(s): {exc}")
