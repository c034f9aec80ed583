"""The new/edit visitor form: bad input stays unsaved, any name is kept exactly."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.db import Database
from desktop_app.core.records import FacilityRecord, VisitorDraft, VisitorQuery, VisitorRecord
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from desktop_app.core.services.setup import SetupService
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.visitor_dialog import VisitorDialog
from tests.conftest import FakeClock
from tests.gui.keyboard import type_text


def _dialog(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    *,
    last_name_required: bool = False,
    visitor: VisitorRecord | None = None,
) -> VisitorDialog:
    dialog = VisitorDialog(
        services.visitors,
        runner,
        last_name_required=last_name_required,
        visitor=visitor,
        clock=clock,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Paste ``text`` as a user would: control characters cannot be typed, only pasted."""
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _save_refused(qtbot: QtBot, dialog: VisitorDialog, label: QLabel) -> str:
    """Click Save, wait for the inline message under the field and return it."""
    saved: list[VisitorRecord] = []
    dialog.visitor_saved.connect(saved.append)
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(label.isVisible)
    qtbot.waitUntil(dialog.form.buttons_widget.isEnabled)
    assert saved == []
    assert dialog.isVisible()
    return label.text()


def test_register_with_all_fields(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    form = dialog.form
    assert not form.number_edit.isVisible()
    assert QApplication.focusWidget() is form.first_name_edit
    qtbot.keyClicks(form.first_name_edit, "Anna")
    type_text(qtbot, form.last_name_edit, "Müller")
    form.gender_combo.setCurrentIndex(form.gender_combo.findData(Gender.FEMALE.value))
    form.preferred_language_combo.setCurrentIndex(form.preferred_language_combo.findData("tr"))
    qtbot.keyClicks(form.postcode_edit, "10559")
    qtbot.keyClicks(form.phone_edit, "030 123456")
    qtbot.keyClicks(form.email_edit, "anna@example.org")
    qtbot.keyClicks(form.notes_edit, "Comes with her neighbour.")
    qtbot.keyClicks(form.birth_year_edit, "1958")
    # The year decides the age band; the combo shows it and cannot contradict it.
    assert form.age_band_combo.currentData() == "65-79"
    assert not form.age_band_combo.isEnabled()
    with qtbot.waitSignal(dialog.visitor_saved) as saved:
        qtbot.keyClick(form.birth_year_edit, Qt.Key.Key_Return)
    visitor = saved.args[0]
    assert dialog.check_in_after_save  # Enter means the default: "Save and check in"
    assert dialog.result() == VisitorDialog.DialogCode.Accepted
    assert services.visitors.get(visitor.id) == visitor
    assert visitor.draft() == VisitorDraft(
        first_name="Anna",
        last_name="Müller",
        birth_year=1958,
        age_band="65-79",
        gender=Gender.FEMALE,
        preferred_language="tr",
        postcode="10559",
        phone="030 123456",
        email="anna@example.org",
        notes="Comes with her neighbour.",
    )
    assert len(visitor.number) == 7


def test_age_band_without_year_and_save_without_check_in(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    form = dialog.form
    assert form.gender_combo.currentData() == Gender.UNSPECIFIED.value
    assert form.age_band_combo.currentData() == ""
    qtbot.keyClicks(form.first_name_edit, "Kim")
    form.age_band_combo.setCurrentIndex(form.age_band_combo.findData("18-26"))
    with qtbot.waitSignal(dialog.visitor_saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    visitor = saved.args[0]
    assert not dialog.check_in_after_save
    assert (visitor.birth_year, visitor.age_band) == (None, "18-26")
    assert visitor.gender is Gender.UNSPECIFIED


def test_empty_year_is_allowed_and_clearing_it_frees_the_age_band(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    form = dialog.form
    qtbot.keyClicks(form.birth_year_edit, "2020")
    assert form.age_band_combo.currentData() == "6-13"
    assert not form.age_band_combo.isEnabled()
    for _ in range(4):
        qtbot.keyClick(form.birth_year_edit, Qt.Key.Key_Backspace)
    assert form.birth_year_edit.text() == ""
    assert form.age_band_combo.isEnabled()
    assert dialog.draft().birth_year is None


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("first_name", "", "This field is required."),
        ("first_name", "   ", "This field is required."),
        ("first_name", "A" * 101, "At most 100 characters."),
        ("last_name", "B" * 101, "At most 100 characters."),
        ("birth_year", "2027", "The year of birth cannot be in the future."),
        ("birth_year", "1899", "The year of birth cannot be before 1900."),
        (
            "birth_year",
            "19x4",
            "Enter the year of birth as a number, for example 1984, or leave it empty.",
        ),
        (
            "birth_year",
            "-1980",
            "Enter the year of birth as a number, for example 1984, or leave it empty.",
        ),
        (
            "email",
            "anna@example",
            "This is not a valid e-mail address (example: name@example.org).",
        ),
        (
            "email",
            "anna example.org",
            "This is not a valid e-mail address (example: name@example.org).",
        ),
        ("phone", "call me", "Use digits, spaces and + ( ) / - only."),
        ("postcode", "10559!", "This is not a valid postcode."),
        ("postcode", "1" * 11, "At most 10 characters."),
    ],
)
def test_bad_input_is_shown_inline_and_nothing_saved(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    field: str,
    typed: str,
    message: str,
) -> None:
    before = services.visitors.count(VisitorQuery())
    dialog = _dialog(qtbot, services, runner, clock)
    form = dialog.form
    if field != "first_name":
        qtbot.keyClicks(form.first_name_edit, "Anna")
    edit = getattr(form, f"{field}_edit")
    qtbot.keyClicks(edit, typed)
    label = getattr(form, f"{field}_error_label")
    assert _save_refused(qtbot, dialog, label) == message
    assert edit.property("invalid") is True
    assert QApplication.focusWidget() is edit
    assert services.visitors.count(VisitorQuery()) == before


def test_notes_beyond_their_limit_are_refused(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    qtbot.keyClicks(dialog.form.first_name_edit, "Anna")
    _paste(qtbot, dialog.form.notes_edit, "Kommt gern.\n" * 200)  # 2,400 characters
    message = _save_refused(qtbot, dialog, dialog.form.notes_error_label)
    assert message == "At most 2000 characters."
    assert services.visitors.count(VisitorQuery()) == 0


@pytest.mark.parametrize(
    ("field", "pasted"), [("first_name", "Anna\x07"), ("last_name", "Mül\u200bler")]
)
def test_control_characters_are_refused(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    field: str,
    pasted: str,
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    if field != "first_name":
        qtbot.keyClicks(dialog.form.first_name_edit, "Anna")
    edit = getattr(dialog.form, f"{field}_edit")
    _paste(qtbot, edit, pasted)
    assert edit.text() == pasted
    message = _save_refused(qtbot, dialog, getattr(dialog.form, f"{field}_error_label"))
    assert message == "Contains characters that cannot be shown or printed."
    assert services.visitors.count(VisitorQuery()) == 0


def test_several_problems_show_at_once(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    form = dialog.form
    qtbot.keyClicks(form.birth_year_edit, "neunzehn")
    qtbot.keyClicks(form.email_edit, "anna@")
    _save_refused(qtbot, dialog, form.birth_year_error_label)
    assert form.first_name_error_label.text() == "This field is required."
    assert form.email_error_label.isVisible()
    assert QApplication.focusWidget() is form.first_name_edit
    assert services.visitors.count(VisitorQuery()) == 0
    # Corrected, the messages go and the visitor is saved.
    qtbot.keyClicks(form.first_name_edit, "Anna")
    form.birth_year_edit.clear()
    qtbot.keyClicks(form.birth_year_edit, "1984")
    qtbot.keyClicks(form.email_edit, "example.org")
    with qtbot.waitSignal(dialog.visitor_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.first_name_error_label.isVisible()
    assert services.visitors.count(VisitorQuery()) == 1


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("محمد", "العلي"),
        ("Zoë 😀", "O'Brien"),
        ('Anna "Anni"', "Nguyễn-D’Souza"),
        ("Ольга", "Коваленко"),
    ],
)
def test_names_are_stored_and_shown_exactly(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    first: str,
    last: str,
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    type_text(qtbot, dialog.form.first_name_edit, first)
    type_text(qtbot, dialog.form.last_name_edit, last)
    type_text(qtbot, dialog.form.notes_edit, f"{first} – {last}")
    assert dialog.form.first_name_edit.text() == first
    with qtbot.waitSignal(dialog.visitor_saved) as saved:
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    stored = services.visitors.get(saved.args[0].id)
    assert (stored.first_name, stored.last_name) == (first, last)
    assert stored.notes == f"{first} – {last}"
    edit = _dialog(qtbot, services, runner, clock, visitor=stored)
    assert edit.form.first_name_edit.text() == first
    assert edit.form.last_name_edit.text() == last
    assert edit.form.notes_edit.toPlainText() == f"{first} – {last}"


def test_last_name_required_by_the_dialog(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock, last_name_required=True)
    assert dialog.form.last_name_label.text() == "&Last name *"
    qtbot.keyClicks(dialog.form.first_name_edit, "Anna")
    message = _save_refused(qtbot, dialog, dialog.form.last_name_error_label)
    assert message == "This field is required."
    assert QApplication.focusWidget() is dialog.form.last_name_edit
    assert services.visitors.count(VisitorQuery()) == 0


def test_last_name_required_by_the_facility(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    database: Database,
    facility: FacilityRecord,
) -> None:
    # The dialog was opened before the setting changed: the service still refuses.
    SetupService(database.sessions).update_facility(replace(facility, last_name_required=True))
    dialog = _dialog(qtbot, services, runner, clock, last_name_required=False)
    assert dialog.form.last_name_label.text() == "&Last name"
    qtbot.keyClicks(dialog.form.first_name_edit, "Anna")
    message = _save_refused(qtbot, dialog, dialog.form.last_name_error_label)
    assert message == "This field is required."
    assert services.visitors.count(VisitorQuery()) == 0


def test_edit_shows_the_number_and_updates(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    visitor = services.visitors.register(
        VisitorDraft(first_name="Anna", last_name="Müller", birth_year=1960, email="a@b.org")
    )
    dialog = _dialog(qtbot, services, runner, clock, visitor=visitor)
    form = dialog.form
    assert dialog.windowTitle() == "Edit visitor"
    assert form.number_edit.isVisible() and form.number_edit.isReadOnly()
    assert form.number_edit.text() == visitor.number
    assert not form.save_and_check_in_button.isVisible()
    assert form.save_button.isDefault()
    assert form.birth_year_edit.text() == "1960"
    form.email_edit.clear()
    qtbot.keyClicks(form.email_edit, "anna@example.org")
    with qtbot.waitSignal(dialog.visitor_saved) as saved:
        qtbot.keyClick(form.email_edit, Qt.Key.Key_Return)
    updated = saved.args[0]
    assert not dialog.check_in_after_save
    assert updated.id == visitor.id and updated.number == visitor.number
    assert services.visitors.get(visitor.id).email == "anna@example.org"
    assert services.visitors.count(VisitorQuery()) == 1


def test_edit_with_bad_input_changes_nothing(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name="Anna", last_name="Müller"))
    dialog = _dialog(qtbot, services, runner, clock, visitor=visitor)
    dialog.form.first_name_edit.clear()
    _save_refused(qtbot, dialog, dialog.form.first_name_error_label)
    assert services.visitors.get(visitor.id) == visitor


def test_sensitive_data_warning_is_visible(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    warning = dialog.form.notes_warning_label
    assert warning.isVisible()
    assert warning.text() == (
        "Do not record health, disability, religion, ethnicity, sexual orientation "
        "or similar sensitive data here."
    )


def test_cancel_saves_nothing(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    qtbot.keyClicks(dialog.form.first_name_edit, "Anna")
    qtbot.keyClick(dialog.form.first_name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == VisitorDialog.DialogCode.Rejected
    assert services.visitors.count(VisitorQuery()) == 0


def test_inputs_and_buttons_have_accessible_names(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    dialog = _dialog(qtbot, services, runner, clock)
    form = dialog.form
    controls: list[QWidget] = [
        form.number_edit,
        form.first_name_edit,
        form.last_name_edit,
        form.birth_year_edit,
        form.age_band_combo,
        form.gender_combo,
        form.preferred_language_combo,
        form.postcode_edit,
        form.phone_edit,
        form.email_edit,
        form.notes_edit,
        form.save_and_check_in_button,
        form.save_button,
        form.cancel_button,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()


def test_language_change_keeps_choices_and_texts_set_in_code(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    visitor = services.visitors.register(
        VisitorDraft(first_name="Anna", gender=Gender.FEMALE, preferred_language="ar")
    )
    dialog = _dialog(qtbot, services, runner, clock, last_name_required=True, visitor=visitor)
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    form = dialog.form
    assert dialog.windowTitle() == "Edit visitor"
    assert form.last_name_label.text() == "&Last name *"
    assert form.gender_combo.currentData() == Gender.FEMALE.value
    assert form.gender_combo.currentText() == "female"
    assert form.preferred_language_combo.currentText() == "Arabic"
    assert form.gender_combo.count() == len(Gender)
