"""One callable on its own thread, Qt-free: the one place the kiosk starts a worker.

The usage writer runs its queue here, and :mod:`kiosk.ui.background` builds on it to hand
a result back to the UI thread. (Speech keeps its own threads: it was written apart.)

The thread is a daemon: a call that hangs in a system library (a network share, a zip on
a dying disk) cannot keep the kiosk from exiting, so whoever waits for it can give up after
a bounded wait and go on. What the callable returns, or raises, is kept in a
:class:`concurrent.futures.Future` the starter reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

T = TypeVar("T")


class WorkerThread(Generic[T]):
    """``work()`` on a daemon thread named ``name``, once, when :meth:`start` is called.

    ``report_errors``: an exception the callable raises also goes on to
    ``threading.excepthook`` (the crash guard logs it), as from a plain thread. A starter
    that reads :attr:`future` and reports the exception itself passes False.
    """

    def __init__(self, name: str, work: Callable[[], T], *, report_errors: bool = True) -> None:
        self.name = name
        self.future: Future[T] = Future()
        self._work = work
        self._report_errors = report_errors
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self._work()
        except BaseException as exc:
            self.future.set_exception(exc)
            if self._report_errors:
                raise
        else:
            self.future.set_result(result)

    def start(self) -> None:
        self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    @property
    def done(self) -> bool:
        return self.future.done()

    def join(self, timeout: float | None = None) -> bool:
        """Wait up to ``timeout`` seconds (None: until it ends); True if it has ended.
        A thread never started has nothing to wait for."""
        if self.started:
            self._thread.join(timeout)
        return not self._thread.is_alive()
