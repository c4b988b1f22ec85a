import pytest

from kiosk.domain.session import ALLOWED, Mode, ModeError, ModeMachine


def test_every_mode_has_rules():
    assert set(ALLOWED) == set(Mode)


def test_allowed_and_refused_transitions():
    machine = ModeMachine(Mode.ATTRACT)
    assert machine.enter(Mode.BROWSING) is Mode.ATTRACT
    machine.enter(Mode.IDLE_WARNING)
    machine.enter(Mode.CLEANING)
    with pytest.raises(ModeError):
        machine.enter(Mode.IDLE_WARNING)  # no idle question over cleaning
    machine.enter(Mode.BROWSING)
    machine.enter(Mode.CLOSED)
    with pytest.raises(ModeError):
        machine.enter(Mode.BROWSING)  # a closed kiosk wakes to the attract screen
    assert machine.can_enter(Mode.CLOSED), "staying put is always allowed"
