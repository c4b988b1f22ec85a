"""A running kiosk picks up a signed pack from its folder, shows it after the current
reader, and refuses a tampered one without changing what it shows. A restart changes
nothing; staff roll back (staff screen or command line) and the share cannot undo it."""

import errno
import os
import re
import shutil
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from kiosk.app.kiosk import Kiosk, content_location
from kiosk.cli import main
from kiosk.core.pin import hash_pin
from kiosk.core.settings import LoadedSettings, Settings
from kiosk.io.packs import InstalledPack, build_pack, generate_keys, load_private_key
from kiosk.ui.pack_watcher import PackWatcher
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


def test_a_tampered_pack_is_refused_and_nothing_changes(make_kiosk, qtbot, tmp_path, caplog):
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
    assert "pack refused: tampered.zip" in caplog.text


# -- restarts, staff actions, the command line and a flaky share ----------------------------
PIN = "2468"


def enter_pin(kiosk: Kiosk, digits: str) -> None:
    pad = kiosk.window.pin_pad
    for digit in digits:
        next(k for k in pad.keys if k.key == digit).click()
    pad.ok_button.click()


def with_pin(settings: Settings) -> Settings:
    admin = settings.admin.model_copy(update={"pin_hash": hash_pin(PIN, iterations=1000)})
    return settings.model_copy(update={"admin": admin})


def drop_pack(
    watch: Path, content: Path, key: Ed25519PrivateKey, name: str, *, title: str, when: int
) -> Path:
    """A pack with gamma titled ``title``, in the share, last changed at ``when``."""
    gamma = content / "en" / "gamma.md"
    text = gamma.read_text("utf-8")
    gamma.write_text(re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M))
    pack = watch / f"{name}.zip"
    build_pack(content, pack, key, illustrations=FIXTURE_ILLUSTRATIONS, name=name)
    os.utime(pack, (when, when))
    return pack


def install_two(
    kiosk: Kiosk, qtbot: QtBot, watch: Path, content: Path, key: Ed25519PrivateKey
) -> tuple[InstalledPack, InstalledPack]:
    """January, then February, installed by the running kiosk's watcher."""
    store = kiosk.packs.store
    drop_pack(watch, content, key, "January", title="January gamma", when=1_780_000_000)
    with qtbot.waitSignal(kiosk.packs.installed, timeout=5000):
        kiosk.packs.check()
    january = store.current()
    drop_pack(watch, content, key, "February", title="February gamma", when=1_780_100_000)
    with qtbot.waitSignal(kiosk.packs.installed, timeout=5000):
        kiosk.packs.check()
    february = store.current()
    assert january.name == "January" and february.name == "February"
    return january, february


def restart_watcher(
    qtbot: QtBot, settings: Settings
) -> tuple[PackWatcher, list[InstalledPack], list[str]]:
    """What a kiosk restart makes: a new watcher on the same folders, looking at once."""
    watcher = PackWatcher(settings.content_packs, FIXTURE_ILLUSTRATIONS)
    installed: list[InstalledPack] = []
    refused: list[str] = []
    watcher.installed.connect(installed.append)
    watcher.refused.connect(refused.append)
    watcher.start()
    qtbot.waitUntil(lambda: not watcher.busy, timeout=5000)
    return watcher, installed, refused


def gamma_title(kiosk: Kiosk) -> str:
    return kiosk.controller.content().topic("gamma").title


def test_a_restart_keeps_the_pack_shown_and_the_one_to_roll_back_to(make_kiosk, qtbot, tmp_path):
    settings, watch, content, key = setup_packs(tmp_path)
    kiosk = make_kiosk(settings=settings, browsing=False)
    january, february = install_two(kiosk, qtbot, watch, content, key)
    marker = february.folder / "still-here"
    marker.write_text("the folder being shown was never replaced", "utf-8")

    watcher, installed, refused = restart_watcher(qtbot, settings)
    try:
        assert installed == [] and refused == [], "the newest zip is the pack installed"
        assert watcher.store.current() == february
        assert watcher.store.previous() == january, "the pack to roll back to survives"
        assert marker.is_file()
    finally:
        watcher.stop()


def test_staff_roll_back_and_bundled_content_apply_after_the_staff_screen(
    make_kiosk, qtbot, tmp_path
):
    settings, watch, content, key = setup_packs(tmp_path)
    settings = with_pin(settings)
    kiosk = make_kiosk(settings=settings, browsing=False)
    january, _ = install_two(kiosk, qtbot, watch, content, key)
    assert gamma_title(kiosk) == "February gamma"
    panel = kiosk.window.admin_panel

    kiosk.session.open_pin_pad()
    enter_pin(kiosk, PIN)
    assert panel.rollback_button.isVisibleTo(panel) and panel.rollback_button.isEnabled()
    assert panel.bundled_button.isVisibleTo(panel) and panel.bundled_button.isEnabled()
    panel.rollback_button.click()
    assert gamma_title(kiosk) == "February gamma", "not under the staff member's finger"
    assert any("Next reader sees: content pack 'January'" in n for n in kiosk.admin_status().notes)
    assert "Next reader sees: content pack" in panel.report.text(), "the screen is refreshed"
    panel.close_button.click()
    assert gamma_title(kiosk) == "January gamma"
    assert kiosk.services.content_source.startswith("content pack 'January'")

    # February is still the newest zip in the share: neither this kiosk nor a restarted
    # one installs it again.
    kiosk.packs.check()
    assert not kiosk.packs.busy
    watcher, installed, refused = restart_watcher(qtbot, settings)
    try:
        assert installed == [] and refused == []
        assert watcher.store.current() == january
    finally:
        watcher.stop()

    kiosk.session.open_pin_pad()
    enter_pin(kiosk, PIN)
    panel.bundled_button.click()
    panel.close_button.click()
    assert kiosk.services.content_source.startswith("bundled content")
    assert kiosk.controller.content().topic("gamma") is None  # the real bundled topics
    assert kiosk.packs.store.current() is None
    assert kiosk.packs.store.previous() == january, "and can be rolled back to"


def test_the_pack_buttons_show_only_with_content_packs_on(make_kiosk):
    kiosk = make_kiosk()
    panel = kiosk.window.admin_panel
    panel.show_status(kiosk.admin_status())
    assert not panel.rollback_button.isVisibleTo(panel)
    assert not panel.bundled_button.isVisibleTo(panel)


def test_a_rollback_from_the_command_line_reaches_the_running_kiosk(
    make_kiosk, qtbot, tmp_path, capsys
):
    settings, watch, content, key = setup_packs(tmp_path)
    kiosk = make_kiosk(settings=settings, browsing=False)
    install_two(kiosk, qtbot, watch, content, key)
    config = tmp_path / "kiosk.toml"
    folder = Path(settings.content_packs.folder).as_posix()
    config.write_text(f'[content_packs]\nenabled = true\nfolder = "{folder}"\n', "utf-8")
    assert main(["pack", "rollback", "--config", str(config)]) == 0
    assert "a running kiosk shows it within 60 s" in capsys.readouterr().out
    with qtbot.waitSignal(kiosk.packs.switched, timeout=2000):
        kiosk.packs.check()
    assert gamma_title(kiosk) == "January gamma"
    assert main(["pack", "use-bundled", "--config", str(config)]) == 0
    with qtbot.waitSignal(kiosk.packs.switched, timeout=2000):
        kiosk.packs.check()
    assert kiosk.services.content_source.startswith("bundled content")


def test_a_flaky_share_is_a_problem_not_a_crash(make_kiosk, tmp_path, monkeypatch, caplog):
    settings, watch, content, key = setup_packs(tmp_path)
    kiosk = make_kiosk(settings=settings, browsing=False)
    build_pack(content, watch / "december.zip", key, illustrations=FIXTURE_ILLUSTRATIONS)
    real_stat, real_is_file = Path.stat, Path.is_file
    failure = {"error": FileNotFoundError(errno.ENOENT, "No such file")}

    def flaky_stat(path: Path, *args: object, **kwargs: object) -> os.stat_result:
        if path.suffix == ".zip":
            raise failure["error"]
        return real_stat(path, *args, **kwargs)

    # Listed, then gone (removed or renamed on the share) by the time it is looked at.
    monkeypatch.setattr(Path, "is_file", lambda p: p.suffix == ".zip" or real_is_file(p))
    monkeypatch.setattr(Path, "stat", flaky_stat)
    kiosk.packs.check()
    # A share whose handle went stale: that file is skipped and tried again next time.
    failure["error"] = OSError(errno.ESTALE, "Stale file handle")
    kiosk.packs.check()
    assert kiosk.packs.store.current() is None and kiosk.packs.problems == []

    def gone(path: Path, pattern: str) -> list[Path]:
        raise OSError(errno.EHOSTDOWN, "Host is down", str(path))

    monkeypatch.setattr(Path, "glob", gone)
    kiosk.packs.check()
    assert any("cannot read the pack folder" in p for p in kiosk.packs.problems)
    assert "cannot read the pack folder" in caplog.text
