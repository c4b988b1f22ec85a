"""Staff "Reload content" with the content folder gone shows the bundled content, as start-up
and pack switches do, and tries the folder again at the next reload (issue 18, item 6)."""

import shutil
from dataclasses import FrozenInstanceError, replace

import pytest

from kiosk.io import resources
from tests.conftest import GOOD_CONTENT
from tests.ui.test_operations import PIN, QUICK, do_gesture, enter_pin, with_pin


def test_reload_with_the_folder_gone_falls_back_to_the_bundled_content(
    make_kiosk, qtbot, tmp_path, caplog
):
    share = tmp_path / "share"
    shutil.copytree(GOOD_CONTENT, share)
    kiosk = make_kiosk(share, timings=QUICK, settings=with_pin())
    kiosk.services = replace(
        kiosk.services, content_dir=share, content_source=f"content folder {share}"
    )
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    panel = kiosk.window.admin_panel

    shutil.rmtree(share)  # the share dropped
    panel.reload_button.click()
    bundled = kiosk.services.library
    assert bundled.topic_count > 4, "the bundled topics, not an empty Home"
    assert bundled.root == resources.content_dir()
    assert kiosk.services.content_source.startswith("bundled content")
    assert "had no topics" in kiosk.services.content_source
    assert kiosk.controller.content().topic("remission") is not None
    assert "falling back to the bundled content" in caplog.text

    shutil.copytree(GOOD_CONTENT, share)  # the share is back
    panel.reload_button.click()
    assert kiosk.services.library.root == share
    assert kiosk.services.library.topic_count == 4
    assert kiosk.services.content_source == f"content folder {share}"


def test_reloading_replaces_the_kiosks_services_and_leaves_the_handed_ones_alone(
    make_kiosk, qtbot, tmp_path
):
    share = tmp_path / "share"
    shutil.copytree(GOOD_CONTENT, share)
    kiosk = make_kiosk(share, timings=QUICK, settings=with_pin())
    handed = kiosk.services
    library, source = handed.library, handed.content_source
    with pytest.raises(FrozenInstanceError):
        handed.content_source = "changed in place"  # type: ignore[misc]
    kiosk.services = replace(handed, content_dir=share)
    do_gesture(qtbot, kiosk)
    enter_pin(kiosk, PIN)
    kiosk.window.admin_panel.reload_button.click()
    assert kiosk.services.library is not library  # loaded again...
    assert kiosk.services.library.root == share
    assert kiosk.controller.library is kiosk.services.library
    assert handed.library is library and handed.content_source == source  # ...not in place
    assert handed.content_dir is None
