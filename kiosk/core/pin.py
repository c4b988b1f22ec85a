"""The admin PIN: stored only as a salted PBKDF2 hash, checked in constant time, and
locked for a while after too many wrong tries.

There is no default PIN. Until a hash is set, the admin screen cannot be opened and the
PIN pad says how to set one (``kiosk hash-pin``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000  # OWASP's 2023 advice for PBKDF2-HMAC-SHA256
PIN_PATTERN = re.compile(r"^[0-9]{4,8}$")
HASH_PATTERN = re.compile(r"^pbkdf2_sha256\$[0-9]{4,7}\$[A-Za-z0-9+/=]{16,}\$[A-Za-z0-9+/=]{40,}$")


class PinError(ValueError):
    pass


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


@dataclass
class PinGuard:
    """Counts wrong PINs; after ``attempts`` of them the pad is locked for a while.

    The clock is injected so tests can move time instead of waiting.
    """

    stored_hash: str
    attempts: int = 5
    lockout_seconds: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _failures: int = field(default=0, init=False)
    _locked_until: float = field(default=0.0, init=False)

    @property
    def has_pin(self) -> bool:
        return is_valid_hash(self.stored_hash)

    def seconds_locked(self) -> float:
        return max(0.0, self._locked_until - self.clock())

    @property
    def is_locked(self) -> bool:
        return self.seconds_locked() > 0

    def check(self, pin: str) -> bool:
        if not self.has_pin or self.is_locked:
            return False
        if verify_pin(pin, self.stored_hash):
            self._failures = 0
            return True
        self._failures += 1
        if self._failures >= self.attempts:
            self._failures = 0
            self._locked_until = self.clock() + self.lockout_seconds
        return False

    @property
    def tries_left(self) -> int:
        return self.attempts - self._failures
