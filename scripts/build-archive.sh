#!/usr/bin/env bash
# dist/bloodcancer-kiosk-<version>-linux-<arch>.tar.gz from dist/kiosk (make installer).
# It unpacks to bloodcancer-kiosk/, so `tar -xzf FILE -C /opt` gives /opt/bloodcancer-kiosk.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
version=$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
out=dist/bloodcancer-kiosk-$version-linux-$arch.tar.gz
stage=build/archive

scripts/stage-opt.sh "$stage/bloodcancer-kiosk"
# Reproducible: fixed order, owner and times (the last commit's, when there is one).
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -C "$stage" -cf - bloodcancer-kiosk | gzip -n -6 > "$out.tmp"
mv "$out.tmp" "$out"
rm -rf "$stage"
echo "build-archive: $out ($(du -h "$out" | cut -f1))"
