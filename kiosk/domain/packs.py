"""Signed content packs: update what the kiosk shows without reinstalling it.

A pack is a zip holding ``content/`` (and optionally ``illustrations/``), a
``manifest.json`` listing the SHA-256 of every file, and ``manifest.sig``, an Ed25519
signature of the manifest. The kiosk installs a pack only if the signature matches the
public key in its settings, every file matches its hash, nothing else is in the zip, no
path leaves the pack, and ``check-content`` finds no error. Installing is atomic: the pack
is unpacked into a new folder, then a small pointer file is replaced in one step. The
previous pack is kept for rolling back, and any failure leaves the kiosk on what it had
(ultimately the bundled content).

This module is Qt-free.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.content.checker import check_content

log = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CURRENT = "current.json"
ROOTS = ("content/", "illustrations/")
MAX_PACK_BYTES = 200 * 1024 * 1024
MAX_FILES = 5000


class PackError(ValueError):
    """Why a pack was refused, in words for the staff screen and the log."""


@dataclass(frozen=True)
class InstalledPack:
    name: str
    created: str
    folder: Path

    @property
    def content_dir(self) -> Path:
        return self.folder / "content"

    @property
    def illustrations_dir(self) -> Path | None:
        folder = self.folder / "illustrations"
        return folder if folder.is_dir() else None


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


def verify_pack(
    pack: Path, public_key: Ed25519PublicKey
) -> tuple[dict[str, object], dict[str, bytes]]:
    """Everything about a pack that can be checked without unpacking it to disk."""
    if pack.stat().st_size > MAX_PACK_BYTES:
        raise PackError(f"{pack.name} is larger than {MAX_PACK_BYTES // 2**20} MB")
    try:
        with zipfile.ZipFile(pack) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_FILES:
                raise PackError(f"{pack.name} holds more than {MAX_FILES} files")
            for info in infos:
                if not _safe_name(info.filename):
                    raise PackError(f"{pack.name}: the path '{info.filename}' leaves the pack")
                if info.is_dir():
                    continue
                mode = info.external_attr >> 16
                if mode and (mode & 0o170000) == 0o120000:
                    raise PackError(f"{pack.name}: '{info.filename}' is a symbolic link")
            names = {info.filename for info in infos if not info.is_dir()}
            if MANIFEST not in names or SIGNATURE not in names:
                raise PackError(f"{pack.name} has no signed manifest")
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
            extra = names - set(expected) - {MANIFEST, SIGNATURE}
            if extra:
                raise PackError(f"{pack.name}: files not in the manifest: {sorted(extra)[:5]}")
            files: dict[str, bytes] = {}
            for relative, digest in expected.items():
                if not _safe_name(relative):
                    raise PackError(f"{pack.name}: the path '{relative}' leaves the pack")
                if relative not in names:
                    raise PackError(f"{pack.name}: '{relative}' is missing")
                data = archive.read(relative)
                if _sha256(data) != digest:
                    raise PackError(f"{pack.name}: '{relative}' has been changed since signing")
                files[relative] = data
    except zipfile.BadZipFile as exc:
        raise PackError(f"{pack.name} is not a complete zip file ({exc})") from None
    except (KeyError, ValueError, json.JSONDecodeError) as exc:
        if isinstance(exc, PackError):
            raise
        raise PackError(f"{pack.name}: the manifest cannot be read ({exc})") from None
    return manifest, files


class PackStore:
    """Installed packs in ``folder``: the current one, and the one before it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def current(self) -> InstalledPack | None:
        return self._read_pointer("current")

    def previous(self) -> InstalledPack | None:
        return self._read_pointer("previous")

    def _read_pointer(self, key: str) -> InstalledPack | None:
        try:
            data = json.loads((self.folder / CURRENT).read_text("utf-8"))
            entry = data.get(key)
            if not entry:
                return None
            pack = InstalledPack(entry["name"], entry["created"], self.folder / entry["folder"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return pack if pack.content_dir.is_dir() else None

    def install(
        self, pack: Path, public_key: Ed25519PublicKey, bundled_illustrations: Path
    ) -> InstalledPack:
        manifest, files = verify_pack(pack, public_key)
        self.folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()[:10]
        target = self.folder / f"pack-{digest}"
        staging = Path(tempfile.mkdtemp(prefix="incoming-", dir=self.folder))
        try:
            for relative, data in files.items():
                path = staging / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            illustrations = staging / "illustrations"
            report = check_content(
                staging / "content",
                illustrations if illustrations.is_dir() else bundled_illustrations,
            )
            if report.errors:
                first = "; ".join(p.format(relative_to=staging) for p in report.errors[:3])
                raise PackError(
                    f"{pack.name}: check-content found {len(report.errors)} error(s): {first}"
                )
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        installed = InstalledPack(str(manifest.get("name", "")), str(manifest["created"]), target)
        self._point_to(installed)
        log.info("content pack %s (%s) installed from %s", installed.name, installed.created, pack)
        return installed

    def _point_to(self, pack: InstalledPack) -> None:
        current = self.current()
        previous = current if current is not None and current.folder != pack.folder else None

        def entry(item: InstalledPack | None) -> dict[str, str] | None:
            if item is None:
                return None
            return {"name": item.name, "created": item.created, "folder": item.folder.name}

        data = {"current": entry(pack), "previous": entry(previous)}
        temporary = self.folder / f".{CURRENT}.tmp"
        temporary.write_text(json.dumps(data, indent=2), "utf-8")
        temporary.replace(self.folder / CURRENT)  # atomic: never half a pointer
        self._prune({item.folder.name for item in (pack, previous) if item is not None})

    def _prune(self, keep: set[str]) -> None:
        for child in self.folder.iterdir():
            if child.is_dir() and child.name not in keep:
                with contextlib.suppress(OSError):
                    shutil.rmtree(child)

    def roll_back(self) -> InstalledPack | None:
        """Make the previous pack current again (staff screen, or a pack that failed)."""
        previous = self.previous()
        if previous is None:
            return None
        self._point_to(previous)
        return previous

    def clear(self) -> None:
        """Forget every pack: the kiosk goes back to its bundled content."""
        with contextlib.suppress(FileNotFoundError):
            (self.folder / CURRENT).unlink()
