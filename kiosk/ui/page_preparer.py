"""Topic pages built ahead of time, so that even a topic's first opening is quick.

Building a page costs about 70 ms on the benchmark machine; showing a built one about
15 ms (bench/README.md). While the kiosk waits for a reader, one page is built per
turn of the event loop, each in about 30 ms, so a tap that arrives meanwhile waits at
most that long.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.ui.navigation_controller import NavigationController
from kiosk.ui.timers import repeating_timer, single_shot_timer


class PagePreparer(QObject):
    def __init__(
        self,
        controller: NavigationController,
        *,
        delay_ms: int = 1000,
        interval_ms: int = 20,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._queue: list[str] = []
        self._timer = repeating_timer(self, interval_ms, self._step)
        self._start = single_shot_timer(self, delay_ms, self._timer.start)

    @property
    def is_running(self) -> bool:
        return self._timer.isActive() or self._start.isActive()

    def schedule(self) -> None:
        """Prepare every topic of the reader's language, starting after a pause (the
        first paint, a language or look just chosen, come first)."""
        self._queue = [topic.id for topic in self._controller.content().ordered_topics()]
        self._timer.stop()
        self._start.start()

    def stop(self) -> None:
        self._queue.clear()
        self._timer.stop()
        self._start.stop()

    def _step(self) -> None:
        while self._queue:
            if self._controller.prepare_topic(self._queue.pop(0)):
                return  # one page per turn: a tap never waits for more
        self._timer.stop()
