"""Importing and exporting the directory (Open Referral HSDS) from the directory screen."""

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.demo_directory import demo_partners
from desktop_app.core.hsds import export_json
from desktop_app.core.hsds.exporting import organization_object
from desktop_app.core.services import Services
from desktop_app.gui.directory_exchange import EXPORT_CSV, EXPORT_JSON
from desktop_app.gui.directory_view import DirectoryView
from desktop_app.gui.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.gui.test_directory_view import make_view

HSDS_EXAMPLES = Path(__file__).parents[1] / "data" / "hsds" / "examples"


def _report(qtbot: QtBot, view: DirectoryView) -> QMessageBox:
    qtbot.waitUntil(lambda: view.exchange.report is not None)
    report = view.exchange.report
    assert report is not None
    return report


def test_a_file_chosen_in_the_dialog_is_imported_and_listed(
    english: None,
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    partners = demo_partners()
    hsds = tmp_path / "partner.json"
    export_json(partners, hsds)
    view = make_view(qtbot, services, runner, clock)
    qtbot.mouseClick(view.form.import_button, Qt.MouseButton.LeftButton)
    dialog = view.exchange.file_dialog
    assert dialog is not None
    with qtbot.waitSignal(view.exchange.imported, timeout=10_000) as imported:
        dialog.fileSelected.emit(str(hsds))
    assert imported.args[0].partners_added == len(partners)
    report = _report(qtbot, view)
    assert report.icon() == QMessageBox.Icon.Information
    assert f"New partners: {len(partners)}" in report.text()
    qtbot.waitUntil(lambda: view.model.rowCount() > len(partners))
    assert not view.form.empty_label.isVisible()


def test_a_bad_file_changes_nothing_and_the_report_says_where(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, tmp_path: Path
) -> None:
    bad = tmp_path / "partner.json"
    organisations = [organization_object(partner) for partner in demo_partners()[:2]]
    organisations[1]["email"] = "not an address"
    bad.write_text(json.dumps(organisations), encoding="utf-8")
    view = make_view(qtbot, services, runner, clock)
    view.exchange.import_from(bad)
    report = _report(qtbot, view)
    assert report.icon() == QMessageBox.Icon.Warning
    assert "cannot be imported, nothing was changed" in report.text()
    assert "[1].email" in report.text() and "e-mail" in report.text()
    assert services.directory.list_partners() == []


def test_the_directory_is_exported_as_json_and_as_a_data_package(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, tmp_path: Path
) -> None:
    services.directory.save_many(demo_partners())
    view = make_view(qtbot, services, runner, clock)
    target = tmp_path / "verzeichnis.json"
    with qtbot.waitSignal(view.exchange.exported):
        view.exchange.export_to(EXPORT_JSON, target)
    assert len(json.loads(target.read_text(encoding="utf-8"))) == len(demo_partners())
    package = tmp_path / "paket"
    package.mkdir()
    with qtbot.waitSignal(view.exchange.exported):
        view.exchange.export_to(EXPORT_CSV, package)
    assert (package / "datapackage.json").exists() and (package / "services.csv").exists()
    assert str(package) in _report(qtbot, view).text()


def test_an_export_that_cannot_be_written_is_a_plain_warning(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, tmp_path: Path
) -> None:
    services.directory.save_many(demo_partners())
    view = make_view(qtbot, services, runner, clock)
    # A file where the folder should be: no folder can be made there, even by root.
    (tmp_path / "taken").write_text("")
    target = tmp_path / "taken" / "verzeichnis.json"
    with qtbot.assertNotEmitted(view.exchange.exported):
        view.exchange.export_to(EXPORT_JSON, target)
        report = _report(qtbot, view)
    assert report.icon() == QMessageBox.Icon.Warning
    assert report.windowTitle() == "Export"
    assert report.text().startswith(f"{target.parent} could not be written (")


def test_what_an_export_could_not_write_is_told(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, tmp_path: Path
) -> None:
    partners = demo_partners()
    located = next(i for i, partner in enumerate(partners) if partner.locations)
    partner = partners[located]
    location = replace(partner.locations[0], postcode="")
    partners[located] = replace(partner, locations=(location, *partner.locations[1:]))
    services.directory.save_many(partners)
    view = make_view(qtbot, services, runner, clock)
    with qtbot.waitSignal(view.exchange.exported):
        view.exchange.export_to(EXPORT_CSV, tmp_path / "paket")
    lines = _report(qtbot, view).text().splitlines()
    assert lines[0] == f"Exported to {tmp_path / 'paket'}"
    assert lines[2] == "Notes:"
    assert lines[3].startswith("1 location has no complete address")


def test_what_an_import_tells_stands_under_a_plain_heading(
    english: None, qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    view = make_view(qtbot, services, runner, clock)
    with qtbot.waitSignal(view.exchange.imported, timeout=10_000):
        view.exchange.import_from(HSDS_EXAMPLES / "organization_full.json")
    text = _report(qtbot, view).text()
    assert "\nNotes:\n" in text
    assert "Languages Tresen does not know were left out: Urdu (ur)" in text
