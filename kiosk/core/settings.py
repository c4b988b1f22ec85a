"""The kiosk's one settings file: TOML, typed and validated with pydantic.

A bad value never stops the kiosk. Each problem is reported as ``key: reason`` and the
kiosk runs with the default for that key, so a typo made on one machine of a fleet shows
up on its admin screen instead of as a blank screen in a waiting room.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, ValidationError
from pydantic_core import ErrorDetails

from kiosk.core.content.policy import (
    ContentPolicy,
    PastReviewPolicy,
    ShowPolicy,
    StaleTranslationPolicy,
)
from kiosk.core.folders import managed_folder_problem
from kiosk.core.hours import DAYS, OpeningHours, parse_range
from kiosk.core.pin import is_valid_hash
from kiosk.core.raw_settings import (
    APP_NAME,
    CONFIG_FILE_NAME,
    DEFAULT_LANGUAGE,
    LANGUAGE_CODES,
    SettingProblem,
    SettingsFile,
    check_hours,
)
from kiosk.core.shown import clip, shown
from kiosk.core.speech_mode_settings import SpeechModeSection

__all__ = ["APP_NAME", "CONFIG_FILE_NAME", "SettingProblem"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class KioskSection(_Section):
    name: Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[\w .-]+$")] = "kiosk"
    """Names this kiosk in logs and usage figures, so a fleet's files can be combined."""
    cursor_visible: bool = False
    """Show the mouse pointer (for kiosks used with a mouse or trackball)."""


class SessionSection(_Section):
    idle_timeout_seconds: Annotated[int, Field(ge=15, le=3600)] = 120
    """Seconds without any touch before the kiosk asks "Are you still there?"."""
    idle_warning_seconds: Annotated[int, Field(ge=20, le=300)] = 30
    """How long that question waits for a tap before starting over (WCAG 2.2.1: 20+)."""
    attract_screen: bool = True
    """Show the attract screen when nobody is using the kiosk (otherwise Home)."""


LanguageCode = Literal["en", "cy", "pl", "ar"]


class LanguageSection(_Section):
    default: LanguageCode = DEFAULT_LANGUAGE
    """The language each new reader sees first."""
    offered: Annotated[list[LanguageCode], Field(min_length=1)] = Field(
        default_factory=lambda: list(LANGUAGE_CODES)
    )
    """Languages on the picker, in this order."""
    hide_unapproved_translations: bool = False
    """Show translations still awaiting review by a fluent clinician in English instead."""


class ContentSection(_Section):
    """The deployment policy: what this kiosk shows (kiosk.core.content.policy)."""

    show: ShowPolicy = ShowPolicy.ALL
    """"all": every topic, drafts with an "awaiting clinical review" note (trying out);
    "approved": only topics a clinical review approved as they are now (a real ward)."""
    past_review: PastReviewPolicy = PastReviewPolicy.FLAG
    """Topics past their review date: "flag" them to staff, or "hide" them."""
    stale_translations: StaleTranslationPolicy = StaleTranslationPolicy.NOTE
    """A translation whose English has changed since: "note" on it, or show "english"."""


class SpeechSection(_Section):
    enabled: bool = True
    """Offer "Listen" on every topic when a voice for the reader's language exists."""
    engine: str = ""
    """The kiosk's one voice, for Listen and speech mode, when ``[speech_mode] engine``
    is empty: "espeak-ng", "speechd" (spd-say), "windows" (System.Speech; "sapi" and
    "winrt" mean it too) or "mock" (silent); empty picks the first installed. Each
    speaks from its own process, never on the UI thread."""
    rate: Annotated[float, Field(ge=-1.0, le=1.0)] = -0.1
    """Speaking rate from -1 (slow) to 1 (fast); a little slower than normal helps.
    Listen's rate, and speech mode's starting rate."""


class CleaningSection(_Section):
    seconds: Annotated[int, Field(ge=10, le=300)] = 30
    """How long touch stays locked while the screen is wiped."""
    show_button: bool = True
    """Show the small "Clean screen" button in the top bar (it is always in admin)."""


def _check_day(value: str) -> str:
    parse_range(value)
    return value


DayHours = Annotated[str, AfterValidator(_check_day)]


class HoursSection(_Section):
    """Opening hours. Leave the section out to keep the kiosk on all the time.

    A day left out is closed; a day with a bad value is open all day, with a warning
    (see :func:`kiosk.core.raw_settings.check_hours`).
    """

    enabled: bool = False
    monday: DayHours = "closed"
    tuesday: DayHours = "closed"
    wednesday: DayHours = "closed"
    thursday: DayHours = "closed"
    friday: DayHours = "closed"
    saturday: DayHours = "closed"
    sunday: DayHours = "closed"

    def opening_hours(self) -> OpeningHours:
        if not self.enabled:
            return OpeningHours.always_open()
        return OpeningHours.from_strings({day: getattr(self, day) for day in DAYS})


def _check_managed_folder(value: str) -> str:
    if (problem := managed_folder_problem(value)) is not None:
        raise ValueError(f"{problem}; it must hold nothing but what the kiosk puts there")
    return value


def _check_hash(value: str) -> str:
    if value and not is_valid_hash(value):
        raise ValueError("not a hash made by 'kiosk hash-pin'")
    return value


class AdminSection(_Section):
    pin_hash: Annotated[str, AfterValidator(_check_hash)] = ""
    """Made by ``kiosk hash-pin``. Empty: the admin screen cannot be opened."""
    lockout_attempts: Annotated[int, Field(ge=3, le=10)] = 5
    lockout_minutes: Annotated[int, Field(ge=1, le=60)] = 5
    pad_timeout_seconds: Annotated[int, Field(ge=10, le=120)] = 30
    screen_timeout_seconds: Annotated[int, Field(ge=30, le=1800)] = 120
    """The staff screen closes after this long without a touch, so "Exit to desktop" is
    never left one tap away for the next patient."""
    hold_seconds: Annotated[float, Field(ge=2, le=15)] = 5.0
    """The hidden gesture: hold the title in the top bar this long, then tap it 3 times."""


class LoggingSection(_Section):
    folder: str = ""
    """Log folder; empty means the platform's own (see docs/deploying.md)."""
    max_kilobytes: Annotated[int, Field(ge=64, le=102_400)] = 1024
    backups: Annotated[int, Field(ge=1, le=20)] = 5
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class SupervisorSection(_Section):
    heartbeat_timeout_seconds: Annotated[int, Field(ge=10, le=600)] = 45
    max_restarts_per_hour: Annotated[int, Field(ge=1, le=120)] = 10
    daily_restart: Annotated[str, Field(pattern=r"^(|([01]\d|2[0-3]):[0-5]\d)$")] = ""
    """A time such as "04:00" to restart the kiosk every day; empty for never."""


class HealthSection(_Section):
    """The fleet health file, written every minute (docs/deploying.md, "Health file")."""

    enabled: bool = True
    folder: str = ""
    """Where health.json (and on Linux bloodcancer_kiosk.prom) go; empty means the
    platform's own: %ProgramData%\\bloodcancer-kiosk\\health on Windows, the kiosk user's
    state folder on Linux."""


class ContentPacksSection(_Section):
    """Signed content packs (``kiosk pack build``), picked up from a folder."""

    enabled: bool = False
    watch_folder: str = ""
    """Where new packs (.zip) appear: a local folder or a network share."""
    public_key: str = ""
    """The public key printed by ``kiosk pack keygen`` (base64). Packs must match it."""
    folder: Annotated[str, AfterValidator(_check_managed_folder)] = ""
    """Where installed packs are kept; empty means the platform's data folder. A folder
    of the kiosk's own: never the root, a system folder or a home folder."""
    check_seconds: Annotated[int, Field(ge=10, le=86_400)] = 60


class UsageSection(_Section):
    """Private, local usage figures (see docs): no personal data, nothing leaves the kiosk."""

    enabled: bool = True
    retention_days: Annotated[int, Field(ge=1, le=3650)] = 365
    folder: str = ""
    """Where the database lives; empty means the platform's data folder."""


class TakeHomeLink(_Section):
    url: HttpUrl
    publisher: Annotated[str, Field(min_length=1, max_length=80)]


class TakeHomeSection(_Section):
    enabled: bool = True
    """Show "Take this home" (a QR code of the topic's main public source) on topics."""
    links: dict[Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")], TakeHomeLink] = Field(
        default_factory=dict
    )
    """Point a topic's QR code at the hospital's own page: topic id = {url, publisher}."""


class HospitalContact(_Section):
    """One of the hospital's own contacts, shown on the "getting support" topic."""

    name: Annotated[str, Field(min_length=1, max_length=80)]
    phone: Annotated[str, Field(pattern=r"^\+?[0-9][0-9 ()-]{5,24}[0-9]$")] | None = None
    hours: Annotated[str, Field(max_length=80)] = ""
    where: Annotated[str, Field(max_length=120)] = ""


class HospitalSection(_Section):
    name: Annotated[str, Field(max_length=80)] = ""
    urgent_line: Annotated[str, Field(pattern=r"^(?:\+?[0-9][0-9 ()-]{5,24}[0-9])?$")] = ""
    """The hospital's own 24-hour number for patients who feel unwell (infection, sepsis,
    CAR-T side effects): shown on every "Call now" box instead of "the number your team
    gave you"."""
    contacts: list[HospitalContact] = Field(default_factory=list, max_length=8)


class Settings(_Section):
    kiosk: KioskSection = Field(default_factory=KioskSection)
    session: SessionSection = Field(default_factory=SessionSection)
    language: LanguageSection = Field(default_factory=LanguageSection)
    content: ContentSection = Field(default_factory=ContentSection)
    speech: SpeechSection = Field(default_factory=SpeechSection)
    speech_mode: SpeechModeSection = Field(default_factory=SpeechModeSection)
    cleaning: CleaningSection = Field(default_factory=CleaningSection)
    hours: HoursSection = Field(default_factory=HoursSection)
    admin: AdminSection = Field(default_factory=AdminSection)
    logging: LoggingSection = Field(default_factory=LoggingSection)
    supervisor: SupervisorSection = Field(default_factory=SupervisorSection)
    health: HealthSection = Field(default_factory=HealthSection)
    usage: UsageSection = Field(default_factory=UsageSection)
    content_packs: ContentPacksSection = Field(default_factory=ContentPacksSection)
    take_home: TakeHomeSection = Field(default_factory=TakeHomeSection)
    hospital: HospitalSection = Field(default_factory=HospitalSection)

    def content_policy(self) -> ContentPolicy:
        return ContentPolicy(
            show=self.content.show,
            past_review=self.content.past_review,
            stale_translations=self.content.stale_translations,
            hide_unapproved_translations=self.language.hide_unapproved_translations,
        )


@dataclass
class LoadedSettings:
    settings: Settings
    path: Path | None
    problems: list[SettingProblem] = field(default_factory=list)


def _target(data: dict[str, Any], loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """The longest part of ``loc`` that exists in ``data``: the value itself if it is
    there, else (a required key that is missing) the nearest container that holds it."""
    found: tuple[int | str, ...] = ()
    node: Any = data
    for part in loc:
        in_dict = isinstance(node, dict) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if not (in_dict or in_list):
            break
        node = node[part]
        found += (part,)
    return found


def _sort_key(path: tuple[int | str, ...]) -> tuple[tuple[int, int | str], ...]:
    # Mixed int/str paths do not compare, so tag each part with its type first.
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in path)


def _remove_all(data: dict[str, Any], locs: list[tuple[int | str, ...]]) -> bool:
    """Delete the value at each of ``locs`` (see :func:`_target`), each once.

    All ``locs`` come from one validation of ``data``, so they are deleted together:
    a value inside one that is deleted anyway is skipped, and the items of a list go
    from the highest index down, so deleting one never shifts another onto its index.
    """
    targets = {path for path in (_target(data, loc) for loc in locs) if path}
    outermost = {path for path in targets if not any(path[: len(o)] == o for o in targets - {path})}
    for path in sorted(outermost, key=_sort_key, reverse=True):
        parent: Any = data
        for part in path[:-1]:
            parent = parent[part]
        del parent[path[-1]]
    return bool(outermost)


# Keys whose value must never be echoed back: a PIN typed into ``pin_hash`` by mistake
# would otherwise end up in kiosk.log and on the staff screen.
_SECRET_KEYS = frozenset({("admin", "pin_hash")})


def _reason(err: ErrorDetails) -> str:
    if err["type"] == "extra_forbidden":
        return "unknown key (check the spelling); ignored"
    value = err.get("input")
    secret = tuple(err["loc"][:2]) in _SECRET_KEYS
    got = f" (got {shown(value)})" if not isinstance(value, dict | list) and not secret else ""
    message = clip(err["msg"].removeprefix("Value error, "), 200)
    return f"{message}{got}; using the default"


def validate_settings(data: dict[str, Any]) -> tuple[Settings, list[SettingProblem]]:
    """Validate, dropping each bad key so that it takes its default."""
    problems: list[SettingProblem] = []
    check_hours(data, problems)
    for _ in range(200):  # each round removes at least one key, so this ends
        try:
            return Settings.model_validate(data), problems
        except ValidationError as exc:
            errors = exc.errors()
            for err in errors:
                key = ".".join(map(str, err["loc"])) or "settings"
                problems.append(SettingProblem(key, _reason(err)))
            if not _remove_all(data, [tuple(err["loc"]) for err in errors]):
                break
    return Settings(), problems


def settings_from(file: SettingsFile) -> LoadedSettings:
    """Validate a file already read; the file's own data is left as it was."""
    if file.data is None:
        return LoadedSettings(Settings(), file.path, list(file.problems))
    settings, problems = validate_settings(copy.deepcopy(file.data))
    return LoadedSettings(settings, file.path, [*file.problems, *problems])
