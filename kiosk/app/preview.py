"""``kiosk preview``: every screen as patients and staff see it, as PNG files for
clinical sign-off.

Each topic is rendered twice: the screen as it first appears, and the whole page from
top to bottom, so a reviewer can read every word without scrolling a kiosk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.kiosk import Kiosk
from kiosk.core.navigation import Route
from kiosk.core.session import Mode
from kiosk.io.progress import Progress
from kiosk.ui.theme import TextSize

ORIENTATIONS = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # layouts with height-for-width settle over a few passes
        app.processEvents()


class _Writer:
    def __init__(self, progress: Progress | None = None) -> None:
        self.written: list[Path] = []
        self.progress = progress

    def save(self, widget: QWidget | Callable[[], QWidget], path: Path) -> None:
        """``widget`` may be a function giving it, asked only once events have settled:
        a full run once found the topic page it was handed already deleted (a look
        change rebuilds pages while the events are processed)."""
        _settle()
        path.parent.mkdir(parents=True, exist_ok=True)
        target = widget if isinstance(widget, QWidget) else widget()
        if not target.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)
        if self.progress is not None:
            self.progress.step(path.name)


@dataclass(frozen=True)
class Limits:
    """What ``kiosk preview`` renders: everything unless limited (``--topic`` ...)."""

    languages: list[str] | None = None
    topics: list[str] | None = None
    sizes: dict[str, tuple[int, int]] | None = None
    looks: list[str] | None = None
    progress: bool = True

    def wants(self, topic_id: str) -> bool:
        return not self.topics or topic_id in self.topics

    @property
    def topics_only(self) -> bool:
        """With ``--topic``, only those topics' pages: no session screens or glossary."""
        return bool(self.topics)


def parse_size(text: str) -> tuple[str, tuple[int, int]]:
    """``landscape``, ``portrait`` or ``WIDTHxHEIGHT``, for ``--size``."""
    if text in ORIENTATIONS:
        return text, ORIENTATIONS[text]
    width, sep, height = text.partition("x")
    if sep and width.isdigit() and height.isdigit() and int(width) >= 320 and int(height) >= 320:
        return text, (int(width), int(height))
    raise ValueError(f"size '{text}': use landscape, portrait or WIDTHxHEIGHT (e.g. 1280x800)")


def _session_screens(kiosk: Kiosk) -> list[tuple[str, Callable[[], None]]]:
    """Screens outside the reader's path: shown, saved, then put away."""
    session, window = kiosk.session, kiosk.window

    def attract() -> None:
        session.reset_session()

    def idle_warning() -> None:
        session.start_browsing()
        session.enter(Mode.IDLE_WARNING)
        session.warning_countdown.stop()

    def cleaning() -> None:
        session.start_browsing()
        session.start_cleaning()
        session.cleaning_countdown.stop()

    def pin_pad() -> None:
        session.start_browsing()
        session.open_pin_pad()

    def staff_screen() -> None:
        session.start_browsing()
        session.enter(Mode.ADMIN)
        session.show_admin_panel()

    def closed() -> None:
        session.start_browsing()
        session.enter(Mode.CLOSED)

    def leave() -> None:
        session.reset_session()  # back to the attract screen, from any of the above

    del window
    return [
        ("attract", attract),
        ("idle-warning", idle_warning),
        ("cleaning", cleaning),
        ("staff-pin-pad", pin_pad),
        ("staff-screen", staff_screen),
        ("closed", closed),
        ("", leave),
    ]


LOOKS = ("standard", "high-contrast", "largest-text")


def _set_look(kiosk: Kiosk, look: str) -> None:
    themes = kiosk.themes
    themes.reset()
    if look == "high-contrast":
        themes.toggle_high_contrast()
    elif look == "largest-text":
        themes.set_theme(themes.theme.with_text_size(TextSize.LARGEST))


def _planned(kiosk: Kiosk, limits: Limits, languages: list[str], looks: list[str]) -> int:
    """How many files the run will write, for the progress bar."""
    sizes = len(limits.sizes or ORIENTATIONS)
    total = 0
    for language in languages:
        kiosk.preferences.set_language(language)
        content = kiosk.controller.content()
        topics = sum(limits.wants(t.id) for t in content.ordered_topics())
        for look in looks:
            full = look == LOOKS[0] and not limits.topics_only
            per_size = 2 * topics
            if not limits.topics_only:
                per_size += 1 + sum(
                    1 for g in content.ordered_groups() if g.pathway and content.group_topics(g.id)
                )
            if full:
                per_size += 6 + len(content.glossary)
            total += per_size * sizes
    return total


def render_preview(
    kiosk: Kiosk, out: Path, languages: list[str] | None = None, limits: Limits | None = None
) -> list[Path]:
    """Every screen, in every language and look, in both orientations, unless limited.

    Files go to ``out/<language>/<look>/<orientation>/``.
    """
    limits = limits or Limits(languages=languages, progress=False)
    chosen = limits.languages or languages or kiosk.translations.offered
    looks = limits.looks or list(LOOKS)
    progress = None
    if limits.progress:
        progress = Progress(_planned(kiosk, limits, chosen, looks), "preview")
    writer = _Writer(progress)
    for language in chosen:
        for look in looks:

            def apply(language: str = language, look: str = look) -> None:
                # The privacy reset (the attract screen) undoes language and look.
                kiosk.preferences.set_language(language)
                _set_look(kiosk, look)

            full = look == LOOKS[0] and not limits.topics_only
            _render_all(kiosk, out / language / look, writer, apply, limits, full=full)
    kiosk.session.reset_session()
    return writer.written


def _render_all(
    kiosk: Kiosk,
    out: Path,
    writer: _Writer,
    apply: Callable[[], None],
    limits: Limits,
    *,
    full: bool,
) -> None:
    """Home and every topic; with ``full``, also the session screens and glossary cards
    (the other looks change colours and sizes, not what those screens say)."""
    window, controller, session = kiosk.window, kiosk.controller, kiosk.session
    apply()
    content = controller.content()
    for orientation, size in (limits.sizes or ORIENTATIONS).items():
        folder = out / orientation
        window.resize(*size)
        window.show()
        for index, (name, show) in enumerate(_session_screens(kiosk) if full else []):
            show()
            apply()
            if name:
                writer.save(window, folder / f"session-{index}-{name}.png")
        session.start_browsing()
        apply()
        if not limits.topics_only:
            writer.save(window, folder / "00-home.png")
        for group in [] if limits.topics_only else content.ordered_groups():
            if group.pathway and content.group_topics(group.id):
                controller.open_route(Route.group(group.id))
                writer.save(window, folder / f"00-group-{group.id}.png")
        for index, topic in enumerate(content.ordered_topics(), start=1):
            if not limits.wants(topic.id):
                continue
            controller.open_topic(topic.id)
            writer.save(window, folder / f"{index:02d}-topic-{topic.id}.png")
            writer.save(
                window.topic_view.content_widget,
                folder / f"{index:02d}-topic-{topic.id}-full.png",
            )
        for term_id in content.glossary if full else []:
            controller.open_term(term_id)
            writer.save(window, folder / f"glossary-{term_id}.png")
            window.glossary_card.dismiss()
