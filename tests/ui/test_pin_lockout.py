"""The PIN pad's lockout in the kiosk: it survives a restart, and a PIN entered while
it holds is neither right nor wrong (issue 18, item 9)."""

import logging

from tests.ui.test_operations import PIN, QUICK, do_gesture, enter_pin, with_pin


def lock_the_pad(qtbot, kiosk) -> None:
    do_gesture(qtbot, kiosk)
    for _ in range(5):
        enter_pin(kiosk, "1111")
    assert kiosk.session.pin_guard.is_locked


def test_a_restarted_kiosk_keeps_the_pad_locked(make_kiosk, qtbot, caplog):
    first = make_kiosk(timings=QUICK, settings=with_pin())
    lock_the_pad(qtbot, first)
    first.window.pin_pad.cancel_button.click()
    first.stop()
    second = make_kiosk(timings=QUICK, settings=with_pin())  # the same data folder
    assert second.session.pin_guard.is_locked
    do_gesture(qtbot, second)
    assert second.window.pin_pad.status.text().startswith("Too many wrong PINs")
    assert not second.window.pin_pad.ok_button.isEnabled()
    assert caplog.text.count("wrong staff PIN") == 5


def test_the_right_pin_during_a_lockout_is_not_logged_as_wrong(make_kiosk, qtbot, caplog):
    kiosk = make_kiosk(timings=QUICK, settings=with_pin())
    lock_the_pad(qtbot, kiosk)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="kiosk"):
        kiosk.window.pin_pad.submitted.emit(PIN)  # a keyboard, say: the keys are off
    assert "wrong staff PIN" not in caplog.text
    assert "entered while the pad is locked: not checked" in caplog.text
    assert not kiosk.window.layer_open("adminPanel")
