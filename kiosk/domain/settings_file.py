"""Finding and reading the settings file, before anything is validated.

Kept apart from :mod:`kiosk.domain.settings` (the pydantic models) because the kiosk
reads the file before its first paint, and pydantic and the settings' schemas cost
about 0.1 s and 15 MB to load: the first screen needs only which languages to offer,
and the rest is validated once it is up (:mod:`kiosk.ui.startup`).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.domain.hours import DAYS, OpeningHours

APP_NAME = "bloodcancer-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"

# The interface languages, in the picker's default order. The settings model's
# LanguageCode lists the same codes (a test keeps them the same).
LANGUAGE_CODES = ("en", "cy", "pl", "ar")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class SettingProblem:
    key: str
    reason: str

    def format(self) -> str:
        return f"{self.key}: {self.reason}"


@dataclass
class SettingsFile:
    """The file as read: its TOML tables, or None (missing or unreadable: defaults)."""

    data: dict[str, Any] | None
    path: Path | None
    problems: list[SettingProblem] = field(default_factory=list)


def default_config_path() -> Path:
    """``/etc/xdg/bloodcancer-kiosk/kiosk.toml`` on Linux, ``%ProgramData%`` on Windows."""
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / CONFIG_FILE_NAME


def read_settings_file(path: Path | None = None, *, explicit: bool = False) -> SettingsFile:
    """Read ``path`` (or the platform's default). Never raises for a bad file.

    A missing default file is normal (all defaults); a missing file that was named with
    ``--config`` is reported.
    """
    path = path or default_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems = [SettingProblem("file", f"{path} does not exist; using defaults")]
        return SettingsFile(None, None, problems if explicit else [])
    except OSError as exc:
        reason = f"cannot read {path}: {exc.strerror or exc}; using defaults"
        return SettingsFile(None, None, [SettingProblem("file", reason)])
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        reason = f"{path} is not UTF-8 text; using defaults"
        return SettingsFile(None, path, [SettingProblem("file", reason)])
    except tomllib.TOMLDecodeError as exc:
        reason = f"{path} is not valid TOML ({exc}); using defaults"
        return SettingsFile(None, path, [SettingProblem("file", reason)])
    return SettingsFile(data, path, [])


@dataclass(frozen=True)
class FirstScreenLanguages:
    default: str
    offered: list[str]


def first_screen_languages(file: SettingsFile, override: str | None = None) -> FirstScreenLanguages:
    """The languages to paint the attract screen in, read leniently from the file.

    Only a guess for the first second: anything unexpected here means the defaults, and
    the validated settings, which report every problem, decide once they are loaded.
    """
    section = (file.data or {}).get("language")
    section = section if isinstance(section, dict) else {}
    offered = section.get("offered")
    if not (isinstance(offered, list) and offered and all(c in LANGUAGE_CODES for c in offered)):
        offered = list(LANGUAGE_CODES)
    default = override or section.get("default")
    if default not in LANGUAGE_CODES:
        default = DEFAULT_LANGUAGE
    return FirstScreenLanguages(str(default), [str(code) for code in offered])


def attract_screen_first(file: SettingsFile, now: dt.datetime) -> bool:
    """Whether the kiosk would open on its attract screen now: the attract screen is on
    and the opening hours, if set, leave the kiosk open. A lenient guess like the
    languages: whatever cannot be read means yes (the validated settings decide next).
    """
    data = file.data or {}
    session = data.get("session")
    if isinstance(session, dict) and session.get("attract_screen") is False:
        return False
    hours = data.get("hours")
    if not (isinstance(hours, dict) and hours.get("enabled") is True):
        return True
    try:
        opening = OpeningHours.from_strings({day: hours.get(day, "closed") for day in DAYS})
    except (AttributeError, TypeError, ValueError):  # a bad day is open all day
        return True
    if opening.days is None or not any(opening.days):  # all closed: hours are switched off
        return True
    return opening.is_open(now)
