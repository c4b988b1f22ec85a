"""Opening hours: when the screen shows content and when it rests, black.

Each day is ``"HH:MM-HH:MM"`` or ``"closed"``. With no hours configured the kiosk is
always open. Times are local wall-clock times; the UI re-checks every minute, so a
change of clock (summer time) is picked up without special cases.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kiosk.core.shown import shown

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def parse_range(value: str) -> tuple[dt.time, dt.time] | None:
    """``"08:00-18:00"`` → (08:00, 18:00); ``"closed"`` → None; else ValueError."""
    value = value.strip().lower()
    if value == "closed":
        return None
    match = _RANGE.match(value)
    if not match:
        raise ValueError(f"{shown(value)} is not 'HH:MM-HH:MM' or 'closed'")
    open_h, open_m, close_h, close_m = (int(g) for g in match.groups())
    opening = dt.time(open_h, open_m)
    closing = dt.time.max if (close_h, close_m) == (24, 0) else dt.time(close_h, close_m)
    if close_h == 24 and close_m != 0:
        raise ValueError(f"{shown(value)}: 24:00 is the latest closing time")
    if closing <= opening:
        raise ValueError(f"{shown(value)} closes before it opens")
    return opening, closing


@dataclass(frozen=True)
class OpeningHours:
    """Hours per weekday (Monday is 0); ``None`` for a closed day."""

    days: tuple[tuple[dt.time, dt.time] | None, ...] | None = None

    @classmethod
    def always_open(cls) -> OpeningHours:
        return cls(None)

    @classmethod
    def from_strings(cls, by_day: dict[str, str]) -> OpeningHours:
        return cls(tuple(parse_range(by_day.get(day, "closed")) for day in DAYS))

    def is_open(self, now: dt.datetime) -> bool:
        if self.days is None:
            return True
        hours = self.days[now.weekday()]
        return hours is not None and hours[0] <= now.time() < hours[1]

    def next_change(self, now: dt.datetime) -> dt.datetime | None:
        """When the kiosk next opens or closes, within a week; None if it never does."""
        if self.days is None or not any(self.days):
            return None
        current = self.is_open(now)
        for offset in range(8):
            day = (now + dt.timedelta(days=offset)).date()
            hours = self.days[day.weekday()]
            if hours is None:
                continue
            for edge in hours:
                moment = dt.datetime.combine(day, edge, tzinfo=now.tzinfo)
                if edge == dt.time.max:
                    moment = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), now.tzinfo)
                if moment > now and self.is_open(moment) != current:
                    return moment
        return None
