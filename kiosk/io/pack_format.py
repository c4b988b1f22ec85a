"""What a signed content pack is, and how one is made and checked (Qt-free).

A pack is a zip holding ``content/`` (and optionally ``illustrations/``), a
``manifest.json`` listing the SHA-256 of every file, and ``manifest.sig``, an Ed25519
signature of the manifest. :func:`verify_pack` accepts a pack only if the signature
matches the public key in the kiosk's settings, every file matches its hash, nothing else
is in the zip and no path leaves the pack. Files are hashed as they are unpacked, a
megabyte at a time, never held in memory whole, and paths nest at most
:data:`MAX_PATH_PARTS` deep (issue 18).

Installing, rolling back and what the kiosk remembers of installed packs are in
:mod:`kiosk.io.packs`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.pack_approvals import approval_record
from kiosk.io.content_checker import check_content

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_PATH_PARTS = 16  # content/<language>/<file> is 3; 1,500 raised RecursionError
CHUNK = 1024 * 1024
ROOTS = ("content/", "illustrations/")
MAX_PACK_BYTES = 200 * 1024 * 1024
# Unpacked, all files together: the bundled content and pictures are a few MB, so this
# only stops a zip bomb (a small zip that inflates to fill the disk or the memory).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_FILES = 5000
MAX_MANIFEST_BYTES = 8 * 1024 * 1024
# Only what build_pack writes. zipfile inflates bzip2 and LZMA members in one call,
# unbounded, before it cuts them to their declared size; deflate it inflates in steps.
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class PackError(ValueError):
    """Why a pack was refused, in words for the staff screen and the log."""


# -- keys ------------------------------------------------------------------------------------
def generate_keys(private_path: Path) -> str:
    """Write a new private key (PEM, readable by its owner only); return the public key
    as base64, the form the settings file takes."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    private_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return public_key_text(key.public_key())


def public_key_text(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_private_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 private key")
    return key


def load_public_key(text: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except ValueError as exc:
        raise PackError(f"the public key in the settings is not valid: {exc}") from None


# -- building ---------------------------------------------------------------------------------
def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_digest(manifest: dict[str, object]) -> str:
    """A pack's identity: the same content signed at the same time, whatever the zip is
    called or wherever it was copied."""
    return _sha256(json.dumps(manifest, sort_keys=True).encode("utf-8"))


def created_at(text: object) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    # build_pack writes UTC; a hand-made manifest without a zone is taken as UTC too, so
    # comparing the two never raises.
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def build_pack(
    content: Path,
    output: Path,
    private_key: Ed25519PrivateKey,
    *,
    illustrations: Path | None = None,
    name: str = "",
    bundled_illustrations: Path | None = None,
) -> dict[str, object]:
    """Zip ``content`` (and ``illustrations``), with a signed manifest. Refuses content
    that ``check-content`` finds errors in, so a broken pack is never made."""
    report = check_content(content, illustrations or bundled_illustrations or content)
    if report.errors:
        first = "; ".join(p.format() for p in report.errors[:5])
        raise PackError(f"the content has {len(report.errors)} error(s): {first}")
    files: dict[str, bytes] = {}
    for root, folder in (("content", content), ("illustrations", illustrations)):
        if folder is None:
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                files[f"{root}/{path.relative_to(folder).as_posix()}"] = path.read_bytes()
    manifest = {
        "format": FORMAT,
        "name": name or content.name,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "files": {relative: _sha256(data) for relative, data in files.items()},
        "approvals": approval_record(report.library),
    }
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    signature = base64.b64encode(private_key.sign(manifest_bytes))
    output.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, signature)
        for relative, data in files.items():
            archive.writestr(relative, data)
    return manifest


# -- checking and installing ------------------------------------------------------------------
def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in name
        and ":" not in name
        and (name in (MANIFEST, SIGNATURE) or name.startswith(ROOTS))
    )


def _check_entries(pack: Path, archive: zipfile.ZipFile) -> set[str]:
    """What the zip's directory alone shows, before a single entry is read: how many
    files, how large unpacked, their names and kinds. Returns the file names.

    The declared sizes can be trusted as a limit: zipfile stops inflating a member at its
    declared size (and then fails its CRC check), for the compressions allowed here."""
    infos = archive.infolist()
    if len(infos) > MAX_FILES:
        raise PackError(f"{pack.name} holds more than {MAX_FILES} files")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise PackError(
            f"{pack.name} would unpack to {unpacked // 2**20} MB, more than the "
            f"{MAX_UNPACKED_BYTES // 2**20} MB a pack may hold"
        )
    for info in infos:
        if not _safe_name(info.filename):
            raise PackError(f"{pack.name}: the path '{info.filename}' leaves the pack")
        if len(PurePosixPath(info.filename).parts) > MAX_PATH_PARTS:
            raise PackError(
                f"{pack.name}: '{info.filename[:120]}' nests folders more than "
                f"{MAX_PATH_PARTS} deep"
            )
        if info.is_dir():
            continue
        mode = info.external_attr >> 16
        if mode and (mode & 0o170000) == 0o120000:
            raise PackError(f"{pack.name}: '{info.filename}' is a symbolic link")
        if info.compress_type not in COMPRESSIONS:
            raise PackError(f"{pack.name}: '{info.filename}' uses an unsupported compression")
    names = {info.filename for info in infos if not info.is_dir()}
    if MANIFEST not in names or SIGNATURE not in names:
        raise PackError(f"{pack.name} has no signed manifest")
    if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
        raise PackError(f"{pack.name}: the manifest is larger than a pack's manifest can be")
    return names


def _open_zip(pack: Path) -> zipfile.ZipFile:
    if pack.stat().st_size > MAX_PACK_BYTES:
        raise PackError(f"{pack.name} is larger than {MAX_PACK_BYTES // 2**20} MB")
    return zipfile.ZipFile(pack)


def peek_digest(pack: Path) -> str:
    """The digest a pack says it has, from its manifest alone (not verified: use it only
    to decide that there is nothing to do, never to install)."""
    try:
        with _open_zip(pack) as archive:
            _check_entries(pack, archive)
            manifest = json.loads(archive.read(MANIFEST))
    except zipfile.BadZipFile as exc:
        raise PackError(f"{pack.name} is not a complete zip file ({exc})") from None
    except (KeyError, ValueError) as exc:
        if isinstance(exc, PackError):
            raise
        raise PackError(f"{pack.name}: the manifest cannot be read ({exc})") from None
    if not isinstance(manifest, dict):
        raise PackError(f"{pack.name}: unknown manifest format")
    return manifest_digest(manifest)


def verify_pack(
    pack: Path,
    public_key: Ed25519PublicKey,
    *,
    into: Path | None = None,
    accept: Callable[[dict[str, object]], None] | None = None,
) -> tuple[dict[str, object], int]:
    """Check everything about a pack: (its manifest, how many files it holds). With
    ``into``, each file is also written there as it is hashed; a file that fails its
    hash may be left half-written, so the caller removes ``into`` on any error.
    ``accept`` may refuse the signed manifest (PackError) before any file is read."""
    try:
        with _open_zip(pack) as archive:
            names = _check_entries(pack, archive)
            manifest_bytes = archive.read(MANIFEST)
            signature = base64.b64decode(archive.read(SIGNATURE), validate=True)
            try:
                public_key.verify(signature, manifest_bytes)
            except InvalidSignature:
                raise PackError(
                    f"{pack.name}: the signature does not match this kiosk's key"
                ) from None
            manifest = json.loads(manifest_bytes)
            expected: dict[str, str] = manifest.get("files", {})
            if manifest.get("format") != FORMAT or not isinstance(expected, dict):
                raise PackError(f"{pack.name}: unknown manifest format")
            if created_at(manifest.get("created")) is None:
                raise PackError(f"{pack.name}: the manifest has no readable 'created' date")
            if accept is not None:
                accept(manifest)
            extra = names - set(expected) - {MANIFEST, SIGNATURE}
            if extra:
                raise PackError(f"{pack.name}: files not in the manifest: {sorted(extra)[:5]}")
            for relative, digest in expected.items():
                if not _safe_name(relative):
                    raise PackError(f"{pack.name}: the path '{relative}' leaves the pack")
                if relative not in names:
                    raise PackError(f"{pack.name}: '{relative}' is missing")
                if _unpack_member(archive, relative, into) != digest:
                    raise PackError(f"{pack.name}: '{relative}' has been changed since signing")
    except zipfile.BadZipFile as exc:
        raise PackError(f"{pack.name} is not a complete zip file ({exc})") from None
    except (KeyError, ValueError, AttributeError) as exc:
        if isinstance(exc, PackError):
            raise
        raise PackError(f"{pack.name}: the manifest cannot be read ({exc})") from None
    return manifest, len(expected)


def _unpack_member(archive: zipfile.ZipFile, relative: str, into: Path | None) -> str:
    """The SHA-256 of one file, read a megabyte at a time (and written under ``into``):
    a pack that unpacked to 400 MB took 843 MB of memory when files were read whole."""
    digest = hashlib.sha256()
    sink: BinaryIO | None = None
    if into is not None:
        target = into / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        sink = target.open("wb")
    try:
        with archive.open(relative) as member:
            while chunk := member.read(CHUNK):
                digest.update(chunk)
                if sink is not None:
                    sink.write(chunk)
    finally:
        if sink is not None:
            sink.close()
    return digest.hexdigest()
