"""Scrolling by finger, with momentum, as readers expect from a phone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

_Metric = QScrollerProperties.ScrollMetric
_Off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff


def make_kinetic(area: QAbstractScrollArea) -> QScroller:
    """Drag-to-scroll with momentum on ``area``.

    ``LeftMouseButtonGesture`` also covers touch: Qt turns an unhandled touch into mouse
    events, so one gesture type serves touchscreens, mice and the tests.
    """
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # No rubber-band bounce: movement at the edges distracts a reader.
    props.setScrollMetric(_Metric.VerticalOvershootPolicy, _Off)
    props.setScrollMetric(_Metric.HorizontalOvershootPolicy, _Off)
    props.setScrollMetric(_Metric.DecelerationFactor, 0.25)
    scroller.setScrollerProperties(props)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Keys move between the things on the page (which scroll into view), not the page.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    # The bar shows that there is more to read; it is not a (too small) touch target.
    bar = area.verticalScrollBar()
    bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroller
