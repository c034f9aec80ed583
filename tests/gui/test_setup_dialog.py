"""The first-start set-up dialog, filled in by keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.core.db import Database
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services.setup import SetupService
from desktop_app.gui.setup_dialog import SetupDialog
from desktop_app.gui.tasks import TaskRunner
from tests.gui.keyboard import type_text


def _dialog(qtbot: QtBot, database: Database, runner: TaskRunner) -> SetupDialog:
    dialog = SetupDialog(SetupService(database.sessions), runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_setup_creates_the_facility(qtbot: QtBot, database: Database, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, database, runner)
    qtbot.keyClicks(dialog.form.name_edit, "Stadtteilzentrum Wedding")
    dialog.form.kind_combo.setCurrentIndex(
        dialog.form.kind_combo.findData(FacilityKind.STADTTEILZENTRUM)
    )
    type_text(qtbot, dialog.form.street_edit, "Müllerstraße 12")
    qtbot.keyClicks(dialog.form.postcode_edit, "13353")
    qtbot.keyClicks(dialog.form.email_edit, "kontakt@stz-wedding.example")
    with qtbot.waitSignal(dialog.facility_created) as created:
        qtbot.keyClick(dialog.form.email_edit, Qt.Key.Key_Return)
    facility = created.args[0]
    assert facility.name == "Stadtteilzentrum Wedding"
    assert SetupService(database.sessions).local_facility() == facility


def test_setup_refuses_bad_input_and_saves_nothing(
    qtbot: QtBot, database: Database, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, database, runner)
    qtbot.keyClicks(dialog.form.email_edit, "not-an-address")
    ok = dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form.name_error_label.isVisible())
    assert dialog.form.name_error_label.text() == "This field is required."
    assert dialog.form.email_error_label.isVisible()
    assert dialog.isVisible()
    assert SetupService(database.sessions).local_facility() is None
