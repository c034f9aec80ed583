"""Refer a visitor (Vermitteln): choose the target in the directory, the purpose, the slip."""

import uuid
from datetime import date, datetime, time, timedelta
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from desktop_app.core.directory_records import DirectoryHit, DirectoryQuery, Partner
from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.records import FieldOfActionRecord, VisitorRecord
from desktop_app.core.referral_records import (
    SLIP_LANGUAGES,
    ConsentManner,
    PaperSize,
    PersonDisplay,
    ReferralDefaults,
    ReferralDraft,
    ReferralRecord,
    SharingConsent,
)
from desktop_app.core.services import Clock, Services, local_now
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_refer_dialog import Ui_ReferDialog
from desktop_app.gui.i18n import error_text, problem_text, slip_language_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.models.directory_model import hit_title
from desktop_app.gui.tasks import TaskRunner

SEARCH_DELAY_MS = 150
NO_TARGET = QT_TRANSLATE_NOOP(
    "errors", "Choose where to refer the person: search the directory above."
)
_HIT_ROLE = Qt.ItemDataRole.UserRole


def hit_text(hit: DirectoryHit) -> str:
    """One line per target: the partner and its offer (as the directory lists them), and where."""
    name = hit_title(hit)
    return f"{name} · {hit.address}" if hit.address else name


class ReferDialog(QDialog):
    """Creates one referral for ``visitor``; ``referral_issued`` carries it and the paper."""

    referral_issued = Signal(object, str)  # ReferralRecord, PaperSize value

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        visitor: VisitorRecord,
        *,
        paper: PaperSize = PaperSize.A5,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._visitor = visitor
        self._partner: Partner | None = None
        self._defaults: ReferralDefaults | None = None
        self._saving = False
        self.form = Ui_ReferDialog()
        self.form.setupUi(self)
        form = self.form
        self._errors = InlineErrors(
            {
                "target": (form.target_search_edit, form.target_error_label),
                "field_of_action": (form.field_of_action_combo, form.field_of_action_error_label),
                "purpose": (form.purpose_edit, form.purpose_error_label),
                "appointment": (form.appointment_edit, form.appointment_error_label),
                "slip_language": (form.slip_language_combo, form.slip_language_error_label),
                "consent.recipient": (form.recipient_edit, form.recipient_error_label),
                "consent.data_shared": (form.data_edit, form.data_error_label),
                "consent.purpose": (form.consent_purpose_edit, form.consent_purpose_error_label),
            }
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        form.person_label.setText(f"{visitor.display_name} ({visitor.number})")
        form.location_label.setVisible(False)
        form.location_combo.setVisible(False)
        tomorrow = clock().date() + timedelta(days=1)
        form.appointment_edit.setDateTime(
            QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(10, 0))
        )
        form.appointment_edit.setEnabled(False)
        for size in PaperSize:
            form.paper_combo.addItem(size.value, size.value)
        form.paper_combo.setCurrentIndex(form.paper_combo.findData(paper.value))
        self._fill_languages()
        self._retranslate_code_texts()

        form.target_search_edit.textChanged.connect(self._on_target_search_edit_text_changed)
        form.target_search_edit.installEventFilter(self)
        form.target_list.currentItemChanged.connect(self._on_target_list_current_item_changed)
        form.appointment_check.toggled.connect(form.appointment_edit.setEnabled)
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        form.target_search_edit.setFocus()

        runner.run(services.referrals.defaults_for, visitor.id, on_done=self._on_defaults_loaded)
        runner.run(services.offers.fields_of_action, on_done=self._on_fields_loaded)
        self._search()

    # Loading

    def _on_defaults_loaded(self, defaults: ReferralDefaults) -> None:
        self._defaults = defaults
        combo = self.form.slip_language_combo
        combo.setCurrentIndex(max(0, combo.findData(defaults.slip_language)))
        self._retranslate_code_texts()

    def _on_fields_loaded(self, fields: list[FieldOfActionRecord]) -> None:
        combo = self.form.field_of_action_combo
        typed = combo.currentText()
        combo.clear()
        combo.addItem("")
        combo.addItems([field.name for field in fields])
        combo.setEditText(typed)

    def _search(self) -> None:
        query = DirectoryQuery(text=self.form.target_search_edit.text())
        self._runner.run(self._services.directory.search, query, on_done=self._on_hits_loaded)

    def _on_hits_loaded(self, hits: list[DirectoryHit]) -> None:
        target = self.form.target_list
        chosen = self.chosen_target()
        target.blockSignals(True)
        target.clear()
        for hit in hits:
            item = QListWidgetItem(hit_text(hit), target)
            item.setData(_HIT_ROLE, (hit.partner_id, hit.offer_id))
        target.blockSignals(False)
        row = next(
            (
                index
                for index in range(target.count())
                if target.item(index).data(_HIT_ROLE) == chosen
            ),
            0,
        )
        if target.count():
            target.setCurrentRow(row)
            self._on_target_list_current_item_changed(target.currentItem(), None)
        else:
            self._show_partner(None)

    def chosen_target(self) -> tuple[uuid.UUID, uuid.UUID | None] | None:
        item = self.form.target_list.currentItem()
        if item is None:
            return None
        return cast(tuple[uuid.UUID, uuid.UUID | None], item.data(_HIT_ROLE))

    def _on_target_list_current_item_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        del previous
        if current is None:
            return
        partner_id, _offer_id = current.data(_HIT_ROLE)
        if self._partner is not None and self._partner.id == partner_id:
            self._show_partner(self._partner)
            return
        self._runner.run(self._services.directory.get, partner_id, on_done=self._show_partner)

    def _show_partner(self, partner: Partner | None) -> None:
        """Fill what follows from the chosen target: locations, field of action, recipient."""
        chosen = self.chosen_target()
        if partner is not None and (chosen is None or chosen[0] != partner.id):
            return  # an answer for a target chosen before
        self._partner = partner
        form = self.form
        form.location_combo.clear()
        if partner is None:
            form.location_combo.setVisible(False)
            form.location_label.setVisible(False)
            return
        offer = partner.offer(chosen[1]) if chosen and chosen[1] else None
        form.location_combo.addItem(self.tr("As on the offer"), None)
        for location in partner.locations:
            text = ", ".join(part for part in (location.name, *location.address_lines) if part)
            form.location_combo.addItem(text or self.tr("(no address)"), location.id)
        several = len(partner.locations) > 1
        form.location_combo.setVisible(several)
        form.location_label.setVisible(several)
        if offer is not None and offer.field_of_action:
            form.field_of_action_combo.setEditText(offer.field_of_action)
        form.recipient_edit.setText(partner.name)

    # Keys: the search field steers the list, as on the check-in screen.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.form.target_search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            target = self.form.target_list
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(0, target.currentRow() + step), target.count() - 1)
            target.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _on_target_search_edit_text_changed(self, text: str) -> None:
        del text
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search()

    # Saving

    def draft(self) -> ReferralDraft | None:
        """The referral as entered; None while no target is chosen."""
        chosen = self.chosen_target()
        if chosen is None:
            return None
        form = self.form
        appointment: datetime | None = None
        if form.appointment_check.isChecked():
            day, clock_time = form.appointment_edit.date(), form.appointment_edit.time()
            appointment = datetime.combine(
                date(day.year(), day.month(), day.day()),
                time(clock_time.hour(), clock_time.minute()),
            ).astimezone()
        consent = None
        if form.share_group.isChecked():
            consent = SharingConsent(
                manner=ConsentManner.VERBAL
                if form.verbal_radio.isChecked()
                else ConsentManner.SIGNED_FORM,
                recipient=form.recipient_edit.text(),
                data_shared=form.data_edit.text(),
                purpose=form.consent_purpose_edit.text(),
                language=str(form.slip_language_combo.currentData()),
            )
        return ReferralDraft(
            visitor_id=self._visitor.id,
            partner_id=chosen[0],
            partner_offer_id=chosen[1],
            partner_location_id=form.location_combo.currentData(),
            field_of_action=form.field_of_action_combo.currentText(),
            purpose=form.purpose_edit.text(),
            appointment_at=appointment,
            person_display=PersonDisplay.FIRST_NAME
            if form.first_name_radio.isChecked()
            else PersonDisplay.INITIALS,
            slip_language=str(form.slip_language_combo.currentData()),
            consent=consent,
        )

    @property
    def paper(self) -> PaperSize:
        return PaperSize(self.form.paper_combo.currentData())

    def reject(self) -> None:
        if not self._saving:  # the referral is being saved: Escape waits for it
            super().reject()

    def _on_button_box_accepted(self) -> None:
        draft = self.draft()
        if draft is None:
            first = self._errors.show({"target": FieldProblem(NO_TARGET)})
            if first is not None:
                first.setFocus()
            return
        self._saving = True
        self._runner.run(
            self._services.referrals.issue,
            draft,
            on_done=self._on_issue_done,
            on_error=self._on_issue_failed,
            control=self.form.button_box.button(QDialogButtonBox.StandardButton.Ok),
        )

    def _on_issue_done(self, referral: ReferralRecord) -> None:
        self._saving = False
        self.referral_issued.emit(referral, self.paper.value)
        self.accept()

    def _on_issue_failed(self, error: TresenError) -> None:
        self._saving = False
        if not isinstance(error, ValidationError):
            warn(self, self.windowTitle(), error_text(error))
            return
        if any(name.startswith("consent.") for name in error.problems):
            self.form.share_group.setChecked(True)
        first = self._errors.show(error.problems)
        if first is not None:
            first.setFocus()
        # Problems without a field of their own here (a target changed meanwhile).
        others = [
            problem_text(problem)
            for name, problem in error.problems.items()
            if not self._errors.has_field(name)
        ]
        if others:
            warn(self, self.windowTitle(), "\n".join(others))

    # Language

    def _fill_languages(self) -> None:
        combo = self.form.slip_language_combo
        current = combo.currentData() or "en"
        combo.clear()
        for code in SLIP_LANGUAGES:
            combo.addItem(slip_language_label(code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _retranslate_code_texts(self) -> None:
        form = self.form
        self.setWindowTitle(self.tr("Refer {name}").format(name=self._visitor.display_name))
        form.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create slip"))
        defaults = self._defaults
        if defaults is not None:
            form.initials_radio.setText(
                self.tr("&Initials ({initials})").format(initials=defaults.initials)
            )
            form.first_name_radio.setText(
                self.tr("First &name ({name})").format(name=defaults.first_name)
            )
        if not form.data_edit.text():
            form.data_edit.setText(self.tr("What the slip shows: initials or first name, purpose"))
        if not form.consent_purpose_edit.text():
            form.consent_purpose_edit.setText(
                self.tr("So that the receiving facility can confirm the visit")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._fill_languages()
            self._retranslate_code_texts()
        super().changeEvent(event)
