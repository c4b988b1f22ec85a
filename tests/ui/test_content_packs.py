"""A running kiosk picks up a signed pack from its folder, shows it after the current
reader, and refuses a tampered one without changing what it shows."""

import shutil
import zipfile

from kiosk.domain.packs import build_pack, generate_keys, load_private_key
from kiosk.domain.settings import LoadedSettings, Settings
from kiosk.ui.app import content_location
from tests.conftest import FIXTURE_ILLUSTRATIONS, GOOD_CONTENT


def setup_packs(tmp_path):
    private = tmp_path / "signing.pem"
    public = generate_keys(private)
    watch = tmp_path / "share"
    watch.mkdir()
    settings = Settings.model_validate(
        {
            "content_packs": {
                "enabled": True,
                "watch_folder": str(watch),
                "public_key": public,
                "folder": str(tmp_path / "installed"),
            }
        }
    )
    content = tmp_path / "new-content"
    shutil.copytree(GOOD_CONTENT, content)
    gamma = content / "en" / "gamma.md"
    gamma.write_text(gamma.read_text("utf-8").replace("What is gamma?", "What is new gamma?"))
    return settings, watch, content, load_private_key(private)


def test_a_new_pack_is_shown_after_the_current_reader(make_kiosk, qtbot, tmp_path):
    settings, watch, content, key = setup_packs(tmp_path)
    kiosk = make_kiosk(settings=settings)
    build_pack(content, watch / "december.zip", key, illustrations=FIXTURE_ILLUSTRATIONS)
    with qtbot.waitSignal(kiosk.packs.installed, timeout=5000):
        kiosk.packs.check()
    assert kiosk.controller.content().topic("gamma").title == "What is gamma?", (
        "nothing changes under a reader's finger"
    )
    kiosk.session.reset_session()
    assert kiosk.controller.content().topic("gamma").title == "What is new gamma?"
    assert "content pack" in kiosk.admin_status().notes[0]
    # After a restart the kiosk starts on the installed pack.
    folder, _, source = content_location(LoadedSettings(settings, None), None)
    assert folder == kiosk.packs.store.current().content_dir
    assert source.startswith("content pack")


def test_a_tampered_pack_is_refused_and_nothing_changes(make_kiosk, qtbot, tmp_path):
    settings, watch, content, key = setup_packs(tmp_path)
    kiosk = make_kiosk(settings=settings, browsing=False)
    good = tmp_path / "good.zip"
    build_pack(content, good, key, illustrations=FIXTURE_ILLUSTRATIONS)
    bad = watch / "tampered.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.endswith("gamma.md"):
                data = data.replace(b"new gamma", b"evil gamma")
            out.writestr(info.filename, data)
    with qtbot.waitSignal(kiosk.packs.refused, timeout=5000) as refused:
        kiosk.packs.check()
    assert "changed since signing" in refused.args[0]
    assert kiosk.controller.content().topic("gamma").title == "What is gamma?"
    assert any("changed since signing" in note for note in kiosk.admin_status().notes)
