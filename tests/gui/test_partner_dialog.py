"""The partner dialog: a partner with its locations and offers, by keyboard; its problems."""

from datetime import time

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.directory_records import (
    Partner,
    PartnerKind,
    PartnerLocation,
    PartnerOffer,
)
from desktop_app.core.ids import new_id
from desktop_app.core.records import ScheduleSlot
from desktop_app.core.services import Services
from desktop_app.gui.i18n import Translations
from desktop_app.gui.partner_dialog import PartnerDialog
from desktop_app.gui.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.gui.keyboard import mnemonic_clashes_on_every_tab, press, type_here
from tests.gui.test_directory_view import ALT, CTRL, make_view, open_dialog, titles

MON, TUE = 0, 1
ENTER = Qt.Key.Key_Return


def check(qtbot: QtBot, items: QListWidget, search: str) -> None:
    """Find an entry by typing its beginning, then tick it with the space bar."""
    assert items.hasFocus()
    items.keyboardSearch("")  # stands in for the user's pause between two searches
    qtbot.keyClicks(items, search)
    assert items.currentItem().text().startswith(search)
    qtbot.keyClick(items, Qt.Key.Key_Space)


def ok_button(dialog: PartnerDialog) -> QPushButton:
    return dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)


def show_dialog(
    qtbot: QtBot, services: Services, runner: TaskRunner, partner: Partner
) -> PartnerDialog:
    dialog = PartnerDialog(services.directory, runner, partner, ["Mieten und Wohnen"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.form.name_edit.hasFocus)
    return dialog


def test_create_a_partner_with_two_locations_and_an_offer_by_keyboard(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    view = make_view(qtbot, services, runner, clock)
    dialog = open_dialog(qtbot, view, Qt.Key.Key_N, CTRL)
    form = dialog.form
    assert dialog.windowTitle() == "New partner"
    qtbot.waitUntil(form.name_edit.hasFocus)

    # Organisation.
    type_here(qtbot, dialog, "Mieterberatung Wedding")
    press(qtbot, dialog, Qt.Key.Key_K, ALT)
    qtbot.keyClicks(form.kind_combo, "Coun")
    assert form.kind_combo.currentText() == "Counselling service"
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    type_here(qtbot, dialog, "info@mieterberatung-wedding.example")

    # The first location, which a new partner starts with.
    press(qtbot, dialog, Qt.Key.Key_L, ALT)
    assert form.tab_widget.currentWidget() is form.locations_tab
    assert form.locations_list.hasFocus()
    assert [form.locations_list.item(0).text()] == ["Location 1"]
    press(qtbot, dialog, Qt.Key.Key_N, ALT)
    type_here(qtbot, dialog, "Hauptstelle")
    assert form.locations_list.item(0).text() == "Hauptstelle"
    press(qtbot, dialog, Qt.Key.Key_S, ALT)
    type_here(qtbot, dialog, "Schulstraße 12")
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    type_here(qtbot, dialog, "13347")
    press(qtbot, dialog, Qt.Key.Key_T, ALT)  # add a time slot: Monday 10-12
    qtbot.waitUntil(lambda: len(dialog.opening_hours_editor.rows) == 1)
    qtbot.waitUntil(dialog.opening_hours_editor.rows[0].weekday_combo.hasFocus)

    # The second location.
    press(qtbot, dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: form.locations_list.count() == 2)
    qtbot.waitUntil(form.location_name_edit.hasFocus)
    assert form.locations_list.currentRow() == 1
    assert form.city_edit.text() == "Berlin"
    type_here(qtbot, dialog, "Zweigstelle Leopoldplatz")
    press(qtbot, dialog, Qt.Key.Key_S, ALT)
    type_here(qtbot, dialog, "Müllerstraße 40")
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    type_here(qtbot, dialog, "13353")
    press(qtbot, dialog, Qt.Key.Key_G, ALT)
    check(qtbot, form.location_languages_list, "Tur")
    check(qtbot, form.location_languages_list, "Ger")

    # An offer at the second location.
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    assert form.tab_widget.currentWidget() is form.offers_tab
    assert form.add_offer_button.hasFocus()
    press(qtbot, dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: form.offers_list.count() == 1)
    qtbot.waitUntil(form.offer_name_edit.hasFocus)
    type_here(qtbot, dialog, "Mietrechtsberatung")
    assert form.offers_list.item(0).text() == "Mietrechtsberatung"
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    combo = form.offer_location_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All locations",
        "Hauptstelle",
        "Zweigstelle Leopoldplatz",
    ]
    qtbot.keyClicks(combo, "Zw")
    assert combo.currentText() == "Zweigstelle Leopoldplatz"
    press(qtbot, dialog, Qt.Key.Key_I, ALT)
    qtbot.keyClicks(form.field_of_action_combo, "Bera")  # completed from the facility's list
    assert form.field_of_action_combo.currentText() == "Beratung und Begleitung"
    press(qtbot, dialog, Qt.Key.Key_T, ALT)
    check(qtbot, form.target_groups_list, "Fam")
    press(qtbot, dialog, Qt.Key.Key_S, ALT)  # add a time slot
    qtbot.waitUntil(lambda: len(dialog.schedule_editor.rows) == 1)
    row = dialog.schedule_editor.rows[0]
    qtbot.waitUntil(row.weekday_combo.hasFocus)
    press(qtbot, dialog, Qt.Key.Key_Down)  # Tuesday

    press(qtbot, dialog, Qt.Key.Key_N, ALT)
    with (
        qtbot.waitSignal(dialog.partner_saved) as saved,
        qtbot.waitSignal(view.directory_changed),
        qtbot.waitSignal(view.results_loaded),
    ):
        press(qtbot, dialog, ENTER)

    [partner] = services.directory.list_partners()
    assert saved.args == [partner]
    assert partner.name == "Mieterberatung Wedding"
    assert partner.kind is PartnerKind.COUNSELLING
    assert partner.email == "info@mieterberatung-wedding.example"
    main, branch = partner.locations
    assert (main.name, main.street, main.postcode, main.city) == (
        "Hauptstelle",
        "Schulstraße 12",
        "13347",
        "Berlin",
    )
    assert main.opening_hours == (ScheduleSlot(MON, time(10), time(12)),)
    assert (branch.name, branch.street, branch.postcode) == (
        "Zweigstelle Leopoldplatz",
        "Müllerstraße 40",
        "13353",
    )
    assert branch.languages == ("de", "tr")
    [offer] = partner.offers
    assert offer.name == "Mietrechtsberatung"
    assert offer.location_id == branch.id
    assert offer.field_of_action == "Beratung und Begleitung"
    assert offer.target_groups == ("Familien",)
    assert offer.schedule == (ScheduleSlot(TUE, time(10), time(12)),)
    assert titles(view) == ["Mieterberatung Wedding – Mietrechtsberatung"]
    assert view.selected_hit() is not None


def _partner_with_two_of_each(services: Services) -> Partner:
    first, second = PartnerLocation(new_id(), name="Laden"), PartnerLocation(new_id(), name="Hof")
    return services.directory.save(
        Partner(
            new_id(),
            "Nachbarschaftsladen Sparrplatz",
            kind=PartnerKind.NACHBARSCHAFTSHAUS,
            locations=(first, second),
            offers=(
                PartnerOffer(new_id(), "Kiezfrühstück", location_id=first.id),
                PartnerOffer(new_id(), "Hausaufgabenhilfe", location_id=second.id),
            ),
        )
    )


def test_problems_in_the_second_location_and_offer_show_beside_their_fields(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    partner = _partner_with_two_of_each(services)
    dialog = show_dialog(qtbot, services, runner, partner)
    form = dialog.form
    assert dialog.windowTitle() == "Edit partner"

    # A bad postcode and a slot that ends before it starts at the second location...
    press(qtbot, dialog, Qt.Key.Key_L, ALT)
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert form.location_name_edit.text() == "Hof"
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    type_here(qtbot, dialog, "10 115!")
    press(qtbot, dialog, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: len(dialog.opening_hours_editor.rows) == 1)
    slot = dialog.opening_hours_editor.rows[0]
    slot.end_edit.setTime(slot.start_edit.time().addSecs(-3600))
    # ...and an invalid e-mail in the second offer.
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert form.offer_name_edit.text() == "Hausaufgabenhilfe"
    form.offer_scroll.ensureWidgetVisible(form.offer_email_edit)
    qtbot.mouseClick(form.offer_email_edit, Qt.MouseButton.LeftButton)
    type_here(qtbot, dialog, "hausaufgaben(at)sparrplatz.example")
    press(qtbot, dialog, Qt.Key.Key_O, ALT)

    with qtbot.assertNotEmitted(dialog.partner_saved):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        # The first problem: its tab, its entry, its field.
        qtbot.waitUntil(form.postcode_error_label.isVisible)
        assert form.tab_widget.currentWidget() is form.locations_tab
        assert form.locations_list.currentRow() == 1
        assert form.postcode_error_label.text() == "This is not a valid postcode."
        assert form.postcode_edit.property("invalid") is True
        assert form.postcode_edit.hasFocus()
        assert form.opening_hours_error_label.text() == "Each time slot must end after it starts."
        assert slot.end_edit.property("invalid") is True
        marked = form.locations_list.item(1)
        assert marked.toolTip() == "Please correct the marked fields."
        assert not marked.icon().isNull()
        assert form.locations_list.item(0).icon().isNull()
        assert not form.offers_list.item(1).icon().isNull()
        # The first location has nothing to show.
        press(qtbot, dialog, Qt.Key.Key_P, ALT)
        press(qtbot, dialog, Qt.Key.Key_Up)
        assert not form.postcode_error_label.isVisible()
        press(qtbot, dialog, Qt.Key.Key_Down)
        assert form.postcode_error_label.isVisible()

        # Corrected there, the offer's problem remains.
        press(qtbot, dialog, Qt.Key.Key_C, ALT)
        form.postcode_edit.selectAll()
        type_here(qtbot, dialog, "13353")
        slot = dialog.opening_hours_editor.rows[0]  # the rows were made anew for this location
        slot.end_edit.setTime(slot.start_edit.time().addSecs(3600))
        press(qtbot, dialog, Qt.Key.Key_O, ALT)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(form.offer_email_error_label.isVisible)
        assert form.tab_widget.currentWidget() is form.offers_tab
        assert form.offers_list.currentRow() == 1
        assert form.offer_email_error_label.text() == (
            "This is not a valid e-mail address (example: name@example.org)."
        )
        assert form.offer_email_edit.hasFocus()
        assert form.offer_email_edit.property("invalid") is True
        assert form.locations_list.item(1).icon().isNull()
        assert not form.offers_list.item(1).icon().isNull()
        assert form.offers_list.item(0).icon().isNull()
        qtbot.waitUntil(lambda: not runner.busy)
    assert dialog.isVisible()
    assert services.directory.get(partner.id) == partner

    form.offer_email_edit.selectAll()
    type_here(qtbot, dialog, "hausaufgaben@sparrplatz.example")
    with qtbot.waitSignal(dialog.partner_saved) as saved:
        press(qtbot, dialog, ENTER)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = services.directory.get(partner.id)
    assert saved.args == [stored]
    assert stored.offers[1].email == "hausaufgaben@sparrplatz.example"
    assert stored.locations[1].postcode == "13353"
    assert stored.locations[1].opening_hours == (ScheduleSlot(MON, time(10), time(11)),)
    assert stored.offers[0] == partner.offers[0]


def test_a_location_with_offers_stays_until_they_move(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    partner = _partner_with_two_of_each(services)
    dialog = show_dialog(qtbot, services, runner, partner)
    form = dialog.form
    press(qtbot, dialog, Qt.Key.Key_L, ALT)
    qtbot.mouseClick(form.remove_location_button, Qt.MouseButton.LeftButton)
    assert form.locations_list.count() == 2
    assert form.locations_note_label.isVisible()
    assert "“Kiezfrühstück”" in form.locations_note_label.text()

    # Move the breakfast to every location; then the shop can go.
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    press(qtbot, dialog, Qt.Key.Key_Home)
    assert form.offer_location_combo.currentText() == "All locations"
    press(qtbot, dialog, Qt.Key.Key_L, ALT)
    qtbot.mouseClick(form.remove_location_button, Qt.MouseButton.LeftButton)
    assert not form.locations_note_label.isVisible()
    assert [form.locations_list.item(0).text()] == ["Hof"]
    assert form.location_name_edit.text() == "Hof"

    # Remove an offer, and the last location: the panes say what is missing.
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    press(qtbot, dialog, Qt.Key.Key_Down)
    qtbot.mouseClick(form.remove_offer_button, Qt.MouseButton.LeftButton)
    assert [form.offers_list.item(0).text()] == ["Kiezfrühstück"]
    assert form.offer_name_edit.text() == "Kiezfrühstück"
    press(qtbot, dialog, Qt.Key.Key_L, ALT)
    qtbot.mouseClick(form.remove_location_button, Qt.MouseButton.LeftButton)
    assert not form.locations_note_label.isVisible()  # the breakfast is at every location
    assert form.no_locations_label.isVisible() and not form.location_scroll.isVisible()
    assert not form.remove_location_button.isEnabled()
    assert form.add_location_button.hasFocus()
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    assert form.offer_location_combo.count() == 1
    qtbot.mouseClick(form.remove_offer_button, Qt.MouseButton.LeftButton)
    assert form.no_offers_label.isVisible() and not form.offer_scroll.isVisible()
    assert not form.remove_offer_button.isEnabled()

    edited = dialog.partner()
    assert edited.locations == () and edited.offers == ()
    with qtbot.waitSignal(dialog.partner_saved):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    stored = services.directory.get(partner.id)
    assert stored.locations == () and stored.offers == ()


def test_each_tab_has_its_own_keys(
    qtbot: QtBot, services: Services, runner: TaskRunner, language: str
) -> None:
    """No Alt+letter does two things on the same tab (Qt would only cycle between them)."""
    dialog = show_dialog(qtbot, services, runner, _partner_with_two_of_each(services))
    assert mnemonic_clashes_on_every_tab(dialog) == {}, language


def test_dialog_follows_a_language_change(
    qtbot: QtBot, qapp: QApplication, services: Services, runner: TaskRunner, english: None
) -> None:
    partner = _partner_with_two_of_each(services)
    dialog = show_dialog(qtbot, services, runner, partner)
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    assert dialog.windowTitle() == "Edit partner"
    german = Translations(qapp)
    german.apply("de")
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Partner bearbeiten")
        assert dialog.form.offer_location_combo.itemText(0) == "Alle Standorte"
    finally:
        german.remove()
        QLocale.setDefault(QLocale("en"))  # as the ``english`` fixture left it
    assert dialog.form.kind_combo.currentText() == "Nachbarschaftshaus"
    assert dialog.form.offer_location_combo.currentText() == "Laden"
    fields = dialog.form.field_of_action_combo
    names = [fields.itemText(i) for i in range(fields.count())]
    # The facility's default list first, then what the directory uses besides.
    assert names[0] == "Begegnung und Generationen"
    assert names[-1] == "Mieten und Wohnen"
    assert dialog.partner() == partner
