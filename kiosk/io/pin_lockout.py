"""The PIN pad's lockout, kept on disk so that a restart does not clear it.

In memory only, any restart (power, a crash, the daily restart, a kill) gave a guesser
a fresh five tries (issue 18). The file holds the count of wrong PINs and, while the
pad is locked, when the lock ends, in wall-clock seconds: the monotonic clock starts
again at a reboot. A clock stepped back cannot stretch the lock: what is left of it is
never more than one whole lockout. Never raises: a file that cannot be read counts as
no record, and one that cannot be written is logged once (the lock still holds until
the kiosk restarts).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from kiosk.core.pin import LockoutRecord

log = logging.getLogger(__name__)

LOCKOUT_FILE_NAME = "pin-lockout.json"
MAX_FILE_BYTES = 4096  # the record is a few dozen bytes; anything bigger is not ours


class LockoutFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._warned = False

    def load(self) -> LockoutRecord:
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return LockoutRecord()
        except OSError as exc:
            self._warn("cannot read", exc)
            return LockoutRecord()
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(raw)
            failures, until = int(data["failures"]), float(data["locked_until"])
        except (ValueError, TypeError, KeyError, IndexError):
            log.warning("the PIN lockout record %s is not readable; starting afresh", self.path)
            return LockoutRecord()
        return LockoutRecord(max(0, min(failures, 1000)), max(0.0, until))

    def save(self, record: LockoutRecord) -> None:
        """Written to a new file, synced and renamed over the old one: a power cut
        leaves the old record or the new one, never half of either."""
        text = json.dumps({"failures": record.failures, "locked_until": record.locked_until})
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("w", encoding="ascii") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            partial.replace(self.path)
        except OSError as exc:
            self._warn("cannot write", exc)

    def _warn(self, what: str, exc: OSError) -> None:
        if not self._warned:
            log.warning("%s the PIN lockout record %s: %s", what, self.path, exc)
        self._warned = True
