"""The settings file as read, before anything is validated (reading it from disk is
:mod:`kiosk.io.settings_file`).

Kept apart from :mod:`kiosk.core.settings` (the pydantic models) because the kiosk
reads the file before its first paint, and pydantic and the settings' schemas cost
about 0.1 s and 15 MB to load: the first screen needs only a lenient guess (which
languages, whether it opens on the attract screen, the pointer), and the rest is
validated once it is up (:mod:`kiosk.app.startup`). The rules both readings share live
here, once: how opening hours are repaired (:func:`check_hours`) and which values count
as true or false (:func:`lax_bool`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kiosk.core.hours import DAYS, OpeningHours, parse_range
from kiosk.core.shown import clip, shown

APP_NAME = "bloodcancer-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"

# The interface languages, in the picker's default order. The settings model's
# LanguageCode lists the same codes (a test keeps them the same).
LanguageCode = Literal["en", "cy", "pl", "ar"]
LANGUAGE_CODES: tuple[LanguageCode, ...] = ("en", "cy", "pl", "ar")
DEFAULT_LANGUAGE: LanguageCode = "en"


MAX_KEY = 120  # characters of a key in a message (an unknown key may be any length)
MAX_REASON = 600
MAX_DEPTH = 16
"""Tables and arrays nested deeper than this are refused as a whole file: the settings
are two levels deep, and 100,000 ``[`` raised RecursionError in every reader."""


@dataclass(frozen=True)
class SettingProblem:
    key: str
    reason: str

    def __post_init__(self) -> None:
        # Whatever built the message, it reaches the log and the staff screen short.
        object.__setattr__(self, "key", clip(self.key, MAX_KEY))
        object.__setattr__(self, "reason", clip(self.reason, MAX_REASON))

    def format(self) -> str:
        return f"{self.key}: {self.reason}"


@dataclass
class SettingsFile:
    """The file as read: its TOML tables, or None (missing or unreadable: defaults)."""

    data: dict[str, Any] | None
    path: Path | None
    problems: list[SettingProblem] = field(default_factory=list)


def nesting_depth(data: object) -> int:
    """How deeply tables and arrays nest in ``data``, counted without recursion (the
    validation, the copy and the messages all recurse, so they only see shallow data)."""
    deepest, stack = 0, [(data, 0)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break  # deep enough to refuse: no need to walk the rest
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return deepest


@dataclass(frozen=True)
class FirstScreenLanguages:
    default: str
    offered: tuple[str, ...]


def first_screen_languages(file: SettingsFile, override: str | None = None) -> FirstScreenLanguages:
    """The languages to paint the attract screen in, read leniently from the file.

    Only a guess for the first second: anything unexpected here means the defaults, and
    the validated settings, which report every problem, decide once they are loaded.
    """
    section = _section(file, "language")
    offered = section.get("offered")
    if not (isinstance(offered, list) and offered and all(c in LANGUAGE_CODES for c in offered)):
        offered = list(LANGUAGE_CODES)
    default = override or section.get("default")
    if default not in LANGUAGE_CODES:
        default = DEFAULT_LANGUAGE
    return FirstScreenLanguages(str(default), tuple(str(code) for code in offered))


def attract_screen_first(file: SettingsFile, now: dt.datetime) -> bool:
    """Whether the kiosk would open on its attract screen now: the attract screen is on
    and the opening hours, if set, leave the kiosk open. Read as the settings read it
    (the same true and false values, a bad day open all day, hours with every day
    closed switched off); a value that cannot be read at all means yes, and the
    validated settings decide next.
    """
    if lax_bool(_section(file, "session").get("attract_screen", True)) is False:
        return False
    hours = dict(_section(file, "hours"))  # read as the settings read it, on a copy
    check_hours({"hours": hours}, [])
    if lax_bool(hours.get("enabled", False)) is not True:
        return True
    return OpeningHours.from_strings({day: hours.get(day, "closed") for day in DAYS}).is_open(now)


def cursor_hidden(file: SettingsFile) -> bool:
    """``[kiosk] cursor_visible`` as the first screen reads it (hidden unless it is on)."""
    return lax_bool(_section(file, "kiosk").get("cursor_visible", False)) is not True


OPEN_ALL_DAY = "00:00-24:00"
"""What a day with a bad value falls back to: a typo must never black out a whole day."""

_TIMES = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


def _day_problem(day: str, value: object) -> str | None:
    """Why ``value`` is not a usable day of opening hours, or None if it is."""
    if not isinstance(value, str):
        return f"should be 'HH:MM-HH:MM' or 'closed' (got {shown(value)})"
    try:
        parse_range(value)
    except ValueError as exc:
        times = _TIMES.match(value.strip())
        if times:
            opening, closing = f"{times[1]}:{times[2]}", f"{times[3]}:{times[4]}"
            if opening == closing:
                same = f"{shown(value)} opens and closes at the same time"
                return f"{same} (all day is '{OPEN_ALL_DAY}')"
            next_day = DAYS[(DAYS.index(day) + 1) % len(DAYS)]
            # One day's hours end by midnight, so "today" never depends on yesterday.
            return (
                f'{shown(value)} runs past midnight: write {day} = "{opening}-24:00" and '
                f'{next_day} = "00:00-{closing}"'
            )
        return str(exc)
    return None


def check_hours(data: dict[str, Any], problems: list[SettingProblem]) -> None:
    """Opening hours that would black the screen out by mistake: a bad day is open all
    day; hours switched on with every day closed are switched off (both with a warning,
    in ``problems``). Changes ``data`` in place, as the settings are then validated.
    """
    hours = data.get("hours")
    if not isinstance(hours, dict):
        return
    for day in DAYS:
        if day in hours and (why := _day_problem(day, hours[day])):
            problems.append(SettingProblem(f"hours.{day}", f"{why}; open all day instead"))
            hours[day] = OPEN_ALL_DAY
    if lax_bool(hours.get("enabled")) is True and all(
        parse_range(hours.get(day, "closed")) is None for day in DAYS
    ):
        reason = (
            "enabled = true but every day is closed, which would leave the screen black "
            'all week; set each open day, e.g. monday = "08:00-18:00"; '
            "the kiosk stays on all the time instead"
        )
        problems.append(SettingProblem("hours", reason))
        hours["enabled"] = False


# The strings and numbers pydantic reads as booleans (its "lax" mode, which the settings
# models use), so that the guess and the validated settings agree.
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})


def lax_bool(value: object) -> bool | None:
    """``value`` as pydantic reads a boolean, or None if it would refuse it."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.lower()
        return True if text in _TRUE else False if text in _FALSE else None
    return None


def _section(file: SettingsFile, name: str) -> dict[str, Any]:
    section = (file.data or {}).get(name)
    return section if isinstance(section, dict) else {}
