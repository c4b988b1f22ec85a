"""Text as read-aloud should say it: what looks clear on screen can sound wrong."""

from __future__ import annotations

import re

# Opening hours are copied exactly from the source pages ("Mon-Fri 10am-4pm"); a voice
# reads "Mon-Fri" as letters or as "Mon minus Fri". Only English is expanded: other
# languages' hours are written out by their translators.
_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "tues": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "thur": "Thursday",
    "thurs": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_DAY = re.compile(r"\b(" + "|".join(sorted(_DAYS, key=len, reverse=True)) + r")\b\.?", re.I)
_RANGE = re.compile(r"\s*[-\u2013\u2014]\s*")  # hyphen, en dash, em dash


def spoken_digits(phone: str) -> str:
    """A phone number digit by digit ("0 8 0 8 ..."), not as one large number."""
    return " ".join(character for character in phone if not character.isspace())


def spoken_hours(text: str) -> str:
    """English opening hours with whole day names and "to" for ranges.

    "Mon-Fri 10am-4pm" -> "Monday to Friday 10am to 4pm".
    """
    expanded = _DAY.sub(lambda match: _DAYS[match.group(1).lower()], text)
    return _RANGE.sub(" to ", expanded)
