"""Conflicts to review: two desks changed the same field offline; a coordinator decides.

Every desk shows the value the shared database kept. The dialog lists both values of each
open conflict; "Keep this value" confirms the kept one, "Use the other value" makes the
other one the record's value (an edit that reaches every desk with the next sync).
"""

import uuid
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from desktop_app.core.errors import TresenError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.reference import Gender
from desktop_app.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from desktop_app.gui.i18n import (
    error_text,
    gender_label,
    language_label,
    local_date,
    referral_status_label,
    translate,
)
from desktop_app.gui.status_line import show_status
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.conflicts import ConflictRecord, ConflictService

# The fields as the desk's forms name them (context "conflicts").
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("conflicts", "First name"),
    "last_name": QT_TRANSLATE_NOOP("conflicts", "Last name"),
    "phone": QT_TRANSLATE_NOOP("conflicts", "Phone"),
    "email": QT_TRANSLATE_NOOP("conflicts", "E-mail"),
    "postcode": QT_TRANSLATE_NOOP("conflicts", "Postcode"),
    "street": QT_TRANSLATE_NOOP("conflicts", "Street and number"),
    "city": QT_TRANSLATE_NOOP("conflicts", "City"),
    "birth_year": QT_TRANSLATE_NOOP("conflicts", "Year of birth"),
    "birth_date": QT_TRANSLATE_NOOP("conflicts", "Date of birth"),
    "age_band": QT_TRANSLATE_NOOP("conflicts", "Age band"),
    "gender": QT_TRANSLATE_NOOP("conflicts", "Gender"),
    "preferred_language": QT_TRANSLATE_NOOP("conflicts", "Preferred language"),
    "title": QT_TRANSLATE_NOOP("conflicts", "Title"),
    "name": QT_TRANSLATE_NOOP("conflicts", "Name"),
    "status": QT_TRANSLATE_NOOP("conflicts", "Status"),
    "description": QT_TRANSLATE_NOOP("conflicts", "Description"),
    "website": QT_TRANSLATE_NOOP("conflicts", "Website"),
    "url": QT_TRANSLATE_NOOP("conflicts", "Web page"),
    "contact_name": QT_TRANSLATE_NOOP("conflicts", "Contact person"),
    "contact_person": QT_TRANSLATE_NOOP("conflicts", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("conflicts", "Contact's phone"),
    "contact_email": QT_TRANSLATE_NOOP("conflicts", "Contact's e-mail"),
    "languages": QT_TRANSLATE_NOOP("conflicts", "Languages"),
    "target_groups": QT_TRANSLATE_NOOP("conflicts", "Target groups"),
    "schedule": QT_TRANSLATE_NOOP("conflicts", "Times"),
    "display_name": QT_TRANSLATE_NOOP("conflicts", "Name"),
    "user_name": QT_TRANSLATE_NOOP("conflicts", "User name"),
    "role": QT_TRANSLATE_NOOP("conflicts", "Role"),
    "password_hash": QT_TRANSLATE_NOOP("conflicts", "Password"),
    "pin_hash": QT_TRANSLATE_NOOP("conflicts", "PIN"),
    "must_change_password": QT_TRANSLATE_NOOP("conflicts", "New password due"),
    "withdrawn_at": QT_TRANSLATE_NOOP("conflicts", "Withdrawn"),
    "notes": QT_TRANSLATE_NOOP("conflicts", "Notes"),
    "active": QT_TRANSLATE_NOOP("conflicts", "Active"),
    "started_on": QT_TRANSLATE_NOOP("conflicts", "Volunteering since"),
    "ended_on": QT_TRANSLATE_NOOP("conflicts", "Volunteering ended on"),
    "activities": QT_TRANSLATE_NOOP("conflicts", "Activities"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("conflicts", "Agreement signed on"),
    "police_certificate_seen_on": QT_TRANSLATE_NOOP("conflicts", "Police certificate seen on"),
    "purpose": QT_TRANSLATE_NOOP("conflicts", "Purpose"),
    "appointment_at": QT_TRANSLATE_NOOP("conflicts", "Appointment"),
    "opening_hours_note": QT_TRANSLATE_NOOP("conflicts", "Opening hours"),
    "kind": QT_TRANSLATE_NOOP("conflicts", "Kind"),
    "deleted_at": QT_TRANSLATE_NOOP("conflicts", "Deleted"),
}
EMPTY = QT_TRANSLATE_NOOP("conflicts", "(empty)")
YES = QT_TRANSLATE_NOOP("conflicts", "yes")
NO = QT_TRANSLATE_NOOP("conflicts", "no")
ANOTHER_ENTRY = QT_TRANSLATE_NOOP("conflicts", "(another entry)")


def field_label(column: str) -> str:
    """A field's name as the desk shows it; a column without one in words of its own."""
    label = FIELD_LABELS.get(column)
    return translate("conflicts", label) if label else column.replace("_", " ").capitalize()


def record_kind_label(table: str) -> str:
    from desktop_app.core.services.conflicts import RECORD_KINDS

    kind = RECORD_KINDS.get(table)
    return translate("conflicts", kind) if kind else table


def moment_text(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local_date(local.date())} {local:%H:%M}"


def value_text(column: str, value: Any) -> str:
    """A field's value as the desk's forms show it."""
    if value is None or value == "" or value == [] or value == {}:
        return translate("conflicts", EMPTY)
    if isinstance(value, bool):
        return translate("conflicts", YES if value else NO)
    if column == "gender" and value in {gender.value for gender in Gender}:
        return gender_label(str(value))
    if column == "preferred_language":
        return language_label(str(value))
    if column == "status":
        from desktop_app.core.referral_records import ReferralStatus

        if value in {status.value for status in ReferralStatus}:
            return referral_status_label(ReferralStatus(value))
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return local_date(value)
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, list | tuple):
        return ", ".join(value_text("", item) for item in value)
    if isinstance(value, uuid.UUID):
        return translate("conflicts", ANOTHER_ENTRY)
    return str(value)


class ConflictsDialog(QDialog):
    """The open conflicts, one per row, and the two choices for the chosen one."""

    # A conflict was reviewed: the count in the status bar, and a changed record, follow.
    conflict_resolved = Signal()

    def __init__(
        self, conflicts: "ConflictService", runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._conflicts = conflicts
        self._runner = runner
        self._records: list[ConflictRecord] = []
        self._loaded = False
        self._busy = False
        self.form = Ui_ConflictsDialog()
        self.form.setupUi(self)
        form = self.form
        form.button_box.rejected.connect(self.reject)
        form.keep_button.clicked.connect(self._on_keep_button_clicked)
        form.other_button.clicked.connect(self._on_other_button_clicked)
        form.conflicts_table.itemSelectionChanged.connect(
            self._on_conflicts_table_item_selection_changed
        )
        self._set_headers()
        self._update_buttons()
        form.conflicts_table.setFocus()
        self.reload()

    # Loading

    def reload(self) -> None:
        self._runner.run(
            self._conflicts.open_conflicts,
            on_done=self._on_conflicts_loaded,
            on_error=self._on_failed,
        )

    @property
    def loaded(self) -> bool:
        return self._loaded

    def records(self) -> list["ConflictRecord"]:
        return list(self._records)

    def _on_conflicts_loaded(self, records: list["ConflictRecord"]) -> None:
        chosen = self.selected_conflict()
        self._records = records
        self._loaded = True
        self._fill()
        if records:
            ids = [record.id for record in records]
            row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
            self.form.conflicts_table.selectRow(row)
        self._update_buttons()
        self._show_count()

    def _set_headers(self) -> None:
        headers = [
            self.tr("Record"),
            self.tr("Kind"),
            self.tr("Field"),
            self.tr("Value kept"),
            self.tr("Other value"),
            self.tr("Changed"),
        ]
        table = self.form.conflicts_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)

    def _fill(self) -> None:
        table = self.form.conflicts_table
        table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            cells = (
                record.record_label or self.tr("(deleted record)"),
                record_kind_label(record.table_name),
                field_label(record.column_name),
                value_text(record.column_name, record.kept_value),
                value_text(record.column_name, record.other_value),
                moment_text(record.recorded_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _show_count(self) -> None:
        count = len(self._records)
        text = (
            self.tr("%n conflicts to review.", "", count)
            if count
            else self.tr("No conflicts to review.")
        )
        show_status(self.form.status_label, text)

    # Choosing

    def selected_conflict(self) -> "ConflictRecord | None":
        rows = self.form.conflicts_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def keep(self) -> None:
        self._resolve(self._conflicts.keep)

    def use_other(self) -> None:
        self._resolve(self._conflicts.choose_other)

    def _resolve(self, action: Any) -> None:
        chosen = self.selected_conflict()
        if chosen is None or self._busy:
            return
        self._busy = True
        self._update_buttons()
        self._runner.run(action, chosen.id, on_done=self._on_resolved, on_error=self._on_failed)

    def _on_resolved(self, _result: object) -> None:
        self._busy = False
        self.conflict_resolved.emit()
        self.reload()
        self.form.conflicts_table.setFocus()

    def _on_failed(self, error: TresenError) -> None:
        self._busy = False
        self._update_buttons()
        show_status(self.form.status_label, error_text(error), error=True)

    def _update_buttons(self) -> None:
        chosen = self.selected_conflict() is not None and not self._busy
        self.form.keep_button.setEnabled(chosen)
        self.form.other_button.setEnabled(chosen)

    def _on_keep_button_clicked(self) -> None:
        self.keep()

    def _on_other_button_clicked(self) -> None:
        self.use_other()

    def _on_conflicts_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._set_headers()
            if self._loaded:
                self._fill()
                self._show_count()
        super().changeEvent(event)
