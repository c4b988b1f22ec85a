"""Looks in a folder for new signed content packs and installs them off the UI thread;
also the staff actions on installed packs (roll back, use the bundled content)."""

from __future__ import annotations

import logging
import stat as stat_mode
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PySide6.QtCore import QObject, Signal

from kiosk.core.settings import ContentPacksSection
from kiosk.io.packs import InstalledPack, PackError, PackStore, load_public_key, peek_digest
from kiosk.io.settings_file import packs_folder
from kiosk.ui.background import Background
from kiosk.ui.timers import repeating_timer

log = logging.getLogger(__name__)

SeenKey = tuple[str, int, int]
# What one look installed (or None: nothing to do) and why each zip it tried was refused.
Tried = tuple[InstalledPack | None, list[str]]

# A look that takes longer (a share or a disk that hangs) is reported and no longer waited
# for; its thread is left to end alone, and no other look starts until it has. A pack it
# installs after all is noticed as a changed pointer at the next look (``switched``).
INSTALL_DEADLINE_SECONDS = 600.0
# Leaving the kiosk waits this long for an install: one is staged and renamed into place,
# so one cut short leaves the current pack as it was.
STOP_SECONDS = 30.0


class PackWatcher(QObject):
    installed = Signal(object)  # InstalledPack: new, to show after the current reader
    # The pointer changed outside this process (``kiosk pack rollback`` or ``clear``):
    # the InstalledPack now current, or None for the bundled content.
    switched = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        section: ContentPacksSection,
        bundled_illustrations: Path,
        *,
        interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.store = PackStore(packs_folder(section))
        self._bundled_illustrations = bundled_illustrations
        self._seen: set[SeenKey] = set()
        self._worker = Background(
            "content-pack", deadline_seconds=INSTALL_DEADLINE_SECONDS, poll_ms=100, parent=self
        )
        self._worker.finished.connect(self._collect)
        self._worker.failed.connect(self._failed)
        self._worker.abandoned.connect(self._abandoned)
        self._pack_name = ""
        self._pointer = self._pointer_key()
        self.problems: list[str] = []
        self._timer = repeating_timer(self, interval_ms or section.check_seconds * 1000, self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        self._worker.stop(STOP_SECONDS)

    @property
    def busy(self) -> bool:
        return self._worker.busy or self._worker.running

    def _candidates(self) -> list[tuple[Path, SeenKey]]:
        """The zips in the watch folder, oldest first, each with what identifies this copy
        of it. A share that goes away, or a file removed while listing, is not an error
        the kiosk can do anything about: it is logged and tried again next time."""
        folder = Path(self.section.watch_folder)
        found: list[tuple[float, Path, SeenKey]] = []
        try:
            for path in folder.glob("*.zip"):
                try:
                    stat = path.stat()
                except FileNotFoundError:
                    continue  # removed between listing and looking
                except OSError as exc:  # this one file cannot be read now: the others can
                    log.warning("content packs: cannot look at %s: %s", path, exc)
                    continue
                if not stat_mode.S_ISREG(stat.st_mode):  # a folder called x.zip
                    continue
                found.append((stat.st_mtime, path, (path.name, stat.st_size, int(stat.st_mtime))))
        except OSError as exc:  # a network share that went away, or went stale
            self._problem(f"cannot read the pack folder {folder}: {exc}")
            return []
        return [(path, key) for _, path, key in sorted(found, key=lambda item: item[0])]

    def check(self) -> None:
        if self.busy:
            return
        self._check_pointer()
        if not self.section.watch_folder:
            return
        # Every zip not handled yet, newest first. Only the newest was looked at before,
        # so one junk zip dated in the future blocked every valid pack for good.
        fresh = [(pack, key) for pack, key in reversed(self._candidates()) if key not in self._seen]
        if not fresh:
            return
        self._seen.update(key for _, key in fresh)
        try:
            public_key = load_public_key(self.section.public_key)
        except PackError as exc:
            self._problem(str(exc))
            return
        packs = [pack for pack, _ in fresh]
        log.info("content packs found: %s", ", ".join(pack.name for pack in packs))
        self._pack_name = packs[0].name
        self._worker.run(lambda: self._install_newest(packs, public_key))

    def _install_newest(self, packs: list[Path], public_key: Ed25519PublicKey) -> Tried:
        """In the worker thread: the first of ``packs`` (newest first) that installs, or
        that is already current or set aside, ends the look; each refused before it is
        reported. Older zips after it are not tried: the newest good one is what counts.
        Nothing a zip can hold escapes as an exception (a RecursionError from 1,500
        nested folders reached the UI thread before)."""
        refusals: list[str] = []
        for pack in packs:
            try:
                return self._install(pack, public_key), refusals
            except PackError as exc:
                refusals.append(f"pack refused: {exc}")
            except OSError as exc:
                refusals.append(f"pack {pack.name} could not be installed: {exc}")
            except Exception as exc:  # a fault in the checks themselves: refuse the pack
                log.exception("content pack %s: unexpected error", pack.name)
                refusals.append(f"pack refused: {pack.name}: {type(exc).__name__}")
        return None, refusals

    def _install(self, pack: Path, public_key: Ed25519PublicKey) -> InstalledPack | None:
        """In the worker thread: None when there is nothing to do. The pack already
        current (the same zip after a restart) and a pack staff set aside are skipped
        before anything is unpacked."""
        digest = peek_digest(pack)
        current = self.store.current()
        if current is not None and current.is_pack(digest):
            log.info("content pack %s is the one installed", pack.name)
            return None
        if self.store.is_set_aside(digest):
            log.info("content pack %s was set aside by staff: not installed again", pack.name)
            return None
        return self.store.install(pack, public_key, self._bundled_illustrations)

    def _failed(self, exc: BaseException) -> None:
        # _install_newest catches everything: a last guard.
        log.error(
            "content packs: the look at %s failed",
            self._pack_name,
            exc_info=(type(exc), exc, exc.__traceback__),
        )
        self._collect((None, [f"pack {self._pack_name} could not be checked: {exc}"]))

    def _abandoned(self, why: str) -> None:
        self._problem(f"pack {self._pack_name}: {why}")

    def _collect(self, tried: Tried) -> None:
        pack, refusals = tried
        for refusal in refusals[-5:]:
            self._problem(refusal)
        self._pointer = self._pointer_key()
        if pack is not None:
            self.installed.emit(pack)

    # -- the pointer, and the staff actions that move it -----------------------------------
    def _pointer_key(self) -> str | None:
        current = self.store.current()
        return current.folder.name if current is not None else None

    def _check_pointer(self) -> None:
        """Notice ``kiosk pack rollback`` / ``clear`` run while the kiosk is running."""
        key = self._pointer_key()
        if key != self._pointer:
            self._pointer = key
            current = self.store.current()
            log.info("content packs: now %s", current.name if current else "the bundled content")
            self.switched.emit(current)

    def roll_back(self) -> InstalledPack:
        """The previous pack, current again (the kiosk shows it after the current reader)."""
        return self._staff_switch(
            self.store.roll_back, "there is no previous content pack to roll back to"
        )

    def use_bundled(self) -> InstalledPack:
        """Set the current pack aside; returns it (the kiosk then shows its bundled content)."""
        return self._staff_switch(
            self.store.clear, "no content pack is installed: the bundled content is shown"
        )

    def _staff_switch(
        self, switch: Callable[[], InstalledPack | None], nothing_to_do: str
    ) -> InstalledPack:
        if self.busy:
            raise PackError("a content pack is being installed: try again in a minute")
        pack = switch()
        if pack is None:
            raise PackError(nothing_to_do)
        self._pointer = self._pointer_key()
        return pack

    def _problem(self, message: str) -> None:
        log.error("content packs: %s", message)
        self.problems = [*self.problems[-4:], message]
        self.refused.emit(message)
