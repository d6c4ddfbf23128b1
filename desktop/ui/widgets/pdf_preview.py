"""Showing and printing PDF documents held in memory (QtPdf): the preview dialog and page-by-page printing.

Printing paints each page, rendered at the printer's resolution, on a ``QPrinter`` — which Qt allows from a
worker thread, so a batch of documents can go to the printer as one job off the GUI thread (``PdfPrintJob``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PRINT_DPI = 300  # enough for text; a 1200 dpi A4 page would be a 550 MB image


translate = QCoreApplication.translate  # lupdate collects translate("Context", "text")


class PdfBytesDocument(QPdfDocument):
    """A ``QPdfDocument`` read from bytes; it owns the buffer it reads from."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.load(self._buffer)
        # Loading from a device is asynchronous in principle; QBuffer data is all there, so wait for it.
        while self.status() == QPdfDocument.Status.Loading:
            QCoreApplication.processEvents()


class PdfPreviewDialog(QDialog):
    """A document on screen before it is printed or saved: page after page, zoom to width or whole page."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *,
                 on_print: Callable[[], None] | None = None, on_save: Callable[[], None] | None = None,
                 note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")
        self.resize(820, 960)
        self.document = PdfBytesDocument(pdf, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.zoom = QComboBox(self)
        self.zoom.addItem(translate("PdfPreview", "Fit to width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(translate("PdfPreview", "Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.setAccessibleName(translate("PdfPreview", "Zoom"))
        self.zoom.currentIndexChanged.connect(lambda _: self.view.setZoomMode(self.zoom.currentData()))
        pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        pages.setObjectName("pageCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        self.print_button: QPushButton | None = None
        self.save_button: QPushButton | None = None
        if on_print is not None:
            self.print_button = buttons.addButton(translate("PdfPreview", "Print…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(on_print)
        if on_save is not None:
            self.save_button = buttons.addButton(translate("PdfPreview", "Save as PDF…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
            self.save_button.clicked.connect(on_save)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("PdfPreview", "Zoom:"), self))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(pages)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if note:
            self.note = QLabel(note, self)
            self.note.setObjectName("previewNote")
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def page_count(self) -> int:
        return self.document.pageCount()


class PdfPrintJob:
    """One print job of one or more PDF documents, page after page, each at the printer's resolution.

    The PDFs carry their own margins, so the printer draws on the full page. Usable from a worker thread.
    """

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter = QPainter()
        self.pages = 0
        self.documents = 0

    def start(self) -> None:
        self.printer.setFullPage(True)
        if not self.painter.begin(self.printer):
            raise OSError(translate("PdfPreview", "The printer could not be started."))

    def add(self, pdf: bytes) -> int:
        """Print every page of ``pdf``; the number of its pages."""
        document = PdfBytesDocument(pdf)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise ValueError(translate("PdfPreview", "The document could not be read for printing."))
        dpi = min(self.printer.resolution(), MAX_PRINT_DPI)
        target = QRectF(self.printer.pageLayout().fullRectPixels(self.printer.resolution()))
        for page in range(document.pageCount()):
            if self.pages:
                self.printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image: QImage = document.render(page, size)
            scale = min(target.width() / size.width(), target.height() / size.height())
            drawn = QRectF(QPointF(target.left(), target.top()), QRectF(0, 0, size.width() * scale,
                                                                        size.height() * scale).size())
            self.painter.drawImage(drawn, image)
            self.pages += 1
        self.documents += 1
        return document.pageCount()

    def finish(self) -> int:
        """End the job (the spooler gets it); the pages printed."""
        if self.painter.isActive():
            self.painter.end()
        return self.pages

    def abort(self) -> None:
        """Cancel the job: nothing more is printed and the spooler drops what it can."""
        self.printer.abort()
        if self.painter.isActive():
            self.painter.end()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of ``pdf`` on ``printer``, each rendered at the printer's resolution; the pages printed."""
    job = PdfPrintJob(printer)
    document = PdfBytesDocument(pdf)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise ValueError(translate("PdfPreview", "The document could not be read for printing."))
    job.start()
    try:
        job.add(pdf)
    finally:
        job.finish()
    return job.pages
