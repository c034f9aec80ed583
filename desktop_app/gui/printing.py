"""Printing Tresen's PDF documents through Qt's print path, page by page at printer resolution."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.errors import TresenError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP

# Pages are rendered in bands of this many pixel rows: an A4 page at 600 dpi is 140 MB as
# one image, a band a few megabytes.
BAND_ROWS = 512

NOT_A_DOCUMENT = QT_TRANSLATE_NOOP("errors", "The document could not be read for printing.")
PRINTER_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "The printer did not accept the document. Check that it is switched on and has paper, "
    "then print again. Nothing is lost: the document can be printed again at any time.",
)


class PrintFailed(TresenError):
    """Printing did not happen; the message says what the person at the desk can do."""


def pdf_document(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A ``QPdfDocument`` reading ``data``; the buffer lives as long as the document."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def page_size_of(document: QPdfDocument) -> QPageSize:
    """The paper of the document's first page (A5 or A4 for Tresen's documents)."""
    points = document.pagePointSize(0)
    return QPageSize(QSizeF(points), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def prepare_printer(printer: QPrinter, data: bytes) -> None:
    """Set the printer's paper to the document's and let the document bring its margins."""
    document = pdf_document(data)
    try:
        if document.status() == QPdfDocument.Status.Ready and document.pageCount():
            printer.setPageSize(page_size_of(document))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    finally:
        document.deleteLater()
    printer.setFullPage(True)


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF ``data`` on ``printer``; return the number of pages.

    Each page is rendered at the printer's own resolution into the paper's full area (the
    documents carry their margins), so text and QR codes come out as sharp as the printer
    can make them.
    """
    document = pdf_document(data)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintFailed(NOT_A_DOCUMENT)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(PRINTER_REFUSED)
        try:
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            for page in range(document.pageCount()):
                if page and not printer.newPage():
                    raise PrintFailed(PRINTER_REFUSED)
                _draw_page(painter, document, page, target)
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.deleteLater()


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, target: QRect) -> None:
    """Scale the page to fit ``target`` (keeping its proportions) and draw it band by band."""
    points = document.pagePointSize(page)
    scale = min(target.width() / points.width(), target.height() / points.height())
    size = QSize(round(points.width() * scale), round(points.height() * scale))
    left = target.x() + (target.width() - size.width()) // 2
    top = target.y() + (target.height() - size.height()) // 2
    for band_top in range(0, size.height(), BAND_ROWS):
        rows = min(BAND_ROWS, size.height() - band_top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, band_top, size.width(), rows))
        image = document.render(page, QSize(size.width(), rows), options)
        painter.drawImage(left, top + band_top, image)
