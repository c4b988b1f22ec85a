"""Touch buttons: every size comes from the theme, every button is named for tests and
screen readers, and taps do not leave a keyboard-focus highlight behind."""

from __future__ import annotations

from PySide6.QtCore import QDynamicPropertyChangeEvent, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.io import resources
from kiosk.ui import icons
from kiosk.ui.accessibility import name_widget
from kiosk.ui.short_text import short_text
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.labels import wrapped_label

# Icons that point the way to go: drawn for left-to-right, flipped for right-to-left.
DIRECTIONAL_ICONS = frozenset({resources.Icon.BACK})
FOCUS_VISIBLE = "focusVisible"  # set by kiosk.ui.focus while a key has put focus here


def _focus_visibility_changed(event: QEvent) -> bool:
    return (
        event.type() == QEvent.Type.DynamicPropertyChange
        and isinstance(event, QDynamicPropertyChangeEvent)
        and event.propertyName().data() == FOCUS_VISIBLE.encode()
    )


class TouchButton(QPushButton):
    """A labelled button (icon optional: never an icon alone).

    ``activated`` carries ``key``, as for :class:`CardButton`.
    """

    activated = Signal(str)

    def __init__(
        self,
        text: str,
        *,
        key: str = "",
        object_name: str,
        theme: Theme,
        role: str = "secondary",
        icon: resources.Icon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.key = key
        self.clicked.connect(self._emit_activated)
        self.setProperty("role", role)
        name_widget(self, object_name, text)
        # Tab still reaches it (keypads, switches); a finger tap does not focus it.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        self._icon_id = icon
        self._role = role
        self._theme = theme
        self._minimum = 0
        self._style_minimum = QSize(0, 0)
        self.retheme(theme)

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        self._apply_minimum()
        if self._icon_id is not None:
            self.setIconSize(QSize(theme.icon_px, theme.icon_px))
            on_fill = self._role in ("bar", "primary")
            colour = theme.palette.on_bar if on_fill else theme.palette.link
            if self.property(FOCUS_VISIBLE):
                colour = theme.palette.focus_text  # dark on the yellow focus fill
            mirrored = (
                self._icon_id in DIRECTIONAL_ICONS
                and self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            )
            self.setIcon(icons.icon(self._icon_id, colour, theme.icon_px, mirrored=mirrored))

    def _apply_minimum(self) -> None:
        # Touch targets grow with the text (the biggest size scales the whole layout).
        # The style sheet's min-height is for the standard size, and is put back each
        # time Qt polishes the button: the bigger minimum goes on top of it.
        touch = max(self._theme.touch_px, self._minimum)
        self.setMinimumSize(self._style_minimum.expandedTo(QSize(touch, touch)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange and self._icon_id in DIRECTIONAL_ICONS:
            self.retheme(self._theme)
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            handled = super().event(event)
            self._style_minimum = self.minimumSize()  # what the style sheet just set
            self._apply_minimum()
            return handled
        if _focus_visibility_changed(event) and self._icon_id is not None:
            self.retheme(self._theme)
        return super().event(event)

    def _emit_activated(self) -> None:
        self.activated.emit(self.key)

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def set_icon(self, icon: resources.Icon | None) -> None:
        """Show ``icon`` (or none) from now on, in the theme's colours."""
        self._icon_id = icon
        if icon is None:
            self.setIcon(QIcon())
            return
        self.retheme(self._theme)

    def set_minimum_touch(self, px: int) -> None:
        """A bigger square than the theme's touch size (a PIN pad key), kept on a retheme."""
        self._minimum = px
        self.retheme(self._theme)


class CardButton(QPushButton):
    """A large button holding a picture, a title and a summary that wrap to any width:
    the home tiles and the "related topics" links.

    ``activated`` carries the button's ``key`` (a topic id, say), so a view can forward
    many buttons to one signal without a lambda per button.
    """

    activated = Signal(str)

    def __init__(
        self,
        title: str,
        summary: str = "",
        *,
        key: str = "",
        object_name: str,
        theme: Theme,
        role: str = "tile",
        icon_name: str | None = None,
        show_icon: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.clicked.connect(self._emit_activated)
        self.setProperty("role", role)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        name_widget(self, object_name, title, summary)
        m = theme.metrics
        self.setMinimumSize(m.touch_min, m.touch_min)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

        row = QHBoxLayout(self)
        row.setContentsMargins(28, 24, 28, 24)
        row.setSpacing(24)
        self._icon_name = icon_name
        self.picture: QLabel | None = None
        if show_icon:
            self.picture = QLabel()
            self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
            self.picture.setObjectName("tileIcon")
            self.picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(8)
        self.title_label = self._label(title, "tileTitle")
        self.badge_label: QLabel | None = None
        column.addWidget(self.title_label)
        self._column = column
        self.summary_label = self._label(summary, "tileSummary") if summary else None
        if self.summary_label is not None:
            column.addWidget(self.summary_label)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.retheme(theme)

    def retheme(self, theme: Theme) -> None:
        self._theme = theme
        if self.picture is not None:
            m = theme.metrics
            focused = bool(self.property(FOCUS_VISIBLE))
            colour = theme.palette.focus_text if focused else theme.palette.link
            self.picture.setPixmap(
                icons.topic_icon(self._icon_name, colour, theme.control(m.tile_icon))
            )

    def event(self, event: QEvent) -> bool:
        if _focus_visibility_changed(event) and self.picture is not None:
            self.retheme(self._theme)
        return super().event(event)

    def _emit_activated(self) -> None:
        self.activated.emit(self.key)

    def _label(self, text: str, object_name: str) -> QLabel:
        return wrapped_label(short_text(text), object_name, passes_touches=True)

    def add_badge(self, text: str) -> None:
        """A small note under the title (the page is in English), also read out."""
        self.badge_label = self._label(text, "tileBadge")
        self._column.insertWidget(1, self.badge_label, 0, Qt.AlignmentFlag.AlignLeading)
        described = ". ".join(filter(None, [self.accessibleDescription(), text]))
        self.setAccessibleDescription(described)

    def set_texts(self, title: str, summary: str = "") -> None:
        self.title_label.setText(short_text(title))
        self.setAccessibleName(title)
        if self.summary_label is not None:
            self.summary_label.setText(short_text(summary))
            self.setAccessibleDescription(summary)

    # A QPushButton sizes itself from its text; this one holds a layout instead.
    def sizeHint(self) -> QSize:
        return self.layout().sizeHint().expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize().expandedTo(self.minimumSize())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))
