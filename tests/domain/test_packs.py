"""Signed content packs: a good pack installs atomically; every kind of bad pack is
refused with a reason, and the kiosk keeps what it had."""

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.domain.packs import (
    CURRENT,
    PackError,
    PackStore,
    build_pack,
    generate_keys,
    load_private_key,
    load_public_key,
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
    import base64
    import hashlib

    files = {
        f"content/{p.relative_to(broken).as_posix()}": p.read_bytes()
        for p in broken.rglob("*")
        if p.is_file()
    }
    manifest = {
        "format": 1,
        "name": "broken",
        "created": "2026-12-01T00:00:00+00:00",
        "files": {k: hashlib.sha256(v).hexdigest() for k, v in files.items()},
    }
    manifest_bytes = json.dumps(manifest).encode()
    pack = tmp_path / "signed-but-broken.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(keys[0].sign(manifest_bytes)))
        for name, data in files.items():
            archive.writestr(name, data)
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
