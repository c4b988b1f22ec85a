#!/usr/bin/env python3
"""Write .ts files in the layout the repository keeps them in, after `make lupdate`.

pyside6-lupdate writes its own layout (two-space indents, no space before "/>", &apos;),
while the files have been edited by hand with four-space indents: without this step
every `make lupdate` rewrote each file whole, and a location change conflicted with
every other branch that added a string.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def tidy(path: Path) -> None:
    tree = ET.parse(path)
    ET.indent(tree, "    ")
    path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode"), "utf-8")


def main(paths: list[str]) -> int:
    for name in paths:
        tidy(Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
