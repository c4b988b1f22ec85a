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

What a pack is and how one is built and checked is in :mod:`kiosk.io.pack_format`;
this module installs packs and keeps track of them. It is Qt-free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.core.pack_approvals import approval_mismatches
from kiosk.io.content_checker import check_content
from kiosk.io.pack_format import (
    FORMAT,
    MANIFEST,
    MAX_PATH_PARTS,
    SIGNATURE,
    PackError,
    build_pack,
    created_at,
    generate_keys,
    load_private_key,
    load_public_key,
    manifest_digest,
    peek_digest,
    public_key_text,
    verify_pack,
)

# The format's names too: callers (the command line, the watcher) know one module.
__all__ = [
    "CURRENT",
    "FORMAT",
    "MANIFEST",
    "MAX_PATH_PARTS",
    "NEWEST",
    "OURS",
    "SET_ASIDE",
    "SIGNATURE",
    "InstalledPack",
    "PackError",
    "PackStore",
    "build_pack",
    "folder_name",
    "generate_keys",
    "load_private_key",
    "load_public_key",
    "manifest_digest",
    "peek_digest",
    "public_key_text",
    "verify_pack",
]

log = logging.getLogger(__name__)

CURRENT = "current.json"
SET_ASIDE = "set-aside.json"
NEWEST = "newest.json"
OURS = ".bloodcancer-kiosk-pack"  # in every folder the kiosk made: only those are pruned
# Folders of packs installed before the mark existed: the name and nothing but content.
_LEGACY_FOLDER = re.compile(r"pack-[0-9a-f]{10}")
_LEGACY_CHILDREN = frozenset({"content", "illustrations"})
MAX_AHEAD = dt.timedelta(days=1)  # a pack dated later than this is from a wrong clock
# Packs set aside that are remembered: staff act a few times a year, and a pack set aside
# long ago is older than anything installed since, so the date check refuses it anyway.
SET_ASIDE_KEPT = 100


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


def folder_name(digest: str) -> str:
    return f"pack-{digest[:10]}"


def _refuse_future(pack: Path, manifest: dict[str, object], now: dt.datetime) -> None:
    """A pack dated ahead of the kiosk's clock came from a signing PC with a wrong clock,
    and once installed it would make every genuine pack look older."""
    created = created_at(manifest.get("created"))
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
    created, installed = created_at(manifest.get("created")), created_at(newest.created)
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
            if (when := created_at(pack.created)) is not None and when <= now + MAX_AHEAD
        ]
        return max(dated, key=lambda item: item[0])[1] if dated else None

    def _record_newest(self, pack: InstalledPack, now: dt.datetime) -> None:
        newest, created = self.newest(now), created_at(pack.created)
        before = created_at(newest.created) if newest is not None else None
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
