"""The hours export of the volunteers screen: written off the GUI thread, and said where."""

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.services import Services
from desktop_app.core.volunteer_records import Activity, HoursDraft, VolunteerDraft
from desktop_app.documents.samples import SAMPLE_ISSUER
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.volunteer_documents import VolunteerDocuments

PERIOD = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def volunteer_id(services: Services) -> uuid.UUID:
    volunteer = services.volunteers.create(
        VolunteerDraft(
            first_name="Jonas",
            last_name="Weber",
            birth_date=date(1990, 5, 4),
            started_on=date(2026, 1, 5),
            activities=(Activity("Café"),),
        )
    )
    services.hours.record(HoursDraft(volunteer.id, date(2026, 11, 16), 135, "Café"), "Tom")
    return volunteer.id


@pytest.fixture
def documents(
    english: None, qtbot: QtBot, services: Services, runner: TaskRunner
) -> Iterator[VolunteerDocuments]:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    yield VolunteerDocuments(
        services, runner, lambda: SAMPLE_ISSUER, lambda: date(2026, 11, 23), window
    )


def _report(qtbot: QtBot, documents: VolunteerDocuments) -> QMessageBox:
    qtbot.waitUntil(lambda: documents.report is not None)
    report = documents.report
    assert report is not None
    return report


@pytest.mark.usefixtures("volunteer_id")
def test_the_hours_are_exported_as_csv_and_the_user_told_where(
    qtbot: QtBot, documents: VolunteerDocuments, tmp_path: Path
) -> None:
    path = tmp_path / "Stunden.csv"
    with qtbot.waitSignal(documents.exported) as exported:
        documents.export_to(path, PERIOD, as_csv=True)

    assert exported.args == [path]
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1:] == ["Jonas Weber;Café;;16.11.2026;2,25"]
    report = _report(qtbot, documents)
    assert report.icon() == QMessageBox.Icon.Information
    assert report.text() == f"Exported to {path}"


@pytest.mark.usefixtures("volunteer_id")
def test_the_hours_are_exported_as_a_workbook(
    qtbot: QtBot, documents: VolunteerDocuments, tmp_path: Path
) -> None:
    path = tmp_path / "Stunden.xlsx"
    with qtbot.waitSignal(documents.exported):
        documents.export_to(path, PERIOD, as_csv=False)

    workbook = openpyxl.load_workbook(path)
    assert workbook.properties.title == "Volunteers' hours"
    assert workbook["Stunden"]["A2"].value == "Jonas Weber"
    assert str(path) in _report(qtbot, documents).text()


def test_a_file_that_cannot_be_written_is_a_warning_that_says_why(
    qtbot: QtBot, documents: VolunteerDocuments, tmp_path: Path
) -> None:
    # A folder where the file should go: it cannot be replaced by a file, even by root.
    folder = tmp_path / "export"
    path = folder / "Stunden.csv"
    path.mkdir(parents=True)
    with qtbot.assertNotEmitted(documents.exported):
        documents.export_to(path, PERIOD, as_csv=True)
        report = _report(qtbot, documents)

    assert report.icon() == QMessageBox.Icon.Warning
    assert report.windowTitle() == "Export hours"
    assert report.text().startswith(f"{path} could not be written (")
    assert report.text().endswith("Choose another folder or close the file.")
    assert [p.name for p in folder.iterdir()] == ["Stunden.csv"]
