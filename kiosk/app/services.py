"""What the kiosk is made from (:class:`Services`), and loading it: the settings, the
content to show (a folder named on the command line, the current content pack, or the
bundled content) and its pictures. Never an empty Home: content with no topics falls
back to the bundled content."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk import __version__
from kiosk.app.collector import collector_paused
from kiosk.core.content.library import Library
from kiosk.core.settings import LoadedSettings
from kiosk.io import resources
from kiosk.io.content_loader import load_library
from kiosk.io.logging_setup import LogStatus
from kiosk.io.settings_file import load_settings, packs_folder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """What the kiosk is made from. Frozen: the kiosk keeps its own and replaces it when
    the content changes, so the one it was handed never changes under its caller."""

    library: Library
    settings: LoadedSettings
    illustrations: Path
    content_dir: Path | None = None
    log_status: LogStatus | None = None
    content_source: str = "bundled content"
    # What was asked for, kept when content_dir had no topics and the bundled content is
    # shown instead, so that "Reload content" tries it again (the share may be back).
    wanted_illustrations: Path | None = None
    wanted_source: str = ""


def content_location(settings: LoadedSettings, content_dir: Path | None) -> tuple[Path, Path, str]:
    """(content folder, pictures folder, a description for staff): a folder named on the
    command line, else the current content pack if packs are on, else the bundled one."""
    bundled = resources.illustrations_dir()
    if content_dir is not None:
        return content_dir, bundled, f"content folder {content_dir}"
    packs = settings.settings.content_packs
    if packs.enabled:
        from kiosk.io.packs import PackStore  # noqa: PLC0415 (cryptography: only if used)

        pack = PackStore(packs_folder(packs)).current()
        if pack is not None:
            return (
                pack.content_dir,
                pack.illustrations_dir or bundled,
                f"content pack '{pack.name}' of {pack.created}",
            )
    return resources.content_dir(), bundled, f"bundled content of version {__version__}"


def load_library_from(content_dir: Path, illustrations: Path) -> Library:
    with collector_paused():
        library = load_library(content_dir, illustrations)
    for problem in library.problems:
        log.log(logging.ERROR if problem.is_error else logging.WARNING, "%s", problem.format())
    log.info(
        "content: %d topics loaded, %d files skipped, from %s",
        library.topic_count,
        len(library.skipped),
        library.root,
    )
    return library


def load_services(
    content_dir: Path | None = None,
    config: Path | None = None,
    illustrations: Path | None = None,
    *,
    settings: LoadedSettings | None = None,
    log_status: LogStatus | None = None,
) -> Services:
    settings = settings or load_settings(config, explicit=config is not None)
    for problem in settings.problems:
        log.warning("settings: %s", problem.format())
    content_dir, found_illustrations, wanted = content_location(settings, content_dir)
    wanted_illustrations = illustrations or found_illustrations
    library, illustrations, source = load_or_bundled(content_dir, wanted_illustrations, wanted)
    return Services(
        library, settings, illustrations, content_dir, log_status, source,
        wanted_illustrations, wanted,
    )  # fmt: skip


def load_or_bundled(
    content_dir: Path, illustrations: Path, source: str
) -> tuple[Library, Path, str]:
    """(library, its pictures, what it is): ``content_dir``, or the bundled content if it
    has no topics (gone, emptied, a share that dropped). Start-up, pack switches and
    "Reload content" all come here: never an empty Home."""
    library = load_library_from(content_dir, illustrations)
    if library.topic_count or content_dir == resources.content_dir():
        return library, illustrations, source
    log.error("no topics in %s: falling back to the bundled content", content_dir)
    bundled = resources.illustrations_dir()
    source = f"bundled content of version {__version__} (the {source} had no topics)"
    return load_library_from(resources.content_dir(), bundled), bundled, source
