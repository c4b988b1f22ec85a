"""Signed content packs: a good pack installs atomically; every kind of bad pack is
refused with a reason, and the kiosk keeps what it had. A restart changes nothing; staff
can roll back or go back to the bundled content, and that sticks."""

import base64
import datetime as dt
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.cli import main
from kiosk.core.content.records import add_review
from kiosk.io import pack_format, packs
from kiosk.io.packs import (
    CURRENT,
    PackError,
    PackStore,
    build_pack,
    generate_keys,
    load_private_key,
    load_public_key,
    manifest_digest,
    peek_digest,
    verify_pack,
)
from tests.conftest import FIXTURE_ILLUSTRATIONS, GOOD_CONTENT


@pytest.fixture
def keys(tmp_path):
    private = tmp_path / "keys" / "signing.pem"
    public = generate_keys(private)
    return load_private_key(private), load_public_key(public), public, private


@pytest.fixture
def good_pack(tmp_path, keys):
    output = tmp_path / "packs" / "good.zip"
    build_pack(GOOD_CONTENT, output, keys[0], illustrations=FIXTURE_ILLUSTRATIONS, name="December")
    return output


def rewrite(pack: Path, target: Path, change) -> Path:
    """Copy a pack, letting ``change(name, data)`` return new data or None to drop it."""
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = change(info.filename, source.read(info.filename))
            if data is not None:
                out.writestr(info.filename, data)
    return target


def test_key_file_is_private(keys):
    assert keys[3].stat().st_mode & 0o777 == 0o600


def test_a_good_pack_installs_and_becomes_current(tmp_path, keys, good_pack):
    store = PackStore(tmp_path / "installed")
    pack = store.install(good_pack, keys[1], FIXTURE_ILLUSTRATIONS)
    assert pack.name == "December"
    assert (pack.content_dir / "en" / "alpha.md").is_file()
    assert pack.illustrations_dir is not None
    assert store.current() == pack
    assert store.previous() is None
    leftovers = [p.name for p in store.folder.iterdir() if p.name.startswith("incoming-")]
    assert leftovers == []


def test_the_previous_pack_is_kept_for_rolling_back(tmp_path, keys, good_pack):
    store = PackStore(tmp_path / "installed")
    first = store.install(good_pack, keys[1], FIXTURE_ILLUSTRATIONS)
    content = tmp_path / "newer"
    shutil.copytree(GOOD_CONTENT, content)
    (content / "en" / "gamma.md").write_text(
        (content / "en" / "gamma.md").read_text("utf-8").replace("third", "newest"), "utf-8"
    )
    newer = tmp_path / "newer.zip"
    build_pack(content, newer, keys[0], illustrations=FIXTURE_ILLUSTRATIONS, name="January")
    second = store.install(newer, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.current() == second and store.previous() == first
    assert store.roll_back() == first
    assert store.current() == first


def test_a_tampered_file_is_refused(tmp_path, keys, good_pack):
    bad = rewrite(
        good_pack,
        tmp_path / "tampered.zip",
        lambda name, data: (
            data.replace(b"first topic", b"FAKE topic") if name.endswith("alpha.md") else data
        ),
    )
    with pytest.raises(PackError, match="has been changed since signing"):
        verify_pack(bad, keys[1])


def test_an_extra_file_is_refused(tmp_path, keys, good_pack):
    bad = rewrite(good_pack, tmp_path / "extra.zip", lambda name, data: data)
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr("content/en/sneaky.md", "---\nid: sneaky\n---\n")
    with pytest.raises(PackError, match="files not in the manifest"):
        verify_pack(bad, keys[1])


def test_a_wrong_key_is_refused(tmp_path, keys, good_pack):
    other = load_public_key(generate_keys(tmp_path / "other.pem"))
    with pytest.raises(PackError, match="signature does not match"):
        verify_pack(good_pack, other)


def test_a_truncated_zip_is_refused(tmp_path, keys, good_pack):
    data = good_pack.read_bytes()
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(PackError, match="not a complete zip file"):
        verify_pack(truncated, keys[1])


@pytest.mark.parametrize(
    "name", ["../evil.md", "/etc/evil.md", "content/../../evil.md", "other/x.md"]
)
def test_a_path_leaving_the_pack_is_refused(tmp_path, keys, good_pack, name):
    bad = rewrite(good_pack, tmp_path / "escape.zip", lambda n, data: data)
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr(name, "x")
    with pytest.raises(PackError, match="leaves the pack"):
        verify_pack(bad, keys[1])
    assert not (tmp_path / "evil.md").exists()


def sign_by_hand(pack: Path, manifest: dict, files: dict[str, bytes], key) -> Path:
    """A pack made without build_pack (which refuses bad content), signed properly."""
    manifest_bytes = json.dumps(manifest).encode()
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(key.sign(manifest_bytes)))
        for name, data in files.items():
            archive.writestr(name, data)
    return pack


def test_a_signed_pack_with_a_broken_topic_is_refused_and_nothing_changes(
    tmp_path, keys, good_pack
):
    store = PackStore(tmp_path / "installed")
    first = store.install(good_pack, keys[1], FIXTURE_ILLUSTRATIONS)
    # Build a pack by hand (build_pack itself refuses broken content), signed properly.
    broken = tmp_path / "broken"
    shutil.copytree(GOOD_CONTENT, broken)
    (broken / "en" / "delta.md").write_text("---\nid: delta\ntitle: [oops\n---\ntext\n", "utf-8")
    with pytest.raises(PackError, match="error"):
        build_pack(broken, tmp_path / "refused.zip", keys[0], illustrations=FIXTURE_ILLUSTRATIONS)
    files = {
        f"content/{p.relative_to(broken).as_posix()}": p.read_bytes()
        for p in broken.rglob("*")
        if p.is_file()
    }
    manifest = {
        "format": 1,
        "name": "broken",
        # Newer than the pack installed: the content is what is refused, not the date.
        "created": (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat(),
        "files": {k: hashlib.sha256(v).hexdigest() for k, v in files.items()},
    }
    pack = sign_by_hand(tmp_path / "signed-but-broken.zip", manifest, files, keys[0])
    with pytest.raises(PackError, match="check-content found 1 error"):
        store.install(pack, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.current() == first, "the kiosk keeps what it had"
    assert not any(p.name.startswith("incoming-") for p in store.folder.iterdir())


def test_a_damaged_pointer_means_bundled_content(tmp_path, keys, good_pack):
    store = PackStore(tmp_path / "installed")
    store.install(good_pack, keys[1], FIXTURE_ILLUSTRATIONS)
    (store.folder / CURRENT).write_text("{half a file", "utf-8")
    assert store.current() is None


def test_pack_commands(tmp_path, capsys):
    private = tmp_path / "signing.pem"
    assert main(["pack", "keygen", "--private-key", str(private)]) == 0
    out = capsys.readouterr().out
    public = out.split('public_key = "')[1].split('"')[0]
    assert main(["pack", "keygen", "--private-key", str(private)]) == 1, "never overwrites"
    capsys.readouterr()
    output = tmp_path / "pack.zip"
    args = ["pack", "build", str(GOOD_CONTENT), "-o", str(output), "--private-key", str(private)]
    assert main([*args, "--illustrations", str(FIXTURE_ILLUSTRATIONS), "--name", "Test"]) == 0
    assert "signed" in capsys.readouterr().out
    assert main(["pack", "verify", str(output), "--public-key", public]) == 0
    other = generate_keys(tmp_path / "other.pem")
    assert main(["pack", "verify", str(output), "--public-key", other]) == 1
    assert "signature does not match" in capsys.readouterr().err


# -- restarts, staff actions, replays and zip bombs ---------------------------------------------
def dated_pack(
    tmp_path: Path, private_key: Ed25519PrivateKey, name: str, created: str, word: str
) -> Path:
    """A properly signed pack with its own content (``word`` in gamma's title) and a
    chosen 'created' date, as build_pack would make it on that day."""
    content = tmp_path / f"content-{name}"
    shutil.copytree(GOOD_CONTENT, content)
    gamma = content / "en" / "gamma.md"
    gamma.write_text(gamma.read_text("utf-8").replace("third", word), "utf-8")
    output = tmp_path / "share" / f"{name}.zip"
    build_pack(content, output, private_key, illustrations=FIXTURE_ILLUSTRATIONS, name=name)
    with zipfile.ZipFile(output) as archive:
        entries = {info.filename: archive.read(info.filename) for info in archive.infolist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["created"] = created
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode()
    entries["manifest.json"] = manifest_bytes
    entries["manifest.sig"] = base64.b64encode(private_key.sign(manifest_bytes))
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries.items():
            archive.writestr(entry, data)
    return output


@pytest.fixture
def two_packs(tmp_path, keys):
    january = dated_pack(tmp_path, keys[0], "January", "2026-01-05T09:00:00+00:00", "older")
    february = dated_pack(tmp_path, keys[0], "February", "2026-02-05T09:00:00+00:00", "newer")
    return january, february


def test_a_restart_keeps_the_current_pack_and_the_one_to_roll_back_to(
    tmp_path, keys, two_packs, monkeypatch
):
    january, february = two_packs
    store = PackStore(tmp_path / "installed")
    first = store.install(january, keys[1], FIXTURE_ILLUSTRATIONS)
    second = store.install(february, keys[1], FIXTURE_ILLUSTRATIONS)
    marker = second.folder / "still-here"
    marker.write_text("the folder being shown was never replaced", "utf-8")
    removed: list[Path] = []
    monkeypatch.setattr(packs.shutil, "rmtree", lambda path, **kw: removed.append(Path(path)))
    # A restart: new objects on the same folders, the same zip in the share (also copied
    # under another name: a pack is known by its manifest, not its file name).
    copy = tmp_path / "share" / "february-again.zip"
    shutil.copy(february, copy)
    for zip_file in (february, copy):
        restarted = PackStore(tmp_path / "installed")
        assert restarted.install(zip_file, keys[1], FIXTURE_ILLUSTRATIONS) == second
        assert restarted.current() == second and restarted.previous() == first
    assert marker.is_file()
    assert removed == [], "nothing is deleted when the current pack is seen again"
    assert not any(p.name.startswith("incoming-") for p in store.folder.iterdir())


def test_the_digest_peeked_is_the_digest_verified(keys, good_pack):
    manifest, _ = verify_pack(good_pack, keys[1])
    assert peek_digest(good_pack) == manifest_digest(manifest)


def test_rolling_back_sets_the_newer_pack_aside_and_a_second_roll_back_undoes_it(
    tmp_path, keys, two_packs
):
    january, february = two_packs
    store = PackStore(tmp_path / "installed")
    first = store.install(january, keys[1], FIXTURE_ILLUSTRATIONS)
    second = store.install(february, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.roll_back() == first
    restarted = PackStore(tmp_path / "installed")  # remembered on disk, not in memory
    assert restarted.current() == first and restarted.previous() == second
    assert restarted.is_set_aside(peek_digest(february))
    assert not restarted.is_set_aside(peek_digest(january))
    assert restarted.roll_back() == second
    assert restarted.is_set_aside(peek_digest(january))
    assert not restarted.is_set_aside(peek_digest(february))


def test_use_bundled_sets_the_pack_aside_and_keeps_it_to_roll_back_to(tmp_path, keys, good_pack):
    store = PackStore(tmp_path / "installed")
    pack = store.install(good_pack, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.clear() == pack
    assert store.current() is None and store.previous() == pack
    assert PackStore(store.folder).is_set_aside(peek_digest(good_pack))
    assert store.clear() is None, "nothing to set aside twice"
    assert store.roll_back() == pack
    assert store.current() == pack and not store.is_set_aside(pack.digest)


def test_an_older_signed_pack_is_refused_over_a_newer_one(tmp_path, keys, two_packs):
    january, february = two_packs
    store = PackStore(tmp_path / "installed")
    current = store.install(february, keys[1], FIXTURE_ILLUSTRATIONS)
    with pytest.raises(PackError, match=r"made on 2026-01-05.*before the pack installed now"):
        store.install(january, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.current() == current and store.previous() is None
    assert not any(p.name.startswith("incoming-") for p in store.folder.iterdir())


def _refuse_reads(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> None:
    raise AssertionError(f"{name} was read before the zip's directory was checked")


def test_a_zip_bomb_is_refused_before_anything_is_inflated(tmp_path, keys, good_pack, monkeypatch):
    bomb = rewrite(good_pack, tmp_path / "bomb.zip", lambda name, data: data)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content/en/zeros.md", bytes(3 * 2**20))  # a few KB zipped
    assert bomb.stat().st_size < good_pack.stat().st_size + 50_000
    monkeypatch.setattr(pack_format, "MAX_UNPACKED_BYTES", 2**20)
    monkeypatch.setattr(zipfile.ZipFile, "open", _refuse_reads)
    for check in (lambda: verify_pack(bomb, keys[1]), lambda: peek_digest(bomb)):
        with pytest.raises(PackError, match="would unpack to 3 MB, more than the 1 MB"):
            check()


def test_too_many_files_are_refused_before_any_is_read(keys, good_pack, monkeypatch):
    with zipfile.ZipFile(good_pack) as archive:
        count = len(archive.infolist())
    monkeypatch.setattr(pack_format, "MAX_FILES", count - 1)
    monkeypatch.setattr(zipfile.ZipFile, "open", _refuse_reads)
    with pytest.raises(PackError, match=f"holds more than {count - 1} files"):
        verify_pack(good_pack, keys[1])


def test_a_compression_inflated_in_one_step_is_refused(tmp_path, keys, good_pack):
    lzma = rewrite(good_pack, tmp_path / "lzma.zip", lambda name, data: data)
    with zipfile.ZipFile(lzma, "a", zipfile.ZIP_LZMA) as archive:
        archive.writestr("content/en/big.md", bytes(1000))
    with pytest.raises(PackError, match="unsupported compression"):
        verify_pack(lzma, keys[1])


def test_rollback_and_use_bundled_commands(tmp_path, keys, two_packs, capsys):
    january, february = two_packs
    installed = tmp_path / "installed"
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[content_packs]\nenabled = true\nfolder = "{installed.as_posix()}"\n', "utf-8"
    )
    store = PackStore(installed)
    first = store.install(january, keys[1], FIXTURE_ILLUSTRATIONS)
    second = store.install(february, keys[1], FIXTURE_ILLUSTRATIONS)
    capsys.readouterr()

    assert main(["pack", "rollback", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "rolled back: now 'January'" in out and "set aside: 'February'" in out
    assert store.current() == first and store.is_set_aside(second.digest)

    assert main(["pack", "use-bundled", "--config", str(config)]) == 0
    assert "bundled content from now on" in capsys.readouterr().out
    assert store.current() is None and store.previous() == first
    assert main(["pack", "clear", "--config", str(config)]) == 0  # the same, by another name
    assert "shown already" in capsys.readouterr().out

    assert main(["pack", "status", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert f"pack folder: {installed}" in out and "current: none" in out
    assert "previous (to roll back to): 'January'" in out

    assert main(["pack", "rollback", "--config", str(config)]) == 0
    assert main(["pack", "rollback", "--config", str(config)]) == 1, "nothing before January"
    assert "no previous pack" in capsys.readouterr().err


# -- approvals travel with the pack ---------------------------------------------------------
@pytest.fixture
def approved_content(content_copy):
    path = content_copy / "en" / "alpha.md"
    text, _ = add_review(
        path.read_text("utf-8"), by="Ann Example", role="Nurse", date=dt.date(2026, 5, 20)
    )
    path.write_text(text, "utf-8")
    return content_copy


def test_a_pack_records_each_topics_approval_and_installs_with_it(
    tmp_path, keys, approved_content, capsys
):
    pack = tmp_path / "pack.zip"
    build_pack(approved_content, pack, keys[0], illustrations=FIXTURE_ILLUSTRATIONS)
    manifest, _ = verify_pack(pack, keys[1])
    approvals = manifest["approvals"]
    assert approvals["en/alpha"]["approved_by"] == "Ann Example"
    assert approvals["en/alpha"]["date"] == "2026-05-20"
    assert set(approvals["en/beta"]) == {"content"}  # a draft: its hash only
    store = PackStore(tmp_path / "installed")
    installed = store.install(pack, keys[1], FIXTURE_ILLUSTRATIONS)
    assert "reviews:" in (installed.content_dir / "en" / "alpha.md").read_text("utf-8")
    assert main(["pack", "verify", str(pack), "--public-key", keys[2]]) == 0
    assert "1 of 4 topics approved" in capsys.readouterr().out


def test_a_signed_manifest_claiming_an_approval_the_content_lacks_is_refused(
    tmp_path, keys, content_copy
):
    files = {
        f"content/{p.relative_to(content_copy).as_posix()}": p.read_bytes()
        for p in content_copy.rglob("*")
        if p.is_file()
    }
    files |= {
        f"illustrations/{p.relative_to(FIXTURE_ILLUSTRATIONS).as_posix()}": p.read_bytes()
        for p in FIXTURE_ILLUSTRATIONS.rglob("*")
        if p.is_file()
    }
    pack = tmp_path / "good.zip"
    build_pack(content_copy, pack, keys[0], illustrations=FIXTURE_ILLUSTRATIONS)
    manifest, _ = verify_pack(pack, keys[1])
    claims = dict(manifest["approvals"])
    claims["en/beta"] = {**claims["en/beta"], "approved_by": "Nobody", "role": "x"}
    forged = {
        "format": 1,
        "name": "forged",
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "files": {k: hashlib.sha256(v).hexdigest() for k, v in files.items()},
        "approvals": claims,
    }
    signed = sign_by_hand(tmp_path / "forged.zip", forged, files, keys[0])
    store = PackStore(tmp_path / "installed")
    with pytest.raises(PackError, match="approvals do not match: en/beta"):
        store.install(signed, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.current() is None
