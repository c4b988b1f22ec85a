import pytest

from kiosk.core.session import ALLOWED, Mode, ModeError, ModeMachine


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
        machine.enter(Mode.IDLE_WARNING)  # no idle question over the closed screen
    with pytest.raises(ModeError):
        machine.enter(Mode.CLEANING)  # the screen is black: nothing to wipe it for
    assert machine.can_enter(Mode.CLOSED), "staying put is always allowed"
    # It opens again on the attract screen, or on Home where that is switched off.
    assert machine.can_enter(Mode.ATTRACT) and machine.can_enter(Mode.BROWSING)
