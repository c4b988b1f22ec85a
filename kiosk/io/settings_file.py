"""The settings file on disk: where it is, reading it, and the folders it points to.

The rules over what was read live in the core (:mod:`kiosk.core.raw_settings` for the
lenient first reading, :mod:`kiosk.core.settings` for validation); this module is the
part that touches the machine.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from kiosk.core.raw_settings import (
    APP_NAME,
    CONFIG_FILE_NAME,
    MAX_DEPTH,
    SettingProblem,
    SettingsFile,
    nesting_depth,
)

if TYPE_CHECKING:  # pydantic's models: not loaded before the first paint (kiosk.app.startup)
    from kiosk.core.settings import ContentPacksSection, LoadedSettings, UsageSection


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
    data, why = _parse(raw, path)
    return SettingsFile(data, path, [] if why is None else [SettingProblem("file", why)])


def _parse(raw: bytes, path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The file's tables, or None and why not."""
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, f"{path} is not UTF-8 text; using defaults"
    except tomllib.TOMLDecodeError as exc:
        return None, f"{path} is not valid TOML ({exc}); using defaults"
    except RecursionError:  # tomllib reads nested arrays and inline tables recursively
        return None, f"{path} nests values too deeply to read; using defaults"
    if nesting_depth(data) > MAX_DEPTH:
        return None, f"{path} nests values more than {MAX_DEPTH} levels deep; using defaults"
    return data, None


def load_settings(path: Path | None = None, *, explicit: bool = False) -> LoadedSettings:
    """Read and validate ``path`` (or the platform's default). Never raises for a bad
    file (see :func:`read_settings_file`)."""
    from kiosk.core.settings import settings_from  # noqa: PLC0415 (pydantic: see above)

    return settings_from(read_settings_file(path, explicit=explicit))


def default_data_folder() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def usage_database_path(section: UsageSection) -> Path:
    folder = Path(section.folder) if section.folder else default_data_folder()
    return folder / "usage.sqlite3"


def packs_folder(section: ContentPacksSection) -> Path:
    return Path(section.folder) if section.folder else default_data_folder() / "packs"
