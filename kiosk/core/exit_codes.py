"""The kiosk's exit statuses: what the supervisor and systemd read from them.

Only "Exit to desktop" on the staff screen may keep the kiosk down, so it has a status of
its own that nothing else ends with (0 is what any program returns by accident: Qt's
event loop ending, a library calling ``sys.exit()``, a signal handler returning). A
signal ends the kiosk with 128 + its number, as a shell reports it, and the supervisor
starts it again. This module is Qt-free.
"""

from __future__ import annotations

import signal

EXIT_DESKTOP = 80  # staff chose "Exit to desktop": the supervisor and systemd stop too
EXIT_RESTART = 75  # EX_TEMPFAIL: "restart me now", without back-off
EXIT_REPEATED_ERRORS = 70  # EX_SOFTWARE: a fault kept coming back


def exit_for_signal(signum: int | signal.Signals) -> int:
    """128 + the signal's number: never 0, never :data:`EXIT_DESKTOP`."""
    return 128 + int(signum)
