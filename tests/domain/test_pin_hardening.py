"""The PIN lockout survives restarts; weak new PINs are refused (issue 18, item 9)."""

import json

import pytest

from kiosk.cli import main
from kiosk.core.pin import PinGuard, PinResult, hash_pin, new_pin_problem
from kiosk.io.pin_lockout import LockoutFile

FAST = 1000


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def guard(tmp_path, monotonic: Clock, wall: Clock) -> PinGuard:
    return PinGuard(
        hash_pin("2468", iterations=FAST),
        clock=monotonic,
        record=LockoutFile(tmp_path / "state" / "pin-lockout.json"),
        wall=wall,
    )


def test_a_restart_does_not_clear_the_lockout(tmp_path):
    wall = Clock(1_800_000_000.0)
    first = guard(tmp_path, Clock(100.0), wall)
    for _ in range(5):
        assert first.attempt("0000") is PinResult.WRONG
    assert first.is_locked
    wall.now += 60  # a minute later the kiosk restarts: its monotonic clock is new
    second = guard(tmp_path, Clock(5.0), wall)
    assert second.is_locked
    assert second.seconds_locked() == pytest.approx(240)
    assert second.attempt("2468") is PinResult.LOCKED
    wall.now += 241
    third = guard(tmp_path, Clock(7.0), wall)
    assert not third.is_locked
    assert third.attempt("2468") is PinResult.OPENED


def test_wrong_pins_before_a_restart_still_count(tmp_path):
    wall = Clock(1_800_000_000.0)
    first = guard(tmp_path, Clock(0.0), wall)
    for _ in range(3):
        first.attempt("1111")
    second = guard(tmp_path, Clock(0.0), wall)
    assert second.tries_left == 2
    second.attempt("1111")
    second.attempt("1111")
    assert second.is_locked


def test_a_clock_stepped_back_cannot_stretch_the_lock(tmp_path):
    wall = Clock(1_800_000_000.0)
    first = guard(tmp_path, Clock(0.0), wall)
    for _ in range(5):
        first.attempt("0000")
    wall.now -= 10 * 365 * 86400
    assert guard(tmp_path, Clock(0.0), wall).seconds_locked() <= 300


@pytest.mark.parametrize("text", ["", "{", "[]", '{"failures": "x"}', "x" * 10_000])
def test_a_damaged_record_starts_afresh(tmp_path, text, caplog):
    path = tmp_path / "state" / "pin-lockout.json"
    path.parent.mkdir()
    path.write_text(text, "utf-8")
    fresh = guard(tmp_path, Clock(0.0), Clock(1.0))
    assert not fresh.is_locked and fresh.tries_left == 5
    assert "not readable" in caplog.text


def test_an_unwritable_record_still_locks_this_run(tmp_path, caplog):
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be", "utf-8")
    locked = guard(tmp_path, Clock(0.0), Clock(1.0))
    for _ in range(6):
        locked.attempt("0000")
    assert locked.is_locked
    assert caplog.text.count("the PIN lockout record") == 1, "said once"


def test_the_record_holds_no_pin(tmp_path):
    first = guard(tmp_path, Clock(0.0), Clock(1.0))
    first.attempt("1357")
    record = json.loads((tmp_path / "state" / "pin-lockout.json").read_text("utf-8"))
    assert set(record) == {"failures", "locked_until"}


@pytest.mark.parametrize(
    "pin",
    ["0000", "1234", "12345", "000000", "123456", "654321", "890123", "121212",
     "123123", "112233", "123321", "1234567", "abcdef", "12345678"],
)  # fmt: skip
def test_weak_pins_are_refused(pin, capsys, monkeypatch):
    assert new_pin_problem(pin) is not None
    monkeypatch.setattr("sys.stdin", _Stdin(pin))
    assert main(["hash-pin"]) == 1
    out = capsys.readouterr()
    assert "pbkdf2" not in out.out and "nothing was changed" in out.err


@pytest.mark.parametrize("pin", ["246813", "790315", "52816407"])
def test_good_pins_are_hashed(pin):
    assert new_pin_problem(pin) is None


class _Stdin:
    def __init__(self, text: str) -> None:
        self.text = text

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self.text + "\n"
