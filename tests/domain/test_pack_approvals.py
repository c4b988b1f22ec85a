"""Content packs carry the approvals (reviews in the front matter, and a record in the
signed manifest) and are verified with them."""

import base64
import datetime as dt
import hashlib
import json
import zipfile

import pytest

from kiosk.cli import main
from kiosk.domain.content.records import add_review
from kiosk.domain.packs import (
    PackError,
    PackStore,
    build_pack,
    generate_keys,
    load_private_key,
    load_public_key,
    verify_pack,
)
from tests.conftest import FIXTURE_ILLUSTRATIONS


@pytest.fixture
def keys(tmp_path):
    private = tmp_path / "keys" / "signing.pem"
    public = generate_keys(private)
    return load_private_key(private), load_public_key(public), public


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
    manifest_bytes = json.dumps(forged).encode()
    signed = tmp_path / "forged.zip"
    with zipfile.ZipFile(signed, "w") as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", base64.b64encode(keys[0].sign(manifest_bytes)))
        for name, data in files.items():
            archive.writestr(name, data)
    store = PackStore(tmp_path / "installed")
    with pytest.raises(PackError, match="approvals do not match: en/beta"):
        store.install(signed, keys[1], FIXTURE_ILLUSTRATIONS)
    assert store.current() is None
