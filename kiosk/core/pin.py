"""The admin PIN: stored only as a salted PBKDF2 hash, checked in constant time, and
locked for a while after too many wrong tries.

There is no default PIN. Until a hash is set, the admin screen cannot be opened and the
PIN pad says how to set one (``kiosk hash-pin``). A new PIN has 6 to 8 digits and is not
one of the easiest to guess (:func:`new_pin_problem`); hashes of older, shorter PINs
still verify. The lockout survives restarts when the guard is given a
:class:`LockoutStore` (``kiosk.io.pin_lockout.LockoutFile``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol


@dataclass(frozen=True)
class LockoutRecord:
    """What survives a restart: the wrong PINs so far and, while the pad is locked, when
    the lock ends (wall-clock seconds; 0 when not locked)."""

    failures: int = 0
    locked_until: float = 0.0


class LockoutStore(Protocol):
    """Where the record is kept (:class:`kiosk.io.pin_lockout.LockoutFile`)."""

    def load(self) -> LockoutRecord: ...

    def save(self, record: LockoutRecord) -> None: ...


ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's 2023 advice for PBKDF2-HMAC-SHA256
PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")
HASH_PATTERN = re.compile(r"^pbkdf2_sha256\$[0-9]{4,7}\$[A-Za-z0-9+/=]{16,}\$[A-Za-z0-9+/=]{40,}$")


NEW_PIN_PATTERN = re.compile(r"^[0-9]{6,8}$")
# Among the most used six-digit PINs that the patterns below do not already catch.
_COMMON = frozenset({"112233", "159753", "147258", "789456", "102030", "696969", "520520"})


class PinError(ValueError):
    pass


def new_pin_problem(pin: str) -> str | None:
    """Why ``pin`` is too weak to set as the staff PIN, or None if it will do."""
    if not NEW_PIN_PATTERN.match(pin):
        return "a new PIN is 6 to 8 digits"
    digits = [int(d) for d in pin]
    steps = {(b - a) % 10 for a, b in itertools.pairwise(digits)}
    if len(steps) == 1 and steps <= {0, 1, 9}:
        return "a PIN of one digit repeated, or digits in a row, is guessed first"
    if any(pin == pin[:size] * (len(pin) // size) for size in (2, 3, 4) if len(pin) % size == 0):
        return "a PIN that repeats a shorter one (121212, 123123) is guessed early"
    if pin == pin[::-1] and len(set(pin)) <= 3:
        return "a PIN that reads the same backwards with so few digits is guessed early"
    if pin in _COMMON:
        return "this PIN is one of the most used ones"
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """``pbkdf2_sha256$ITERATIONS$SALT$HASH`` for a PIN of 4 to 8 digits."""
    if not PIN_PATTERN.match(pin):
        raise PinError("a PIN is 4 to 8 digits")
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def is_valid_hash(value: str) -> bool:
    return bool(HASH_PATTERN.match(value))


def verify_pin(pin: str, stored: str) -> bool:
    try:
        algorithm, iterations, salt, digest = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = hashlib.pbkdf2_hmac(
            "sha256", pin.encode("utf-8"), base64.b64decode(salt, validate=True), int(iterations)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


class PinResult(Enum):
    OPENED = "opened"
    WRONG = "wrong"
    LOCKED = "locked"  # refused unchecked: the pad is locked (the PIN may be right)
    NO_PIN = "no PIN set"


@dataclass
class PinGuard:
    """Counts wrong PINs; after ``attempts`` of them the pad is locked for a while.

    The clocks are injected so tests can move time instead of waiting: ``clock`` is
    monotonic, for the lock within this run; ``wall`` dates the record on disk.
    """

    stored_hash: str
    attempts: int = 5
    lockout_seconds: float = 300.0
    clock: Callable[[], float] = time.monotonic
    record: LockoutStore | None = None
    wall: Callable[[], float] = time.time
    _failures: int = field(default=0, init=False)
    _locked_until: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        if self.record is None:
            return
        saved = self.record.load()
        # A clock stepped back must not stretch the lock past one whole lockout.
        left = min(max(0.0, saved.locked_until - self.wall()), self.lockout_seconds)
        self._failures = min(saved.failures, max(0, self.attempts - 1))
        if left > 0:
            self._locked_until = self.clock() + left

    @property
    def has_pin(self) -> bool:
        return is_valid_hash(self.stored_hash)

    def seconds_locked(self) -> float:
        return max(0.0, self._locked_until - self.clock())

    @property
    def is_locked(self) -> bool:
        return self.seconds_locked() > 0

    def check(self, pin: str) -> bool:
        return self.attempt(pin) is PinResult.OPENED

    def attempt(self, pin: str) -> PinResult:
        if not self.has_pin:
            return PinResult.NO_PIN
        if self.is_locked:
            return PinResult.LOCKED
        if verify_pin(pin, self.stored_hash):
            if self._failures:
                self._failures = 0
                self._save()
            return PinResult.OPENED
        self._failures += 1
        if self._failures >= self.attempts:
            self._failures = 0
            self._locked_until = self.clock() + self.lockout_seconds
        self._save()
        return PinResult.WRONG

    @property
    def tries_left(self) -> int:
        return self.attempts - self._failures

    def _save(self) -> None:
        if self.record is None:
            return
        left = self.seconds_locked()
        until = self.wall() + left if left > 0 else 0.0
        self.record.save(LockoutRecord(self._failures, until))
