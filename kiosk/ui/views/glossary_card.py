"""A word explained: a card over the screen, closed by a tap anywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.content.models import GlossaryEntry
from kiosk.io import resources
from kiosk.ui.theme import Theme
from kiosk.ui.views.overlay import CardOverlay
from kiosk.ui.widgets.buttons import TouchButton


class GlossaryCard(CardOverlay):
    closed = Signal()

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent, "glossaryOverlay", margin=theme.metrics.padding)
        self.card.setObjectName("glossaryCard")
        self.term_id: str | None = None
        self.term = QLabel()
        self.term.setObjectName("glossaryTerm")
        self.term.setWordWrap(True)
        self.definition = QLabel()
        self.definition.setObjectName("glossaryDefinition")
        self.definition.setWordWrap(True)
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setObjectName("glossaryHint")
        self.hint.setWordWrap(True)
        self.close_button = TouchButton(
            "", object_name="glossaryClose", theme=theme, role="primary", icon=resources.Icon.CLOSE
        )
        self.close_button.clicked.connect(self.dismiss)

        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(56, 48, 56, 48)
        inner.setSpacing(28)
        inner.addWidget(self.term)
        inner.addWidget(self.definition)
        inner.addWidget(self.hint)
        inner.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Tap anywhere to go back to your page."))
        self.close_button.set_label(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_term(self, entry: GlossaryEntry) -> None:
        self.term_id = entry.id
        self.term.setText(entry.term[:1].upper() + entry.term[1:])
        self.definition.setText(entry.definition)
        self.card.setAccessibleName(entry.term)
        self.card.setAccessibleDescription(entry.definition)
        # Keyboard users land in the card (Tab reaches Close, Esc closes) without a
        # touch reader seeing a focus highlight: see kiosk.ui.focus.
        self.open()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.term_id = None
            self.closed.emit()

    # A tap anywhere, on the card or around it, closes it.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.dismiss()

    def escape(self) -> bool:
        self.dismiss()
        return True
