"""The content-switch rule: new content waits for the reader, the latest request wins."""

from kiosk.core.content_switch import ContentSwitch, SwitchState


def test_nothing_waits_at_first():
    switch: ContentSwitch[str] = ContentSwitch()
    assert switch.state is SwitchState.SHOWING
    assert not switch.waiting
    assert switch.take() == (False, None)


def test_a_pack_is_due_at_once_when_nobody_reads():
    switch: ContentSwitch[str] = ContentSwitch()
    assert switch.request("pack-1", reader_present=False) is True
    assert switch.state is SwitchState.PACK_WAITING
    assert switch.take() == (True, "pack-1")
    assert switch.state is SwitchState.SHOWING


def test_a_pack_waits_for_the_reader_and_the_latest_request_wins():
    switch: ContentSwitch[str] = ContentSwitch()
    assert switch.request("pack-1", reader_present=True) is False
    assert switch.request("pack-2", reader_present=True) is False
    assert switch.waiting
    assert switch.take() == (True, "pack-2")
    assert switch.take() == (False, None), "taken once"


def test_the_bundled_content_is_a_request_of_its_own():
    switch: ContentSwitch[str] = ContentSwitch()
    switch.request("pack-1", reader_present=True)
    assert switch.request(None, reader_present=True) is False
    assert switch.state is SwitchState.BUNDLED_WAITING
    assert switch.pack is None
    assert switch.take() == (True, None), "due: the bundled content, not nothing"
