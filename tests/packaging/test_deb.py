"""The .deb from `make deb` (skipped without one): its metadata, files, scripts and unit,
and a full install, reinstall and purge into a throwaway root.

The throwaway root is a temporary folder with an empty dpkg database: dpkg installs into
it with --root and runs the maintainer scripts without chroot, with DPKG_ROOT set, which
the scripts honour (only files under the root are touched, systemd is left alone).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.packaging.conftest import NAME, deb_architecture, deb_version

pytestmark = pytest.mark.slow

OPT = "/opt/bloodcancer-kiosk"
CONFFILE = "/etc/xdg/bloodcancer-kiosk/kiosk.toml"
UNIT = "/lib/systemd/system/bloodcancer-kiosk.service"
HOME = "var/lib/bloodcancer-kiosk"
RUNTIME = {
    "cage",
    "xwayland",
    "adduser",
    "libxkbcommon0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
    "espeak-ng",
    "libpulse0",
    "libc6",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
}


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _field(info: str, name: str) -> str:
    for line in info.splitlines():
        if line.startswith(f" {name}: "):
            return line.split(": ", 1)[1]
    raise AssertionError(f"no {name} field")


@pytest.fixture(scope="module")
def control(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("control")
    _run("dpkg-deb", "--control", str(deb), str(folder))
    return folder


@pytest.fixture(scope="module")
def contents(deb: Path) -> dict[str, str]:
    """Path -> mode string (drwxr-xr-x) of every entry."""
    listing = {}
    for line in _run("dpkg-deb", "--contents", str(deb)).splitlines():
        fields = line.split()
        listing[fields[5].removeprefix(".").rstrip("/") or "/"] = fields[0]
    return listing


def test_package_fields(deb: Path):
    info = _run("dpkg-deb", "--info", str(deb))
    assert _field(info, "Package") == NAME
    assert _field(info, "Version") == deb_version()
    assert _field(info, "Architecture") == deb_architecture()
    depends = {entry.split()[0] for entry in _field(info, "Depends").split(", ")}
    assert depends >= RUNTIME, RUNTIME - depends
    assert "(>= 2." in _field(info, "Depends")  # the glibc the frozen folder needs


def test_files_are_where_the_guide_says(contents: dict[str, str]):
    assert contents[f"{OPT}/kiosk"].startswith("-rwxr-xr-x")
    assert f"{OPT}/_internal/base_library.zip" in contents
    assert f"{OPT}/_internal/content/en/glossary.yaml" in contents
    for doc in ("deploying.md", "README.md", "kiosk.example.toml"):
        assert f"{OPT}/docs/{doc}" in contents
    assert contents[CONFFILE].startswith("-rw-r--r--")
    assert contents[UNIT].startswith("-rw-r--r--")
    assert "/usr/share/doc/bloodcancer-kiosk/copyright" in contents
    outside = {
        path
        for path in contents
        if not path.startswith((OPT, "/etc/xdg/bloodcancer-kiosk", "/lib/systemd/system/"))
        and not path.startswith("/usr/share/doc/bloodcancer-kiosk")
    }
    parents = {"/", "/opt", "/etc", "/etc/xdg", "/lib", "/lib/systemd", "/lib/systemd/system"}
    assert outside <= parents | {"/usr", "/usr/share", "/usr/share/doc"}


def test_settings_are_a_conffile_from_the_example(deb: Path, control: Path, tmp_path: Path):
    assert (control / "conffiles").read_text().split() == [CONFFILE]
    _run("dpkg-deb", "--extract", str(deb), str(tmp_path))
    shipped = (tmp_path / CONFFILE.lstrip("/")).read_text("utf-8")
    assert shipped == (REPO / "kiosk.example.toml").read_text("utf-8")


def test_maintainer_scripts_are_executable_shell(control: Path):
    for script in ("postinst", "prerm", "postrm"):
        path = control / script
        assert path.stat().st_mode & stat.S_IXUSR, script
        assert path.read_text().startswith("#!/bin/sh\n")
        subprocess.run(["sh", "-n", str(path)], check=True)


def test_unit_passes_systemd_analyze_verify(deb: Path, contents: dict[str, str], tmp_path: Path):
    """The unit as packaged, checked by systemd itself. verify also insists that ExecStart's
    program exists, and cage (a dependency of the package, see test_package_fields) is not
    installed where the tests run: so a copy has /bin/true in its place, and the rest of
    the line is checked against the package here."""
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed (Debian: systemd)")
    _run("dpkg-deb", "--extract", str(deb), str(tmp_path / "root"))
    unit = tmp_path / "root" / UNIT.lstrip("/")
    text = unit.read_text()
    assert "WantedBy=multi-user.target" in text
    command = f"{OPT}/kiosk supervise"
    assert f"\nExecStart=/usr/bin/cage -d -- {command}\n" in text
    assert contents[f"{OPT}/kiosk"].startswith("-rwxr-xr-x")
    # Same file name: systemd names the unit after it.
    copy = tmp_path / "verify" / unit.name
    copy.parent.mkdir()
    copy.write_text(text.replace("ExecStart=/usr/bin/cage ", "ExecStart=/bin/true "))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    # An unknown key or a bad value is only a warning (exit code 0): none may be about it.
    about_unit = [line for line in result.stderr.splitlines() if unit.name in line]
    assert about_unit == [], about_unit


# --- install and purge in a throwaway root -------------------------------------------

BASE_PASSWD = "root:x:0:0:root:/root:/bin/sh\n"
BASE_GROUP = "root:x:0:\naudio:x:29:\nvideo:x:44:\ninput:x:104:\nrender:x:105:\n"


def _make_root(root: Path, with_users: bool) -> None:
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"):
        (root / folder).mkdir(parents=True)
    (root / "var/lib/dpkg/status").write_text("")
    (root / "var/lib/dpkg/available").write_text("")
    if with_users:
        (root / "etc").mkdir()
        for name, text in (("passwd", BASE_PASSWD), ("group", BASE_GROUP)):
            (root / "etc" / name).write_text(text)
            (root / "etc" / f"{name}-").write_text(text)  # shadow's backups, as on a system


def _snapshot(root: Path) -> set[str]:
    """Every path in the root but dpkg's own database (its lock and backup files)."""
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if not p.relative_to(root).as_posix().startswith("var/lib/dpkg")
    }


def _dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = ["dpkg", f"--root={root}", "--log=/dev/null", "--force-script-chrootless"]
    result = subprocess.run([*command, *args], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


@pytest.fixture
def can_install() -> None:
    if not shutil.which("dpkg"):
        pytest.skip("dpkg is not installed")
    if os.geteuid() != 0:
        pytest.skip("installing into a throwaway root needs root (dpkg sets owners)")


@pytest.mark.usefixtures("can_install")
def test_install_reinstall_and_purge_leave_nothing_behind(deb: Path, tmp_path: Path):
    root = tmp_path / "root"
    _make_root(root, with_users=True)
    before = _snapshot(root)

    installed = _dpkg(root, "--force-depends", "--install", str(deb))
    assert "systemd is not running here" in installed.stdout  # nothing enabled
    assert (root / OPT.lstrip("/") / "kiosk").stat().st_mode & stat.S_IXUSR
    assert (root / CONFFILE.lstrip("/")).is_file()
    assert (root / UNIT.lstrip("/")).is_file()
    assert not (root / "etc/systemd/system/multi-user.target.wants").exists()
    status = _run("dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", "-f=${Status}", NAME)
    assert status == "install ok installed"

    if shutil.which("useradd"):
        passwd = (root / "etc/passwd").read_text()
        entry = next(line for line in passwd.splitlines() if line.startswith(f"{NAME}:"))
        fields = entry.split(":")
        assert fields[5] == f"/{HOME}" and fields[6] == "/usr/sbin/nologin"
        assert 0 < int(fields[2]) < 1000  # a system user
        groups = (root / "etc/group").read_text().splitlines()
        for group in ("audio", "video", "input", "render"):
            line = next(g for g in groups if g.startswith(f"{group}:"))
            assert line.endswith(NAME), line
        home = root / HOME
        assert home.is_dir() and home.stat().st_uid == int(fields[2])
        assert stat.S_IMODE(home.stat().st_mode) == 0o750
        assert not list(home.iterdir())  # no skeleton dot-files for a system user

    # A settings change survives a reinstall (an upgrade runs the same scripts).
    conffile = root / CONFFILE.lstrip("/")
    conffile.write_text(conffile.read_text() + "\n# changed by staff\n")
    _dpkg(root, "--force-depends", "--force-confold", "--install", str(deb))
    assert conffile.read_text().endswith("# changed by staff\n")
    users = (root / "etc/passwd").read_text().splitlines()
    assert len([line for line in users if line.startswith(f"{NAME}:")]) == 1

    (root / HOME / ".local/state/bloodcancer-kiosk/log").mkdir(parents=True)
    (root / HOME / ".local/state/bloodcancer-kiosk/log/kiosk.log").write_text("a log line\n")
    _dpkg(root, "--purge", NAME)
    assert _snapshot(root) == before
    assert (root / "etc/passwd").read_text() == BASE_PASSWD
    assert (root / "etc/group").read_text() == BASE_GROUP
    status = subprocess.run(
        ["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", NAME],
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.returncode != 0  # not even remembered as removed


@pytest.mark.usefixtures("can_install")
def test_install_into_a_root_without_users_or_systemd(deb: Path, tmp_path: Path):
    root = tmp_path / "bare"
    _make_root(root, with_users=False)
    before = _snapshot(root)
    installed = _dpkg(root, "--force-depends", "--install", str(deb))
    assert "no user database" in installed.stderr
    assert not (root / HOME).exists()
    _dpkg(root, "--remove", NAME)
    assert (root / CONFFILE.lstrip("/")).is_file()  # remove keeps the settings
    _dpkg(root, "--purge", NAME)
    assert _snapshot(root) == before
