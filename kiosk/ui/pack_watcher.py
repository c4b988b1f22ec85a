"""Looks in a folder for new signed content packs and installs them off the UI thread."""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.packs import InstalledPack, PackError, PackStore, load_public_key
from kiosk.domain.settings import ContentPacksSection, packs_folder

log = logging.getLogger(__name__)


class PackWatcher(QObject):
    installed = Signal(object)  # InstalledPack
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
        self._seen: set[tuple[str, int, int]] = set()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="content-pack")
        self._future: Future[InstalledPack] | None = None
        self._pack_name = ""
        self.problems: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms or section.check_seconds * 1000)
        self._timer.timeout.connect(self.check)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._collect)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        self._poll.stop()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _candidates(self) -> list[Path]:
        folder = Path(self.section.watch_folder)
        try:
            packs = [p for p in folder.glob("*.zip") if p.is_file()]
        except OSError as exc:  # a network share that went away
            self._problem(f"cannot read the pack folder {folder}: {exc}")
            return []
        return sorted(packs, key=lambda p: p.stat().st_mtime)

    def check(self) -> None:
        if self._future is not None or not self.section.watch_folder:
            return
        for pack in reversed(self._candidates()):
            stat = pack.stat()
            key = (pack.name, stat.st_size, int(stat.st_mtime))
            if key in self._seen:
                return  # the newest pack was already handled
            self._seen.add(key)
            try:
                public_key = load_public_key(self.section.public_key)
            except PackError as exc:
                self._problem(str(exc))
                return
            log.info("content pack found: %s", pack)
            self._pack_name = pack.name
            self._future = self._executor.submit(
                self.store.install, pack, public_key, self._bundled_illustrations
            )
            self._poll.start()
            return

    def _collect(self) -> None:
        future = self._future
        if future is None or not future.done():
            return
        self._poll.stop()
        self._future = None
        try:
            pack = future.result()
        except PackError as exc:
            self._problem(f"pack refused: {exc}")
            return
        except OSError as exc:
            self._problem(f"pack {self._pack_name} could not be installed: {exc}")
            return
        self.installed.emit(pack)

    def _problem(self, message: str) -> None:
        log.error("content packs: %s", message)
        self.problems = [*self.problems[-4:], message]
        self.refused.emit(message)
