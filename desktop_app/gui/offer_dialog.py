"""Create or edit one offer (Angebot): title, field of action, groups, languages, times."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.core.errors import TresenError, ValidationError
from desktop_app.core.records import FieldOfActionRecord, OfferDraft, OfferRecord
from desktop_app.core.reference import LANGUAGE_LABELS
from desktop_app.gui.check_lists import TargetGroupChooser, add_check_item, checked_values
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_offer_dialog import Ui_OfferDialog
from desktop_app.gui.i18n import error_text, language_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.schedule_editor import ScheduleEditor
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.services.offers import OfferService


class OfferDialog(QDialog):
    """Edits an offer's details and saves them through ``OfferService``.

    ``fields`` are the facility's current fields of action; pass ``offer`` to edit it,
    leave it out to create a new offer.
    """

    offer_saved = Signal(object)  # OfferRecord

    def __init__(
        self,
        offers: "OfferService",
        runner: TaskRunner,
        fields: Sequence[FieldOfActionRecord],
        offer: OfferRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._offers = offers
        self._runner = runner
        self._fields = list(fields)
        self._offer = offer
        self.form = Ui_OfferDialog()
        self.form.setupUi(self)
        self._saving = False
        form = self.form
        self.schedule_editor = ScheduleEditor(
            form.schedule_widget,
            form.slots_layout,
            form.add_slot_button,
            form.no_slots_label,
            before=form.languages_list,
            after=form.counselling_check,
            label=form.schedule_label,
        )
        self._errors = InlineErrors(
            {
                "title": (form.title_edit, form.title_error_label),
                "target_groups": (form.target_groups_list, form.target_groups_error_label),
                "languages": (form.languages_list, form.languages_error_label),
                "schedule": (form.schedule_widget, form.schedule_error_label),
            }
        )
        self._groups = TargetGroupChooser(
            form.target_groups_list, form.other_target_group_edit, form.add_target_group_button
        )
        self._fill(offer)
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        self._retranslate_code_texts()
        form.title_edit.setFocus()

    @property
    def offer(self) -> OfferRecord | None:
        """The offer being edited (after saving: as saved); None for a new one."""
        return self._offer

    # Filling the form

    def _fill(self, offer: OfferRecord | None) -> None:
        form = self.form
        form.title_edit.setText(offer.title if offer else "")
        self._fill_fields_of_action(offer.field_of_action_id if offer else None)
        self._groups.show_groups(offer.target_groups if offer else ())
        chosen_languages = set(offer.languages) if offer else set()
        for code in LANGUAGE_LABELS:
            add_check_item(
                form.languages_list, language_label(code), code, code in chosen_languages
            )
        self.schedule_editor.set_slots(offer.schedule if offer else ())
        form.counselling_check.setChecked(offer.is_counselling if offer else False)
        form.jobcenter_check.setChecked(offer.jobcenter_suited if offer else False)

    def _fill_fields_of_action(self, selected: object) -> None:
        combo = self.form.field_of_action_combo
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for field in self._fields:
            combo.addItem(field.name, field.id)
        offer = self._offer
        if (
            offer is not None
            and offer.field_of_action_id is not None
            and combo.findData(offer.field_of_action_id) < 0
        ):
            # The offer's field was removed in the settings; keep it selectable so that
            # saving other changes does not silently drop it.
            combo.addItem(offer.field_of_action_name, offer.field_of_action_id)
        combo.setCurrentIndex(max(0, combo.findData(selected)))

    # Saving

    def draft(self) -> OfferDraft:
        form = self.form
        return OfferDraft(
            title=form.title_edit.text(),
            field_of_action_id=form.field_of_action_combo.currentData(),
            target_groups=self._groups.chosen(),
            languages=checked_values(form.languages_list),
            schedule=self.schedule_editor.slots(),
            is_counselling=form.counselling_check.isChecked(),
            jobcenter_suited=form.jobcenter_check.isChecked(),
        )

    def reject(self) -> None:
        # Closing while the offer is being saved would leave the result without a
        # receiver; the save takes a moment, so Escape simply waits for it.
        if not self._saving:
            super().reject()

    def _on_button_box_accepted(self) -> None:
        ok = self.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._saving = True
        if self._offer is None:
            self._runner.run(
                self._offers.create,
                self.draft(),
                on_done=self._on_save_done,
                on_error=self._on_save_failed,
                control=ok,
            )
        else:
            self._runner.run(
                self._offers.update,
                self._offer.id,
                self.draft(),
                on_done=self._on_save_done,
                on_error=self._on_save_failed,
                control=ok,
            )

    def _on_save_done(self, offer: OfferRecord) -> None:
        self._saving = False
        self._offer = offer
        self.offer_saved.emit(offer)
        self.accept()

    def _on_save_failed(self, error: TresenError) -> None:
        self._saving = False
        if isinstance(error, ValidationError):
            first = self._errors.show(error.problems)
            bad_slot = self.schedule_editor.mark_invalid("schedule" in error.problems)
            if first is self.form.schedule_widget and bad_slot is not None:
                first = bad_slot
            if first is not None:
                first.setFocus()
        else:
            warn(self, self.windowTitle(), error_text(error))

    # Language

    def _retranslate_code_texts(self) -> None:
        self.setWindowTitle(self.tr("New offer") if self._offer is None else self.tr("Edit offer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate_code_texts()
            self._fill_fields_of_action(self.form.field_of_action_combo.currentData())
            languages = self.form.languages_list
            for row in range(languages.count()):
                item = languages.item(row)
                item.setText(language_label(str(item.data(Qt.ItemDataRole.UserRole))))
        super().changeEvent(event)
