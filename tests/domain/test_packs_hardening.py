"""Content packs after the attack review (issue 18, items 3, 4, 8, 13 and 16)."""

import base64
import datetime as dt
import hashlib
import json
import shutil
import tracemalloc
import zipfile

import pytest

from kiosk.core.folders import managed_folder_problem
from kiosk.core.settings import Settings
from kiosk.io import packs
from kiosk.io.packs import CURRENT, NEWEST, OURS, PackError, PackStore, verify_pack
from tests.conftest import FIXTURE_ILLUSTRATIONS
from tests.domain.test_packs import dated_pack, good_pack, keys  # noqa: F401 (fixtures)

NOW = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def three(tmp_path, keys):  # noqa: F811
    return [
        dated_pack(tmp_path, keys[0], month, f"2026-{number:02d}-05T09:00:00+00:00", month)
        for number, month in ((1, "January"), (2, "February"), (3, "March"))
    ]


def install(store: PackStore, pack, keys, now=NOW):  # noqa: F811
    return store.install(pack, keys[1], FIXTURE_ILLUSTRATIONS, now=now)


def test_use_bundled_does_not_let_an_older_pack_in(tmp_path, keys, three):  # noqa: F811
    january, february, march = three
    store = PackStore(tmp_path / "installed")
    install(store, february, keys)
    install(store, march, keys)
    store.clear()  # staff: use the bundled content
    with pytest.raises(PackError, match="before the pack installed now"):
        install(store, january, keys)
    assert store.current() is None
    assert store.previous() is not None and store.previous().name == "March", "kept"


def test_a_lost_pointer_does_not_let_an_older_pack_in(tmp_path, keys, three):  # noqa: F811
    january, _, march = three
    store = PackStore(tmp_path / "installed")
    install(store, march, keys)
    (store.folder / CURRENT).unlink()
    with pytest.raises(PackError, match="before the pack installed now"):
        install(store, january, keys)
    record = json.loads((store.folder / NEWEST).read_text("utf-8"))
    assert record == {"name": "March", "created": "2026-03-05T09:00:00+00:00"}


def test_the_record_only_moves_forward(tmp_path, keys, three):  # noqa: F811
    january, february, march = three
    store = PackStore(tmp_path / "installed")
    install(store, january, keys)
    install(store, march, keys)
    store.roll_back()
    assert store.current().name == "January"
    assert store.newest(NOW).name == "March", "a roll back does not move it back"
    with pytest.raises(PackError):
        install(store, february, keys)


def test_a_pack_dated_more_than_a_day_ahead_is_refused(tmp_path, keys):  # noqa: F811
    ahead = dated_pack(tmp_path, keys[0], "Ahead", "2027-06-01T00:00:00+00:00", "ahead")
    store = PackStore(tmp_path / "installed")
    with pytest.raises(PackError, match="more than a day after this kiosk's clock"):
        install(store, ahead, keys)
    assert store.current() is None and not (store.folder / NEWEST).exists()
    soon = dated_pack(tmp_path, keys[0], "Soon", "2026-12-03T06:00:00+00:00", "soon")
    assert install(store, soon, keys).name == "Soon", "within a day: a clock a little off"


def test_a_future_pack_installed_before_the_fix_does_not_block_genuine_ones(
    tmp_path,
    keys,  # noqa: F811
):
    ahead = dated_pack(tmp_path, keys[0], "Ahead", "2027-06-01T00:00:00+00:00", "ahead")
    genuine = dated_pack(tmp_path, keys[0], "Genuine", "2026-11-30T00:00:00+00:00", "genuine")
    store = PackStore(tmp_path / "installed")
    install(store, ahead, keys, now=dt.datetime(2027, 6, 1, tzinfo=dt.UTC))  # its clock then
    assert install(store, genuine, keys).name == "Genuine"


def test_pruning_deletes_only_what_the_kiosk_made(tmp_path, keys, three):  # noqa: F811
    january, february, march = three
    shared = tmp_path / "shared"
    others = [shared / "photos", shared / "pack-0123456789", shared / "pack-abcdefabcd"]
    for folder in others:
        (folder / "keep").mkdir(parents=True)
        (folder / "keep" / "file.txt").write_text("not the kiosk's", "utf-8")
    (shared / "pack-abcdefabcd" / "content").mkdir()  # a pack's name, and more inside
    store = PackStore(shared)
    for pack in (january, february, march):
        install(store, pack, keys)
    assert all((folder / "keep" / "file.txt").is_file() for folder in others)
    ours = sorted(p.name for p in shared.iterdir() if (p / OURS).is_file())
    assert len(ours) == 2, ours  # the current pack and the previous one


def test_legacy_pack_folders_are_still_pruned(tmp_path, keys, three):  # noqa: F811
    january, february, march = three
    store = PackStore(tmp_path / "installed")
    first = install(store, january, keys)
    (first.folder / OURS).unlink()  # as installed before the mark existed
    install(store, february, keys)
    install(store, march, keys)
    assert not first.folder.exists()


@pytest.mark.parametrize(
    "value",
    ["/", "/home", "/etc/kiosk", "/usr/share/x", "relative/packs", "/srv", "/srv/../etc/x"],
)
def test_unsafe_pack_folders_are_refused_by_the_settings(value):
    assert managed_folder_problem(value) is not None
    with pytest.raises(ValueError, match=r"content_packs\.folder"):
        Settings.model_validate({"content_packs": {"folder": value}})


def test_the_home_folder_is_refused(tmp_path):
    assert managed_folder_problem(str(tmp_path), home=tmp_path) is not None
    assert managed_folder_problem(str(tmp_path.parent), home=tmp_path) is not None
    assert managed_folder_problem(str(tmp_path / "packs"), home=tmp_path) is None
    assert managed_folder_problem("/var/lib/bloodcancer-kiosk/packs") is None


def test_a_deeply_nested_pack_is_refused_with_a_reason(tmp_path, keys, good_pack):  # noqa: F811
    deep = tmp_path / "deep.zip"
    shutil.copy(good_pack, deep)
    with zipfile.ZipFile(deep, "a") as archive:
        archive.writestr("content/" + "d/" * 1500 + "x.md", b"deep")
    with pytest.raises(PackError, match="nests folders more than 16 deep"):
        install(PackStore(tmp_path / "installed"), deep, keys)
    with pytest.raises(PackError, match="nests folders"):
        packs.peek_digest(deep)


def with_big_file(tmp_path, private_key, pack, size: int):
    """``pack`` re-signed with one more file of ``size`` bytes."""
    with zipfile.ZipFile(pack) as archive:
        entries = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    big = b"\0" * size
    manifest = json.loads(entries["manifest.json"])
    manifest["files"]["illustrations/big.bin"] = hashlib.sha256(big).hexdigest()
    entries["manifest.json"] = json.dumps(manifest, indent=2, sort_keys=True).encode()
    entries["manifest.sig"] = base64.b64encode(private_key.sign(entries["manifest.json"]))
    entries["illustrations/big.bin"] = big
    output = tmp_path / "big.zip"
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return output


def test_files_are_hashed_as_they_are_unpacked(tmp_path, keys, good_pack):  # noqa: F811
    """A pack that unpacked to 400 MB took 843 MB of memory while it was verified."""
    size = 64 * 1024 * 1024
    big = with_big_file(tmp_path, keys[0], good_pack, size)
    into = tmp_path / "unpacked"
    tracemalloc.start()
    try:
        verify_pack(big, keys[1], into=into)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (into / "illustrations" / "big.bin").stat().st_size == size
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB for a {size / 2**20:.0f} MB file"
