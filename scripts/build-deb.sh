#!/usr/bin/env bash
# dist/bloodcancer-kiosk_<version>_<arch>.deb from dist/kiosk (make installer), built with
# dpkg-deb (no debhelper: the application is already built, this only lays it out).
#
#   /opt/bloodcancer-kiosk/                     the frozen kiosk, docs/ beside it
#   /etc/xdg/bloodcancer-kiosk/kiosk.toml       the settings (a conffile: kept on upgrade)
#   /lib/systemd/system/bloodcancer-kiosk.service
#   DEBIAN/postinst, prerm, postrm              the user, enabling and disabling the unit
#
# Depends: what the unit runs (cage and the Xwayland it needs to start, speech) and the
# Debian packages of the system libraries ldd shows the frozen folder loading.
# DEB_MAINTAINER overrides the Maintainer field.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
name=bloodcancer-kiosk
read -r version description < <("$python" -c '
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print(project["version"], project["description"])')
# PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1.
deb_version=$(sed -E 's/^([0-9.]+)(a|b|rc|\.dev)/\1~\2/' <<<"$version")
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-"Blood cancer kiosk team <kiosk@localhost>"}
root=build/deb/${name}_${deb_version}_${arch}
out=dist/${name}_${deb_version}_${arch}.deb

runtime="cage, xwayland, adduser, libxkbcommon0, libegl1, libgl1, libfontconfig1,
  libdbus-1-3, speech-dispatcher, speech-dispatcher-espeak-ng, espeak-ng, libpulse0"
shlibs=$("$python" scripts/check-frozen.py --debian-depends dist/kiosk)
depends=$("$python" -c '
import sys
entries = [e.strip() for e in " ".join(sys.argv[1:]).replace("\n", " ").split(",")]
merged = {}
for entry in filter(None, entries):
    name = entry.split()[0]
    if name not in merged or "(" in entry:
        merged[name] = entry
print(", ".join(merged.values()))' "$runtime," "$shlibs")

rm -rf "$root"
scripts/stage-opt.sh "$root/opt/$name"
install -D -m 644 kiosk.example.toml "$root/etc/xdg/$name/kiosk.toml"
install -D -m 644 "packaging/linux/$name.service" "$root/lib/systemd/system/$name.service"
install -D -m 644 packaging/deb/copyright "$root/usr/share/doc/$name/copyright"
install -d -m 755 "$root/DEBIAN"
install -m 755 packaging/deb/postinst packaging/deb/prerm packaging/deb/postrm "$root/DEBIAN/"
echo "/etc/xdg/$name/kiosk.toml" > "$root/DEBIAN/conffiles"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z |
  xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/conffiles" "$root/DEBIAN/md5sums"

cat > "$root/DEBIAN/control" <<CONTROL
Package: $name
Version: $deb_version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Section: misc
Priority: optional
Description: $description
 A full-screen touchscreen application for hospital waiting rooms that explains
 blood-cancer treatment in plain words, with everything it shows bundled.
 .
 The bloodcancer-kiosk systemd unit runs it on tty1 inside the cage Wayland
 compositor, as the unprivileged bloodcancer-kiosk user, under "kiosk supervise".
 Settings: /etc/xdg/bloodcancer-kiosk/kiosk.toml. Guide:
 /opt/bloodcancer-kiosk/docs/deploying.md.
CONTROL

epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
rm -rf "$root"
echo "build-deb: $out ($(du -h "$out" | cut -f1))"
echo "build-deb: Depends: $depends"
