"""A reader's start and end are not in kiosk.log at its usual level (issue 18, item 15)."""

import logging


def test_session_changes_are_logged_at_debug_only(make_kiosk, caplog):
    kiosk = make_kiosk(browsing=False)
    with caplog.at_level(logging.INFO, logger="kiosk"):
        kiosk.session.start_browsing()  # a reader starts
        kiosk.controller.open_topic("alpha")
        kiosk.session.reset_session()  # and leaves
    assert kiosk.session.mode.name == "ATTRACT"
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert not [m for m in said if m.startswith("mode:") or "next reader" in m], said
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="kiosk"):
        kiosk.session.start_browsing()
    assert any(r.getMessage().startswith("mode:") for r in caplog.records), "still at DEBUG"
