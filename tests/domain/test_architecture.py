"""The layering the project relies on: the domain never imports Qt."""

import subprocess
import sys

from tests.conftest import REPO

DOMAIN_MODULES = [
    "kiosk.domain.problems",
    "kiosk.domain.navigation",
    "kiosk.domain.settings",
    "kiosk.domain.content.checker",
    "kiosk.domain.content.loader",
    "kiosk.domain.content.markdown",
    "kiosk.domain.content.readability",
    "kiosk.ui.theme",
    "kiosk.resources",
    "kiosk.platform_check",
    "kiosk.cli",
]


def test_domain_and_command_line_import_no_qt():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in DOMAIN_MODULES)
        + "from kiosk.domain.content.checker import check_content\n"
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"
