"""The district's figures: every facility side by side, read from the shared database.

Whoever holds the district's account enters the server, the account and its password
(used for this connection only, never kept), chooses a year and perhaps a month, and sees
the tables the database counted: per facility, per field of action, by age group and
gender, the offers suited to the Jobcenter cooperation, and the referrals between the
facilities. "Save as XLSX…" writes them as a workbook, one sheet per table.
"""

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.district_records import count_text
from desktop_app.core.errors import TresenError
from desktop_app.core.statistics_records import (
    AGE_GROUP_LABELS,
    NOT_STATED,
    AgeGroup,
    Period,
)
from desktop_app.gui.forms.ui_district_dialog import Ui_DistrictDialog
from desktop_app.gui.i18n import error_text, gender_label, local_hours, referral_status_label
from desktop_app.gui.i18n import translate as _translate
from desktop_app.gui.status_line import show_status
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.district_records import DistrictFigures

# A cell: its text, and whether it is a figure (right-aligned).
_Cell = tuple[str, bool]


class DistrictDialog(QDialog):
    """Server, account and period above; the district's tables below, one tab each."""

    figures_loaded = Signal(object)  # DistrictFigures
    saved = Signal(object)  # Path

    def __init__(
        self,
        runner: TaskRunner,
        *,
        today: date,
        language: str = "de",
        parent: QWidget | None = None,
    ) -> None:
        """``language`` is the workbook's ("de" or "en"); the period offered first is the
        last whole year before ``today``."""
        super().__init__(parent)
        self._runner = runner
        self._today = today
        self._language = language
        self._figures: DistrictFigures | None = None
        self.file_dialog: QFileDialog | None = None
        self.form = Ui_DistrictDialog()
        self.form.setupUi(self)
        form = self.form
        form.year_spin.setMaximum(today.year)
        form.year_spin.setValue(today.year - 1)
        self._fill_months()
        form.load_button.clicked.connect(self._on_load_button_clicked)
        form.save_button.clicked.connect(self._on_save_button_clicked)
        form.button_box.rejected.connect(self.reject)
        form.save_button.setEnabled(False)
        self._set_headers()
        form.url_edit.setFocus()

    @property
    def figures(self) -> "DistrictFigures | None":
        return self._figures

    def period(self) -> Period:
        year = self.form.year_spin.value()
        month = self.form.month_combo.currentData()
        return Period.year(year) if not month else Period.month(year, int(month))

    # Loading

    def load(self) -> None:
        """Read the chosen period's figures with the account entered."""
        from desktop_app.sync import district

        form = self.form
        try:
            address, in_url = district.server_address(form.url_edit.text(), form.user_edit.text())
        except TresenError as problem:
            self._on_failed(problem)
            form.url_edit.setFocus()
            return
        period = self.period()
        show_status(form.status_label, self.tr("Counting…"))
        self._runner.run(
            district.read_figures,
            address,
            form.password_edit.text() or in_url,
            period,
            on_done=self._on_figures_read,
            on_error=self._on_failed,
            control=form.load_button,
            lane="network",
        )

    def _on_figures_read(self, figures: "DistrictFigures") -> None:
        self._figures = figures
        self._fill()
        self.form.save_button.setEnabled(True)
        facilities = len(figures.facilities) - 1
        show_status(
            self.form.status_label,
            self.tr("{period}: the figures of %n facilities.", "", facilities).format(
                period=self._period_text(figures.period)
            ),
        )
        self.figures_loaded.emit(figures)

    def _on_failed(self, error: TresenError) -> None:
        show_status(self.form.status_label, error_text(error), error=True)

    # Saving

    def choose_file(self) -> None:
        """Ask where to save the workbook (without waiting, so the desk keeps running)."""
        if self._figures is None:
            return
        period = self._figures.period
        name = f"Bezirk-{period.start.year}"
        if period.start.month == period.end.month and period.start.year == period.end.year:
            name += f"-{period.start.month:02d}"
        dialog = QFileDialog(self, self.tr("Save the district's figures"), f"{name}.xlsx")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: Path) -> None:
        from desktop_app.core.district_export import write_district_xlsx

        figures = self._figures
        if figures is None:
            return

        def write() -> Path:
            write_district_xlsx(figures, path, issued_on=self._today, language=self._language)
            return path

        self._runner.run(
            write, on_done=self._on_saved, on_error=self._on_failed, control=self.form.save_button
        )

    def _on_saved(self, path: Path) -> None:
        show_status(self.form.status_label, self.tr("Saved to {path}").format(path=path))
        self.saved.emit(path)

    def _on_file_dialog_file_selected(self, name: str) -> None:
        if name:
            self.save_to(Path(name))

    def _on_file_dialog_finished(self, _result: int) -> None:
        self.file_dialog = None

    # Tables

    def _fill_months(self) -> None:
        combo = self.form.month_combo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("The whole year"), 0)
        locale = QLocale()
        for month in range(1, 13):
            combo.addItem(locale.standaloneMonthName(month), month)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _set_headers(self) -> None:
        form = self.form
        headers: dict[QTableWidget, Sequence[str]] = {
            form.facilities_table: (
                self.tr("Facility"),
                self.tr("Check-ins"),
                self.tr("Visitors"),
                self.tr("New"),
                self.tr("Returning"),
                self.tr("Head counts"),
                self.tr("Counselling check-ins"),
                self.tr("Visitors in counselling"),
                self.tr("Head counts in counselling"),
                self.tr("Referrals issued"),
                self.tr("Referrals received"),
                self.tr("Volunteers"),
                self.tr("Volunteer hours"),
            ),
            form.fields_table: (
                self.tr("Field of action"),
                self.tr("Facility"),
                self.tr("Check-ins"),
                self.tr("Visitors"),
                self.tr("Head counts"),
                self.tr("Counselling check-ins"),
            ),
            form.people_table: (
                self.tr("Facility"),
                self.tr("Age group"),
                self.tr("Gender"),
                self.tr("Check-ins"),
                self.tr("Visitors"),
                self.tr("New"),
                self.tr("Returning"),
                self.tr("Head counts"),
            ),
            form.jobcenter_table: (
                self.tr("Field of action"),
                self.tr("Target group"),
                self.tr("Facility"),
                self.tr("Offers"),
                self.tr("Titles"),
                self.tr("Referrals to others in the field"),
                self.tr("Referrals from others in the field"),
            ),
            form.flows_table: (
                self.tr("From"),
                self.tr("To"),
                self.tr("Within the network"),
                self.tr("Field of action"),
                self.tr("Status"),
                self.tr("Referrals"),
            ),
        }
        for table, labels in headers.items():
            table.setColumnCount(len(labels))
            table.setHorizontalHeaderLabels(list(labels))
            table.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )

    def _fill(self) -> None:
        figures = self._figures
        if figures is None:
            return
        form = self.form
        everyone = self.tr("All facilities")
        _fill_table(
            form.facilities_table,
            [
                (
                    _label(everyone if row.is_total else row.facility),
                    *(
                        _figure(count_text(value))
                        for value in (
                            row.visits,
                            row.visitors,
                            row.new_visitors,
                            row.returning_visitors,
                            row.tallied,
                            row.counselling_visits,
                            row.counselling_visitors,
                            row.counselling_tallied,
                            row.referrals_issued,
                            row.referrals_received,
                            row.volunteers,
                        )
                    ),
                    _figure(local_hours(row.volunteer_minutes)),
                )
                for row in figures.facilities
            ],
            bold_rows={len(figures.facilities) - 1},
        )
        _fill_table(
            form.fields_table,
            [
                (
                    _label(row.field_of_action or self.tr("without a field of action")),
                    _label(everyone if row.facility_id is None else row.facility),
                    _figure(count_text(row.visits)),
                    _figure(count_text(row.visitors)),
                    _figure(count_text(row.tallied)),
                    _figure(count_text(row.counselling_visits)),
                )
                for row in figures.by_field
            ],
        )
        _fill_table(
            form.people_table,
            [
                (
                    _label(everyone if row.facility_id is None else row.facility),
                    _label(self._age_group_text(row.age_group)),
                    _label(self.tr("all") if row.gender is None else gender_label(row.gender)),
                    *(
                        _figure(count_text(value))
                        for value in (
                            row.visits,
                            row.visitors,
                            row.new_visitors,
                            row.returning_visitors,
                            row.tallied,
                        )
                    ),
                )
                for row in figures.by_person
            ],
        )
        _fill_table(
            form.jobcenter_table,
            [
                (
                    _label(row.field_of_action or self.tr("without a field of action")),
                    _label(row.target_group or self.tr("none named")),
                    _label(row.facility),
                    _figure(count_text(row.offers)),
                    _label(", ".join(row.titles)),
                    _figure(count_text(row.referrals_issued)),
                    _figure(count_text(row.referrals_received)),
                )
                for row in figures.jobcenter
            ],
        )
        _fill_table(
            form.flows_table,
            [
                (
                    _label(row.facility),
                    _label(row.receiving or self.tr("not named")),
                    _label(self.tr("yes") if row.within_network else self.tr("no")),
                    _label(row.field_of_action or self.tr("without a field of action")),
                    _label(self._status_text(row.status)),
                    _figure(count_text(row.referrals)),
                )
                for row in figures.referral_flows
            ],
        )

    def _age_group_text(self, key: str | None) -> str:
        if key is None:
            return self.tr("all")
        if key == NOT_STATED or key not in {group.value for group in AgeGroup}:
            return self.tr("not stated")
        return _translate("statistics", AGE_GROUP_LABELS[AgeGroup(key)])

    @staticmethod
    def _status_text(status: str) -> str:
        from desktop_app.core.referral_records import ReferralStatus

        try:
            return referral_status_label(ReferralStatus(status))
        except ValueError:
            return status

    def _period_text(self, period: Period) -> str:
        if period.start.month == 1 and period.end.month == 12:
            return str(period.start.year)
        return f"{QLocale().standaloneMonthName(period.start.month)} {period.start.year}"

    # Slots

    def _on_load_button_clicked(self) -> None:
        self.load()

    def _on_save_button_clicked(self) -> None:
        self.choose_file()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_months()
            self._set_headers()
            self._fill()
        super().changeEvent(event)


def _label(text: str) -> _Cell:
    return (text, False)


def _figure(text: str) -> _Cell:
    return (text, True)


def _fill_table(
    table: QTableWidget, rows: Sequence[Sequence[_Cell]], bold_rows: set[int] | None = None
) -> None:
    """Show ``rows``: labels left, figures right, each cell also its own tooltip."""
    table.setUpdatesEnabled(False)
    try:
        table.clearContents()
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, cells in enumerate(rows):
            for column, (text, is_figure) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if is_figure:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if bold_rows and row in bold_rows:
                    item.setFont(bold)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
    finally:
        table.setUpdatesEnabled(True)
