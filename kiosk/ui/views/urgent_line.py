"""The "Call now" box on urgent topics, first after the title: a reader who feels unwell
must not have to look for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from kiosk.core.settings import HospitalSection


def urgent_line_box(
    hospital: HospitalSection | None,
    plain_label: Callable[[str, str], QLabel],
    contact_lines: Callable[[QVBoxLayout, str, str, str | None, str | None], list[str]],
) -> tuple[QFrame, str]:
    """The "Call now" box: the hospital's 24-hour number when the settings give one,
    otherwise the one the reader's team gave them; and 999."""
    frame = QFrame()
    frame.setObjectName("urgentLine")
    box = QVBoxLayout(frame)
    box.setContentsMargins(32, 24, 24, 24)
    box.setSpacing(8)
    heading = QCoreApplication.translate("TopicView", "Call now, day or night")
    box.addWidget(plain_label(heading, "urgentHeading"))
    spoken = [heading]
    signs = QCoreApplication.translate(
        "TopicView",
        "A temperature of 37.5 degrees or above, or below 36, shivering, "
        "or suddenly feeling unwell: ring at once. Do not take paracetamol first.",
    )
    box.addWidget(plain_label(signs, "topicText"))
    spoken.append(signs)
    number = hospital.urgent_line if hospital is not None else ""
    if number:
        line = QCoreApplication.translate("TopicView", "This hospital's 24-hour line")
        spoken += contact_lines(box, line, number, None, None)
    else:
        own = QCoreApplication.translate("TopicView", "Ring the 24-hour number your team gave you.")
        box.addWidget(plain_label(own, "contactName"))
        spoken.append(own)
    very = QCoreApplication.translate("TopicView", "Very unwell, or hard to wake? Ring")
    spoken += contact_lines(box, very, "999", None, None)
    return frame, "\n".join(spoken)
