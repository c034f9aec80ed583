"""The privacy office: people's requests and their deadlines, the audit trail, the register.

Coordination and administration only (``Permission.PRIVACY_OFFICE``); the services refuse
everyone else whichever way they ask.
"""

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop_app.core.access_report import AccessReport, PersonKind, PersonMatch, to_json
from desktop_app.core.audit import AUDIT_ACTION_LABELS, AuditRecord, ChainBreak
from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import TresenError
from desktop_app.core.files import write_text_atomically
from desktop_app.core.privacy_records import (
    REQUEST_KIND_LABELS,
    AuditQuery,
    RequestDraft,
    RequestKind,
    RequestRecord,
)
from desktop_app.core.records import VisitorRecord
from desktop_app.core.retention import (
    AUDIT_TRAIL_KEPT,
    RETENTION_ACTIONS,
    RETENTION_KIND_LABELS,
    RetentionPlan,
    RetentionRuleRecord,
)
from desktop_app.core.services import Clock, Services
from desktop_app.gui.buttons import keep_enter_for_fields
from desktop_app.gui.conflicts_dialog import field_label, moment_text, record_kind_label
from desktop_app.gui.dates import from_qdate, to_qdate
from desktop_app.gui.forms.ui_privacy_dialog import Ui_PrivacyDialog
from desktop_app.gui.i18n import error_text, local_date, translate
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tables import fill_table
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog

# A request this close to its deadline is marked before it is overdue.
DEADLINE_NEAR_DAYS = 7
OVERDUE_COLOUR = QColor("#b00020")
NEAR_COLOUR = QColor("#8a5300")


def register_pdf(letterhead: Letterhead, today: date) -> bytes:
    """The register of processing activities as printed (on the worker)."""
    from desktop_app.core.processing import register_content
    from desktop_app.documents.processing_register import render_processing_register

    return render_processing_register(register_content(letterhead, today))


def access_report_pdf(report: AccessReport, letterhead: Letterhead) -> bytes:
    """The access report as printed (on the worker)."""
    from desktop_app.documents.access_report import render_access_report

    return render_access_report(report, letterhead)


def write_access_json(report: AccessReport, path: Path) -> Path:
    """The access report as JSON in ``path``, written whole or not at all (on the worker)."""
    text = to_json(report)
    write_text_atomically(path, lambda file: file.write(text))
    return path


class PrivacyDialog(QDialog):
    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        letterhead: Callable[[], Letterhead],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._letterhead = letterhead
        self._clock = clock
        self._requests: list[RequestRecord] = []
        self._entries: list[AuditRecord] = []
        self._matches: list[PersonMatch] = []
        self._rules: list[RetentionRuleRecord] = []
        self.plan: RetentionPlan | None = None
        self.question: QMessageBox | None = None
        self.report: AccessReport | None = None
        self.preview: DocumentPreviewDialog | None = None
        self.form = Ui_PrivacyDialog()
        self.form.setupUi(self)
        form = self.form
        today = to_qdate(self._today())
        for edit in (form.received_edit, form.from_edit, form.to_edit):
            edit.setDate(today)
        form.from_edit.setDate(today.addMonths(-1))
        for kind in RequestKind:
            form.kind_combo.addItem(translate("reference", REQUEST_KIND_LABELS[kind]), kind)
        self._request_errors = InlineErrors(
            {
                "requester": (form.requester_edit, form.requester_error_label),
                "received_on": (form.received_edit, form.received_error_label),
            }
        )
        self._set_headers()
        form.status_label.hide()
        form.chain_label.hide()
        form.button_box.rejected.connect(self.reject)
        keep_enter_for_fields(form.button_box)
        form.answered_check.toggled.connect(self._on_answered_check_toggled)
        form.record_button.clicked.connect(self._on_record_button_clicked)
        form.answered_button.clicked.connect(self._on_answered_button_clicked)
        form.filter_button.clicked.connect(self._on_filter_button_clicked)
        form.check_button.clicked.connect(self._on_check_button_clicked)
        form.register_button.clicked.connect(self._on_register_button_clicked)
        form.access_search_button.clicked.connect(self._on_access_search_button_clicked)
        form.access_search_edit.returnPressed.connect(form.access_search_button.click)
        form.report_button.clicked.connect(self._on_report_button_clicked)
        form.no_data_button.clicked.connect(self._on_no_data_button_clicked)
        form.json_button.clicked.connect(self._on_json_button_clicked)
        form.matches_table.itemSelectionChanged.connect(self._update_buttons)
        form.rules_table.itemSelectionChanged.connect(self._on_rules_table_item_selection_changed)
        form.save_rule_button.clicked.connect(self._on_save_rule_button_clicked)
        form.preview_button.clicked.connect(self._on_preview_button_clicked)
        form.run_button.clicked.connect(self._on_run_button_clicked)
        form.retention_note_label.setText(translate("reference", AUDIT_TRAIL_KEPT))
        form.requests_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload_requests()
        self.reload_rules()
        self._runner.run(
            self._services.audit_trail.staff_names,
            on_done=self._on_staff_names_loaded,
            on_error=self._say_error,
        )

    def _today(self) -> date:
        return self._clock().date()

    def _set_headers(self) -> None:
        form = self.form
        form.requests_table.setColumnCount(5)
        form.requests_table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Requester"),
                self.tr("Received"),
                self.tr("Due"),
                self.tr("State"),
            ]
        )
        form.rules_table.setColumnCount(3)
        form.rules_table.setHorizontalHeaderLabels(
            [self.tr("Kind of record"), self.tr("Months kept"), self.tr("What happens then")]
        )
        form.plan_table.setColumnCount(3)
        form.plan_table.setHorizontalHeaderLabels(
            [self.tr("Kind of record"), self.tr("How many"), self.tr("Why")]
        )
        form.matches_table.setColumnCount(3)
        form.matches_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Visitor number"), self.tr("Year of birth")]
        )
        form.audit_table.setColumnCount(5)
        form.audit_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Staff member"), self.tr("What"), self.tr("Record"), ""]
        )

    # Requests

    def reload_requests(self) -> None:
        requests = self._services.requests
        load = requests.all_requests if self.form.answered_check.isChecked() else None
        self._runner.run(
            load or requests.open_requests,
            on_done=self._on_requests_loaded,
            on_error=self._say_error,
        )

    @property
    def requests(self) -> list[RequestRecord]:
        return list(self._requests)

    def _on_requests_loaded(self, records: list[RequestRecord]) -> None:
        self._requests = records
        today = self._today()
        table = self.form.requests_table
        fill_table(
            table,
            [
                (
                    translate("reference", REQUEST_KIND_LABELS[record.kind]),
                    record.requester,
                    local_date(record.received_on),
                    local_date(record.due_on),
                    self._state_text(record, today),
                )
                for record in records
            ],
        )
        for row, record in enumerate(records):
            colour = None
            if record.overdue(today):
                colour = OVERDUE_COLOUR
            elif record.is_open and record.days_left(today) <= DEADLINE_NEAR_DAYS:
                colour = NEAR_COLOUR
            if colour is not None:
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    assert item is not None
                    item.setForeground(QBrush(colour))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
        self._update_buttons()

    def _state_text(self, record: RequestRecord, today: date) -> str:
        if record.answered_on is not None:
            return self.tr("answered on %1").replace("%1", local_date(record.answered_on))
        days = record.days_left(today)
        if days < 0:
            return self.tr("overdue by %n day(s)", "", -days)
        if days == 0:
            return self.tr("due today")
        return self.tr("%n day(s) left", "", days)

    def _chosen_request(self) -> RequestRecord | None:
        rows = self.form.requests_table.selectionModel().selectedRows()
        return self._requests[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        form = self.form
        chosen = self._chosen_request()
        form.answered_button.setEnabled(chosen is not None and chosen.is_open)
        form.report_button.setEnabled(self._chosen_person() is not None)
        form.json_button.setEnabled(self.report is not None)
        form.save_rule_button.setEnabled(self._chosen_rule() is not None)
        form.run_button.setEnabled(self.plan is not None and not self.plan.done)

    def _on_answered_check_toggled(self, _checked: bool) -> None:
        self.reload_requests()

    def _on_record_button_clicked(self) -> None:
        form = self.form
        # Qt hands an enum of strings back as a plain string.
        kind = RequestKind(form.kind_combo.currentData())
        draft = RequestDraft(
            kind=kind,
            requester=form.requester_edit.text(),
            received_on=from_qdate(form.received_edit.date()),
            note=form.note_edit.text(),
        )
        self._runner.run(
            self._services.requests.record,
            draft,
            on_done=self._on_request_recorded,
            on_error=self._on_request_refused,
            control=form.record_button,
        )

    def _on_request_recorded(self, record: RequestRecord) -> None:
        form = self.form
        form.requester_edit.clear()
        form.note_edit.clear()
        self._request_errors.clear()
        self._say(
            self.tr("Recorded: answer %1 by %2.")
            .replace("%1", record.requester)
            .replace("%2", local_date(record.due_on))
        )
        self.reload_requests()

    def _on_request_refused(self, error: TresenError) -> None:
        if not self._request_errors.show_error(error):
            self._say_error(error)

    def _on_answered_button_clicked(self) -> None:
        chosen = self._chosen_request()
        assert chosen is not None
        self._runner.run(
            self._services.requests.answer,
            chosen.id,
            self._today(),
            on_done=self._on_request_answered,
            on_error=self._say_error,
            control=self.form.answered_button,
        )

    def _on_request_answered(self, _record: RequestRecord) -> None:
        self.reload_requests()

    # Retention and deletion runs

    def reload_rules(self) -> None:
        self._runner.run(
            self._services.retention.rules, on_done=self._on_rules_loaded, on_error=self._say_error
        )

    def _on_rules_loaded(self, rules: list[RetentionRuleRecord]) -> None:
        self._rules = rules
        fill_table(
            self.form.rules_table,
            [
                (
                    translate("reference", RETENTION_KIND_LABELS[rule.kind]),
                    str(rule.months),
                    translate("reference", RETENTION_ACTIONS[rule.kind]),
                )
                for rule in rules
            ],
        )
        self._update_buttons()

    def _chosen_rule(self) -> RetentionRuleRecord | None:
        rows = self.form.rules_table.selectionModel().selectedRows()
        return self._rules[rows[0].row()] if rows else None

    def _on_rules_table_item_selection_changed(self) -> None:
        rule = self._chosen_rule()
        if rule is not None:
            self.form.months_spin.setValue(rule.months)
        self._update_buttons()

    def _on_save_rule_button_clicked(self) -> None:
        rule = self._chosen_rule()
        assert rule is not None
        self._runner.run(
            self._services.retention.set_rule,
            rule.kind,
            self.form.months_spin.value(),
            on_done=self._on_rule_saved,
            on_error=self._say_error,
            control=self.form.save_rule_button,
        )

    def _on_rule_saved(self, _rule: RetentionRuleRecord) -> None:
        # A preview made under the old rule no longer says what a run would do.
        self.plan = None
        fill_table(self.form.plan_table, [])
        self.reload_rules()

    def _on_preview_button_clicked(self) -> None:
        self._runner.run(
            self._services.retention.preview,
            on_done=self._on_plan_ready,
            on_error=self._say_error,
            control=self.form.preview_button,
        )

    def _on_plan_ready(self, plan: RetentionPlan) -> None:
        self.plan = plan
        fill_table(
            self.form.plan_table,
            [
                (
                    translate("reference", step.label),
                    str(step.count),
                    translate("reference", step.reason).format(
                        months=step.months, cutoff=local_date(step.cutoff)
                    ),
                )
                for step in plan.steps
            ],
        )
        if plan.done:
            self._say(self.tr("Done: %n record(s) deleted or anonymised.", "", plan.total))
        elif plan.is_empty:
            self._say(self.tr("Nothing is due for deletion."))
        else:
            self._say(self.tr("%n record(s) are due. Nothing is deleted yet.", "", plan.total))
        self._update_buttons()

    def _on_run_button_clicked(self) -> None:
        plan = self.plan
        assert plan is not None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete now"),
            self.tr(
                "%n record(s) will be deleted or anonymised as the preview shows. This"
                " cannot be undone.",
                "",
                plan.total,
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        delete.clicked.connect(self._on_run_confirmed)
        box.finished.connect(self._on_question_finished)
        self.question = box
        box.open()

    def _on_question_finished(self, _result: int) -> None:
        self.question = None

    def _on_run_confirmed(self) -> None:
        self._runner.run(
            self._services.retention.run,
            self.plan,
            on_done=self._on_plan_ready,
            on_error=self._say_error,
            control=self.form.run_button,
        )

    # Access reports

    @property
    def matches(self) -> list[PersonMatch]:
        return list(self._matches)

    def _on_access_search_button_clicked(self) -> None:
        self._runner.run(
            self._services.access_reports.find_people,
            self.form.access_search_edit.text(),
            on_done=self._on_people_found,
            on_error=self._say_error,
            control=self.form.access_search_button,
        )

    def _on_people_found(self, matches: list[PersonMatch]) -> None:
        self._matches = matches
        fill_table(
            self.form.matches_table,
            [
                (
                    match.display_name,
                    match.number or self.tr("(volunteer)"),
                    str(match.birth_year or ""),
                )
                for match in matches
            ],
        )
        if matches:
            self.form.matches_table.selectRow(0)
        else:
            self._say(
                self.tr(
                    "Nobody found. If the person has no record here, answer that no data is held."
                )
            )
        self._update_buttons()

    def _chosen_person(self) -> PersonMatch | None:
        rows = self.form.matches_table.selectionModel().selectedRows()
        return self._matches[rows[0].row()] if rows else None

    def _on_report_button_clicked(self) -> None:
        person = self._chosen_person()
        assert person is not None
        reports = self._services.access_reports
        make = reports.for_visitor if person.kind is PersonKind.VISITOR else reports.for_volunteer
        self._runner.run(
            make,
            person.id,
            on_done=self._on_report_made,
            on_error=self._say_error,
            control=self.form.report_button,
        )

    def _on_no_data_button_clicked(self) -> None:
        requester = self.form.access_search_edit.text().strip()
        if not requester:
            self._say(self.tr("Enter the name of the person who asked."))
            self.form.access_search_edit.setFocus()
            return
        self._runner.run(
            self._services.access_reports.no_data,
            requester,
            on_done=self._on_report_made,
            on_error=self._say_error,
            control=self.form.no_data_button,
        )

    def _on_report_made(self, report: AccessReport) -> None:
        self.report = report
        self._update_buttons()
        self._runner.run(
            access_report_pdf,
            report,
            self._letterhead(),
            on_done=self._on_report_pdf_ready,
            on_error=self._say_error,
        )

    def _on_report_pdf_ready(self, data: bytes) -> None:
        title = self.tr("Access report")
        self._show_document(title, f"Auskunft-{self._today():%Y-%m-%d}.pdf", data)

    def save_json(self, path: Path) -> None:
        """Write the last report as JSON, for the person to take along machine-readably."""
        assert self.report is not None
        self._runner.run(
            write_access_json,
            self.report,
            path,
            on_done=self._on_json_saved,
            on_error=self._say_error,
        )

    def _on_json_saved(self, path: Path) -> None:
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))

    def _on_json_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the access report as JSON"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON files (*.json)"))
        dialog.selectFile(f"Auskunft-{self._today():%Y-%m-%d}.json")
        dialog.fileSelected.connect(self._on_json_dialog_file_selected)
        dialog.open()

    def _on_json_dialog_file_selected(self, file_name: str) -> None:
        self.save_json(Path(file_name))

    # The audit trail

    def _on_staff_names_loaded(self, names: list[tuple[uuid.UUID | None, str]]) -> None:
        combo = self.form.staff_combo
        combo.clear()
        combo.addItem(self.tr("Everyone"), None)
        for staff_id, name in names:
            combo.addItem(name, (staff_id, name))

    @property
    def entries(self) -> list[AuditRecord]:
        return list(self._entries)

    def show_entries(self) -> None:
        number = self.form.person_edit.text().strip()
        if number:
            self._runner.run(
                self._services.visitors.search,
                number,
                on_done=self._on_person_found,
                on_error=self._say_error,
            )
        else:
            self._load_entries(None)

    def _on_person_found(self, matches: list[VisitorRecord]) -> None:
        number = self.form.person_edit.text().strip()
        visitor = next((v for v in matches if v.number == number), None)
        if visitor is None:
            self._say(self.tr("No visitor has the number %1.").replace("%1", number))
            return
        self._load_entries(visitor.id)

    def _load_entries(self, person_id: uuid.UUID | None) -> None:
        form = self.form
        staff = form.staff_combo.currentData()
        staff_id, staff_name = staff if isinstance(staff, tuple) else (None, None)
        query = AuditQuery(
            person_id=person_id,
            staff_id=staff_id,
            staff_name=staff_name if staff_id is None else None,
            first=from_qdate(form.from_edit.date()),
            last=from_qdate(form.to_edit.date()),
        )
        self._runner.run(
            self._services.audit_trail.entries,
            query,
            on_done=self._on_entries_loaded,
            on_error=self._say_error,
            control=form.filter_button,
        )

    def _on_entries_loaded(self, entries: list[AuditRecord]) -> None:
        self._entries = entries
        fill_table(
            self.form.audit_table,
            [
                (
                    moment_text(entry.occurred_at),
                    entry.staff_name,
                    translate("reference", AUDIT_ACTION_LABELS[entry.action]),
                    record_kind_label(entry.record_kind),
                    ", ".join(field_label(name) for name in entry.detail.split(", ") if name)
                    if entry.action.value == "change"
                    else entry.detail,
                )
                for entry in entries
            ],
        )
        self._say(self.tr("%n entry(s) shown.", "", len(entries)))

    def _on_filter_button_clicked(self) -> None:
        self.show_entries()

    def _on_check_button_clicked(self) -> None:
        self._runner.run(
            self._services.audit_trail.check,
            on_done=self._on_chain_checked,
            on_error=self._say_error,
            control=self.form.check_button,
        )

    def _on_chain_checked(self, found: ChainBreak | None) -> None:
        label = self.form.chain_label
        if found is None:
            label.setText(self.tr("The chain is intact: no entry was changed or removed."))
        else:
            problem = translate("errors", found.problem).replace("{seq}", str(found.seq))
            label.setText(self.tr("The chain is broken. %1").replace("%1", problem))
        label.show()

    # The register

    def _on_register_button_clicked(self) -> None:
        self._runner.run(
            register_pdf,
            self._letterhead(),
            self._today(),
            on_done=self._on_register_ready,
            on_error=self._say_error,
            control=self.form.register_button,
        )

    def _on_register_ready(self, data: bytes) -> None:
        title = self.tr("Register of processing activities")
        self._show_document(title, f"Verarbeitungsverzeichnis-{self._today():%Y-%m-%d}.pdf", data)

    def _show_document(self, title: str, file_name: str, data: bytes) -> None:
        from desktop_app.gui.document_preview_dialog import (
            DocumentPreviewDialog,
            PrintableDocument,
        )

        if self.preview is not None:
            self.preview.close()
        document = PrintableDocument(title, file_name, data)
        self.preview = DocumentPreviewDialog([document], title, self)
        self.preview.finished.connect(self._on_preview_finished)
        self.preview.open()

    def _on_preview_finished(self, _result: int) -> None:
        self.preview = None

    def _say(self, text: str) -> None:
        self.form.status_label.setText(text)
        self.form.status_label.show()

    def _say_error(self, error: TresenError) -> None:
        self._say(error_text(error))
