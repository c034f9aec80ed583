"""The volunteers screen: a month's hours by keyboard, corrections with a trail, allowance
warnings, recognition, and the certificate."""

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.services import Services
from desktop_app.core.volunteer_records import (
    Activity,
    AllowanceDraft,
    AllowanceKind,
    HoursDraft,
    HoursStatus,
    VolunteerDraft,
)
from desktop_app.gui.document_preview_dialog import DocumentPreviewDialog
from desktop_app.gui.hours_dialogs import HoursChangeDialog, HoursTrailDialog
from desktop_app.gui.main_window import MainWindow, Screen
from desktop_app.gui.models.hours_grid_model import HoursGridModel
from desktop_app.gui.models.payments_model import PaymentsModel
from desktop_app.gui.models.volunteers_model import Column, VolunteersModel
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.volunteers_view import VolunteersView
from tests.gui.keyboard import choose_in_popup_menu, type_text
from tests.pdf_tools import plain, text_of

NOVEMBER = (2026, 11)  # the test clock: Monday 23 November 2026


@pytest.fixture
def volunteer_id(services: Services) -> uuid.UUID:
    return services.volunteers.create(
        VolunteerDraft(
            first_name="Jonas",
            last_name="Weber",
            birth_date=date(1990, 5, 4),
            started_on=date(2026, 1, 5),
            activities=(Activity("Hausaufgabenhilfe"), Activity("Café")),
        )
    ).id


@pytest.fixture
def view(qtbot: QtBot, window: MainWindow, volunteer_id: uuid.UUID) -> VolunteersView:
    volunteers = window.volunteers_view
    with qtbot.waitSignal(volunteers.hours.month_loaded):
        window.show_screen(Screen.VOLUNTEERS)
    assert volunteers.volunteer is not None and volunteers.volunteer.id == volunteer_id
    return volunteers


def _cell(view: VolunteersView, day: int, activity: str) -> QModelIndex:
    model = view.hours.model
    return model.index(day - 1, model.activities.index(activity))


def _hours_this_year(view: VolunteersView) -> str:
    row = view.model.row_of(view.volunteer.id) if view.volunteer else None
    assert row is not None
    return str(view.model.index(row, Column.HOURS).data())


def _type_into(qtbot: QtBot, view: VolunteersView, text: str) -> None:
    """Type into the current cell as a user does, then Enter."""
    table = view.hours.form.hours_table
    table.setFocus()
    qtbot.keyClicks(table, text[0])  # the first key opens the cell's editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_month_is_filled_by_keyboard_with_totals_as_it_goes(
    qtbot: QtBot, view: VolunteersView, services: Services, volunteer_id: uuid.UUID
) -> None:
    sheet = view.hours
    sheet.form.entered_by_edit.setText("Maria")
    model = sheet.model
    ModelTester(qtbot).check(model, force_py=True)
    table = sheet.form.hours_table
    table.setCurrentIndex(_cell(view, 2, "Hausaufgabenhilfe"))
    # The list beside counts the hours of this year in the volunteer's row, without
    # listing every volunteer again.
    with qtbot.assertNotEmitted(view.model.modelReset):
        for typed in ("2,5", "2:30", "1,75"):  # 2, 3 and 4 November
            with qtbot.waitSignal(sheet.hours_changed):
                _type_into(qtbot, view, typed)
            qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
        qtbot.waitUntil(lambda: _hours_this_year(view) == "6.75")
    # Enter moved down a day each time.
    qtbot.waitUntil(lambda: table.currentIndex().row() == 4)
    assert model.activity_total("Hausaufgabenhilfe") == 150 + 150 + 105
    total_row = model.rowCount() - 1
    assert model.index(total_row, 0).data() == "6.75"  # English: a decimal point
    entries = services.hours.entries(volunteer_id, date(2026, 11, 1), date(2026, 11, 30))
    assert [(e.worked_on.day, e.minutes, e.recorded_by) for e in entries] == [
        (2, 150, "Maria"),
        (3, 150, "Maria"),
        (4, 105, "Maria"),
    ]

    # Not quarter hours: said under the grid, nothing saved, the cell as it was.
    table.setCurrentIndex(_cell(view, 5, "Café"))
    _type_into(qtbot, view, "1,1")
    qtbot.waitUntil(lambda: "quarter hours" in sheet.form.status_label.text())
    assert len(services.hours.entries(volunteer_id, date(2026, 11, 5), date(2026, 11, 5))) == 0
    # Days after today take nothing.
    assert not model.flags(_cell(view, 24, "Café")) & Qt.ItemFlag.ItemIsEditable

    # Copy last week: the week of 9 November gets the week of 2 November's hours.
    table.setCurrentIndex(_cell(view, 10, "Hausaufgabenhilfe"))
    with qtbot.waitSignal(sheet.hours_changed), qtbot.waitSignal(sheet.month_loaded):
        qtbot.mouseClick(sheet.form.copy_week_button, Qt.MouseButton.LeftButton)
    assert model.minutes(9, "Hausaufgabenhilfe") == 150
    assert model.minutes(11, "Hausaufgabenhilfe") == 105
    # The cursor stays where it was, and the line below says what happened.
    assert table.currentIndex() == _cell(view, 10, "Hausaufgabenhilfe")
    assert sheet.form.status_label.text() == "3 entries copied from last week."
    qtbot.waitUntil(lambda: _hours_this_year(view) == "13.5")


def test_a_correction_asks_why_and_the_trail_shows_every_version(
    qtbot: QtBot, view: VolunteersView, services: Services, volunteer_id: uuid.UUID
) -> None:
    sheet = view.hours
    sheet.form.entered_by_edit.setText("Maria")
    entry = services.hours.record(HoursDraft(volunteer_id, date(2026, 11, 16), 120, "Café"), "Tom")
    sheet.reload()
    qtbot.waitUntil(lambda: sheet.model.minutes(16, "Café") == 120)
    table = sheet.form.hours_table
    table.setCurrentIndex(_cell(view, 16, "Café"))
    _type_into(qtbot, view, "3")
    qtbot.waitUntil(lambda: isinstance(sheet.dialog, HoursChangeDialog))
    dialog = sheet.dialog
    assert isinstance(dialog, HoursChangeDialog)
    assert dialog.form.hours_edit.text() == "3"
    assert dialog.form.by_edit.text() == "Maria"
    # Without a reason nothing is changed.
    qtbot.mouseClick(dialog.form.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.form.reason_error_label.isVisible)
    type_text(qtbot, dialog.form.reason_edit, "Café lief länger")
    with qtbot.waitSignal(sheet.hours_changed):
        qtbot.keyClick(dialog.form.reason_edit, Qt.Key.Key_Return)
    assert sheet.model.minutes(16, "Café") == 180

    # Delete withdraws, again with a reason.
    table.setFocus()
    table.setCurrentIndex(_cell(view, 16, "Café"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(sheet.dialog, HoursChangeDialog))
    withdraw = sheet.dialog
    assert isinstance(withdraw, HoursChangeDialog)
    type_text(qtbot, withdraw.form.reason_edit, "Falscher Tag")
    with qtbot.waitSignal(sheet.hours_changed):
        qtbot.keyClick(withdraw.form.reason_edit, Qt.Key.Key_Return)
    assert sheet.model.minutes(16, "Café") == 0

    qtbot.waitUntil(lambda: sheet.dialog is None)
    qtbot.mouseClick(sheet.form.trail_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(sheet.dialog, HoursTrailDialog))
    trail = sheet.dialog
    assert isinstance(trail, HoursTrailDialog)
    versions = trail.form.versions_table
    rows = [
        [versions.item(row, column).text() for column in range(versions.columnCount())]
        for row in range(versions.rowCount())
    ]
    assert [row[0] for row in rows] == ["2", "3"]
    assert rows[0][1] == "corrected" and rows[0][2] == "Tom"
    assert rows[1][1] == "withdrawn by Maria" and rows[1][4] == "Falscher Tag"
    states = [e.status for e in services.hours.trail(volunteer_id, date(2026, 11, 16), "Café")]
    assert states == [HoursStatus.CORRECTED, HoursStatus.WITHDRAWN]
    assert entry.id == services.hours.trail(volunteer_id, date(2026, 11, 16), "Café")[0].id


def test_an_allowance_past_80_percent_warns_and_the_buergergeld_flag_reminds(
    qtbot: QtBot, view: VolunteersView, services: Services
) -> None:
    panel = view.allowances
    view.form.details_tabs.setCurrentWidget(view.form.allowances_tab)
    qtbot.waitUntil(lambda: panel.overview is not None)
    form = panel.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(AllowanceKind.VOLUNTEER.value))
    form.activity_combo.setCurrentIndex(form.activity_combo.findText("Café"))
    form.amount_edit.setFocus()
    qtbot.keyClicks(form.amount_edit, "800,00")
    with qtbot.waitSignal(panel.overview_shown):
        qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return)
    assert form.warning_label.isVisible()
    assert "More than 80 % of the Volunteer allowance" in form.warning_label.text()
    assert "800.00 € of 960.00 €" in form.standings_label.text().replace("<b>", "").replace(
        "</b>", ""
    )

    # The other allowance for the same activity is refused.
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(AllowanceKind.TRAINER.value))
    qtbot.keyClicks(form.amount_edit, "100")
    qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(form.error_label.isVisible)
    assert "Both allowances may not be paid" in form.error_label.text()

    # A typed amount that is not money.
    form.amount_edit.clear()
    type_text(qtbot, form.amount_edit, "zwölf")
    qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(form.amount_error_label.isVisible)

    with qtbot.waitSignal(panel.overview_shown):
        qtbot.mouseClick(form.buergergeld_check, Qt.MouseButton.LeftButton)
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(AllowanceKind.TRAINER.value))
    form.activity_combo.setEditText("Sportgruppe")
    form.amount_edit.clear()
    qtbot.keyClicks(form.amount_edit, "1.700,00")
    with qtbot.waitSignal(panel.overview_shown):
        qtbot.keyClick(form.amount_edit, Qt.Key.Key_Return)
    assert "report every payment to the Jobcenter" in form.warning_label.text()


def test_recognition_shows_what_is_missing(
    qtbot: QtBot, view: VolunteersView, services: Services, volunteer_id: uuid.UUID
) -> None:
    services.hours.record(HoursDraft(volunteer_id, date(2026, 11, 2), 600, "Café"), "Tom")
    with qtbot.waitSignal(view.recognition_shown):
        view.hours.hours_changed.emit()
    text = view.form.recognition_label.text()
    assert "Ehrenamtskarte Berlin-Brandenburg" in text and "Berliner FreiwilligenPass" in text
    assert "190 h to go in the last twelve months" in text
    assert "10 of 200 h" in text


def test_a_certificate_holds_the_period_hours_and_activities_and_no_judgement(
    qtbot: QtBot,
    view: VolunteersView,
    services: Services,
    volunteer_id: uuid.UUID,
    tmp_path: Path,
) -> None:
    for day, minutes, activity in ((2, 150, "Hausaufgabenhilfe"), (3, 90, "Café")):
        services.hours.record(HoursDraft(volunteer_id, date(2026, 11, day), minutes, activity), "T")
    # Alt+O opens the documents menu; C chooses the certificate.
    view.form.filter_edit.setFocus()
    qtbot.keyClick(view.form.filter_edit, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    choose_in_popup_menu(qtbot, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: view.documents.dialog is not None)
    dialog = view.documents.dialog
    form = dialog.form  # type: ignore[union-attr]
    form.function_edit.setText("Hausaufgabenhilfe und Café-Team")
    # A judging word is refused beside the field.
    form.competences_edit.setPlainText("arbeitete stets zuverlässig")
    qtbot.mouseClick(form.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.competences_error_label.isVisible)
    form.competences_edit.setPlainText("Kinder beim Lernen begleitet\nGäste im Café bewirtet")
    with qtbot.waitSignal(view.documents.preview_opened, timeout=10_000) as opened:
        qtbot.mouseClick(form.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert isinstance(preview, DocumentPreviewDialog)
    pdf = tmp_path / "certificate.pdf"
    assert preview.save_to(pdf)
    text = plain(text_of(pdf))
    assert "Jonas Weber" in text and "05.01.2026" in text and "23.11.2026" in text
    assert "Hausaufgabenhilfe" in text and "Café" in text and "Kinder beim Lernen begleitet" in text
    assert "insgesamt 4,00 Stunden" in text  # 2,5 + 1,5 hours
    for judging in ("sehr gut", "zufrieden", "zuverlässig", "stets", "hervorragend"):
        assert judging not in text.casefold()


def test_the_hours_grid_model_passes_the_model_tester(qtbot: QtBot) -> None:
    model = HoursGridModel()
    model.show_month(
        *NOVEMBER, ["Café"], [], first_open=date(2026, 1, 1), last_open=date(2026, 11, 23)
    )
    ModelTester(qtbot).check(model, force_py=True)


def test_stepping_two_months_at_once_shows_the_second_months_hours(
    qtbot: QtBot,
    view: VolunteersView,
    services: Services,
    runner: TaskRunner,
    volunteer_id: uuid.UUID,
) -> None:
    services.hours.record(HoursDraft(volunteer_id, date(2026, 10, 5), 120, "Café"), "Tom")
    sheet = view.hours
    shown: list[tuple[str, int]] = []
    sheet.month_loaded.connect(
        lambda: shown.append((sheet.form.month_label.text(), sheet.model.minutes(5, "Café")))
    )
    # Page Up twice, faster than October's hours arrive: they are never shown.
    sheet.step_month(-1)
    sheet.step_month(-1)
    qtbot.waitUntil(lambda: not runner.busy)
    assert shown == [("September 2026", 0)]
    assert sheet.model.day_of(0) == date(2026, 9, 1)
    sheet.step_month(1)
    qtbot.waitUntil(lambda: sheet.model.minutes(5, "Café") == 120)


def test_the_same_month_a_year_ago_opens_at_its_first_day(
    qtbot: QtBot, view: VolunteersView
) -> None:
    sheet = view.hours
    table = sheet.form.hours_table
    assert table.currentIndex().row() == 22  # today, the 23rd
    for _ in range(12):
        with qtbot.waitSignal(sheet.month_loaded):
            sheet.step_month(-1)
    assert sheet.form.month_label.text() == "November 2025"
    assert table.currentIndex().row() == 0


def test_saving_the_profile_shows_it_as_saved(
    qtbot: QtBot,
    view: VolunteersView,
    services: Services,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: list[Callable[..., object]] = []
    run = runner.run

    def send(work: Callable[..., object], *args: Any, **options: Any) -> None:
        sent.append(work)
        run(work, *args, **options)

    monkeypatch.setattr(runner, "run", send)
    view.edit_selected()
    dialog = view.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not runner.busy)
    dialog.form.first_name_edit.setText("Jonah")
    dialog.add_activity()
    dialog.form.activity_name_edit.setText("Garten")
    with qtbot.waitSignal(view.hours.month_loaded):
        qtbot.mouseClick(dialog.form.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert view.hours.model.activities == ["Hausaufgabenhilfe", "Café", "Garten"]
    qtbot.waitUntil(lambda: view.model.index(0, Column.NAME).data() == "Jonah Weber")
    assert view.volunteer is not None and view.volunteer.first_name == "Jonah"
    assert view.selected_summary() is not None
    assert services.volunteers.get not in sent  # the dialog's record is shown as it is


def test_a_list_of_ended_engagements_says_how_to_see_them(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.volunteers.create(
        VolunteerDraft(
            first_name="Ruth",
            started_on=date(2020, 3, 1),
            ended_on=date(2025, 6, 30),
            activities=(Activity("Café"),),
        )
    )
    view = window.volunteers_view
    window.show_screen(Screen.VOLUNTEERS)
    form = view.form
    qtbot.waitUntil(form.only_ended_label.isVisible)
    assert not form.empty_label.isVisible()
    assert "Show ended engagements" in form.only_ended_label.text()
    form.show_ended_check.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not form.only_ended_label.isVisible() and not form.empty_label.isVisible()


def test_an_empty_list_invites_the_first_volunteer(
    qtbot: QtBot, window: MainWindow, services: Services, runner: TaskRunner
) -> None:
    view = window.volunteers_view
    window.show_screen(Screen.VOLUNTEERS)
    qtbot.waitUntil(view.form.empty_label.isVisible)
    qtbot.waitUntil(lambda: not runner.busy)
    assert not view.form.only_ended_label.isVisible()
    assert services.volunteers.list_volunteers(include_ended=True) == []


def test_the_volunteers_model_passes_the_model_tester(
    qtbot: QtBot, services: Services, volunteer_id: uuid.UUID
) -> None:
    model = VolunteersModel()
    model.set_records(services.volunteers.list_volunteers())
    ModelTester(qtbot).check(model, force_py=True)
    assert model.index(0, Column.ACTIVITIES).data() == "Hausaufgabenhilfe, Café"
    model.set_minutes_this_year(volunteer_id, 90)
    assert model.index(0, Column.HOURS).data() == "1.5"


def test_the_payments_model_passes_the_model_tester(
    qtbot: QtBot, services: Services, volunteer_id: uuid.UUID
) -> None:
    overview = services.allowances.record(
        AllowanceDraft(volunteer_id, date(2026, 11, 2), 12_050, AllowanceKind.VOLUNTEER, "Café")
    )
    model = PaymentsModel()
    model.set_records(overview.payments)
    ModelTester(qtbot).check(model, force_py=True)
    assert model.index(0, 1).data() == "120.50 €"


def test_a_screen_reader_hears_what_the_sheet_says(
    qtbot: QtBot, view: VolunteersView, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        staticmethod(lambda event: said.append(event.message())),
    )
    sheet = view.hours
    sheet.form.entered_by_edit.setText("Maria")
    sheet.form.hours_table.setCurrentIndex(_cell(view, 5, "Café"))
    _type_into(qtbot, view, "1,1")
    qtbot.waitUntil(lambda: bool(said))
    assert said == [sheet.form.status_label.text()]
    assert "quarter hours" in said[0]


def test_hours_entered_elsewhere_meanwhile_show_and_the_cursor_stays(
    qtbot: QtBot, view: VolunteersView, services: Services, volunteer_id: uuid.UUID
) -> None:
    sheet = view.hours
    sheet.form.entered_by_edit.setText("Maria")
    # Another desk enters the 16th after this sheet was loaded.
    services.hours.record(HoursDraft(volunteer_id, date(2026, 11, 16), 60, "Café"), "Tom")
    table = sheet.form.hours_table
    table.setCurrentIndex(_cell(view, 16, "Café"))
    with qtbot.waitSignal(sheet.month_loaded):
        _type_into(qtbot, view, "2")
    assert sheet.model.minutes(16, "Café") == 60
    assert table.currentIndex() == _cell(view, 17, "Café")  # Enter moved on, as always
    assert "already has 1 h for “Café” on this day" in sheet.form.status_label.text()
