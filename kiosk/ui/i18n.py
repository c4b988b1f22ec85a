"""Languages: Qt Linguist translations for the interface, switched live.

Each language has a ``.qm`` file compiled (by ``make``) from the ``.ts`` source in
``kiosk/translations``. English has one too, for its plural forms ("1 second",
"2 seconds"). Arabic lays the whole interface out from right to left.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)

from kiosk.io import resources

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own script: a reader finds their language without reading English
    locale: str
    right_to_left: bool = False


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "en_GB"),
    "cy": Language("cy", "Cymraeg", "cy_GB"),
    "pl": Language("pl", "Polski", "pl_PL"),
    "ar": Language("ar", "العربية", "ar", right_to_left=True),
}


def offered_languages(codes: list[str]) -> list[str]:
    """The languages of ``codes`` the interface has, in order; English if none."""
    return [code for code in codes if code in LANGUAGES] or ["en"]


def qm_path(code: str, directory: Path | None = None) -> Path:
    return (directory or resources.translations_dir()) / f"kiosk_{code}.qm"


class Translations(QObject):
    """Loads every offered language once; :meth:`switch` installs one."""

    languageChanged = Signal(str)

    def __init__(
        self, offered: list[str], directory: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.offered = offered_languages(offered)
        self.problems: list[str] = []
        self._translators: dict[str, QTranslator] = {}
        for code in self.offered:
            translator = QTranslator(self)
            path = qm_path(code, directory)
            if translator.load(str(path)):
                self._translators[code] = translator
            else:
                message = f"interface translation missing for {code}: {path}"
                self.problems.append(message)
                log.error("%s", message)
        self.current = "en"
        self._installed: QTranslator | None = None

    def languages(self) -> list[Language]:
        return [LANGUAGES[code] for code in self.offered]

    def switch(self, code: str) -> None:
        if code not in LANGUAGES:
            log.warning("unknown language %r", code)
            return
        app = QCoreApplication.instance()
        if app is not None:
            if self._installed is not None:
                app.removeTranslator(self._installed)
            self._installed = self._translators.get(code)
            if self._installed is not None:
                app.installTranslator(self._installed)  # sends LanguageChange to every widget
            direction = (
                Qt.LayoutDirection.RightToLeft
                if LANGUAGES[code].right_to_left
                else Qt.LayoutDirection.LeftToRight
            )
            app.setLayoutDirection(direction)  # type: ignore[attr-defined]
            # Qt posts LanguageChange to every window; deliver it now, so the whole
            # interface is in the new language before anything else happens.
            app.sendPostedEvents(None, QEvent.Type.LanguageChange)  # type: ignore[arg-type]
        QLocale.setDefault(QLocale(LANGUAGES[code].locale))
        changed = code != self.current
        self.current = code
        if changed:
            self.languageChanged.emit(code)

    def release(self) -> None:
        """Take this set's translator out of the application, and free it (replaced by
        another set: a string missing from the new language must not fall through to
        this one's)."""
        app = QCoreApplication.instance()
        if app is not None and self._installed is not None:
            app.removeTranslator(self._installed)
        self._installed = None
        self.deleteLater()

    @property
    def installed(self) -> QTranslator | None:
        return self._installed

    def translate(self, code: str, context: str, text: str) -> str:
        """``text`` in language ``code`` without switching (the attract screen's prompts)."""
        translator = self._translators.get(code)
        translated = translator.translate(context, text) if translator else ""
        return translated or text
