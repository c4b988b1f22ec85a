"""The layering the project relies on: the domain never imports Qt."""

import subprocess
import sys

from tests.conftest import REPO

DOMAIN_MODULES = [
    "kiosk.core.problems",
    "kiosk.core.navigation",
    "kiosk.core.settings",
    "kiosk.io.content_checker",
    "kiosk.io.content_loader",
    "kiosk.core.content.markdown",
    "kiosk.core.content.readability",
    "kiosk.ui.theme",
    "kiosk.io.resources",
    "kiosk.app.platform_check",
    "kiosk.cli",
]


def test_domain_and_command_line_import_no_qt():
    code = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in DOMAIN_MODULES)
        + "from kiosk.io.content_checker import check_content\n"
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert result.stdout.strip() == "[]"
