"""The reference: an empty PySide6 window and nothing else.

Frozen by bench/size/empty_window.spec with the kiosk's PyInstaller settings (one
folder, stripped, no UPX) but without the kiosk's Qt filter. `make size-report` compares
folder sizes with it; `make bench` times its start and memory against the kiosk's.

With ``--quit-after-first-paint`` it leaves as soon as its window has painted, exactly
as the kiosk does with the same flag, so both are timed as whole processes.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Quits once the window has painted (the kiosk's flag works the same way)."""

    def __init__(self, window: QWidget, app: QApplication) -> None:
        super().__init__(window)
        self.window = window
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.done = True
            QTimer.singleShot(0, lambda: self.app.exit(0))
        return False


app = QApplication(sys.argv[:1])
window = QWidget()
if "--quit-after-first-paint" in sys.argv[1:]:
    app.installEventFilter(FirstPaint(window, app))
window.showFullScreen()
sys.exit(app.exec())
