"""The garbage-collector policy of the kiosk, in one place (with the main-thread
collector in :mod:`kiosk.app.crash`).

- A run starts with automatic collection off (:func:`automatic_collection_off`):
  starting makes a great many objects that live on and almost no garbage, and the
  collector, set off by the allocations, walked them over and over. The running kiosk
  collects on its own timer, on the main thread (``MainThreadGarbageCollector``).
- Loading content pauses it (:func:`collector_paused`): tens of thousands of objects that
  live on and no garbage cycles; the collector walked them again and again, 40 % of the
  load time, more the larger the library. On the main thread only: the switch is
  process-wide, and a content pack is loaded on a worker thread, where turning
  collection back on could undo the kiosk's own choice made meanwhile.
- At exit the program's objects are frozen (:func:`skip_the_last_collection`).

Qt-free, so the command-line tools that load content get the same pause without Qt.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off while the block runs, on the main thread only."""
    pause = gc.isenabled() and threading.current_thread() is threading.main_thread()
    if not pause:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def automatic_collection_off() -> Iterator[None]:
    """No automatic collection for a whole run of the kiosk; as it was afterwards."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def skip_the_last_collection() -> None:
    """The kiosk has stopped: its files are closed (usage, packs) or flushed (logs;
    logging's own exit handler still runs). What is still alive is the program itself,
    and Python's last collection at exit would walk all of it and free nothing: 40 ms
    here, most of the kiosk's exit. Freezing skips that walk."""
    gc.freeze()
