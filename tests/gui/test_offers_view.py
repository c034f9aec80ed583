"""The offers screen and the offer dialog, driven by keyboard and mouse."""

from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QListWidget,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTimeEdit,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.records import OfferDraft, ScheduleSlot
from desktop_app.core.services import Services
from desktop_app.gui.models.offers_model import Column, OffersModel, schedule_summary
from desktop_app.gui.offer_dialog import OfferDialog
from desktop_app.gui.offers_view import OffersView
from desktop_app.gui.tasks import TaskRunner
from tests.gui.conftest import ReportedErrors
from tests.gui.keyboard import type_text

MON, TUE, WED = 0, 1, 2


def _view(qtbot: QtBot, services: Services, runner: TaskRunner) -> OffersView:
    view = OffersView(services, runner)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.offers_loaded):
        view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()  # as the main window does when the screen is chosen
    qtbot.waitUntil(view.form.offers_table.hasFocus)
    return view


def _open_dialog(
    qtbot: QtBot, view: OffersView, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> OfferDialog:
    qtbot.keyClick(view.form.offers_table, key, modifier)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert view.dialog is not None
    return view.dialog


def _ok(dialog: OfferDialog) -> QPushButton:
    return dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)


def _check(qtbot: QtBot, items: QListWidget, search: str) -> None:
    """Find an entry by typing its beginning, then tick it with the space bar."""
    items.keyboardSearch("")  # stands in for the user's pause between two searches
    qtbot.keyClicks(items, search)
    assert items.currentItem().text().startswith(search)
    qtbot.keyClick(items, Qt.Key.Key_Space)


def _type_time(qtbot: QtBot, edit: QTimeEdit, hhmm: str) -> None:
    # Tabbing into a time edit selects its first section; typing then overwrites it.
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, hhmm)


def _click_check_box(qtbot: QtBot, box: QCheckBox) -> None:
    # A check box reacts to clicks on its box and text only, not on the rest of its row.
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())


def _titles(view: OffersView) -> list[str]:
    return [view.model.offer(row).title for row in range(view.model.rowCount())]


def test_create_an_offer_with_times_and_flags(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    view = _view(qtbot, services, runner)
    assert view.form.empty_label.isVisible()
    dialog = _open_dialog(qtbot, view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = dialog.form
    assert dialog.windowTitle() == "New offer"

    type_text(qtbot, form.title_edit, "Offenes Café")
    qtbot.keyClicks(form.field_of_action_combo, "Beg")
    assert form.field_of_action_combo.currentText() == "Begegnung und Generationen"
    _check(qtbot, form.target_groups_list, "Fam")
    _check(qtbot, form.target_groups_list, "Seniorinnen")
    qtbot.keyClicks(form.other_target_group_edit, "Nachbarn aus dem Kiez")
    qtbot.keyClick(form.other_target_group_edit, Qt.Key.Key_Return)  # adds, does not save
    assert form.other_target_group_edit.text() == ""
    _check(qtbot, form.languages_list, "Ger")
    _check(qtbot, form.languages_list, "Ara")

    qtbot.mouseClick(form.add_slot_button, Qt.MouseButton.LeftButton)  # Mon 10:00-12:00
    qtbot.mouseClick(form.add_slot_button, Qt.MouseButton.LeftButton)  # Tue, same times
    second = dialog.schedule_editor.rows[1]
    assert second.weekday_combo.currentText() == "Tue"
    qtbot.keyClick(second.weekday_combo, Qt.Key.Key_Down)  # Wed
    _type_time(qtbot, second.start_edit, "1400")
    _type_time(qtbot, second.end_edit, "1630")
    _click_check_box(qtbot, form.counselling_check)
    qtbot.keyClick(form.jobcenter_check, Qt.Key.Key_Space)

    with qtbot.waitSignal(view.offers_changed), qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    [offer] = services.offers.list_offers()
    assert offer.title == "Offenes Café"
    assert offer.field_of_action_name == "Begegnung und Generationen"
    assert offer.target_groups == ("Familien", "Seniorinnen und Senioren", "Nachbarn aus dem Kiez")
    assert offer.languages == ("de", "ar")
    assert offer.schedule == (
        ScheduleSlot(MON, time(10), time(12)),
        ScheduleSlot(WED, time(14), time(16, 30)),
    )
    assert offer.is_counselling and offer.jobcenter_suited and offer.active
    assert view.dialog is None
    assert _titles(view) == ["Offenes Café"]
    assert view.selected_offer() == offer
    assert not view.form.empty_label.isVisible()
    summary = view.model.index(0, Column.SCHEDULE).data()
    assert summary == "Mon 10:00–12:00, Wed 14:00–16:30"
    assert view.model.index(0, Column.FLAGS).data() == "Counselling, Jobcenter"


def test_edit_an_offer_with_f2_and_enter(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    fields = services.offers.fields_of_action()
    original = services.offers.create(
        OfferDraft(
            "Deutschkurs",
            field_of_action_id=fields[7].id,
            target_groups=("Erwachsene", "Neu im Kiez"),
            languages=("de",),
            schedule=(ScheduleSlot(MON, time(9), time(11)), ScheduleSlot(WED, time(9), time(11))),
            is_counselling=True,
        )
    )
    view = _view(qtbot, services, runner)
    view.form.offers_table.selectRow(0)

    dialog = _open_dialog(qtbot, view, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    form = dialog.form
    assert dialog.windowTitle() == "Edit offer"
    assert form.title_edit.text() == "Deutschkurs"
    assert form.field_of_action_combo.currentData() == fields[7].id
    assert dialog.draft().target_groups == ("Erwachsene", "Neu im Kiez")
    assert [row.slot() for row in dialog.schedule_editor.rows] == list(original.schedule)
    assert form.counselling_check.isChecked() and not form.jobcenter_check.isChecked()

    form.title_edit.selectAll()
    type_text(qtbot, form.title_edit, "Deutschkurs für Anfänger:innen")
    qtbot.mouseClick(dialog.schedule_editor.rows[0].remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.schedule_editor.rows) == 1
    qtbot.keyClick(form.counselling_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(view.offers_changed), qtbot.waitSignal(view.offers_loaded):
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)

    edited = services.offers.get(original.id)
    assert edited.title == "Deutschkurs für Anfänger:innen"
    assert edited.schedule == (ScheduleSlot(WED, time(9), time(11)),)
    assert not edited.is_counselling
    assert edited.target_groups == original.target_groups
    assert _titles(view) == ["Deutschkurs für Anfänger:innen"]

    # Enter on the selected row opens it as well; Escape closes without saving.
    dialog = _open_dialog(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert dialog.form.title_edit.text() == "Deutschkurs für Anfänger:innen"
    qtbot.keyClick(dialog.form.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.dialog is None)
    assert services.offers.get(original.id) == edited


def test_deactivate_hides_the_offer_until_inactive_ones_are_shown(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    services.offers.create(OfferDraft("Kiezfrühstück"))
    yoga = services.offers.create(OfferDraft("Yoga"))
    view = _view(qtbot, services, runner)
    view.form.offers_table.selectRow(_titles(view).index("Yoga"))
    button = view.form.toggle_active_button
    assert button.text() == "&Deactivate"

    with qtbot.waitSignal(view.offers_changed), qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _titles(view) == ["Kiezfrühstück"]
    assert not services.offers.get(yoga.id).active

    with qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(view.form.show_inactive_check, Qt.MouseButton.LeftButton)
    assert _titles(view) == ["Kiezfrühstück", "Yoga"]
    row = _titles(view).index("Yoga")
    assert view.model.index(row, Column.ACTIVE).data() == "Inactive"

    view.form.offers_table.selectRow(row)
    assert button.text() == "&Reactivate"
    with qtbot.waitSignal(view.offers_changed), qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert services.offers.get(yoga.id).active
    assert view.selected_offer() == services.offers.get(yoga.id)
    assert button.text() == "&Deactivate"

    with qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(view.form.show_inactive_check, Qt.MouseButton.LeftButton)
    assert _titles(view) == ["Kiezfrühstück", "Yoga"]


def test_bad_input_is_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, services: Services, runner: TaskRunner, reported_errors: ReportedErrors
) -> None:
    view = _view(qtbot, services, runner)
    dialog = _open_dialog(qtbot, view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = dialog.form
    ok = _ok(dialog)

    # Empty title.
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.title_error_label.isVisible)
    assert form.title_error_label.text() == "This field is required."
    assert form.title_edit.property("invalid") is True
    qtbot.waitUntil(form.title_edit.hasFocus)

    # 121 characters, and a slot that ends before it starts.
    qtbot.keyClicks(form.title_edit, "x" * 121)
    qtbot.mouseClick(form.add_slot_button, Qt.MouseButton.LeftButton)
    row = dialog.schedule_editor.rows[0]
    _type_time(qtbot, row.start_edit, "1500")
    _type_time(qtbot, row.end_edit, "1400")
    _check(qtbot, form.target_groups_list, "Kinder")
    qtbot.keyClicks(form.other_target_group_edit, "y" * 121)
    qtbot.mouseClick(form.add_target_group_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.schedule_error_label.isVisible)
    assert form.title_error_label.text() == "At most 120 characters."
    assert form.target_groups_error_label.text() == "At most 120 characters."
    assert form.schedule_error_label.text() == "Each time slot must end after it starts."
    assert row.end_edit.property("invalid") is True
    assert not form.languages_error_label.isVisible()
    assert dialog.isVisible()
    assert services.offers.list_offers(include_inactive=True) == []
    assert not reported_errors

    # Corrected, the same dialog saves and the marks go away.
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Offene Werkstatt")
    _type_time(qtbot, row.end_edit, "1700")
    form.target_groups_list.item(form.target_groups_list.count() - 1).setCheckState(
        Qt.CheckState.Unchecked
    )
    with qtbot.waitSignal(dialog.offer_saved) as saved, qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert saved.args[0].schedule == (ScheduleSlot(MON, time(15), time(17)),)
    assert saved.args[0].target_groups == ("Kinder",)


def test_a_retired_field_of_action_stays_with_the_offer_it_belongs_to(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    first, retired, *rest = services.offers.fields_of_action()
    offer = services.offers.create(OfferDraft("Repair-Café", field_of_action_id=retired.id))
    services.offers.save_fields_of_action([(f.id, f.name) for f in (first, *rest)])
    view = _view(qtbot, services, runner)
    view.form.offers_table.selectRow(0)

    dialog = _open_dialog(qtbot, view, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    assert dialog.form.field_of_action_combo.currentText() == retired.name
    type_text(qtbot, dialog.form.title_edit, " im Kiez")
    with qtbot.waitSignal(dialog.offer_saved) as saved, qtbot.waitSignal(view.offers_loaded):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert saved.args[0].field_of_action_id == retired.id
    assert saved.args[0].id == offer.id


def test_screen_and_dialog_follow_a_language_change(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    offer = services.offers.create(
        OfferDraft("Yoga", languages=("tr",), schedule=(ScheduleSlot(TUE, time(8), time(9)),))
    )
    dialog = OfferDialog(services.offers, runner, services.offers.fields_of_action(), offer)
    qtbot.addWidget(dialog)
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "Edit offer"
    assert dialog.draft() == OfferDraft(
        "Yoga", languages=("tr",), schedule=(ScheduleSlot(TUE, time(8), time(9)),)
    )

    services.offers.set_active(offer.id, False)
    view = _view(qtbot, services, runner)
    with qtbot.waitSignal(view.offers_loaded):
        qtbot.keyClick(view.form.show_inactive_check, Qt.Key.Key_Space)
    view.form.offers_table.selectRow(0)
    with qtbot.waitSignal(view.model.headerDataChanged):
        QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.form.toggle_active_button.text() == "&Reactivate"
    assert view.form.show_inactive_check.isChecked()


def test_offers_model(qtmodeltester: ModelTester, services: Services) -> None:
    services.offers.create(
        OfferDraft(
            "Sozialberatung",
            field_of_action_id=services.offers.fields_of_action()[3].id,
            schedule=(ScheduleSlot(WED, time(14), time(16)), ScheduleSlot(MON, time(10), time(12))),
            is_counselling=True,
        )
    )
    paused = services.offers.create(OfferDraft("Yoga", jobcenter_suited=True))
    services.offers.set_active(paused.id, False)
    model = OffersModel()
    model.set_offers(services.offers.list_offers(include_inactive=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, Column.FIELD_OF_ACTION).data() == "Beratung und Begleitung"
    assert model.index(0, Column.SCHEDULE).data() == "Mon 10:00–12:00, Wed 14:00–16:00"
    assert model.index(1, Column.ACTIVE).data() == "Inactive"
    assert model.index(1, Column.FLAGS).data() == "Jobcenter"
    assert model.index(1, 0).data(OffersModel.OfferRole) == services.offers.get(paused.id)
    assert model.headerData(Column.SCHEDULE, Qt.Orientation.Horizontal) == "Weekly schedule"
    model.retranslate()
    model.set_offers([])
    qtmodeltester.check(model)
    assert schedule_summary(()) == ""
