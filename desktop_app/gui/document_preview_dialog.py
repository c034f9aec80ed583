"""Preview a printed document (Qt's PDF view), then print it or save it as a PDF file."""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop_app.core.errors import FileNotWritten
from desktop_app.core.files import write_atomically
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_document_preview_dialog import Ui_DocumentPreviewDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.printing import PrintFailed, pdf_document, prepare_printer, print_pdf


@dataclass(frozen=True)
class PrintableDocument:
    """A finished PDF with the name it is shown and saved under."""

    title: str
    file_name: str  # suggested, without folder: "Vermittlung-7KM4Q-X9TB2.pdf"
    data: bytes


class DocumentPreviewDialog(QDialog):
    """Shows one or more documents; Print goes through the system's print dialog.

    ``printed`` and ``saved`` tell the owner that the document left the desk (a referral
    slip is then "handed out"). A failed print says why and keeps everything: the owner
    can show the same document again.
    """

    printed = Signal(int)  # index of the document printed
    saved = Signal(int, Path)  # index of the document, file written

    def __init__(
        self, documents: list[PrintableDocument], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not documents:
            raise ValueError("nothing to preview")
        self._documents = documents
        self._title = title
        self.form = Ui_DocumentPreviewDialog()
        self.form.setupUi(self)
        self.setWindowTitle(title)
        form = self.form
        self._pdf: QPdfDocument | None = None
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.printer: QPrinter | None = None
        form.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        form.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        for document in documents:
            form.document_combo.addItem(document.title)
        several = len(documents) > 1
        form.document_combo.setVisible(several)
        form.document_label.setVisible(several)
        form.status_label.setVisible(False)
        form.document_combo.currentIndexChanged.connect(self._on_document_combo_changed)
        form.print_button.clicked.connect(self._on_print_button_clicked)
        form.save_button.clicked.connect(self._on_save_button_clicked)
        form.close_button.clicked.connect(self.accept)
        print_key = QShortcut(QKeySequence.StandardKey.Print, self)
        print_key.activated.connect(self._on_print_button_clicked)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.activated.connect(self._on_save_button_clicked)
        form.print_button.setDefault(True)
        self._show_document(0)
        form.print_button.setFocus()

    @property
    def current_index(self) -> int:
        return max(0, self.form.document_combo.currentIndex())

    @property
    def current(self) -> PrintableDocument:
        return self._documents[self.current_index]

    @property
    def page_count(self) -> int:
        return 0 if self._pdf is None else self._pdf.pageCount()

    def _show_document(self, index: int) -> None:
        old = self._pdf
        self._pdf = pdf_document(self._documents[index].data, self)
        self.form.pdf_view.setDocument(self._pdf)
        if old is not None:
            old.deleteLater()

    # Printing

    def print_document(self) -> None:
        """Ask the system's print dialog, then print; without a printer, say what to do."""
        if not QPrinterInfo.availablePrinters():
            warn(
                self,
                self._title,
                self.tr(
                    "No printer is set up on this computer. Save the document as a PDF file "
                    "to print it elsewhere, or ask your administrator to set up a printer."
                ),
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.current.data)
        self.printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_print_dialog_accepted)
        self.print_dialog = dialog
        QDialog.open(dialog)  # window-modal, returns at once (QPrintDialog.open wants a slot)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current document on ``printer``; a failure is shown, not raised."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(self.current.data, printer)
        except PrintFailed as error:
            self._say(error_text(error))
            warn(self, self._title, error_text(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say(self.tr("Sent to the printer (%n page(s)).", "", pages))
        self.printed.emit(self.current_index)
        return True

    def _on_print_dialog_accepted(self) -> None:
        self.print_dialog = None
        if self.printer is not None:
            self.print_to(self.printer)

    # Saving

    def save_document(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self, self.tr("Save as PDF"), str(Path(folder) / self.current.file_name)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: Path) -> bool:
        """Write the current document to ``path`` (whole or not at all)."""
        data = self.current.data
        try:
            write_atomically(path, lambda file: file.write(data))
        except FileNotWritten as error:
            message = error_text(error)
            self._say(message)
            warn(self, self._title, message)
            return False
        self._say(self.tr("Saved as {path}").format(path=path))
        self.saved.emit(self.current_index, path)
        return True

    def _on_file_dialog_file_selected(self, file_name: str) -> None:
        self.file_dialog = None
        if file_name:
            self.save_to(Path(file_name))

    # Slots

    def _say(self, message: str) -> None:
        self.form.status_label.setText(message)
        self.form.status_label.setVisible(True)

    def _on_print_button_clicked(self) -> None:
        self.print_document()

    def _on_save_button_clicked(self) -> None:
        self.save_document()

    def _on_document_combo_changed(self, index: int) -> None:
        if index >= 0:
            self._show_document(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.setWindowTitle(self._title)
        super().changeEvent(event)
