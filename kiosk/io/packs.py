"""Signed content packs: update what the kiosk shows without reinstalling it.

A pack is a zip holding ``content/`` (and optionally ``illustrations/``), a
``manifest.json`` listing the SHA-256 of every file, and ``manifest.sig``, an Ed25519
signature of the manifest. The kiosk installs a pack only if the signature matches the
public key in its settings, every file matches its hash, nothing else is in the zip, no
path leaves the pack, the pack is not older than the one installed, and
``check-content`` finds no error. Installing is atomic: the pack is unpacked into a new
folder, then a small pointer file is replaced in one step. The previous pack is kept for
rolling back, and any failure leaves the kiosk on what it had (ultimately the bundled
content). A pack that staff rolled back from, or left for the bundled content, is
remembered in the pack folder, so the watcher does not install it again from its share.

Hardened after an attack review (issue 18): the newest pack ever installed is recorded
apart from the pointer (``newest.json``: it only moves forward, so neither "use bundled
content" nor a lost ``current.json`` lets an older pack in again); a pack dated more
than a day after the kiosk's clock is refused; files are hashed as they are unpacked, a
megabyte at a time, never held in memory whole; paths nest at most
:data:`MAX_PATH_PARTS` deep; and pruning deletes only folders the kiosk made (each holds
:data:`OURS`), whatever else the pack folder holds.

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
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.pack_approvals import approval_mismatches, approval_record
from kiosk.io.content_checker import check_content

log = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CURRENT = "current.json"
SET_ASIDE = "set-aside.json"
NEWEST = "newest.json"
OURS = ".bloodcancer-kiosk-pack"  # in every folder the kiosk made: only those are pruned
# Folders of packs installed before the mark existed: the name and nothing but content.
_LEGACY_FOLDER = re.compile(r"pack-[0-9a-f]{10}")
_LEGACY_CHILDREN = frozenset({"content", "illustrations"})
MAX_PATH_PARTS = 16  # content/<language>/<file> is 3; 1,500 raised RecursionError
MAX_AHEAD = dt.timedelta(days=1)  # a pack dated later than this is from a wrong clock
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
# Packs set aside that are remembered: staff act a few times a year, and a pack set aside
# long ago is older than anything installed since, so the date check refuses it anyway.
SET_ASIDE_KEPT = 100


class PackError(ValueError):
    """Why a pack was refused, in words for the staff screen and the log."""


class _AlreadyCurrent(Exception):  # noqa: N818 (not an error: the pack is the one shown)
    """The signed manifest is the current pack's: nothing to unpack."""


@dataclass(frozen=True)
class InstalledPack:
    name: str
    created: str
    folder: Path
    digest: str = ""  # manifest_digest(): which pack this is, whatever its file name

    def is_pack(self, digest: str) -> bool:
        """True if ``digest`` names this pack. The folder name carries the digest too, so
        a pointer written before digests were stored still matches."""
        return digest == self.digest or self.folder.name == folder_name(digest)

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


def manifest_digest(manifest: dict[str, object]) -> str:
    """A pack's identity: the same content signed at the same time, whatever the zip is
    called or wherever it was copied."""
    return _sha256(json.dumps(manifest, sort_keys=True).encode("utf-8"))


def folder_name(digest: str) -> str:
    return f"pack-{digest[:10]}"


def _created_at(text: object) -> dt.datetime | None:
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
            if _created_at(manifest.get("created")) is None:
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


def _refuse_future(pack: Path, manifest: dict[str, object], now: dt.datetime) -> None:
    """A pack dated ahead of the kiosk's clock came from a signing PC with a wrong clock,
    and once installed it would make every genuine pack look older."""
    created = _created_at(manifest.get("created"))
    if created is not None and created > now + MAX_AHEAD:
        raise PackError(
            f"{pack.name} is dated {manifest.get('created')}, more than a day after this "
            f"kiosk's clock ({now.replace(microsecond=0).isoformat()}): check the date of "
            "the computer that signed it, and build the pack again"
        )


def _refuse_replay(pack: Path, manifest: dict[str, object], newest: InstalledPack) -> None:
    """A pack made before the newest one ever installed is an old pack sent again (by
    mistake, or to bring back content that was withdrawn): its signature is still valid,
    so refuse it by its date. Going back on purpose is what rolling back is for."""
    created, installed = _created_at(manifest.get("created")), _created_at(newest.created)
    if created is not None and installed is not None and created < installed:
        raise PackError(
            f"{pack.name} was made on {manifest.get('created')}, before the pack installed "
            f"now ('{newest.name}' of {newest.created}): an older pack is not installed "
            "over a newer one. To go back, use 'Roll back content' on the staff screen or "
            "'kiosk pack rollback', or build the older content into a new pack."
        )


class PackStore:
    """Installed packs in ``folder``: the current one, the one before it, and the packs
    set aside by staff (rolled back from, or left for the bundled content)."""

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
            pack = InstalledPack(
                entry["name"],
                entry["created"],
                self.folder / entry["folder"],
                str(entry.get("digest", "")),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return pack if pack.content_dir.is_dir() else None

    # -- packs set aside -------------------------------------------------------------------
    def set_aside(self) -> list[str]:
        """Digests of the packs staff turned away from, oldest first."""
        try:
            data = json.loads((self.folder / SET_ASIDE).read_text("utf-8"))
            return [str(entry["digest"]) for entry in data["packs"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def is_set_aside(self, digest: str) -> bool:
        return digest in self.set_aside()

    def _update_set_aside(
        self, add: InstalledPack | None = None, remove: InstalledPack | None = None
    ) -> None:
        try:
            entries = json.loads((self.folder / SET_ASIDE).read_text("utf-8"))["packs"]
            entries = [e for e in entries if isinstance(e, dict) and e.get("digest")]
        except (OSError, ValueError, KeyError, TypeError):
            entries = []
        drop = {item.digest for item in (add, remove) if item is not None and item.digest}
        entries = [e for e in entries if e["digest"] not in drop]
        if add is not None and add.digest:
            entries.append({"digest": add.digest, "name": add.name, "created": add.created})
        self._write_json(SET_ASIDE, {"packs": entries[-SET_ASIDE_KEPT:]})

    # -- the newest pack ever installed -----------------------------------------------------
    def newest(self, now: dt.datetime | None = None) -> InstalledPack | None:
        """The newest pack ever installed here (its folder may be long gone), which no
        older pack may follow: from ``newest.json``, else the current and previous packs
        (a pack folder from before the record). A date more than a day after ``now``
        is a wrong clock's and is ignored, so it cannot block genuine packs."""
        now = now or dt.datetime.now(dt.UTC)
        found: list[InstalledPack] = []
        try:
            entry = json.loads((self.folder / NEWEST).read_text("utf-8"))
            found.append(InstalledPack(str(entry["name"]), str(entry["created"]), self.folder))
        except (OSError, ValueError, KeyError, TypeError):
            pass
        found += [pack for pack in (self.current(), self.previous()) if pack is not None]
        dated = [
            (when, pack)
            for pack in found
            if (when := _created_at(pack.created)) is not None and when <= now + MAX_AHEAD
        ]
        return max(dated, key=lambda item: item[0])[1] if dated else None

    def _record_newest(self, pack: InstalledPack, now: dt.datetime) -> None:
        newest, created = self.newest(now), _created_at(pack.created)
        before = _created_at(newest.created) if newest is not None else None
        if created is None or (before is not None and created <= before):
            return
        self._write_json(NEWEST, {"name": pack.name, "created": pack.created})

    # -- installing ------------------------------------------------------------------------
    def install(
        self,
        pack: Path,
        public_key: Ed25519PublicKey,
        bundled_illustrations: Path,
        *,
        now: dt.datetime | None = None,
    ) -> InstalledPack:
        """Install ``pack`` and make it current; returns the current pack. The pack that
        is current already (the same zip seen again after a restart) is left alone: the
        folder being shown and the pack to roll back to must survive that. ``now``: the
        kiosk's clock (UTC), injected for tests."""
        now = now or dt.datetime.now(dt.UTC)
        current = self.current()
        if current is not None and current.is_pack(peek_digest(pack)):
            log.info("content pack %s is already installed: nothing to do", pack.name)
            return current
        newest = self.newest(now)

        def accept(manifest: dict[str, object]) -> None:
            digest = manifest_digest(manifest)
            if current is not None and current.is_pack(digest):
                raise _AlreadyCurrent
            _refuse_future(pack, manifest, now)
            if newest is not None:
                _refuse_replay(pack, manifest, newest)

        self.folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="incoming-", dir=self.folder))
        try:
            (staging / OURS).write_bytes(b"")
            try:
                manifest, _ = verify_pack(pack, public_key, into=staging, accept=accept)
            except _AlreadyCurrent:
                shutil.rmtree(staging, ignore_errors=True)
                return current  # type: ignore[return-value]  # accept() saw it
            digest = manifest_digest(manifest)
            target = self.folder / folder_name(digest)
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
            # Packs made before approvals were recorded carry none: their topics are
            # judged by their own front matter, like any content.
            if "approvals" in manifest and (
                wrong := approval_mismatches(manifest["approvals"], report.library)
            ):
                raise PackError(f"{pack.name}: approvals do not match: {'; '.join(wrong[:3])}")
            if target.exists():  # the previous pack sent again, or a leftover: not shown
                shutil.rmtree(target)
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        installed = InstalledPack(
            str(manifest.get("name", "")), str(manifest["created"]), target, digest
        )
        self._record_newest(installed, now)  # first: stopped here, the guard still holds
        self._point_to(installed)
        self._update_set_aside(remove=installed)  # installed on purpose: no longer set aside
        log.info("content pack %s (%s) installed from %s", installed.name, installed.created, pack)
        return installed

    def _point_to(self, pack: InstalledPack) -> None:
        current = self.current()
        previous = current if current is not None and current.folder != pack.folder else None
        self._write_pointer(pack, previous)

    def _write_pointer(self, current: InstalledPack | None, previous: InstalledPack | None) -> None:
        def entry(item: InstalledPack | None) -> dict[str, str] | None:
            if item is None:
                return None
            return {
                "name": item.name,
                "created": item.created,
                "folder": item.folder.name,
                "digest": item.digest,
            }

        self._write_json(CURRENT, {"current": entry(current), "previous": entry(previous)})
        self._prune({item.folder.name for item in (current, previous) if item is not None})

    def _write_json(self, name: str, data: object) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f".{name}.tmp"
        temporary.write_text(json.dumps(data, indent=2), "utf-8")
        temporary.replace(self.folder / name)  # atomic: never half a file

    def _prune(self, keep: set[str]) -> None:
        """Delete the pack folders no longer needed: only those the kiosk made. The pack
        folder may be set to one that holds other things (even ``/``): before, every
        subfolder that was not a pack was deleted."""
        for child in self.folder.iterdir():
            if child.name not in keep and _made_by_the_kiosk(child):
                with contextlib.suppress(OSError):
                    shutil.rmtree(child)

    # -- staff actions ---------------------------------------------------------------------
    def roll_back(self) -> InstalledPack | None:
        """Make the previous pack current again (staff screen, ``kiosk pack rollback``).
        The pack rolled back from becomes the previous one (so a second roll back undoes
        the first) and is set aside, so the watcher does not install it again."""
        previous = self.previous()
        if previous is None:
            return None
        current = self.current()
        # Set aside first: stopped between the two writes, the kiosk keeps showing the
        # pack it had, instead of forgetting that staff turned away from it.
        self._update_set_aside(add=current, remove=previous)
        self._write_pointer(previous, current)
        log.info("content pack rolled back to %s (%s)", previous.name, previous.created)
        return previous

    def clear(self) -> InstalledPack | None:
        """Show the bundled content: the current pack is set aside and kept as the one to
        roll back to. Returns the pack that was current, if any."""
        current = self.current()
        if current is None:
            return None
        self._update_set_aside(add=current)
        self._write_pointer(None, current)
        log.info("content pack %s set aside: the bundled content is shown", current.name)
        return current


def _made_by_the_kiosk(folder: Path) -> bool:
    """A folder the kiosk made: it holds :data:`OURS`, or (installed before the mark
    existed) it is named like a pack folder and holds nothing but a pack's folders."""
    try:
        if folder.is_symlink() or not folder.is_dir():
            return False
        if (folder / OURS).is_file():
            return True
        return bool(_LEGACY_FOLDER.fullmatch(folder.name)) and (
            {child.name for child in folder.iterdir()} <= _LEGACY_CHILDREN
        )
    except OSError:
        return False
