"""``kiosk preview``: every screen as patients see it, as PNG files for clinical sign-off.

Each topic is rendered twice: the screen as it first appears, and the whole page from
top to bottom, so a reviewer can read every word without scrolling a kiosk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.ui.app import Kiosk

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # layouts with height-for-width settle over a few passes
        app.processEvents()


def render_preview(kiosk: Kiosk, out: Path) -> list[Path]:
    window, controller = kiosk.window, kiosk.controller
    written: list[Path] = []

    def save(widget_image_source: object, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        pixmap = widget_image_source.grab()  # type: ignore[attr-defined]
        if not pixmap.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    content = controller.content()
    for orientation, size in ORIENTATIONS.items():
        folder = out / orientation
        window.resize(*size)
        window.show()
        kiosk.session.reset_session()
        _settle()
        save(window, folder / "00-home.png")
        for index, topic in enumerate(content.ordered_topics(), start=1):
            controller.open_topic(topic.id)
            _settle()
            save(window, folder / f"{index:02d}-topic-{topic.id}.png")
            save(window.topic_view.widget(), folder / f"{index:02d}-topic-{topic.id}-full.png")
        for term_id in content.glossary:
            controller.open_term(term_id)
            _settle()
            save(window, folder / f"glossary-{term_id}.png")
            window.glossary_card.dismiss()
        kiosk.session.reset_session()
    return written
