"""The settings dialog: language, facility profile and fields of action, by keyboard."""

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.db import Database
from desktop_app.core.records import FacilityRecord
from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION, FacilityKind
from desktop_app.core.services import Services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.settings import Settings
from desktop_app.core.statistics_records import CountingRules, NewVisitorRule, VisitRule
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.gui.tasks import TaskRunner
from tests.gui.keyboard import type_text


def _dialog(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> SettingsDialog:
    dialog = SettingsDialog(
        SetupService(database.sessions),
        services.offers,
        runner,
        Settings(),
        facility,
        logo_dir=database.path.parent,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: dialog.form.fields_list.count() == len(DEFAULT_FIELDS_OF_ACTION))
    qtbot.waitUntil(_ok(dialog).isEnabled)
    return dialog


def _ok(dialog: SettingsDialog) -> QPushButton:
    return dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)


def _names(services: Services) -> list[str]:
    return [field.name for field in services.offers.fields_of_action()]


def _rename(qtbot: QtBot, dialog: SettingsDialog, row: int, name: str) -> None:
    """Select a row, press F2, type the new name, press Enter."""
    fields = dialog.form.fields_list
    fields.setFocus()
    qtbot.waitUntil(fields.hasFocus)
    fields.setCurrentRow(row)
    qtbot.keyClick(fields, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.parent() is fields.viewport()
    editor.selectAll()
    type_text(qtbot, editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fields.item(row).text() == name)


def test_changing_the_language_announces_the_new_settings(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    dialog = _dialog(qtbot, database, services, runner, facility)
    combo = dialog.form.language_combo
    assert combo.currentData() == "de"
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "en"
    assert combo.currentText() == "English"

    with (
        qtbot.waitSignal(dialog.settings_saved) as settings,
        qtbot.waitSignal(dialog.facility_saved) as saved_facility,
        qtbot.waitSignal(dialog.fields_of_action_saved),
        qtbot.waitSignal(dialog.finished) as finished,
    ):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert settings.args == [Settings(language="en")]
    assert saved_facility.args == [facility]
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert _names(services) == list(DEFAULT_FIELDS_OF_ACTION)


def test_how_the_statistics_count_is_chosen_by_keyboard(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    dialog = _dialog(qtbot, database, services, runner, facility)
    visits, new = dialog.form.visit_rule_combo, dialog.form.new_visitor_rule_combo
    assert (visits.currentText(), new.currentText()) == (
        "check-ins and head counts",
        "first visit in the period",
    )
    qtbot.keyClick(dialog.form.language_combo, Qt.Key.Key_Tab)
    assert visits.hasFocus()
    qtbot.keyClick(visits, Qt.Key.Key_Down)
    qtbot.keyClick(visits, Qt.Key.Key_Tab)
    assert new.hasFocus()
    qtbot.keyClick(new, Qt.Key.Key_Down)

    with qtbot.waitSignal(dialog.settings_saved) as settings:
        qtbot.keyClick(new, Qt.Key.Key_Return)
    chosen = settings.args[0]
    assert chosen.counting_rules() == CountingRules(VisitRule.CHECK_INS, NewVisitorRule.REGISTERED)


def test_the_facility_profile_is_checked_and_saved(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    dialog = _dialog(qtbot, database, services, runner, facility)
    form = dialog.form
    qtbot.keyClick(form.language_combo, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert form.tab_widget.currentWidget() is form.facility_tab
    assert form.name_edit.text() == "Nachbarschaftshaus Am Park"
    form.email_edit.selectAll()
    qtbot.keyClicks(form.email_edit, "info(at)nbh-am-park")
    # A renamed field of action in the same attempt must not be saved either.
    qtbot.keyClick(form.email_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert form.tab_widget.currentWidget() is form.fields_tab
    _rename(qtbot, dialog, 0, "Begegnung")

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.email_error_label.isVisible)
    assert form.email_error_label.text().startswith("This is not a valid e-mail address")
    assert form.email_edit.property("invalid") is True
    assert form.tab_widget.currentWidget() is form.facility_tab
    qtbot.waitUntil(form.email_edit.hasFocus)
    assert dialog.isVisible()
    setup = SetupService(database.sessions)
    assert setup.local_facility() == facility
    assert _names(services) == list(DEFAULT_FIELDS_OF_ACTION)

    form.email_edit.selectAll()
    qtbot.keyClicks(form.email_edit, "kontakt@nbh-am-park.example")
    form.name_edit.selectAll()
    type_text(qtbot, form.name_edit, "Nachbarschaftshaus „Am Park“")
    form.kind_combo.setFocus()
    qtbot.keyClicks(form.kind_combo, "Multi")
    qtbot.keyClick(form.last_name_required_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.facility_saved) as saved:
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)

    expected = FacilityRecord(
        id=facility.id,
        name="Nachbarschaftshaus „Am Park“",
        kind=FacilityKind.MEHRGENERATIONENHAUS,
        street=facility.street,
        postcode=facility.postcode,
        city=facility.city,
        phone=facility.phone,
        email="kontakt@nbh-am-park.example",
        last_name_required=True,
    )
    assert saved.args == [expected]
    assert setup.local_facility() == expected
    assert _names(services)[0] == "Begegnung"


def test_fields_of_action_are_renamed_added_moved_and_removed(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    before = services.offers.fields_of_action()
    dialog = _dialog(qtbot, database, services, runner, facility)
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.fields_tab)

    _rename(qtbot, dialog, 1, "Vernetzung im Kiez")

    form.new_field_edit.setFocus()
    type_text(qtbot, form.new_field_edit, "Kultur und Kiezgeschichte")
    qtbot.keyClick(form.new_field_edit, Qt.Key.Key_Return)  # adds, does not close
    assert dialog.isVisible()
    assert form.new_field_edit.text() == ""
    assert form.fields_list.currentItem().text() == "Kultur und Kiezgeschichte"
    qtbot.mouseClick(form.move_up_button, Qt.MouseButton.LeftButton)  # above "Einsamkeit"

    form.fields_list.setCurrentRow(0)
    assert not form.move_up_button.isEnabled()
    qtbot.mouseClick(form.move_down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.remove_field_button, Qt.MouseButton.LeftButton)  # "Begegnung …"

    with qtbot.waitSignal(dialog.fields_of_action_saved):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    after = services.offers.fields_of_action()
    names = [field.name for field in after]
    assert names == [
        "Vernetzung im Kiez",
        *DEFAULT_FIELDS_OF_ACTION[2:-1],
        "Kultur und Kiezgeschichte",
        "Einsamkeit",
    ]
    assert after[0].id == before[1].id  # renamed and moved, same id
    assert after[-1].id == before[-1].id
    assert before[0].id not in {field.id for field in after}
    assert after[-2].id not in {field.id for field in before}


def test_bad_field_names_are_shown_inline_and_nothing_is_saved(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    dialog = _dialog(qtbot, database, services, runner, facility)
    form = dialog.form
    form.tab_widget.setCurrentWidget(form.fields_tab)
    _rename(qtbot, dialog, 2, "familie")  # "Familie" is further down
    # A valid change to the profile in the same attempt must not be saved either.
    form.tab_widget.setCurrentWidget(form.facility_tab)
    form.phone_edit.selectAll()
    qtbot.keyClicks(form.phone_edit, "030 7654321")
    form.tab_widget.setCurrentWidget(form.general_tab)

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.fields_of_action_error_label.isVisible)
    assert form.fields_of_action_error_label.text() == "Each name may appear only once."
    assert form.tab_widget.currentWidget() is form.fields_tab
    assert not form.email_error_label.isVisible()
    assert _names(services) == list(DEFAULT_FIELDS_OF_ACTION)
    setup = SetupService(database.sessions)
    assert setup.local_facility() == facility

    _rename(qtbot, dialog, 2, "Familien")
    with qtbot.waitSignal(dialog.fields_of_action_saved):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert _names(services)[2] == "Familien"
    saved = setup.local_facility()
    assert saved is not None
    assert saved.phone == "030 7654321"


def test_cancel_saves_nothing(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    dialog = _dialog(qtbot, database, services, runner, facility)
    form = dialog.form
    form.fields_list.setCurrentRow(0)
    qtbot.mouseClick(form.remove_field_button, Qt.MouseButton.LeftButton)
    form.name_edit.setText("Anderer Name")
    with qtbot.waitSignal(dialog.finished) as finished:
        qtbot.keyClick(form.language_combo, Qt.Key.Key_Escape)
    assert finished.args == [QDialog.DialogCode.Rejected]
    assert _names(services) == list(DEFAULT_FIELDS_OF_ACTION)
    assert SetupService(database.sessions).local_facility() == facility


def test_the_dialog_follows_a_language_change(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
) -> None:
    dialog = _dialog(qtbot, database, services, runner, facility)
    form = dialog.form
    qtbot.keyClick(form.language_combo, Qt.Key.Key_Down)
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert form.language_combo.currentData() == "en"
    assert form.kind_combo.currentData() == facility.kind
    assert form.kind_combo.count() == len(FacilityKind)
    assert dialog.facility_draft().kind == facility.kind
