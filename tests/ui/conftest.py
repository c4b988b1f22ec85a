"""GUI fixtures: a real kiosk on fixture content, and guards against leaked widgets and
timers (a kiosk runs for weeks; a leak found here is a crash avoided there)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app.kiosk import Kiosk, Services, apply_theme
from kiosk.core.settings import LoadedSettings, Settings
from kiosk.io.content_loader import load_library
from kiosk.ui.main_window import WindowMode
from kiosk.ui.session_controller import Timings
from kiosk.ui.theme import DEFAULT_THEME
from tests.conftest import FIXTURE_ILLUSTRATIONS, GOOD_CONTENT

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)


def _flush_deletes() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def _active_python_timers() -> list[QTimer]:
    timers = []
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QTimer) and obj.isActive():
                timers.append(obj)
        except RuntimeError:  # the C++ object is already gone: not a leak
            continue
    return timers


@pytest.fixture(autouse=True)
def leak_guard(qapp: QApplication) -> Iterator[None]:
    before = set(qapp.topLevelWidgets())
    yield
    _flush_deletes()
    gc.collect()
    left = [w for w in qapp.topLevelWidgets() if w not in before]
    assert not left, f"test left top-level widgets behind: {[w.objectName() or w for w in left]}"
    timers = _active_python_timers()
    assert not timers, f"test left running timers: {timers}"


@pytest.fixture(scope="session")
def themed_app(qapp: QApplication) -> QApplication:
    apply_theme(qapp, DEFAULT_THEME)
    return qapp


MakeKiosk = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(themed_app: QApplication, qtbot, tmp_path: Path) -> Iterator[MakeKiosk]:
    created: list[Kiosk] = []

    def make(
        content: Path = GOOD_CONTENT,
        *,
        mode: WindowMode = WindowMode.KIOSK,
        timings: Timings | None = None,
        settings: Settings | None = None,
        size: tuple[int, int] = LANDSCAPE,
        browsing: bool = True,
        wait_for_voice: bool = True,
        **kiosk_options: object,
    ) -> Kiosk:
        # The silent voice (engine "mock"): predictable and quick.
        settings = settings or Settings()
        if not settings.speech.engine:
            settings = settings.model_copy(
                update={"speech": settings.speech.model_copy(update={"engine": "mock"})}
            )
        if not settings.usage.folder:  # never the real data folder
            usage = settings.usage.model_copy(update={"folder": str(tmp_path / "usage")})
            settings = settings.model_copy(update={"usage": usage})
        services = Services(
            load_library(content, FIXTURE_ILLUSTRATIONS),
            LoadedSettings(settings, None),
            FIXTURE_ILLUSTRATIONS,
        )
        exits: list[int] = []
        # Never end the test run's own event loop: record the exit code instead.
        kiosk_options.setdefault("exit_app", exits.append)
        kiosk = Kiosk(services, mode=mode, timings=timings, **kiosk_options)
        kiosk.exits = exits  # type: ignore[attr-defined]
        kiosk.window.resize(*size)
        kiosk.window.show()
        kiosk.start(present=False)
        kiosk.speech.start()
        qtbot.waitExposed(kiosk.window)
        if wait_for_voice:  # the voice lists its languages on its own thread: Listen waits
            qtbot.waitUntil(lambda: not kiosk.speech.probing, timeout=5000)
        if browsing:
            kiosk.session.start_browsing()
        created.append(kiosk)
        return kiosk

    yield make
    for kiosk in created:
        kiosk.stop()
        kiosk.window.allow_close()
        kiosk.window.close()
        kiosk.window.deleteLater()
