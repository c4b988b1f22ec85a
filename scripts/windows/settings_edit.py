#!/usr/bin/env python3
"""Set keys in an installed kiosk.toml the way staff would, keeping everything else.

    settings_edit.py FILE SECTION.KEY=VALUE...

``make test-windows`` uses it for the "changed by staff" settings that an upgrade must keep
(and to switch read-aloud off: Qt's sapi engine hangs under Wine). Only an existing
``key = ...`` line inside its ``[section]`` is replaced, so the file stays the commented
example; a key that is not there is an error, not a silent no-op.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def set_keys(text: str, changes: dict[tuple[str, str], str]) -> str:
    lines = text.splitlines(keepends=True)
    section = ""
    left = dict(changes)
    for number, line in enumerate(lines):
        header = re.match(r"\s*\[([^\]]+)\]\s*$", line)
        if header:
            section = header.group(1).strip()
            continue
        match = re.match(r"(\s*)([A-Za-z_]+)(\s*=\s*)", line)
        if match and (section, match.group(2)) in left:
            value = left.pop((section, match.group(2)))
            newline = "\r\n" if line.endswith("\r\n") else "\n"
            lines[number] = f"{match.group(1)}{match.group(2)}{match.group(3)}{value}{newline}"
    if left:
        missing = ", ".join(f"[{s}] {k}" for s, k in left)
        raise SystemExit(f"settings_edit: no such key line in the file: {missing}")
    return "".join(lines)


def main(argv: list[str]) -> int:
    path, *assignments = argv
    changes = {}
    for item in assignments:
        name, _, value = item.partition("=")
        section, _, key = name.rpartition(".")
        changes[(section, key)] = value
    file = Path(path)
    file.write_bytes(set_keys(file.read_bytes().decode("utf-8"), changes).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
