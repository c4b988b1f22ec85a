"""The kiosk's one settings file: TOML, typed and validated with pydantic.

A bad value never stops the kiosk. Each problem is reported as ``key: reason`` and the
kiosk runs with the default for that key, so a typo made on one machine of a fleet shows
up on its admin screen instead of as a blank screen in a waiting room.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

APP_NAME = "bloodcancer-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KioskSection(_Section):
    name: Annotated[str, Field(min_length=1, max_length=60)] = "kiosk"
    """Names this kiosk in logs and usage figures, so a fleet's files can be combined."""


class SessionSection(_Section):
    idle_timeout_seconds: Annotated[int, Field(ge=15, le=3600)] = 120
    """Seconds without any touch before the kiosk starts over for the next reader."""


class LanguageSection(_Section):
    default: Annotated[str, Field(pattern=r"^[a-z]{2,3}$")] = "en"


class HospitalContact(_Section):
    """One of the hospital's own contacts, shown on the "getting support" topic."""

    name: Annotated[str, Field(min_length=1, max_length=80)]
    phone: Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ()-]{5,24}[0-9]$")] | None = None
    hours: Annotated[str, Field(max_length=80)] = ""
    where: Annotated[str, Field(max_length=120)] = ""


class HospitalSection(_Section):
    name: Annotated[str, Field(max_length=80)] = ""
    contacts: list[HospitalContact] = Field(default_factory=list, max_length=8)


class Settings(_Section):
    kiosk: KioskSection = Field(default_factory=KioskSection)
    session: SessionSection = Field(default_factory=SessionSection)
    language: LanguageSection = Field(default_factory=LanguageSection)
    hospital: HospitalSection = Field(default_factory=HospitalSection)


@dataclass(frozen=True)
class SettingProblem:
    key: str
    reason: str

    def format(self) -> str:
        return f"{self.key}: {self.reason}"


@dataclass
class LoadedSettings:
    settings: Settings
    path: Path | None
    problems: list[SettingProblem] = field(default_factory=list)


def default_config_path() -> Path:
    """``/etc/xdg/bloodcancer-kiosk/kiosk.toml`` on Linux, ``%ProgramData%`` on Windows."""
    return platformdirs.site_config_path(APP_NAME, appauthor=False) / CONFIG_FILE_NAME


def _remove(data: dict[str, Any], loc: tuple[int | str, ...]) -> bool:
    """Delete the value at ``loc``; if it is absent, the nearest container that exists."""
    while loc:
        parent: Any = data
        for part in loc[:-1]:
            try:
                parent = parent[part]
            except (KeyError, IndexError, TypeError):
                parent = None
                break
        last = loc[-1]
        if isinstance(parent, dict) and last in parent:
            del parent[last]
            return True
        if isinstance(parent, list) and isinstance(last, int) and last < len(parent):
            del parent[last]
            return True
        loc = loc[:-1]
    return False


def _reason(err: dict[str, Any]) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key (check the spelling); ignored"
    value = err.get("input")
    shown = f" (got {value!r})" if not isinstance(value, dict | list) else ""
    message = err["msg"].removeprefix("Value error, ")
    return f"{message}{shown}; using the default"


def validate_settings(data: dict[str, Any]) -> tuple[Settings, list[SettingProblem]]:
    """Validate, dropping each bad key so that it takes its default."""
    problems: list[SettingProblem] = []
    for _ in range(200):  # each round removes at least one key, so this ends
        try:
            return Settings.model_validate(data), problems
        except ValidationError as exc:
            removed = False
            for err in exc.errors():
                loc = tuple(err["loc"])
                problems.append(SettingProblem(".".join(map(str, loc)) or "settings", _reason(err)))
                removed = _remove(data, loc) or removed
            if not removed:
                break
    return Settings(), problems


def load_settings(path: Path | None = None, *, explicit: bool = False) -> LoadedSettings:
    """Read ``path`` (or the platform's default). Never raises for a bad file.

    A missing default file is normal (all defaults); a missing file that was named with
    ``--config`` is reported.
    """
    path = path or default_config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        problems = [SettingProblem("file", f"{path} does not exist; using defaults")]
        return LoadedSettings(Settings(), None, problems if explicit else [])
    except OSError as exc:
        reason = f"cannot read {path}: {exc.strerror or exc}; using defaults"
        return LoadedSettings(Settings(), None, [SettingProblem("file", reason)])
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        reason = f"{path} is not UTF-8 text; using defaults"
        return LoadedSettings(Settings(), path, [SettingProblem("file", reason)])
    except tomllib.TOMLDecodeError as exc:
        reason = f"{path} is not valid TOML ({exc}); using defaults"
        return LoadedSettings(Settings(), path, [SettingProblem("file", reason)])
    settings, problems = validate_settings(data)
    return LoadedSettings(settings, path, problems)
