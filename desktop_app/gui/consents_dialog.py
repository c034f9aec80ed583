"""A visitor's consents, one per purpose: record one, withdraw one, print the form.

Withdrawing shows first what follows from it (the registration deleted, contact details
removed, a referral no longer shared) and asks; Cancel is the default.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.core.consent_records import (
    CONSENT_FORM_LANGUAGES,
    CONSENT_PURPOSE_LABELS,
    FORM_PURPOSES,
    ConsentDraft,
    ConsentFormContent,
    ConsentPurpose,
    ConsentRecord,
    WithdrawalOutcome,
)
from desktop_app.core.document_records import Letterhead
from desktop_app.core.errors import TresenError
from desktop_app.core.records import VisitorRecord
from desktop_app.core.referral_records import CONSENT_MANNER_LABELS, ConsentManner
from desktop_app.core.services import Services
from desktop_app.gui.buttons import keep_enter_for_fields
from desktop_app.gui.conflicts_dialog import moment_text
from desktop_app.gui.forms.ui_consents_dialog import Ui_ConsentsDialog
from desktop_app.gui.i18n import error_text, language_label, slip_language_label, translate
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tables import fill_table
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog


def consent_form_pdf(content: ConsentFormContent) -> bytes:
    """The consent form to print (on the worker)."""
    from desktop_app.documents.consent_form import render_consent_form

    return render_consent_form(content)


class ConsentsDialog(QDialog):
    # A withdrawal changed or removed the visitor's record.
    visitor_changed = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        visitor: VisitorRecord,
        letterhead: Callable[[], Letterhead],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._visitor = visitor
        self._letterhead = letterhead
        self._records: list[ConsentRecord] = []
        self.preview: DocumentPreviewDialog | None = None
        self.question: QMessageBox | None = None
        self.form = Ui_ConsentsDialog()
        self.form.setupUi(self)
        form = self.form
        name = f"{visitor.first_name} {visitor.last_name}".strip()
        form.intro_label.setText(
            self.tr("Consents of %1 (visitor number %2). Each purpose is consented on its own.")
            .replace("%1", name)
            .replace("%2", visitor.number)
        )
        for purpose in FORM_PURPOSES:
            form.purpose_combo.addItem(
                translate("reference", CONSENT_PURPOSE_LABELS[purpose]), purpose
            )
        for manner in ConsentManner:
            label = translate("reference", CONSENT_MANNER_LABELS[manner])
            form.manner_combo.addItem(label, manner)
        for code in CONSENT_FORM_LANGUAGES:
            form.language_combo.addItem(language_label(code), code)
            form.form_language_combo.addItem(slip_language_label(code), code)
        self._errors = InlineErrors(
            {"guardian_name": (form.guardian_edit, form.guardian_error_label)}
        )
        headers = [
            self.tr("Purpose"),
            self.tr("Given"),
            self.tr("How"),
            self.tr("Language"),
            self.tr("Taken by"),
            self.tr("Guardian"),
            self.tr("Withdrawn"),
        ]
        form.consents_table.setColumnCount(len(headers))
        form.consents_table.setHorizontalHeaderLabels(headers)
        form.status_label.hide()
        form.button_box.rejected.connect(self.reject)
        keep_enter_for_fields(form.button_box)
        form.give_button.clicked.connect(self._on_give_button_clicked)
        form.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        form.form_button.clicked.connect(self._on_form_button_clicked)
        form.consents_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    @property
    def records(self) -> list[ConsentRecord]:
        return list(self._records)

    def reload(self) -> None:
        self._runner.run(
            self._services.consents.for_visitor,
            self._visitor.id,
            on_done=self._on_loaded,
            on_error=self._say_error,
        )

    def _on_loaded(self, records: list[ConsentRecord]) -> None:
        self._records = records
        fill_table(self.form.consents_table, [self._cells(record) for record in records])
        self._update_buttons()

    def _cells(self, record: ConsentRecord) -> tuple[str, ...]:
        purpose = translate("reference", CONSENT_PURPOSE_LABELS[record.purpose])
        if record.purpose is ConsentPurpose.REFERRAL and record.recipient:
            purpose = f"{purpose}: {record.recipient}"
        manner = translate("reference", CONSENT_MANNER_LABELS[record.manner])
        return (
            purpose,
            moment_text(record.given_at),
            manner,
            language_label(record.language),
            record.recorded_by,
            record.guardian_name,
            moment_text(record.withdrawn_at) if record.withdrawn_at else "",
        )

    def _chosen(self) -> ConsentRecord | None:
        rows = self.form.consents_table.selectionModel().selectedRows()
        return self._records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        self.form.withdraw_button.setEnabled(chosen is not None and chosen.is_active)

    # Giving

    def _on_give_button_clicked(self) -> None:
        form = self.form
        draft = ConsentDraft(
            # Qt hands enums of strings back as plain strings.
            purpose=ConsentPurpose(form.purpose_combo.currentData()),
            manner=ConsentManner(form.manner_combo.currentData()),
            language=str(form.language_combo.currentData()),
            guardian_name=form.guardian_edit.text(),
        )
        self._runner.run(
            self._services.consents.give,
            self._visitor.id,
            draft,
            on_done=self._on_given,
            on_error=self._on_refused,
            control=form.give_button,
        )

    def _on_given(self, record: ConsentRecord) -> None:
        self._errors.clear()
        self.form.guardian_edit.clear()
        purpose = translate("reference", CONSENT_PURPOSE_LABELS[record.purpose])
        self._say(self.tr("Recorded: %1.").replace("%1", purpose))
        self.reload()

    def _on_refused(self, error: TresenError) -> None:
        if not self._errors.show_error(error):
            self._say_error(error)

    # Withdrawing

    def _on_withdraw_button_clicked(self) -> None:
        chosen = self._chosen()
        assert chosen is not None
        self._runner.run(
            self._services.consents.withdrawal_preview,
            chosen.id,
            on_done=self._on_withdrawal_previewed,
            on_error=self._say_error,
            control=self.form.withdraw_button,
        )

    def _on_withdrawal_previewed(self, outcome: WithdrawalOutcome) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Withdraw the consent"),
            self.tr("When the consent is withdrawn:") + "\n\n" + self._consequences(outcome),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        withdraw = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._withdrawing = outcome.consent.id
        withdraw.clicked.connect(self._on_withdraw_confirmed)
        box.finished.connect(self._on_question_finished)
        self.question = box
        box.open()

    def _on_question_finished(self, _result: int) -> None:
        self.question = None

    def _on_withdraw_confirmed(self) -> None:
        self._runner.run(
            self._services.consents.withdraw,
            self._withdrawing,
            on_done=self._on_withdrawn,
            on_error=self._say_error,
        )

    def _on_withdrawn(self, outcome: WithdrawalOutcome) -> None:
        self._say(self.tr("Withdrawn.") + "\n" + self._consequences(outcome))
        withdrawn = outcome.consent
        self._on_loaded([withdrawn if r.id == withdrawn.id else r for r in self._records])
        if withdrawn.purpose is ConsentPurpose.REGISTRATION:
            # The person is no longer registered here: nothing more to record for them.
            self.form.give_group.setEnabled(False)
        self.visitor_changed.emit()

    @staticmethod
    def _consequences(outcome: WithdrawalOutcome) -> str:
        return "\n".join(
            "• " + translate("reference", line.text).format(**line.params)
            for line in outcome.consequences
        )

    # The form

    def _on_form_button_clicked(self) -> None:
        visitor = self._visitor
        content = ConsentFormContent(
            issuer=self._letterhead(),
            language=str(self.form.form_language_combo.currentData()),
            person_name=f"{visitor.first_name} {visitor.last_name}".strip(),
            place=self._letterhead().city,
        )
        self._runner.run(
            consent_form_pdf,
            content,
            on_done=self._on_form_ready,
            on_error=self._say_error,
            control=self.form.form_button,
        )

    def _on_form_ready(self, data: bytes) -> None:
        from desktop_app.gui.document_preview_dialog import (
            DocumentPreviewDialog,
            PrintableDocument,
        )

        title = self.tr("Consent form")
        document = PrintableDocument(title, f"Einwilligung-{self._visitor.number}.pdf", data)
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
