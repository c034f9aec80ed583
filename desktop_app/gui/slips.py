"""Showing a referral's slip: rendered off the GUI thread, previewed, printed or saved."""

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core import codes
from desktop_app.core.referral_records import PaperSize, ReferralRecord
from desktop_app.core.services import Services
from desktop_app.core.settings import Settings
from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog, PrintableDocument
from desktop_app.gui.tasks import TaskRunner


class SlipPresenter(QObject):
    """Opens the preview of a referral's slip; a printed or saved slip is handed out.

    ``settings`` is asked each time, so that a changed logo or paper size shows at once.
    """

    referral_changed = Signal(object)  # ReferralRecord, after the slip left the desk
    preview_opened = Signal(object)  # DocumentPreviewDialog

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        settings: Callable[[], Settings],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._settings = settings
        self._window = window
        self.dialog: DocumentPreviewDialog | None = None
        self._referral_id: uuid.UUID | None = None  # the referral whose slip is shown

    def show(self, referral_id: uuid.UUID, paper: PaperSize | None = None) -> None:
        settings = self._settings()
        paper = paper or PaperSize(settings.slip_paper)
        logo = Path(settings.logo_file) if settings.logo_file else None
        self._runner.run(self._render, referral_id, paper, logo, on_done=self._on_rendered)

    def _render(
        self, referral_id: uuid.UUID, paper: PaperSize, logo: Path | None
    ) -> tuple[uuid.UUID, str, bytes]:
        """On the worker: the slip's content from the database, then the PDF."""
        from desktop_app.documents.slip import render_slip

        content = self._services.referrals.slip_content(referral_id, paper=paper, logo=logo)
        return referral_id, content.code, render_slip(content)

    def _on_rendered(self, rendered: tuple[uuid.UUID, str, bytes]) -> None:
        referral_id, code, data = rendered
        grouped = codes.grouped(code)
        document = PrintableDocument(
            title=self.tr("Referral slip {code}").format(code=grouped),
            file_name=f"Vermittlung-{grouped}.pdf",
            data=data,
        )
        if self.dialog is not None:
            self.dialog.close()
        dialog = DocumentPreviewDialog([document], document.title, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas: a lambda connected to a dialog that deletes itself on
        # close corrupted the heap (PySide6 6.11.3 and 6.12.0; see TodayView).
        dialog.printed.connect(self._on_dialog_printed)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        self._referral_id = referral_id
        dialog.open()
        self.preview_opened.emit(dialog)

    def _on_dialog_printed(self, _index: int) -> None:
        self._handed_out()

    def _on_dialog_saved(self, _index: int, _path: Path) -> None:
        self._handed_out()

    def _handed_out(self) -> None:
        if self._referral_id is None:
            return
        self._runner.run(
            self._services.referrals.mark_handed_out,
            self._referral_id,
            on_done=self._on_handed_out,
        )

    def _on_handed_out(self, referral: ReferralRecord) -> None:
        self.referral_changed.emit(referral)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self._referral_id = None
