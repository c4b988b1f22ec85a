"""``kiosk self-test``: start the real UI, open every topic and every glossary card.

Used after installing and on every frozen build: it fails on a missing Qt plugin, an
import error, a picture that will not render or any warning logged while rendering.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication

from kiosk.app.diagnostics import LogCollector
from kiosk.app.kiosk import Kiosk
from kiosk.core.navigation import Route

SCREEN_SIZE = (1920, 1080)


@dataclass
class SelfTestReport:
    topics: int = 0
    terms: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def run_self_test(kiosk: Kiosk, languages: list[str] | None = None) -> SelfTestReport:
    app = QApplication.instance()
    assert app is not None
    report = SelfTestReport()
    window, controller = kiosk.window, kiosk.controller
    errors = kiosk.services.library.errors
    if errors:
        report.failures.append(
            f"content has {len(errors)} error(s); run 'kiosk check-content' to see them"
        )
    window.resize(*SCREEN_SIZE)
    window.show()
    with LogCollector() as collector:
        for language in languages or [controller.language]:
            kiosk.preferences.set_language(language)
            _check_language(kiosk, report)
        kiosk.session.reset_session()
        app.processEvents()
    report.failures.extend(collector.messages())
    return report


def _check_language(kiosk: Kiosk, report: SelfTestReport) -> None:
    app = QApplication.instance()
    assert app is not None
    window, controller = kiosk.window, kiosk.controller
    content = controller.content()
    where = f"[{controller.language}]"
    if not content.topics:
        report.failures.append(f"{where} no topics")
    for topic in content.ordered_topics():
        controller.open_topic(topic.id)
        app.processEvents()
        if controller.router.current != Route.topic(topic.id):
            report.failures.append(f"{where} topic '{topic.id}' did not open")
            continue
        if window.grab().isNull():
            report.failures.append(f"{where} topic '{topic.id}' did not render")
            continue
        report.topics += 1
    for term_id in content.glossary:
        controller.open_term(term_id)
        app.processEvents()
        card = window.glossary_card
        if not card.is_open or card.term_id != term_id or window.grab().isNull():
            report.failures.append(f"{where} glossary card '{term_id}' did not open")
            continue
        card.dismiss()
        report.terms += 1
