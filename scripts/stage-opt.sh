#!/usr/bin/env bash
# Lay out what goes in /opt/bloodcancer-kiosk, the same in the .tar.gz and the .deb:
#   DEST/kiosk, DEST/_internal/   the frozen application (dist/kiosk from make installer)
#   DEST/docs/                    the guides, the example settings and the systemd unit
# Usage: scripts/stage-opt.sh DEST
set -euo pipefail
cd "$(dirname "$0")/.."

dest=${1:?usage: $0 DEST}
[[ -x dist/kiosk/kiosk ]] || { echo "stage-opt: no dist/kiosk/kiosk: run make installer" >&2; exit 1; }

rm -rf "$dest"
mkdir -p "$dest/docs"
cp -a dist/kiosk/. "$dest/"
install -m 644 README.md "$dest/docs/README.md"
install -m 644 docs/*.md "$dest/docs/"
install -m 644 content/README.md "$dest/docs/content-format.md"
install -m 644 kiosk.example.toml "$dest/docs/kiosk.example.toml"
install -m 644 packaging/linux/bloodcancer-kiosk.service "$dest/docs/bloodcancer-kiosk.service"

# Owned by root, readable by all, executable only where it must be.
find "$dest" -type d -exec chmod 755 {} +
find "$dest" -type f -exec chmod 644 {} +
chmod 755 "$dest/kiosk"
