"""Small counts are never shown or exported; dwell times are stored rounded
(issue 18, item 15)."""

import datetime as dt
import logging

from kiosk.io.privacy import MIN_COUNT, count_text, private_rows, private_summary
from kiosk.io.usage import Event, Kind, UsageStore, round_dwell
from kiosk.io.usage_figures import Summary, UsageReader

DAY = dt.date(2026, 11, 24)


def test_counts_under_five_read_as_under_five():
    assert [count_text(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]


def test_chart_rows_of_few_readers_are_left_out():
    summary = Summary(
        days=7,
        sessions=9,
        top_topics=[("remission", 7, 600.0), ("relapse", 1, 30.0)],
        helpful=[("remission", 4, 1), ("relapse", 1, 0)],
        hours=[(9, 6), (18, 1)],
        languages=[("en", 8), ("cy", 1)],
        read_aloud=2,
    )
    shown = private_summary(summary)
    assert shown.top_topics == [("remission", 7, 600.0)]
    assert shown.helpful == [("remission", 4, 1)], "5 answers: shown"
    assert shown.hours == [(9, 6)] and shown.languages == [("en", 8)]
    assert shown.helpful_ratio == 0.8


def test_csv_rows_hide_small_counts_and_one_readers_time():
    rows = [
        ("k", "2026-11-24", "remission", "en", 1, 40.0, 1, 0, 3),
        ("k", "d", "t", "en", 6, 300.0, 5, 0, 0),
    ]
    assert private_rows(rows) == [
        ("k", "2026-11-24", "remission", "en", "<5", "", "<5", "0", "<5"),
        ("k", "d", "t", "en", "6", 300.0, "5", "0", "0"),
    ]
    assert MIN_COUNT == 5


def test_dwell_times_are_stored_to_the_nearest_ten_seconds(tmp_path):
    """In a quiet hour the hourly row is one reader: their time was kept to 0.1 s."""
    path = tmp_path / "usage.sqlite3"
    store = UsageStore(path, "k")
    store.add([Event(Kind.TOPIC_READ, DAY, 3, "remission", "en", 37.3)])
    store.close()
    with UsageReader(path) as reader:
        assert reader.summary(1, today=DAY).top_topics == [("remission", 1, 40.0)]
    assert [round_dwell(s) for s in (0.0, 4.9, 5.0, 14.9, 61.2)] == [0, 0, 10, 10, 60]


def test_the_log_dates_lines_to_the_second(tmp_path):
    """kiosk.log dated each reader's start and end to the millisecond."""
    import re

    from kiosk.core.settings import LoggingSection
    from kiosk.io.logging_setup import configure_logging

    root = logging.getLogger()
    saved = list(root.handlers), root.level, logging.getLogger("kiosk").level
    try:
        configure_logging(LoggingSection(folder=str(tmp_path)), console=False)
        logging.getLogger("kiosk.test").warning("a line")
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])
        logging.getLogger("kiosk").setLevel(saved[2])
    line = (tmp_path / "kiosk.log").read_text("utf-8").splitlines()[-1]
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d WARNING kiosk.test: a line$", line), line
