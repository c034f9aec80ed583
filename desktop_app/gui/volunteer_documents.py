"""The documents and exports of volunteer engagement: asked for, made off the GUI thread, shown.

A certificate and a time sheet are for one volunteer and a period; the annual overview is
for all volunteers and a year; the export of hours is for all and a period, as CSV or XLSX.
"""

import uuid
from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.services import Services
from desktop_app.core.validation import NOT_BEFORE_START
from desktop_app.core.volunteer_records import VolunteerRecord
from desktop_app.gui.dates import from_qdate, to_qdate
from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog, PrintableDocument
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_certificate_dialog import Ui_CertificateDialog
from desktop_app.gui.forms.ui_period_dialog import Ui_PeriodDialog
from desktop_app.gui.i18n import error_text
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tasks import TaskRunner


class PeriodMode(Enum):
    PERIOD = "period"  # from … to …
    YEAR = "year"
    EXPORT = "export"  # a period and a file format


class PeriodDialog(QDialog):
    """Asks for a period (or a year, or a period and a file format)."""

    def __init__(
        self, mode: PeriodMode, title: str, intro: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.form = Ui_PeriodDialog()
        self.form.setupUi(self)
        form = self.form
        self.setWindowTitle(title)
        form.intro_label.setText(intro)
        form.from_edit.setDate(to_qdate(date(today.year, 1, 1)))
        form.to_edit.setDate(to_qdate(today))
        form.year_spin.setValue(today.year)
        year = mode is PeriodMode.YEAR
        shown: list[tuple[QWidget, bool]] = [
            (form.from_label, not year),
            (form.from_edit, not year),
            (form.to_label, not year),
            (form.to_edit, not year),
            (form.year_label, year),
            (form.year_spin, year),
            (form.format_label, mode is PeriodMode.EXPORT),
            (form.xlsx_radio, mode is PeriodMode.EXPORT),
            (form.csv_radio, mode is PeriodMode.EXPORT),
        ]
        for widget, visible in shown:
            widget.setVisible(visible)
        form.period_error_label.setVisible(False)
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        (form.year_spin if year else form.from_edit).setFocus()

    @property
    def period(self) -> tuple[date, date]:
        if self.mode is PeriodMode.YEAR:
            year = self.form.year_spin.value()
            return date(year, 1, 1), date(year, 12, 31)
        return from_qdate(self.form.from_edit.date()), from_qdate(self.form.to_edit.date())

    @property
    def as_csv(self) -> bool:
        return self.form.csv_radio.isChecked()

    def _on_button_box_accepted(self) -> None:
        first, last = self.period
        if last < first:
            InlineErrors({"period": (self.form.to_edit, self.form.period_error_label)}).show(
                {"period": FieldProblem(NOT_BEFORE_START)}
            )
            self.form.to_edit.setFocus()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            title, intro = self.windowTitle(), self.form.intro_label.text()
            self.form.retranslateUi(self)
            self.setWindowTitle(title)
            self.form.intro_label.setText(intro)
        super().changeEvent(event)


class CertificateDialog(QDialog):
    """Asks what the certificate says; the service refuses judging words, shown here."""

    certificate_ready = Signal(object)  # PrintableDocument

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        volunteer: VolunteerRecord,
        letterhead: Letterhead,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._volunteer = volunteer
        self._letterhead = letterhead
        self.form = Ui_CertificateDialog()
        self.form.setupUi(self)
        form = self.form
        self._errors = InlineErrors(
            {
                "period": (form.to_edit, form.period_error_label),
                "function": (form.function_edit, form.function_error_label),
                "competences": (form.competences_edit, form.competences_error_label),
            }
        )
        start = volunteer.started_on or date(today.year, 1, 1)
        form.from_edit.setDate(to_qdate(start))
        form.to_edit.setDate(to_qdate(min(today, volunteer.ended_on or today)))
        form.function_edit.setText(", ".join(a.name for a in volunteer.activities))
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        self.setWindowTitle(
            self.tr("Engagement certificate for {name}").format(name=volunteer.display_name)
        )
        form.from_edit.setFocus()

    def _on_button_box_accepted(self) -> None:
        form = self.form
        first, last = from_qdate(form.from_edit.date()), from_qdate(form.to_edit.date())
        competences = tuple(
            line for line in form.competences_edit.toPlainText().splitlines() if line.strip()
        )
        services, volunteer, letterhead = self._services, self._volunteer, self._letterhead
        function, signatory = form.function_edit.text(), form.signatory_edit.text()
        english = form.english_check.isChecked()

        def make() -> bytes:
            from desktop_app.documents.certificate import render_certificate

            content = services.hours.certificate(
                volunteer.id,
                first,
                last,
                letterhead,
                function=function,
                competences=competences,
                signatory=signatory,
                english=english,
            )
            return render_certificate(content)

        self._runner.run(
            make,
            on_done=self._on_made,
            on_error=self._on_failed,
            control=form.button_box.button(QDialogButtonBox.StandardButton.Ok),
        )

    def _on_made(self, data: bytes) -> None:
        name = self._volunteer.display_name
        self.certificate_ready.emit(
            PrintableDocument(
                title=self.tr("Engagement certificate – {name}").format(name=name),
                file_name=f"Engagementnachweis-{_file_part(name)}.pdf",
                data=data,
            )
        )
        self.accept()

    def _on_failed(self, error: TresenError) -> None:
        if isinstance(error, ValidationError):
            first = self._errors.show(error.problems)
            if first is not None:
                first.setFocus()
        else:
            warn(self, self.windowTitle(), error_text(error))


def _file_part(name: str) -> str:
    """A name as part of a file name: letters and digits kept, the rest a hyphen."""
    return "-".join("".join(c if c.isalnum() else " " for c in name).split()) or "Person"


class VolunteerDocuments(QObject):
    """Runs the document and export actions of the volunteers screen."""

    preview_opened = Signal(object)  # DocumentPreviewDialog
    exported = Signal(object)  # Path

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        letterhead: Callable[[], Letterhead],
        today: Callable[[], date],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._letterhead = letterhead
        self._today = today
        self._window = window
        self.dialog: QDialog | None = None
        self.report: QMessageBox | None = None  # the message after an export
        # What the open dialog's answer leads to. Kept here, with bound methods as slots:
        # a lambda connected to a dialog that deletes itself on close corrupted the heap
        # (seen with PySide6 6.11.3 and 6.12.0).
        self._accepted: Callable[[], None] | None = None
        self._export: tuple[tuple[date, date], bool] | None = None

    def _open(self, dialog: QDialog, accepted: Callable[[], None] | None = None) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._accepted = accepted
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        if self._accepted is not None:
            self._accepted()

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self._accepted = None

    def show_document(self, document: PrintableDocument) -> None:
        preview = DocumentPreviewDialog([document], document.title, self._window)
        self._open(preview)
        self.preview_opened.emit(preview)

    # Certificate and time sheet: one volunteer

    def certificate(self, volunteer: VolunteerRecord) -> None:
        dialog = CertificateDialog(
            self._services, self._runner, volunteer, self._letterhead(), self._today(), self._window
        )
        dialog.certificate_ready.connect(self.show_document)
        self._open(dialog)

    def time_sheet(self, volunteer: VolunteerRecord) -> None:
        dialog = PeriodDialog(
            PeriodMode.PERIOD,
            self.tr("Time sheet"),
            self.tr("The hours of {name} in a period, for funders.").format(
                name=volunteer.display_name
            ),
            self._today(),
            self._window,
        )
        self._open(dialog, lambda: self._make_time_sheet(volunteer.id, dialog.period))

    def _make_time_sheet(self, volunteer_id: uuid.UUID, period: tuple[date, date]) -> None:
        services, letterhead = self._services, self._letterhead()

        def make() -> tuple[str, bytes]:
            from desktop_app.documents.time_sheet import render_time_sheet

            content = services.hours.time_sheet(volunteer_id, *period, letterhead)
            return content.person_name, render_time_sheet(content)

        def made(result: tuple[str, bytes]) -> None:
            name, data = result
            self.show_document(
                PrintableDocument(
                    self.tr("Time sheet – {name}").format(name=name),
                    f"Stundennachweis-{_file_part(name)}.pdf",
                    data,
                )
            )

        self._runner.run(make, on_done=made)

    # The annual overview and the export: all volunteers

    def annual_overview(self) -> None:
        dialog = PeriodDialog(
            PeriodMode.YEAR,
            self.tr("Annual overview"),
            self.tr("All volunteers' hours of a year, month by month."),
            self._today(),
            self._window,
        )
        self._open(dialog, lambda: self._make_overview(dialog.period[0].year))

    def _make_overview(self, year: int) -> None:
        services, letterhead = self._services, self._letterhead()

        def make() -> bytes:
            from desktop_app.documents.annual_overview import render_annual_overview

            return render_annual_overview(services.hours.annual_overview(year, letterhead))

        self._runner.run(
            make,
            on_done=lambda data: self.show_document(
                PrintableDocument(
                    self.tr("Annual overview {year}").format(year=year),
                    f"Jahresuebersicht-Engagement-{year}.pdf",
                    data,
                )
            ),
        )

    def export_hours(self) -> None:
        dialog = PeriodDialog(
            PeriodMode.EXPORT,
            self.tr("Export hours"),
            self.tr("Hours by person, activity and day, for a spreadsheet program."),
            self._today(),
            self._window,
        )
        self._open(dialog, lambda: self._choose_file(dialog.period, dialog.as_csv))

    def _choose_file(self, period: tuple[date, date], as_csv: bool) -> None:
        suffix = "csv" if as_csv else "xlsx"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"Stunden-{period[0]:%Y-%m-%d}-bis-{period[1]:%Y-%m-%d}.{suffix}"
        dialog = QFileDialog(self._window, self.tr("Export hours"), str(Path(folder) / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setNameFilter(
            self.tr("CSV files (*.csv)") if as_csv else self.tr("Excel workbooks (*.xlsx)")
        )
        self._export = (period, as_csv)
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        self._open(dialog)

    def _on_file_dialog_file_selected(self, file_name: str) -> None:
        if file_name and self._export is not None:
            self.export_to(Path(file_name), *self._export)

    def export_to(self, path: Path, period: tuple[date, date], as_csv: bool) -> None:
        services = self._services
        title = self.tr("Volunteers' hours")

        def export() -> Path:
            from desktop_app.core.hours_export import write_hours_csv, write_hours_xlsx

            rows = services.hours.export_rows(*period)
            if as_csv:
                write_hours_csv(rows, path)
            else:
                write_hours_xlsx(rows, path, title=title, period=period)
            return path

        self._runner.run(export, on_done=self._on_exported, on_error=self._on_export_failed)

    def _on_exported(self, path: Path) -> None:
        text = self.tr("Exported to {path}").format(path=path)
        self._report(text, QMessageBox.Icon.Information)
        self.exported.emit(path)

    def _on_export_failed(self, error: TresenError) -> None:
        self._report(error_text(error), QMessageBox.Icon.Warning)

    def _report(self, text: str, icon: QMessageBox.Icon) -> None:
        box = warn(self._window, self.tr("Export hours"), text, icon)
        box.finished.connect(self._on_report_finished)
        self.report = box

    def _on_report_finished(self, _result: int) -> None:
        self.report = None
