"""Create or edit one partner of the directory whole: organisation, locations and offers.

Three tabs. Locations and offers are master/detail: a list on the left, the chosen
entry's fields on the right. The dialog keeps its own copy of every entry and writes the
fields back into it when another entry is chosen, so that the partner is saved whole, in
one action, when OK is pressed.
"""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.core.directory_records import (
    Contact,
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.errors import FieldProblem, TresenError, ValidationError
from desktop_app.core.ids import new_id
from desktop_app.core.reference import (
    DEFAULT_FIELDS_OF_ACTION,
    LANGUAGE_LABELS,
)
from desktop_app.core.text import fold
from desktop_app.gui.check_lists import (
    VALUE_ROLE,
    TargetGroupChooser,
    add_check_item,
    checked_values,
    set_checked,
)
from desktop_app.gui.entry_list import EntryList, nested_problems, select_data, without_area
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.forms.ui_partner_dialog import Ui_PartnerDialog
from desktop_app.gui.i18n import error_text, language_label, partner_kind_label
from desktop_app.gui.inline_errors import InlineErrors
from desktop_app.gui.schedule_editor import ScheduleEditor

if TYPE_CHECKING:
    from desktop_app.core.services.directory import DirectoryService
    from desktop_app.gui.tasks import TaskRunner

LOCATIONS = "locations"
OFFERS = "offers"


class PartnerDialog(QDialog):
    """Edits a partner with its locations and offers and saves it through the directory.

    ``partner`` None creates a new partner (with one empty location to fill in);
    ``known_fields`` are the fields of action the directory already uses, offered beside
    the facility's default list.
    """

    partner_saved = Signal(object)  # Partner, as saved

    def __init__(
        self,
        directory_service: "DirectoryService",
        runner: "TaskRunner",
        partner: Partner | None,
        known_fields: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory_service
        self._runner = runner
        self._partner = partner
        self._partner_id = partner.id if partner is not None else new_id()
        self._problems: dict[str, FieldProblem] = {}
        self._saving = False
        self.form = Ui_PartnerDialog()
        self.form.setupUi(self)
        form = self.form
        self.opening_hours_editor = ScheduleEditor(
            form.opening_hours_widget,
            form.opening_hours_slots_layout,
            form.add_opening_hours_slot_button,
            form.no_opening_hours_label,
            before=form.location_phone_edit,
            after=form.opening_hours_note_edit,
            label=form.opening_hours_label,
        )
        self.schedule_editor = ScheduleEditor(
            form.schedule_widget,
            form.schedule_slots_layout,
            form.add_schedule_slot_button,
            form.no_schedule_label,
            before=form.offer_languages_list,
            after=form.schedule_note_edit,
            label=form.schedule_label,
        )
        self._groups = TargetGroupChooser(
            form.target_groups_list, form.other_target_group_edit, form.add_target_group_button
        )
        self._organisation_errors = InlineErrors(
            {
                "name": (form.name_edit, form.name_error_label),
                "description": (form.description_edit, form.description_error_label),
                "phone": (form.phone_edit, form.phone_error_label),
                "email": (form.email_edit, form.email_error_label),
                "website": (form.website_edit, form.website_error_label),
                "contact.name": (form.contact_name_edit, form.contact_name_error_label),
                "contact.phone": (form.contact_phone_edit, form.contact_phone_error_label),
                "contact.email": (form.contact_email_edit, form.contact_email_error_label),
            }
        )
        self._location_errors = InlineErrors(
            {
                "name": (form.location_name_edit, form.location_name_error_label),
                "street": (form.street_edit, form.street_error_label),
                "postcode": (form.postcode_edit, form.postcode_error_label),
                "city": (form.city_edit, form.city_error_label),
                "phone": (form.location_phone_edit, form.location_phone_error_label),
                "opening_hours": (form.opening_hours_widget, form.opening_hours_error_label),
                "opening_hours_note": (
                    form.opening_hours_note_edit,
                    form.opening_hours_note_error_label,
                ),
                "accessibility": (form.accessibility_edit, form.accessibility_error_label),
                "languages": (form.location_languages_list, form.location_languages_error_label),
            }
        )
        self._offer_errors = InlineErrors(
            {
                "name": (form.offer_name_edit, form.offer_name_error_label),
                "description": (form.offer_description_edit, form.offer_description_error_label),
                "location": (form.offer_location_combo, form.offer_location_error_label),
                "field_of_action": (form.field_of_action_combo, form.field_of_action_error_label),
                "target_groups": (form.target_groups_list, form.target_groups_error_label),
                "languages": (form.offer_languages_list, form.offer_languages_error_label),
                "schedule": (form.schedule_widget, form.schedule_error_label),
                "schedule_note": (form.schedule_note_edit, form.schedule_note_error_label),
                "contact.name": (form.offer_contact_name_edit, form.offer_contact_name_error_label),
                "contact.phone": (
                    form.offer_contact_phone_edit,
                    form.offer_contact_phone_error_label,
                ),
                "contact.email": (
                    form.offer_contact_email_edit,
                    form.offer_contact_email_error_label,
                ),
                "email": (form.offer_email_edit, form.offer_email_error_label),
                "url": (form.offer_url_edit, form.offer_url_error_label),
            }
        )
        for scroll, contents in (
            (form.location_scroll, form.location_scroll_contents),
            (form.offer_scroll, form.offer_scroll_contents),
        ):
            # The detail panes scroll only when a language's long texts need it; they show
            # the tab page's background, not the darker window colour of a scroll area.
            scroll.viewport().setAutoFillBackground(False)
            contents.setAutoFillBackground(False)
        form.locations_note_label.hide()
        self._locations = EntryList(
            form.locations_list,
            form.add_location_button,
            form.remove_location_button,
            form.location_scroll,
            form.no_locations_label,
            form.location_name_edit,
            new=lambda: PartnerLocation(new_id()),
            title=lambda location, row: self._location_title(location, row + 1),
            read_fields=self._location_from_form,
            show_fields=self._show_location,
        )
        self._offers = EntryList(
            form.offers_list,
            form.add_offer_button,
            form.remove_offer_button,
            form.offer_scroll,
            form.no_offers_label,
            form.offer_name_edit,
            new=lambda: PartnerOffer(new_id(), ""),
            title=lambda offer, row: self._offer_title(offer),
            read_fields=self._offer_from_form,
            show_fields=self._show_offer,
        )
        self._fill_fixed_lists(known_fields)
        self._fill_organisation(partner)
        self._locations.set_entries(
            partner.locations if partner is not None else [PartnerLocation(new_id())]
        )
        self._offers.set_entries(partner.offers if partner is not None else [])

        form.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)
        form.add_location_button.clicked.connect(self._on_add_location_button_clicked)
        form.remove_location_button.clicked.connect(self._on_remove_location_button_clicked)
        form.add_offer_button.clicked.connect(self._on_add_offer_button_clicked)
        form.remove_offer_button.clicked.connect(self._on_remove_offer_button_clicked)
        form.location_name_edit.textEdited.connect(self._on_location_title_edited)
        form.street_edit.textEdited.connect(self._on_location_title_edited)
        form.offer_name_edit.textEdited.connect(self._on_offer_name_edit_text_edited)
        form.button_box.accepted.connect(self._on_button_box_accepted)
        form.button_box.rejected.connect(self.reject)
        self._retranslate_code_texts()
        form.tab_widget.setCurrentWidget(form.organisation_tab)
        form.name_edit.setFocus()

    # --- filling --------------------------------------------------------------------

    def _fill_fixed_lists(self, known_fields: Sequence[str]) -> None:
        form = self.form
        for kind in PartnerKind:
            form.kind_combo.addItem(partner_kind_label(kind), kind.value)
        for code in LANGUAGE_LABELS:
            add_check_item(form.location_languages_list, language_label(code), code, False)
            add_check_item(form.offer_languages_list, language_label(code), code, False)
        fields: dict[str, str] = {}
        for name in (*DEFAULT_FIELDS_OF_ACTION, *sorted(known_fields, key=fold)):
            fields.setdefault(fold(name), name)
        form.field_of_action_combo.addItems(list(fields.values()))

    def _fill_organisation(self, partner: Partner | None) -> None:
        form = self.form
        if partner is None:
            partner = Partner(self._partner_id, "")
        form.name_edit.setText(partner.name)
        select_data(form.kind_combo, partner.kind.value)
        form.description_edit.setPlainText(partner.description)
        form.phone_edit.setText(partner.phone)
        form.email_edit.setText(partner.email)
        form.website_edit.setText(partner.website)
        form.contact_name_edit.setText(partner.contact.name)
        form.contact_phone_edit.setText(partner.contact.phone)
        form.contact_email_edit.setText(partner.contact.email)

    def _location_title(self, location: PartnerLocation, number: int) -> str:
        if location.name.strip():
            return location.name.strip()
        if location.street.strip():
            return location.street.strip()
        return self.tr("Location %1").replace("%1", str(number))

    def _offer_title(self, offer: PartnerOffer) -> str:
        return offer.name.strip() or self.tr("New offer")

    # --- locations ------------------------------------------------------------------

    def _location_from_form(self, location: PartnerLocation) -> PartnerLocation:
        form = self.form
        return PartnerLocation(
            id=location.id,
            name=form.location_name_edit.text(),
            street=form.street_edit.text(),
            postcode=form.postcode_edit.text(),
            city=form.city_edit.text(),
            phone=form.location_phone_edit.text(),
            opening_hours=self.opening_hours_editor.slots(),
            opening_hours_note=form.opening_hours_note_edit.toPlainText(),
            accessibility=form.accessibility_edit.toPlainText(),
            languages=checked_values(form.location_languages_list),
        )

    def _show_location(self, location: PartnerLocation) -> None:
        form = self.form
        form.location_name_edit.setText(location.name)
        form.street_edit.setText(location.street)
        form.postcode_edit.setText(location.postcode)
        form.city_edit.setText(location.city)
        form.location_phone_edit.setText(location.phone)
        self.opening_hours_editor.set_slots(location.opening_hours)
        form.opening_hours_note_edit.setPlainText(location.opening_hours_note)
        form.accessibility_edit.setPlainText(location.accessibility)
        set_checked(form.location_languages_list, location.languages)
        self._show_location_problems()

    def _show_location_problems(self) -> QWidget | None:
        problems = nested_problems(self._problems, f"{LOCATIONS}.{self._locations.row}.")
        first = self._location_errors.show(problems)
        bad_slot = self.opening_hours_editor.mark_invalid("opening_hours" in problems)
        if first is self.form.opening_hours_widget and bad_slot is not None:
            first = bad_slot
        return first

    def add_location(self) -> None:
        """Append an empty location and choose it, ready to be filled in."""
        self._locations.add()

    def remove_location(self) -> None:
        """Remove the chosen location, unless offers take place there."""
        form = self.form
        self._locations.store()
        self._offers.store()
        location = self._locations.chosen
        if location is None:
            return
        users = [offer for offer in self._offers.entries if offer.location_id == location.id]
        if users:
            names = ", ".join(f"“{self._offer_title(offer)}”" for offer in users)
            form.locations_note_label.setText(
                self.tr(
                    "This location cannot be removed while offers take place there: "
                    "{offers}. Choose another location for them on the Offers tab first."
                ).format(offers=names)
            )
            form.locations_note_label.show()
            return
        form.locations_note_label.hide()
        self._drop_problems(LOCATIONS)
        self._locations.remove()
        # Unnamed locations are titled by their number, which changes on removal.
        self._locations.update_titles()

    def _on_add_location_button_clicked(self) -> None:
        self.add_location()

    def _on_remove_location_button_clicked(self) -> None:
        self.remove_location()

    def _on_location_title_edited(self, text: str) -> None:
        del text
        self._locations.update_title()

    # --- offers ---------------------------------------------------------------------

    def _offer_from_form(self, offer: PartnerOffer) -> PartnerOffer:
        form = self.form
        return PartnerOffer(
            id=offer.id,
            name=form.offer_name_edit.text(),
            description=form.offer_description_edit.toPlainText(),
            location_id=form.offer_location_combo.currentData(),
            field_of_action=form.field_of_action_combo.currentText(),
            target_groups=self._groups.chosen(),
            languages=checked_values(form.offer_languages_list),
            schedule=self.schedule_editor.slots(),
            schedule_note=form.schedule_note_edit.toPlainText(),
            contact=Contact(
                form.offer_contact_name_edit.text(),
                form.offer_contact_phone_edit.text(),
                form.offer_contact_email_edit.text(),
            ),
            email=form.offer_email_edit.text(),
            url=form.offer_url_edit.text(),
        )

    def _show_offer(self, offer: PartnerOffer) -> None:
        form = self.form
        form.offer_name_edit.setText(offer.name)
        form.offer_description_edit.setPlainText(offer.description)
        self._fill_offer_locations(offer.location_id)
        form.field_of_action_combo.setCurrentIndex(-1)
        form.field_of_action_combo.setEditText(offer.field_of_action)
        self._groups.show_groups(offer.target_groups)
        set_checked(form.offer_languages_list, offer.languages)
        self.schedule_editor.set_slots(offer.schedule)
        form.schedule_note_edit.setPlainText(offer.schedule_note)
        form.offer_contact_name_edit.setText(offer.contact.name)
        form.offer_contact_phone_edit.setText(offer.contact.phone)
        form.offer_contact_email_edit.setText(offer.contact.email)
        form.offer_email_edit.setText(offer.email)
        form.offer_url_edit.setText(offer.url)
        self._show_offer_problems()

    def _show_offer_problems(self) -> QWidget | None:
        problems = nested_problems(self._problems, f"{OFFERS}.{self._offers.row}.")
        first = self._offer_errors.show(problems)
        bad_slot = self.schedule_editor.mark_invalid("schedule" in problems)
        if first is self.form.schedule_widget and bad_slot is not None:
            first = bad_slot
        return first

    def _fill_offer_locations(self, selected: object) -> None:
        """ "All locations" and the partner's locations, as they are named now."""
        combo = self.form.offer_location_combo
        combo.clear()
        combo.addItem(self.tr("All locations"), None)
        for number, location in enumerate(self._locations.entries, start=1):
            combo.addItem(self._location_title(location, number), location.id)
        select_data(combo, selected)

    def add_offer(self) -> None:
        """Append an empty offer and choose it, ready to be filled in."""
        self._offers.add()

    def remove_offer(self) -> None:
        if self._offers.chosen is not None:
            self._drop_problems(OFFERS)
            self._offers.remove()

    def _on_add_offer_button_clicked(self) -> None:
        self.add_offer()

    def _on_remove_offer_button_clicked(self) -> None:
        self.remove_offer()

    def _on_offer_name_edit_text_edited(self, text: str) -> None:
        del text
        self._offers.update_title()

    # --- tabs -----------------------------------------------------------------------

    def _on_tab_widget_current_changed(self, index: int) -> None:
        form = self.form
        page = form.tab_widget.widget(index)
        if page is form.offers_tab:
            # The locations may have been added or renamed on their tab meanwhile.
            self._locations.store()
            self._offers.store()
            offer = self._offers.chosen
            if offer is not None:
                self._fill_offer_locations(offer.location_id)
        if form.tab_widget.tabBar().hasFocus():
            return  # arrows on the tab bar go on choosing tabs
        # A tab chosen by its key (Alt+L) starts at its list, where the entries are chosen.
        if page is form.organisation_tab:
            form.name_edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif page is form.locations_tab:
            self._locations.focus()
        elif page is form.offers_tab:
            self._offers.focus()

    # --- saving ---------------------------------------------------------------------

    def partner(self) -> Partner:
        """The partner as entered, with every location and offer."""
        self._locations.store()
        self._offers.store()
        form = self.form
        return Partner(
            id=self._partner_id,
            name=form.name_edit.text(),
            kind=PartnerKind(form.kind_combo.currentData()),
            description=form.description_edit.toPlainText(),
            email=form.email_edit.text(),
            website=form.website_edit.text(),
            phone=form.phone_edit.text(),
            contact=Contact(
                form.contact_name_edit.text(),
                form.contact_phone_edit.text(),
                form.contact_email_edit.text(),
            ),
            locations=tuple(self._locations.entries),
            offers=tuple(self._offers.entries),
            network_facility_id=self._partner.network_facility_id if self._partner else None,
        )

    def reject(self) -> None:
        # Closing while the partner is being saved would leave the result without a
        # receiver; the save takes a moment, so Escape simply waits for it.
        if not self._saving:
            super().reject()

    def _on_button_box_accepted(self) -> None:
        self._saving = True
        self._runner.run(
            self._directory.save,
            self.partner(),
            on_done=self._on_save_done,
            on_error=self._on_save_failed,
            control=self.form.button_box.button(QDialogButtonBox.StandardButton.Ok),
        )

    def _on_save_done(self, partner: Partner) -> None:
        self._saving = False
        self._partner = partner
        self.partner_saved.emit(partner)
        self.accept()

    def _on_save_failed(self, error: TresenError) -> None:
        self._saving = False
        if not isinstance(error, ValidationError):
            warn(self, self.windowTitle(), error_text(error))
            return
        self._problems = dict(error.problems)
        self._show_problems()

    def _show_problems(self) -> None:
        """Mark every field in error; go to the first problem: its tab, entry and field."""
        form = self.form
        first = self._organisation_errors.show(self._problems)
        self._mark_entries()
        self._show_location_problems()
        self._show_offer_problems()
        name = next(iter(self._problems), "")
        area, _, rest = name.partition(".")
        row_text = rest.partition(".")[0]
        if area in (LOCATIONS, OFFERS) and row_text.isdigit():
            row = int(row_text)
            if area == LOCATIONS:
                form.tab_widget.setCurrentWidget(form.locations_tab)
                form.locations_list.setCurrentRow(row)
                first = self._show_location_problems()
                scroll = form.location_scroll
            else:
                form.tab_widget.setCurrentWidget(form.offers_tab)
                form.offers_list.setCurrentRow(row)
                first = self._show_offer_problems()
                scroll = form.offer_scroll
            if first is not None:
                scroll.ensureWidgetVisible(first)
        elif first is not None:
            form.tab_widget.setCurrentWidget(form.organisation_tab)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_entries(self) -> None:
        """An entry with a problem gets a warning sign and says so (not by colour alone)."""
        note = self.tr("Please correct the marked fields.")
        self._locations.mark_problems(self._problems, LOCATIONS, note)
        self._offers.mark_problems(self._problems, OFFERS, note)

    def _drop_problems(self, area: str) -> None:
        """Forget an area's problems when its rows move (an entry was removed)."""
        self._problems = without_area(self._problems, area)
        self._mark_entries()

    # --- language -------------------------------------------------------------------

    def _retranslate_code_texts(self) -> None:
        self.setWindowTitle(
            self.tr("New partner") if self._partner is None else self.tr("Edit partner")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            form = self.form
            self.form.retranslateUi(self)
            self._retranslate_code_texts()
            for index, kind in enumerate(PartnerKind):
                form.kind_combo.setItemText(index, partner_kind_label(kind))
            for items in (form.location_languages_list, form.offer_languages_list):
                for row in range(items.count()):
                    item = items.item(row)
                    item.setText(language_label(str(item.data(VALUE_ROLE))))
            self._locations.update_titles()
            self._offers.update_titles()
            offer = self._offers.chosen
            if offer is not None:
                self._fill_offer_locations(offer.location_id)
            self._mark_entries()
            self._show_location_problems()
            self._show_offer_problems()
            self._organisation_errors.show(self._problems)
        super().changeEvent(event)
