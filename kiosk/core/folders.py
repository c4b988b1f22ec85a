"""Which folders the kiosk may be told to manage (create, fill, prune) in its settings.

The pack folder is pruned: pointed at a folder that holds other things, even ``/``,
pruning once deleted every subfolder that was not a pack (issue 18). Pruning now deletes
only what the kiosk made, and the settings refuse such folders outright, so a typo is
found by ``kiosk check-config`` instead of on a kiosk. Qt-free.
"""

from __future__ import annotations

from pathlib import Path, PurePath

# Top-level folders of Linux systems that belong to the system or to everyone.
_SYSTEM = frozenset(
    {"bin", "boot", "dev", "etc", "lib", "lib32", "lib64", "proc", "run", "sbin", "sys", "usr"}
)
MIN_PARTS = 3  # the root and two folders below it, as in /srv/kiosk-packs


def managed_folder_problem(value: str, home: Path | None = None) -> str | None:
    """Why ``value`` is not a safe folder for the kiosk to manage, or None."""
    if not value:
        return None  # the platform's own data folder
    path, home = PurePath(value), home or Path.home()
    checks = (
        (not path.is_absolute(), "is not an absolute path"),
        (".." in path.parts, "contains '..'"),
        (len(path.parts) < MIN_PARTS, "is too near the root: use a folder of the kiosk's own"),
        (len(path.parts) > 1 and path.parts[1].lower() in _SYSTEM, "is inside a system folder"),
        (path == home or path in home.parents, "is a home folder or holds one"),
    )
    return next((f"{value!r} {why}" for failed, why in checks if failed), None)
