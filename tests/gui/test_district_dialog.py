"""The district's figures in the window: a login to the real shared database of the sync
tests, the tables side by side, and the workbook saved through the file dialog."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from desktop_app.gui.district_dialog import DistrictDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import TaskRunner
from tests.sync.conftest import Network
from tests.sync.conftest import network as shared_database  # noqa: F401
from tests.sync.pg import server_address
from tests.sync.test_district_figures import NORTH, PARK, QUIET, VISITOR_NAMES, build_district

# Generous: on a loaded two-core machine counting and writing can take a while.
WAIT_MS = 60_000


@pytest.fixture
def network(request: pytest.FixtureRequest) -> Network:
    """A shared database of the test's own: the sync tests' ``network`` fixture."""
    shared: Network = request.getfixturevalue("shared_database")
    return shared


def _dialog(qtbot: QtBot, runner: TaskRunner) -> DistrictDialog:
    dialog = DistrictDialog(runner, today=date(2026, 3, 2), language="de")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_district_sees_every_facility_and_saves_the_workbook(
    english: None, qtbot: QtBot, runner: TaskRunner, network: Network, tmp_path: Path
) -> None:
    district = build_district(network)
    dialog = _dialog(qtbot, runner)
    form = dialog.form
    # Last year is offered first.
    assert form.year_spin.value() == 2025 and form.month_combo.currentData() == 0
    assert not form.save_button.isEnabled()
    host, port = server_address()
    qtbot.keyClicks(form.url_edit, f"postgresql://{host}:{port}/{network.database}?sslmode=disable")
    qtbot.keyClicks(form.user_edit, district.login.role)
    qtbot.keyClicks(form.password_edit, district.login.password)
    with qtbot.waitSignal(dialog.figures_loaded, timeout=WAIT_MS):
        qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)
    assert form.status_label.text() == "2025: the figures of 3 facilities."

    facilities = form.facilities_table
    assert _column(facilities, 0) == [PARK, QUIET, NORTH, "All facilities"]
    park = [facilities.item(0, column).text() for column in range(facilities.columnCount())]
    assert park[:6] == [PARK, "9", "5", "4", "< 3", "3"]
    assert park[-2:] == ["< 3", "3.5"]
    assert facilities.item(3, 1).text() == "13" and facilities.item(3, 0).font().bold()
    people = form.people_table
    assert "< 3" in _column(people, 4) and "Adults up to 50" in _column(people, 1)
    jobcenter = form.jobcenter_table
    assert _column(jobcenter, 4) == ["Bewerbungscafé", "Bewerbungscafé", "Jobwerkstatt"]
    assert _column(form.flows_table, 4) == ["created", "arrived", "created", "created"]
    form.result_tabs.setCurrentWidget(form.jobcenter_page)
    dialog.resize(1100, 640)
    qtbot.wait(50)
    # A picture to look at (kept with the test's files).
    assert dialog.grab().save(str(tmp_path / "district_dialog_jobcenter.png"))
    form.result_tabs.setCurrentWidget(form.facilities_page)
    assert dialog.grab().save(str(tmp_path / "district_dialog_facilities.png"))

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog)
    qtbot.waitExposed(chooser)
    assert chooser.selectedFiles()[0].endswith("Bezirk-2025.xlsx")
    path = tmp_path / "Bezirk.xlsx"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
        chooser.selectFile(str(path))
        chooser.accept()
    assert saved.args == [path]
    assert str(path) in form.status_label.text()

    workbook = openpyxl.load_workbook(path)
    assert len(workbook.sheetnames) == 6
    facilities_sheet = list(workbook["Einrichtungen"].iter_rows(values_only=True))
    assert facilities_sheet[1][:5] == (PARK, 9, 5, 4, "< 3")
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert "Jobwerkstatt" in cells
    assert not [cell for cell in cells if any(name in cell for name in VISITOR_NAMES)]
    assert not set(cells) & set(district.visitor_numbers)
    dialog.close()


def test_a_month_and_a_refused_login_are_shown_in_the_status_line(
    english: None, qtbot: QtBot, runner: TaskRunner, network: Network
) -> None:
    district = build_district(network)
    dialog = _dialog(qtbot, runner)
    form = dialog.form
    qtbot.mouseClick(form.load_button, Qt.MouseButton.LeftButton)
    assert form.status_label.text().startswith("Enter the shared database as the administrator")
    assert form.status_label.property("errorLabel") is True

    form.url_edit.setText(district.url())
    form.month_combo.setCurrentIndex(form.month_combo.findData(3))
    with qtbot.waitSignal(dialog.figures_loaded, timeout=WAIT_MS) as loaded:
        qtbot.mouseClick(form.load_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].period.start == date(2025, 3, 1)
    assert form.facilities_table.item(0, 1).text() == "7"
    assert form.status_label.property("errorLabel") is False

    form.user_edit.setText("nobody_here")
    qtbot.mouseClick(form.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status_label.property("errorLabel") is True, timeout=WAIT_MS)
    assert "refused the password for nobody_here" in form.status_label.text()
    # The figures read before stay until others arrive.
    assert form.save_button.isEnabled()
    dialog.close()


def test_the_tresen_menu_opens_the_district_dialog(qtbot: QtBot, window: MainWindow) -> None:
    assert window.form.district_action.isEnabled()
    assert window.form.district_action in window.form.program_menu.actions()
    window.form.district_action.trigger()
    dialog = window.findChild(DistrictDialog)
    assert isinstance(dialog, DistrictDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.form.url_edit.hasFocus)
    dialog.close()
