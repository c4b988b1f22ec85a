"""Shown when nobody is using the kiosk: calm, readable from across the room.

Nothing on it moves, so there is nothing to pause (WCAG 2.2.2); a touch anywhere
starts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.io import resources
from kiosk.io.resources import Icon
from kiosk.ui import icons
from kiosk.ui.i18n import Language, Translations
from kiosk.ui.look import COMPACT, apply_role_font
from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import Overlay
from kiosk.ui.widgets.buttons import TouchButton

PICTURE_PX = 180
COMPACT_PICTURE_PX = 112
FITS = ("full", "compact", "no-picture")  # tried in turn until everything fits
# The invitation as Qt Linguist knows it (marked for translation in _show_prompts), to
# look it up in the other languages without switching to them.
PROMPT_CONTEXT, PROMPT = "AttractView", "Touch the screen to start"
CHILDREN_PATHWAY = "children"
"""The children's pathway group (content/<language>/groups.yaml): a button of its own."""


class AttractView(Overlay):
    started = Signal()
    languageChosen = Signal(str)
    pathwayChosen = Signal(str)  # a pathway group's id: start on its own page

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "attractView")
        self.setAccessibleName("Touch the screen to start")
        # A keypad reader lands here: Enter starts, Tab reaches the language buttons.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        m = theme.metrics
        layout = QVBoxLayout(self)
        layout.setContentsMargins(m.padding * 2, m.padding * 2, m.padding * 2, m.padding * 2)
        layout.setSpacing(m.gap)
        layout.addStretch(2)
        self.picture = QLabel()
        self.picture.setObjectName("attractPicture")
        self.retheme(theme)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture)
        self.title = QLabel()
        self.title.setObjectName("attractTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("attractSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        self.prompts = QLabel()
        self.prompts.setObjectName("attractPrompt")
        self.prompts.setWordWrap(True)
        self.prompts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.prompts)
        layout.addStretch(1)
        self._add_children_row(theme, layout)
        self._languages_host = QWidget()
        self._languages = QHBoxLayout(self._languages_host)
        self._languages.setSpacing(m.touch_gap + 8)
        self._languages.addStretch(1)
        self._languages.addWidget(self.children_button)
        self._children_gap = QSpacerItem(m.gap * 2, 0, QSizePolicy.Policy.Fixed)
        self._languages.addItem(self._children_gap)
        self._languages.addStretch(1)
        layout.addWidget(self._languages_host)
        layout.addStretch(1)
        self.language_buttons: list[TouchButton] = []
        self._extra_prompts: list[str] = []
        self.retranslate()
        self._fit()

    def _add_children_row(self, theme: Theme, layout: QVBoxLayout) -> None:
        # A child comes to the kiosk for their own pages: one tap from here opens them
        # (issue 15). It leads the row of ways to start where that row has room (a row
        # of its own would push a 1920x1080 screen to its compact fit), or has a row of
        # its own above it where not (portrait). It is made with the first screen, before
        # the content is read, so the screen does not change when the kiosk takes over.
        self.children_button = TouchButton(
            "",
            key=CHILDREN_PATHWAY,
            object_name=f"attractPathway-{CHILDREN_PATHWAY}",
            theme=theme,
            role="secondary",  # filled light on the blue: unlike the language buttons
            icon=Icon.CHILDREN,
        )
        self.children_button.activated.connect(self.pathwayChosen)
        self._children_offered = True
        # Content without that pathway hides the button, and nothing else moves.
        policy = self.children_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.children_button.setSizePolicy(policy)
        self._children_row_host = QWidget()
        self._children_row = QHBoxLayout(self._children_row_host)
        self._children_row.setContentsMargins(0, 0, 0, 0)
        self._children_row.addStretch(1)
        self._children_row.addStretch(1)
        self._children_row_host.setVisible(False)
        layout.addWidget(self._children_row_host)

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        if hasattr(self, "prompts"):
            for label in (self.title, self.subtitle, self.prompts):
                apply_role_font(label, theme)
        self._picture_pixmaps = {
            size: icons.render_svg(resources.icon_path(Icon.TOUCH), theme.palette.on_bar, size, 2.0)
            for size in (PICTURE_PX, COMPACT_PICTURE_PX)
        }
        self.picture.setPixmap(self._picture_pixmaps[PICTURE_PX])
        self._fit()

    # -- fitting the screen -------------------------------------------------------------
    # Read from across the room on a large screen; on a small one (1280x800) or at the
    # largest text size the same words must still fit, so the type steps down, then the
    # picture goes: the invitation and the language buttons are never cut off.
    def _apply_fit(self, fit: str) -> None:
        compact = fit != "full"
        self.setProperty("fit", fit)
        if bool(self.property(COMPACT)) != compact:
            self.setProperty(COMPACT, compact)
            for label in (self.title, self.subtitle, self.prompts):
                label.setProperty(COMPACT, compact)
                apply_role_font(label, self._theme)
        margin = self._theme.metrics.padding * (1 if compact else 2)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.picture.setVisible(fit != "no-picture")
        self.picture.setPixmap(self._picture_pixmaps[COMPACT_PICTURE_PX if compact else PICTURE_PX])
        self.layout().invalidate()

    def _fits(self) -> bool:
        layout = self.layout()
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        return needed <= self.height()

    def _place_children(self) -> None:
        """The children's button beside the language buttons if the row has room at the
        widest margins, else on its own row above them."""
        m = self._theme.metrics
        spacing = self._languages.spacing()
        widths = [b.sizeHint().width() + spacing for b in self.language_buttons]
        needed = self.children_button.sizeHint().width() + m.gap * 2 + sum(widths) + spacing
        beside = needed <= self.width() - 4 * m.padding
        if beside == (self.children_button.parentWidget() is self._languages_host):
            return
        shown = self.children_button.isVisibleTo(self)
        if beside:
            self._children_row.removeWidget(self.children_button)
            self._languages.insertWidget(1, self.children_button)
            self._children_gap.changeSize(m.gap * 2, 0, QSizePolicy.Policy.Fixed)
        else:
            self._languages.removeWidget(self.children_button)
            self._children_row.insertWidget(1, self.children_button)
            self._children_gap.changeSize(0, 0, QSizePolicy.Policy.Fixed)
        self._children_row_host.setVisible(not beside)
        self.children_button.setVisible(shown)  # moving it to another row hid it
        self._languages.invalidate()

    def _fit(self) -> None:
        # Only while showing (and again on showing): measuring wrapped text is the
        # dearest part of making this screen, and it is made before the first paint.
        if not hasattr(self, "prompts") or not self.isVisible():
            return
        if self.width() <= 0 or self.height() <= 0:
            return
        self._place_children()
        for fit in FITS:
            self._apply_fit(fit)
            if self._fits():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.children_button.setVisible(self._children_offered)
        self._fit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Questions about blood cancer treatment?"))
        self.subtitle.setText(
            self.tr("Plain answers about remission, relapse, CAR-T, transplant and support.")
        )
        self.children_button.set_label(self.tr("For children"))
        self._show_prompts()

    def offer_children(self, offered: bool) -> None:
        """Show the children's button only when the content has their pathway. While the
        screen is up, the change waits until it opens again: the first screen must not
        change when the kiosk takes it over (a tap meanwhile starts at Home)."""
        self._children_offered = offered
        if not self.isVisible():
            self.children_button.setVisible(offered)

    def show_languages(self, translations: Translations) -> None:
        """A button for each offered language, and the invitation in each of the others
        (the current one is this view's own, translated text)."""
        if [b.key for b in self.language_buttons] != translations.offered:
            self.set_languages(translations.languages())
        self.set_other_prompts(
            [
                translations.translate(code, PROMPT_CONTEXT, PROMPT)
                for code in translations.offered
                if code != translations.current
            ]
        )

    def set_languages(self, languages: list[Language]) -> None:
        """A button per language, named in its own script: one tap starts in it."""
        for button in self.language_buttons:
            self._languages.removeWidget(button)
            button.deleteLater()
        self.language_buttons = []
        if len(languages) < 2:
            return
        for language in languages:
            button = TouchButton(
                language.name,
                key=language.code,
                object_name=f"attractLanguage-{language.code}",
                theme=self._theme,
                role="bar",
            )
            button.activated.connect(self.languageChosen)
            self._languages.insertWidget(self._languages.count() - 1, button)
            self.language_buttons.append(button)
        self._fit()

    def set_other_prompts(self, prompts: list[str]) -> None:
        """The same invitation in the other languages the kiosk offers."""
        self._extra_prompts = prompts
        self._show_prompts()

    def _show_prompts(self) -> None:
        main = self.tr("Touch the screen to start")
        lines = [main, *(p for p in self._extra_prompts if p != main)]
        self.prompts.setText("\n".join(lines))
        self.setAccessibleName(main)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.started.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.started.emit()
        else:
            super().keyPressEvent(event)
