"""Write the fleet health file every minute, from what the running kiosk knows.

The timer runs on the UI thread, like the heartbeat: a frozen kiosk stops writing, so the
file's ``written_at`` going stale is itself the alarm. Writing takes a few milliseconds
(two small files renamed into place), once a minute.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk import __version__
from kiosk.core.health import HealthReport, SpeechState
from kiosk.io.health_file import HealthFileWriter, free_disk_bytes, restarts_last_day
from kiosk.ui.timers import repeating_timer

if TYPE_CHECKING:
    from kiosk.app.heartbeat import Heartbeat
    from kiosk.app.kiosk import Kiosk

MINUTE_MS = 60_000
# How kiosk/ui/app.py names a pack in Services.content_source.
_PACK = re.compile(r"^content pack '(?P<name>.*)' of ")


def speech_state(enabled: bool, started: bool, probing: bool, problem: str | None) -> SpeechState:
    if not enabled:
        return "off"
    if not started or probing:
        return "starting"
    return "unavailable" if problem else "on"


class HealthTimer(QObject):
    def __init__(
        self,
        kiosk: Kiosk,
        writer: HealthFileWriter,
        heartbeat: Heartbeat | None = None,
        *,
        data_folder: Path,
        interval_ms: int = MINUTE_MS,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        restarts: Callable[[], int | None] = restarts_last_day,
        parent: QObject | None = None,
    ) -> None:
        """``data_folder``: where free disk space is measured (the kiosk's logs, usage
        figures and packs live there). ``now`` and ``restarts`` are injected for tests."""
        super().__init__(parent)
        self.kiosk = kiosk
        self.writer = writer
        self.heartbeat = heartbeat
        self.data_folder = data_folder
        self._now = now
        self._restarts = restarts
        self._timer = repeating_timer(self, interval_ms, self.write_now)

    def start(self) -> None:
        self.write_now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def report(self) -> HealthReport:
        kiosk = self.kiosk
        settings = kiosk.services.settings.settings
        now = self._now()
        problems: list[str] = []
        try:
            free: int | None = free_disk_bytes(self.data_folder)
        except OSError as exc:
            free = None
            problems.append(f"free disk: {exc}")
        pack = _PACK.match(kiosk.services.content_source)
        beat = self.heartbeat.last_beat if self.heartbeat is not None else None
        speech = kiosk.speech
        return HealthReport(
            written_at=now,
            version=__version__,
            kiosk_name=settings.kiosk.name,
            content=kiosk.services.content_source,
            content_pack=pack.group("name") if pack else None,
            topics_past_review=[
                f"{topic.language}/{topic.id}" for topic in kiosk.topics_past_review(now.date())
            ],
            speech=speech_state(
                settings.speech.enabled, speech.started, speech.probing, speech.problem
            ),
            speech_problem=speech.problem if settings.speech.enabled else None,
            last_heartbeat=None if beat is None else dt.datetime.fromtimestamp(beat, dt.UTC),
            restarts_last_day=self._restarts(),
            free_disk_bytes=free,
            problems=problems,
        )

    def write_now(self) -> None:
        self.writer.write(self.report())
