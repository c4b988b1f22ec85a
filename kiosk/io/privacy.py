"""Small counts are never shown or exported: a cell of fewer than :data:`MIN_COUNT`
readers could be one person (k-anonymity, issue 18).

The database keeps exact hourly counters (the figures are added up from them); what
leaves it for a person to see, on the staff screen or from ``kiosk stats``, passes
through here. A count below the threshold reads "<5"; a chart row or a time spent
that rests on so few readers is left out, and the "said helpful" share counts only the
topics with enough answers. Dwell times are stored rounded, so a
reader's time on a topic is never kept to the tenth of a second
(:func:`kiosk.io.usage.round_dwell`). Qt-free.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kiosk.io.usage_figures import Summary

MIN_COUNT = 5
SMALL_COUNTS_NOTE = (
    f"For privacy, counts under {MIN_COUNT} show as <{MIN_COUNT}, and charts leave out "
    f"rows of fewer than {MIN_COUNT} readers."
)


def count_text(count: int) -> str:
    """``count`` as shown to people: "<5" for 1 to 4 (0 is no one, and says so)."""
    return f"<{MIN_COUNT}" if 0 < count < MIN_COUNT else str(count)


def private_summary(summary: Summary) -> Summary:
    """``summary`` without the rows that rest on fewer than :data:`MIN_COUNT` readers."""
    return dataclasses.replace(
        summary,
        top_topics=[row for row in summary.top_topics if row[1] >= MIN_COUNT],
        helpful=[row for row in summary.helpful if row[1] + row[2] >= MIN_COUNT],
        hours=[row for row in summary.hours if row[1] >= MIN_COUNT],
        languages=[row for row in summary.languages if row[1] >= MIN_COUNT],
    )


def private_rows(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``kiosk stats --csv`` rows (kiosk, day, topic, language, times read, seconds,
    yes, no, read aloud) with each small count as "<5", and the seconds left empty
    where the times read are that few."""
    out: list[tuple[Any, ...]] = []
    for kiosk, day, topic, language, times, seconds, yes, no, aloud in rows:
        few = 0 < times < MIN_COUNT
        out.append(
            (
                kiosk,
                day,
                topic,
                language,
                count_text(times),
                "" if few else seconds,
                count_text(yes),
                count_text(no),
                count_text(aloud),
            )
        )
    return out
