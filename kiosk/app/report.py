"""``kiosk report``: the sign-off report, with each page as patients see it.

The text and tables come from kiosk.io.sign_off; this module adds one
screenshot per topic per language (the whole page, at one landscape size) and writes
``report.html`` (self-contained: pictures embedded) and ``report.pdf`` with Qt's own
PDF writer (no other library, nothing fetched).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.kiosk import Kiosk
from kiosk.io.progress import Progress
from kiosk.io.sign_off import LanguageEntry, TopicEntry, render_html

TITLE = "Blood cancer kiosk: content sign-off report"
SIZE = (1920, 1080)
SHOT_WIDTH = 900  # px in the report: the reading column, readable without zooming
PDF_WIDTH = 620  # px at the PDF's 96 dpi: the width of A4 inside its margins
PDF_SLICE = 900  # px: the height of one picture on an A4 page


@dataclass(frozen=True)
class ReportFiles:
    html: Path
    pdf: Path | None
    pages: int


def _image_bytes(pixmap: QPixmap) -> bytes:
    """JPEG at quality 85: the whole library's pages as PNG made a 31 MB file; as JPEG
    the text stays sharp enough to read and the file is a fraction of that. PNG where
    Qt has no JPEG plugin."""
    for kind, quality in (("JPG", 85), ("PNG", -1)):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        saved = pixmap.save(buffer, kind, quality)
        buffer.close()
        if saved:
            return bytes(data.data())
    raise OSError("Qt could not encode a screenshot")


def _settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # layouts with height-for-width settle over a few passes
        app.processEvents()


def _slices(pixmap: QPixmap) -> list[bytes]:
    scaled = pixmap.scaledToWidth(PDF_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return [
        _image_bytes(scaled.copy(0, top, scaled.width(), min(PDF_SLICE, scaled.height() - top)))
        for top in range(0, scaled.height(), PDF_SLICE)
    ]


def add_screenshots(kiosk: Kiosk, entries: list[TopicEntry], progress: Progress) -> None:
    window, controller = kiosk.window, kiosk.controller
    window.resize(*SIZE)
    window.show()
    kiosk.session.start_browsing()
    by_language: dict[str, list[LanguageEntry]] = {}
    for entry in entries:
        for row in entry.languages:
            by_language.setdefault(row.language, []).append(row)
    for language, rows in by_language.items():
        kiosk.preferences.set_language(language)
        for row in rows:
            controller.open_topic(row.topic.id)
            _settle()
            shown = window.topic_view.topic
            if shown is not None and shown.path == row.topic.path:
                page = window.topic_view.content_widget()
                # The reading column alone: the grey margins around it say nothing.
                column = page.findChild(QWidget, "readingColumn") or page
                full = column.grab()
                row.screenshot = _image_bytes(
                    full.scaledToWidth(SHOT_WIDTH, Qt.TransformationMode.SmoothTransformation)
                )
                row.pdf_slices = _slices(full)
            progress.step(f"{language}/{row.topic.id}")
    kiosk.session.reset_session()


def write_pdf(
    path: Path, entries: list[TopicEntry], *, today: dt.date, title: str, source: str
) -> None:
    images: dict[str, bytes] = {}
    html = render_html(entries, today=today, title=title, source=source, images=images)
    document = QTextDocument()
    for name, png in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png)
        )
    writer = QPdfWriter(str(path))
    writer.setResolution(96)  # so the document's px are screen px
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    writer.setTitle(title)
    # Laid out on the page itself, so the fonts' points are the page's points.
    document.setPageSize(layout.paintRectPixels(96).size().toSizeF())
    document.setHtml(html)
    document.print_(writer)


def write_report(
    kiosk: Kiosk, entries: list[TopicEntry], out: Path, *, source: str, pdf: bool = True
) -> ReportFiles:
    pages = sum(len(entry.languages) for entry in entries)
    progress = Progress(pages + (2 if pdf else 1), "report")
    add_screenshots(kiosk, entries, progress)
    today, title = dt.date.today(), TITLE
    out.mkdir(parents=True, exist_ok=True)
    html_path = out / "report.html"
    html = render_html(entries, today=today, title=title, source=source)
    html_path.write_text(html, "utf-8")
    progress.step("report.html")
    pdf_path = None
    if pdf:
        pdf_path = out / "report.pdf"
        write_pdf(pdf_path, entries, today=today, title=title, source=source)
        progress.step("report.pdf")
    return ReportFiles(html_path, pdf_path, pages)
