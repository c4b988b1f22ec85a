"""Size reference: an empty PySide6 window and nothing else.

Frozen by bench/size/empty_window.spec with the kiosk's PyInstaller settings (one
folder, stripped, no UPX) but without the kiosk's Qt filter, to compare folder sizes:
`make size-report`.
"""

import sys

from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.show()
sys.exit(app.exec())
