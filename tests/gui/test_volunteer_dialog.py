"""The volunteer dialog: a profile by keyboard, the link to a visitor, problems on their tab."""

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.core.records import OfferDraft, OfferRecord, VisitorDraft, VisitorRecord
from desktop_app.core.services import Services
from desktop_app.core.volunteer_records import (
    Activity,
    Training,
    VolunteerDraft,
    VolunteerRecord,
)
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.volunteer_dialog import VolunteerDialog
from tests.conftest import FakeClock
from tests.gui.keyboard import mnemonic_clashes_on_every_tab, press, type_here

ALT = Qt.KeyboardModifier.AltModifier
ENTER = Qt.Key.Key_Return
TODAY = date(2026, 11, 23)  # the FakeClock's day
QUARTER_HOURS = "Hours are counted in quarter hours: use ,25 ,5 ,75 (or :15 :30 :45)."
SENSITIVE = (
    "Do not record health, disability, religion, ethnicity, sexual orientation "
    "or similar sensitive data here."
)


@pytest.fixture(autouse=True)
def _english(english: None) -> None:
    """English texts and dates ("11/23/2026"), as the assertions expect."""


def ok_button(dialog: VolunteerDialog) -> QPushButton:
    return dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)


def show_dialog(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    volunteer: VolunteerRecord | None = None,
) -> VolunteerDialog:
    dialog = VolunteerDialog(services, runner, volunteer, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: not runner.busy)  # the offers (and the linked visitor) are in
    qtbot.waitUntil(dialog.form.first_name_edit.hasFocus)
    return dialog


def click_ok_refused(
    qtbot: QtBot, runner: TaskRunner, dialog: VolunteerDialog, label: QLabel
) -> None:
    """Click OK, wait for the message under the field; nothing is saved."""
    with qtbot.assertNotEmitted(dialog.volunteer_saved):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(label.isVisible)
        qtbot.waitUntil(lambda: not runner.busy)
    assert dialog.isVisible()


def _offers(services: Services) -> tuple[OfferRecord, OfferRecord]:
    return (
        services.offers.create(OfferDraft(title="Lesecafé")),
        services.offers.create(OfferDraft(title="Hausaufgabenhilfe")),
    )


def _visitor(services: Services) -> VisitorRecord:
    services.visitors.register(VisitorDraft(first_name="Hans", last_name="Fischer"))
    return services.visitors.register(
        VisitorDraft(
            first_name="Fatma",
            last_name="Yılmaz",
            phone="030 7654321",
            email="fatma@example.org",
            birth_year=1975,
        )
    )


def test_create_a_volunteer_by_keyboard(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    lesecafe, _ = _offers(services)
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    assert dialog.windowTitle() == "New volunteer"

    # The person.
    type_here(qtbot, dialog, "Ruth")
    press(qtbot, dialog, Qt.Key.Key_L, ALT)
    type_here(qtbot, dialog, "Schäfer")
    press(qtbot, dialog, Qt.Key.Key_M, ALT)
    type_here(qtbot, dialog, "ruth@example.org")
    press(qtbot, dialog, Qt.Key.Key_H, ALT)
    type_here(qtbot, dialog, "030 5551234")
    press(qtbot, dialog, Qt.Key.Key_Y, ALT)
    type_here(qtbot, dialog, "1961")

    # The engagement: it starts today; two activities, the first at an offer.
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    assert form.tab_widget.currentWidget() is form.engagement_tab
    assert form.started_on_check.isChecked()
    assert form.started_on_edit.date() == QDate(2026, 11, 23)
    assert form.activities_list.count() == 0
    assert form.no_activities_label.isVisible()
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(form.activity_name_edit.hasFocus)
    type_here(qtbot, dialog, "Vorlesen")
    assert form.activities_list.item(0).text() == "Vorlesen"
    press(qtbot, dialog, Qt.Key.Key_F, ALT)
    combo = form.activity_offer_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No offer",
        "Hausaufgabenhilfe",
        "Lesecafé",
    ]
    qtbot.keyClicks(combo, "Les")
    assert combo.currentText() == "Lesecafé"
    press(qtbot, dialog, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: form.activities_list.count() == 2)
    qtbot.waitUntil(form.activity_name_edit.hasFocus)
    assert combo.currentText() == "No offer"
    type_here(qtbot, dialog, "Gartenarbeit")
    press(qtbot, dialog, Qt.Key.Key_H, ALT)  # the FreiwilligenPass's school variant
    qtbot.waitUntil(form.school_pass_check.isChecked)

    # A training of two and a half hours, held today.
    press(qtbot, dialog, Qt.Key.Key_T, ALT)
    assert form.tab_widget.currentWidget() is form.training_tab
    assert form.add_training_button.hasFocus()
    press(qtbot, dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(form.training_title_edit.hasFocus)
    type_here(qtbot, dialog, "Erste Hilfe am Kind")
    press(qtbot, dialog, Qt.Key.Key_H, ALT)
    type_here(qtbot, dialog, "2,5")
    assert form.trainings_list.item(0).text() == "Erste Hilfe am Kind\n11/23/2026"

    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        press(qtbot, dialog, ENTER)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [summary] = services.volunteers.list_volunteers()
    stored = services.volunteers.get(summary.id)
    assert saved.args == [stored]
    assert dialog.saved_volunteer == stored
    assert stored.draft() == VolunteerDraft(
        first_name="Ruth",
        last_name="Schäfer",
        email="ruth@example.org",
        phone="030 5551234",
        birth_year=1961,
        started_on=TODAY,
        activities=(Activity("Vorlesen", lesecafe.id), Activity("Gartenarbeit")),
        trainings=(Training("Erste Hilfe am Kind", TODAY, 150),),
        school_pass=True,
    )


def test_link_to_a_visitor_found_by_part_of_the_name(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    visitor = _visitor(services)
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    assert form.visitor_link_label.text() == "Not linked to a visitor"
    assert not form.unlink_visitor_button.isEnabled()
    assert not form.visitor_results_list.isVisible()

    press(qtbot, dialog, Qt.Key.Key_V, ALT)
    assert form.visitor_search_edit.hasFocus()
    type_here(qtbot, dialog, "Nobody")
    qtbot.waitUntil(lambda: form.visitor_results_list.isVisible())
    assert form.visitor_results_list.item(0).text() == "No visitor found."
    press(qtbot, dialog, ENTER)  # nothing to choose; and not OK either
    assert dialog.isVisible()

    form.visitor_search_edit.clear()
    assert not form.visitor_results_list.isVisible()
    type_here(qtbot, dialog, "fat")
    results = form.visitor_results_list
    qtbot.waitUntil(lambda: results.isVisible() and results.count() == 1)
    assert results.item(0).text() == f"Fatma Yılmaz ({visitor.number}), born 1975"
    press(qtbot, dialog, ENTER)

    assert form.first_name_edit.text() == "Fatma"
    assert form.last_name_edit.text() == "Yılmaz"
    assert form.phone_edit.text() == "030 7654321"
    assert form.email_edit.text() == "fatma@example.org"
    assert form.birth_year_spin.value() == 1975
    assert form.visitor_link_label.text() == f"Fatma Yılmaz ({visitor.number})"
    assert form.unlink_visitor_button.isEnabled()
    assert form.visitor_search_edit.text() == ""
    assert not results.isVisible()
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    volunteer = saved.args[0]
    assert volunteer.visitor_id == visitor.id
    assert (volunteer.first_name, volunteer.last_name) == ("Fatma", "Yılmaz")
    assert (volunteer.phone, volunteer.birth_year) == ("030 7654321", 1975)


def test_linking_keeps_what_was_typed_and_the_link_can_be_removed(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    visitor = _visitor(services)
    volunteer = services.volunteers.create(
        VolunteerDraft(first_name="Fatma", last_name="Yilmaz-Kaya", visitor_id=visitor.id)
    )
    dialog = show_dialog(qtbot, services, runner, clock, volunteer)
    form = dialog.form
    assert dialog.windowTitle() == "Edit volunteer"
    assert form.visitor_link_label.text() == f"Fatma Yılmaz ({visitor.number})"

    press(qtbot, dialog, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: form.visitor_link_label.text() == "Not linked to a visitor")
    assert form.visitor_search_edit.hasFocus()
    type_here(qtbot, dialog, visitor.number)
    qtbot.waitUntil(lambda: form.visitor_results_list.count() == 1)
    form.visitor_results_list.setFocus()
    press(qtbot, dialog, ENTER)  # the list's own Enter chooses too
    assert form.visitor_link_label.text() == f"Fatma Yılmaz ({visitor.number})"
    assert form.last_name_edit.text() == "Yilmaz-Kaya"  # typed before: kept
    assert form.phone_edit.text() == "030 7654321"  # empty before: filled

    qtbot.mouseClick(form.unlink_visitor_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert saved.args[0].visitor_id is None
    assert saved.args[0].phone == "030 7654321"


def test_an_end_before_the_start_and_a_future_birth_date_show_on_their_tabs(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    type_here(qtbot, dialog, "Ruth")
    press(qtbot, dialog, Qt.Key.Key_B, ALT)  # ticks "Date of birth" and goes on to the date
    qtbot.waitUntil(form.birth_date_edit.hasFocus)
    assert not form.birth_year_spin.isEnabled()
    form.birth_date_edit.setDate(QDate(2027, 1, 5))
    assert form.birth_year_spin.value() == 2027  # the year follows the date
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    press(qtbot, dialog, Qt.Key.Key_D, ALT)  # ticks "Ended on"
    qtbot.waitUntil(form.ended_on_edit.hasFocus)
    form.ended_on_edit.setDate(QDate(2026, 11, 1))

    # The first problem is on the first tab.
    click_ok_refused(qtbot, runner, dialog, form.birth_date_error_label)
    assert form.tab_widget.currentWidget() is form.person_tab
    assert form.birth_date_error_label.text() == "This date is in the future."
    assert form.birth_date_edit.hasFocus()
    assert form.birth_date_edit.property("invalid") is True
    assert not form.birth_year_error_label.isVisible()  # the year is the date's: said once
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    assert form.ended_on_error_label.isVisible()
    assert form.ended_on_error_label.text() == "The end cannot be before the start."

    # Without the date of birth, the end date is the first problem: its tab comes up.
    press(qtbot, dialog, Qt.Key.Key_P, ALT)
    press(qtbot, dialog, Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: not form.birth_date_check.isChecked())
    assert form.birth_year_spin.isEnabled()
    assert form.birth_year_spin.text() == "not given"
    click_ok_refused(qtbot, runner, dialog, form.ended_on_error_label)
    assert form.tab_widget.currentWidget() is form.engagement_tab
    assert form.ended_on_edit.hasFocus()
    assert not form.birth_date_error_label.isVisible()
    assert services.volunteers.list_volunteers(include_ended=True) == []

    form.ended_on_edit.setDate(QDate(2026, 11, 23))  # a one-day engagement
    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert (saved.args[0].ended_on, saved.args[0].birth_date) == (TODAY, None)


def test_the_year_of_birth_is_typed_and_cleared_by_keyboard(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    spin = form.birth_year_spin
    type_here(qtbot, dialog, "Ruth")
    # Tab goes down the fields in the order they are shown.
    walked = []
    for _ in range(5):
        press(qtbot, dialog, Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [
        form.last_name_edit,
        form.visitor_search_edit,  # "Remove link" is off while there is no link
        form.email_edit,
        form.phone_edit,
        form.birth_date_check,
    ]
    press(qtbot, dialog, Qt.Key.Key_Y, ALT)
    assert spin.hasFocus() and spin.text() == "not given"
    type_here(qtbot, dialog, "1984")
    assert dialog.draft().birth_year == 1984
    spin.lineEdit().selectAll()
    press(qtbot, dialog, Qt.Key.Key_Delete)
    assert spin.text() == ""
    assert dialog.draft().birth_year is None  # emptied: not given
    assert spin.text() == "not given"


def test_hours_that_are_not_quarter_hours_are_refused(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    type_here(qtbot, dialog, "Ruth")
    press(qtbot, dialog, Qt.Key.Key_T, ALT)
    press(qtbot, dialog, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(form.training_title_edit.hasFocus)
    type_here(qtbot, dialog, "Erste Hilfe am Kind")
    press(qtbot, dialog, Qt.Key.Key_H, ALT)
    type_here(qtbot, dialog, "1,1")
    press(qtbot, dialog, Qt.Key.Key_P, ALT)  # leaving the field already says so
    assert form.tab_widget.currentWidget() is form.person_tab
    assert form.training_hours_error_label.text() == QUARTER_HOURS

    click_ok_refused(qtbot, runner, dialog, form.training_hours_error_label)
    assert form.tab_widget.currentWidget() is form.training_tab
    assert form.training_hours_error_label.text() == QUARTER_HOURS
    assert form.training_hours_edit.hasFocus()
    assert form.training_hours_edit.property("invalid") is True
    marked = form.trainings_list.item(0)
    assert marked.toolTip() == "Please correct the marked fields."
    assert not marked.icon().isNull()
    assert services.volunteers.list_volunteers() == []

    form.training_hours_edit.selectAll()
    type_here(qtbot, dialog, "1:15")
    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        press(qtbot, dialog, ENTER)
    assert saved.args[0].trainings == (Training("Erste Hilfe am Kind", TODAY, 75),)


def test_a_problem_of_an_activity_shows_at_its_row(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    """An activity left without a name is not sent; the numbers of the others still fit."""
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    type_here(qtbot, dialog, "Ruth")
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    for count, name in enumerate(("Vorlesen", "", "vorlesen"), start=1):
        press(qtbot, dialog, Qt.Key.Key_C, ALT)
        qtbot.waitUntil(lambda count=count: form.activities_list.count() == count)  # type: ignore[misc]
        qtbot.waitUntil(form.activity_name_edit.hasFocus)
        type_here(qtbot, dialog, name)
    assert [form.activities_list.item(row).text() for row in range(3)] == [
        "Vorlesen",
        "New activity",
        "vorlesen",
    ]
    press(qtbot, dialog, Qt.Key.Key_P, ALT)
    click_ok_refused(qtbot, runner, dialog, form.activity_name_error_label)
    assert form.tab_widget.currentWidget() is form.engagement_tab
    assert form.activities_list.currentRow() == 2
    assert form.activity_name_error_label.text() == "Each activity may appear only once."
    assert form.activity_name_edit.hasFocus()
    assert [form.activities_list.item(row).icon().isNull() for row in range(3)] == [
        True,
        True,
        False,
    ]
    # Removed, the rows move up and their marks go.
    qtbot.mouseClick(form.remove_activity_button, Qt.MouseButton.LeftButton)
    assert form.activities_list.count() == 2
    assert not form.activity_name_error_label.isVisible()
    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert saved.args[0].activities == (Activity("Vorlesen"),)


def test_editing_keeps_the_trainings_and_activities(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    lesecafe, _ = _offers(services)
    volunteer = services.volunteers.create(
        VolunteerDraft(
            first_name="Ruth",
            last_name="Schäfer",
            started_on=date(2024, 3, 1),
            activities=(Activity("Vorlesen", lesecafe.id), Activity("Gartenarbeit")),
            trainings=(
                Training("Erste Hilfe am Kind", date(2024, 5, 4), 150),
                # A training over several days: more than a day's hours, as stored.
                Training("Juleica", date(2025, 2, 1), 50 * 60),
            ),
            agreement_signed_on=date(2024, 3, 1),
            police_certificate_seen_on=date(2024, 2, 20),
            notes="Kommt dienstags.",
        )
    )
    dialog = show_dialog(qtbot, services, runner, clock, volunteer)
    form = dialog.form
    assert dialog.windowTitle() == "Edit volunteer"
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    assert form.started_on_edit.date() == QDate(2024, 3, 1)
    assert not form.ended_on_check.isChecked() and not form.ended_on_edit.isEnabled()
    assert form.police_certificate_check.isChecked()
    assert "never the certificate's content" in form.police_certificate_edit.toolTip()
    assert [form.activities_list.item(row).text() for row in range(2)] == [
        "Vorlesen",
        "Gartenarbeit",
    ]
    assert form.activity_offer_combo.currentText() == "Lesecafé"
    form.activities_list.setFocus()
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert form.activity_name_edit.text() == "Gartenarbeit"
    assert form.activity_offer_combo.currentText() == "No offer"
    press(qtbot, dialog, Qt.Key.Key_T, ALT)
    assert form.trainings_list.count() == 2
    assert form.trainings_list.hasFocus()
    assert form.training_hours_edit.text() == "2.5"
    press(qtbot, dialog, Qt.Key.Key_Down)
    assert form.training_title_edit.text() == "Juleica"
    assert form.training_hours_edit.text() == "50"

    press(qtbot, dialog, Qt.Key.Key_P, ALT)
    press(qtbot, dialog, Qt.Key.Key_H, ALT)
    type_here(qtbot, dialog, "030 5551234")
    with qtbot.waitSignal(dialog.volunteer_saved) as saved:
        press(qtbot, dialog, ENTER)
    stored = services.volunteers.get(volunteer.id)
    assert saved.args == [stored]
    assert stored.draft() == VolunteerDraft(
        **{**volunteer.draft().__dict__, "phone": "030 5551234"}
    )


def test_the_notes_warn_against_sensitive_data(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    warning = dialog.form.notes_warning_label
    assert warning.isVisible()
    assert warning.text() == SENSITIVE
    assert warning.property("warningLabel") is True


def test_escape_while_saving_waits_for_the_save(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    type_here(qtbot, dialog, "Ruth")
    gate = threading.Event()
    runner.run(gate.wait)  # the worker is busy: the save waits behind it
    try:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert not ok_button(dialog).isEnabled()
        press(qtbot, dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
    finally:
        with qtbot.waitSignal(dialog.volunteer_saved):
            gate.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == VolunteerDialog.DialogCode.Accepted
    assert [v.display_name for v in services.volunteers.list_volunteers()] == ["Ruth"]


def test_cancel_saves_nothing(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    type_here(qtbot, dialog, "Ruth")
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == VolunteerDialog.DialogCode.Rejected
    assert services.volunteers.list_volunteers() == []


def test_each_tab_has_its_own_keys(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, language: str
) -> None:
    """No Alt+letter does two things on the same tab (Qt would only cycle between them)."""
    lesecafe, _ = _offers(services)
    volunteer = services.volunteers.create(
        VolunteerDraft(
            first_name="Ruth",
            activities=(Activity("Vorlesen", lesecafe.id),),
            trainings=(Training("Erste Hilfe", date(2024, 5, 4), 150),),
        )
    )
    dialog = show_dialog(qtbot, services, runner, clock, volunteer)
    assert mnemonic_clashes_on_every_tab(dialog) == {}, language


def test_inputs_have_accessible_names(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = show_dialog(qtbot, services, runner, clock)
    form = dialog.form
    controls: list[QWidget] = [
        form.first_name_edit,
        form.last_name_edit,
        form.unlink_visitor_button,
        form.visitor_search_edit,
        form.visitor_results_list,
        form.email_edit,
        form.phone_edit,
        form.birth_date_check,
        form.birth_date_edit,
        form.birth_year_spin,
        form.notes_edit,
        form.started_on_check,
        form.started_on_edit,
        form.ended_on_check,
        form.ended_on_edit,
        form.agreement_signed_check,
        form.agreement_signed_edit,
        form.police_certificate_check,
        form.police_certificate_edit,
        form.school_pass_check,
        form.activities_list,
        form.add_activity_button,
        form.remove_activity_button,
        form.activity_name_edit,
        form.activity_offer_combo,
        form.trainings_list,
        form.add_training_button,
        form.remove_training_button,
        form.training_title_edit,
        form.training_held_on_edit,
        form.training_hours_edit,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()
    # The police certificate: only the date, and the dialog says so.
    for widget in (form.police_certificate_check, form.police_certificate_edit):
        assert "never the certificate's content" in widget.toolTip()


def test_language_change_keeps_what_was_entered(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    lesecafe, _ = _offers(services)
    visitor = _visitor(services)
    volunteer = services.volunteers.create(
        VolunteerDraft(
            first_name="Fatma",
            visitor_id=visitor.id,
            activities=(Activity("Vorlesen", lesecafe.id),),
            trainings=(Training("Erste Hilfe", date(2024, 5, 4), 150),),
        )
    )
    dialog = show_dialog(qtbot, services, runner, clock, volunteer)
    form = dialog.form
    form.phone_edit.setText("030 1")
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Edit volunteer"
    assert form.visitor_link_label.text() == f"Fatma Yılmaz ({visitor.number})"
    assert form.activity_offer_combo.currentText() == "Lesecafé"
    assert form.trainings_list.item(0).text() == "Erste Hilfe\n5/4/2024"
    assert form.birth_year_spin.text() == "not given"
    assert dialog.draft() == VolunteerDraft(**{**volunteer.draft().__dict__, "phone": "030 1"})
