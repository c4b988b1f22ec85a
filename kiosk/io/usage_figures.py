"""Reading the usage figures (``kiosk stats`` and the staff screen): read-only, never
creating, moving or repairing the database that :mod:`kiosk.io.usage` writes."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.io.usage import Kind, Row, is_corruption, table_names

READ_TIMEOUT_SECONDS = 0.25  # `kiosk stats`: a busy kiosk finishes a write well within it
# The staff screen reads on the UI thread: it gives up almost at once and says the
# database is busy rather than freeze the screen.
STAFF_READ_TIMEOUT_SECONDS = 0.01


class FiguresUnavailable(Exception):  # noqa: N818 (it reads as the sentence it is)
    """The figures cannot be read. ``str()`` names the file and the problem."""

    def __init__(
        self, path: Path, problem: str, *, busy: bool = False, missing: bool = False
    ) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.busy = busy
        self.missing = missing


def _unavailable(path: Path, exc: sqlite3.Error) -> FiguresUnavailable:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return FiguresUnavailable(path, "database busy", busy=True)
    if is_corruption(exc):
        return FiguresUnavailable(path, f"damaged or not a usage database ({text})")
    return FiguresUnavailable(path, text)


class UsageReader:
    """Reads the figures without ever writing: the file is opened read-only (``mode=ro``),
    with a short wait for a lock, and is never created, moved or repaired.

    Every failure is raised as :class:`FiguresUnavailable`.
    """

    def __init__(self, path: Path, *, timeout: float = READ_TIMEOUT_SECONDS) -> None:
        self.path = path
        self.timeout = timeout
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> UsageReader:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        try:
            is_file = self.path.is_file()
            exists = is_file or self.path.exists()
        except OSError as exc:
            raise FiguresUnavailable(self.path, f"cannot be read ({exc.strerror})") from exc
        if not exists:
            raise FiguresUnavailable(self.path, "no usage figures yet", missing=True)
        if not is_file:
            raise FiguresUnavailable(self.path, "is not a file")
        uri = self.path.resolve().as_uri() + "?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, timeout=self.timeout)
        except sqlite3.Error as exc:
            raise _unavailable(self.path, exc) from exc
        try:
            tables = table_names(db)
        except sqlite3.Error as exc:
            db.close()
            raise _unavailable(self.path, exc) from exc
        if "figures" not in tables:
            db.close()
            if "events" in tables:
                raise FiguresUnavailable(
                    self.path,
                    "in the old one-row-per-event format; the kiosk converts it to "
                    "counters when it next starts",
                )
            raise FiguresUnavailable(self.path, "not a usage figures database")
        self._db = db

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def _rows(self, sql: str, *params: object) -> list[Row]:
        if self._db is None:
            self.open()
        assert self._db is not None
        try:
            return list(self._db.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise _unavailable(self.path, exc) from exc

    def summary(self, days: int, today: dt.date | None = None) -> Summary:
        since = ((today or dt.date.today()) - dt.timedelta(days=days - 1)).isoformat()

        def total(kind: Kind) -> int:
            sql = "SELECT coalesce(sum(times), 0) FROM figures WHERE day >= ? AND kind = ?"
            return int(self._rows(sql, since, str(kind))[0][0])

        return Summary(
            days=days,
            sessions=total(Kind.SESSION_START),
            top_topics=self._rows(
                "SELECT topic, sum(times), sum(seconds) FROM figures "
                "WHERE day >= ? AND kind = 'topic-read' GROUP BY topic "
                "ORDER BY sum(times) DESC, topic LIMIT 10",
                since,
            ),
            helpful=self._rows(
                "SELECT topic, sum(CASE WHEN kind = 'helpful-yes' THEN times ELSE 0 END), "
                "sum(CASE WHEN kind = 'helpful-no' THEN times ELSE 0 END) FROM figures "
                "WHERE day >= ? AND kind IN ('helpful-yes', 'helpful-no') GROUP BY topic "
                "ORDER BY topic",
                since,
            ),
            hours=self._rows(
                "SELECT hour, sum(times) FROM figures WHERE day >= ? "
                "AND kind = 'session-start' GROUP BY hour ORDER BY hour",
                since,
            ),
            languages=self._rows(
                "SELECT language, sum(times) FROM figures WHERE day >= ? "
                "AND kind = 'topic-read' GROUP BY language ORDER BY sum(times) DESC, language",
                since,
            ),
            read_aloud=total(Kind.READ_ALOUD),
        )

    def daily_rows(self, since: dt.date | None = None) -> list[Row]:
        """One row per day, topic and language, for ``kiosk stats --csv``."""
        return self._rows(
            "SELECT kiosk, day, topic, language, "
            "sum(CASE WHEN kind = 'topic-read' THEN times ELSE 0 END), "
            "round(sum(CASE WHEN kind = 'topic-read' THEN seconds ELSE 0 END)), "
            "sum(CASE WHEN kind = 'helpful-yes' THEN times ELSE 0 END), "
            "sum(CASE WHEN kind = 'helpful-no' THEN times ELSE 0 END), "
            "sum(CASE WHEN kind = 'read-aloud' THEN times ELSE 0 END) "
            "FROM figures WHERE topic != '' AND day >= ? "
            "AND kind IN ('topic-read', 'helpful-yes', 'helpful-no', 'read-aloud') "
            "GROUP BY kiosk, day, topic, language ORDER BY day, topic, language, kiosk",
            (since or dt.date.min).isoformat(),
        )


CSV_HEADER = (
    "kiosk",
    "date",
    "topic",
    "language",
    "times_read",
    "seconds_reading",
    "helpful_yes",
    "helpful_no",
    "read_aloud",
)


def to_csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return out.getvalue()


@dataclass(frozen=True)
class Summary:
    days: int
    sessions: int
    top_topics: list[Row]  # (topic, times read, seconds)
    helpful: list[Row]  # (topic, yes, no)
    hours: list[Row]  # (hour, sessions)
    languages: list[Row]  # (language, topics read)
    read_aloud: int

    @property
    def helpful_ratio(self) -> float | None:
        yes = sum(row[1] for row in self.helpful)
        total = yes + sum(row[2] for row in self.helpful)
        return yes / total if total else None

    @property
    def helpful_by_topic(self) -> list[tuple[str, float, int, int]]:
        """(topic, share of "yes", yes, answers), most answers first: a topic that
        helps few readers stands out even when the overall share looks good."""
        rows = [(t, yes / (yes + no), yes, yes + no) for t, yes, no in self.helpful if yes + no]
        return sorted(rows, key=lambda row: (-row[3], row[0]))
