"""The pack watcher against junk and hostile zips (issue 18, items 7 and 13)."""

import os
import threading
import time
import zipfile

import pytest

from kiosk.io import packs as packs_module
from kiosk.io.packs import PackError, build_pack
from kiosk.ui.pack_watcher import PackWatcher
from tests.conftest import FIXTURE_ILLUSTRATIONS
from tests.ui.test_content_packs import setup_packs


def watch(qtbot, settings) -> tuple[PackWatcher, list, list]:
    watcher = PackWatcher(settings.content_packs, FIXTURE_ILLUSTRATIONS)
    installed: list = []
    refused: list[str] = []
    watcher.installed.connect(installed.append)
    watcher.refused.connect(refused.append)
    watcher.check()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=10_000)
    return watcher, installed, refused


def test_a_junk_zip_dated_in_the_future_does_not_block_a_good_pack(qtbot, tmp_path, caplog):
    settings, share, content, key = setup_packs(tmp_path)
    build_pack(content, share / "december.zip", key, illustrations=FIXTURE_ILLUSTRATIONS)
    junk = share / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    ahead = time.time() + 10 * 365 * 86400
    os.utime(junk, (ahead, ahead))  # the newest file by far, for good
    watcher, installed, refused = watch(qtbot, settings)
    try:
        assert [pack.name for pack in installed] == ["new-content"]
        assert len(refused) == 1 and "junk.zip is not a complete zip file" in refused[0]
        assert "pack refused: junk.zip" in caplog.text
        watcher.check()  # neither is tried again
        assert not watcher.busy
    finally:
        watcher.stop()


def test_a_deeply_nested_pack_is_refused_not_raised(qtbot, tmp_path, caplog):
    settings, share, content, key = setup_packs(tmp_path)
    # Built by hand: building from such a folder would itself need the recursion.
    pack = share / "deep.zip"
    build_pack(content, pack, key, illustrations=FIXTURE_ILLUSTRATIONS)
    with zipfile.ZipFile(pack, "a") as archive:
        archive.writestr("content/en/" + "d/" * 1500 + "x.md", b"deep")
    watcher, installed, refused = watch(qtbot, settings)
    try:
        assert installed == []
        assert len(refused) == 1 and "nests folders more than 16 deep" in refused[0]
        assert "nests folders" in caplog.text
    finally:
        watcher.stop()


def test_an_unexpected_error_in_the_checks_is_a_refusal(qtbot, tmp_path, monkeypatch, caplog):
    settings, share, content, key = setup_packs(tmp_path)
    build_pack(content, share / "december.zip", key, illustrations=FIXTURE_ILLUSTRATIONS)

    def recurse(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(packs_module, "check_content", recurse)
    watcher, installed, refused = watch(qtbot, settings)
    try:
        assert installed == []
        assert refused == ["pack refused: december.zip: RecursionError"]
        assert "unexpected error" in caplog.text, "the traceback is in the log"
    finally:
        watcher.stop()


def test_a_look_that_hangs_is_reported_and_no_other_starts_until_it_ends(
    qtbot, tmp_path, monkeypatch, caplog
):
    settings, share, content, key = setup_packs(tmp_path)
    build_pack(content, share / "december.zip", key, illustrations=FIXTURE_ILLUSTRATIONS)
    release = threading.Event()
    checks = packs_module.check_content

    def hang(*args: object, **kwargs: object) -> object:
        release.wait(30)  # a share that stops answering half-way through the zip
        return checks(*args, **kwargs)

    monkeypatch.setattr(packs_module, "check_content", hang)
    watcher = PackWatcher(settings.content_packs, FIXTURE_ILLUSTRATIONS)
    watcher._worker.deadline_seconds = 0  # given up at the first look for an answer
    installed: list = []
    watcher.installed.connect(installed.append)
    try:
        with qtbot.waitSignal(watcher.refused) as blocker:
            watcher.check()
        assert blocker.args == ["pack december.zip: content-pack: no answer after 0 s; given up"]
        assert "given up" in caplog.text
        assert watcher.busy  # its thread has not ended: nothing else starts meanwhile
        with pytest.raises(PackError, match="being installed"):
            watcher.roll_back()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=10_000)
    assert installed == []  # an answer given up on is not shown...
    watcher.stop()
    assert watcher.store.current() is not None  # ...but the install it finished stands
