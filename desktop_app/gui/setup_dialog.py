"""The first-start set-up: which facility this desk serves."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from desktop_app.core.errors import TresenError, ValidationError
from desktop_app.core.records import FacilityDraft, FacilityRecord
from desktop_app.core.reference import FacilityKind
from desktop_app.gui.forms.ui_setup_dialog import Ui_SetupDialog
from desktop_app.gui.i18n import error_text, facility_kind_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.setup import SetupService


class SetupDialog(QDialog):
    """Asks for the facility's name, kind and contact details, then creates it."""

    facility_created = Signal(object)  # FacilityRecord

    def __init__(
        self, setup: "SetupService", runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._setup = setup
        self._runner = runner
        self.form = Ui_SetupDialog()
        self.form.setupUi(self)
        self.facility: FacilityRecord | None = None
        self._fill_kinds()
        form = self.form
        self._errors = InlineErrors(
            {
                "name": (form.name_edit, form.name_error_label),
                "street": (form.street_edit, form.street_error_label),
                "postcode": (form.postcode_edit, form.postcode_error_label),
                "city": (form.city_edit, form.city_error_label),
                "phone": (form.phone_edit, form.phone_error_label),
                "email": (form.email_edit, form.email_error_label),
            }
        )
        form.city_edit.setText("Berlin")
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        form.name_edit.setFocus()

    def _fill_kinds(self) -> None:
        current = self.form.kind_combo.currentData()
        self.form.kind_combo.clear()
        for kind in FacilityKind:
            self.form.kind_combo.addItem(facility_kind_label(kind), kind)
        if current is not None:
            self.form.kind_combo.setCurrentIndex(self.form.kind_combo.findData(current))

    def draft(self) -> FacilityDraft:
        form = self.form
        return FacilityDraft(
            name=form.name_edit.text(),
            kind=FacilityKind(form.kind_combo.currentData()),
            street=form.street_edit.text(),
            postcode=form.postcode_edit.text(),
            city=form.city_edit.text(),
            phone=form.phone_edit.text(),
            email=form.email_edit.text(),
        )

    def _on_button_box_accepted(self) -> None:
        self._runner.run(
            self._setup.set_up,
            self.draft(),
            on_done=self._on_set_up_done,
            on_error=self._on_set_up_failed,
            control=self.form.button_box.button(QDialogButtonBox.StandardButton.Ok),
        )

    def _on_set_up_done(self, facility: FacilityRecord) -> None:
        self.facility = facility
        self.facility_created.emit(facility)
        self.accept()

    def _on_set_up_failed(self, error: TresenError) -> None:
        if isinstance(error, ValidationError):
            first = self._errors.show(error.problems)
            if first is not None:
                first.setFocus()
        else:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_kinds()
        super().changeEvent(event)
