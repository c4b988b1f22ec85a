import pytest

from kiosk.core.pin import PinError, PinGuard, hash_pin, is_valid_hash, verify_pin

FAST = 1000  # iterations: the real count is slow by design; the format is the same


def test_hash_is_salted_and_verifies():
    first, second = hash_pin("2468", iterations=FAST), hash_pin("2468", iterations=FAST)
    assert first != second, "a fresh salt every time"
    assert is_valid_hash(first)
    assert verify_pin("2468", first)
    assert not verify_pin("2469", first)
    assert "2468" not in first


def test_real_hashes_use_many_iterations():
    assert hash_pin("123456").split("$")[1] == "600000"


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", " 1234"])
def test_bad_pins_are_refused(pin):
    with pytest.raises(PinError):
        hash_pin(pin)


@pytest.mark.parametrize("stored", ["", "plain", "md5$1$a$b", "pbkdf2_sha256$x$y$z"])
def test_garbage_hashes_never_verify(stored):
    assert not verify_pin("1234", stored)
    assert not is_valid_hash(stored)


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_five_wrong_pins_lock_the_pad_for_five_minutes():
    clock = Clock()
    guard = PinGuard(hash_pin("2468", iterations=FAST), clock=clock)
    for left in (4, 3, 2, 1):
        assert not guard.check("0000")
        assert guard.tries_left == left
    assert not guard.check("0000")
    assert guard.is_locked
    assert not guard.check("2468"), "even the right PIN is refused while locked"
    clock.now += 299
    assert guard.is_locked
    clock.now += 2
    assert not guard.is_locked
    assert guard.check("2468")


def test_a_right_pin_resets_the_count():
    guard = PinGuard(hash_pin("2468", iterations=FAST), clock=Clock())
    guard.check("1")
    guard.check("2")
    assert guard.check("2468")
    assert guard.tries_left == 5


def test_no_pin_set_means_no_way_in():
    guard = PinGuard("")
    assert not guard.has_pin
    assert not guard.check("")
    assert not guard.check("1234")
