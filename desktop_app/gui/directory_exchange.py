"""Importing and exporting the directory as Open Referral HSDS files, from the directory screen."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from desktop_app.core.directory_records import ImportSummary
from desktop_app.core.errors import TresenError
from desktop_app.core.services import Services
from desktop_app.gui.error_dialogs import warn
from desktop_app.gui.i18n import error_text, problem_text
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.hsds import ExportSummary

# A report longer than this lists the first problems and says how many more there are.
PROBLEMS_SHOWN = 15
EXPORT_JSON = "hsds-json"
EXPORT_CSV = "hsds-csv"


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class DirectoryExchange(QObject):
    """Runs the import and export buttons of the directory screen.

    An import is all or nothing: a file with problems changes nothing, and the report says
    what is wrong and where. ``imported`` tells the screen to show the new entries.
    """

    imported = Signal(object)  # ImportSummary
    exported = Signal(object)  # Path written

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        import_button: QPushButton,
        export_button: QPushButton,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._import_button = import_button
        self._export_button = export_button
        self._window = window
        self.file_dialog: QFileDialog | None = None
        self._chosen: Callable[[Path], None] | None = None
        self.report: QMessageBox | None = None
        self.export_menu = QMenu(window)
        self._json_action = self.export_menu.addAction("")
        self._csv_action = self.export_menu.addAction("")
        self._json_action.triggered.connect(self._on_json_action_triggered)
        self._csv_action.triggered.connect(self._on_csv_action_triggered)
        export_button.setMenu(self.export_menu)
        import_button.clicked.connect(self._on_import_button_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self._json_action.setText(self.tr("As an HSDS &JSON file…"))
        self._csv_action.setText(self.tr("As an HSDS data package (&CSV tables)…"))

    # Import

    def choose_import(self) -> None:
        dialog = QFileDialog(self._window, self.tr("Import partners (Open Referral HSDS)"))
        dialog.setDirectory(_documents_folder())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("HSDS files (*.json *.zip *.csv)"),
                self.tr("All files (*)"),
            ]
        )
        self._open(dialog, self.import_from)

    def import_from(self, path: Path) -> None:
        from desktop_app.core.hsds import import_file

        self._runner.run(
            import_file,
            self._services.directory,
            path,
            on_done=self._on_imported,
            on_error=self._on_import_failed,
            control=self._import_button,
        )

    def _on_imported(self, summary: ImportSummary) -> None:
        lines = [
            self.tr("New partners: %n", "", summary.partners_added),
            self.tr("Partners updated: %n", "", summary.partners_updated),
            self.tr("Locations: %n, offers: {offers}", "", summary.locations).format(
                offers=summary.offers
            ),
        ]
        if summary.notes:
            lines += ["", self.tr("Notes:"), *summary.notes]
        self._report(QMessageBox.Icon.Information, "\n".join(lines))
        self.imported.emit(summary)

    def _on_import_failed(self, error: TresenError) -> None:
        from desktop_app.core.hsds import ImportFailed

        lines = [error_text(error)]
        if isinstance(error, ImportFailed):
            shown = error.problems[:PROBLEMS_SHOWN]
            lines += [
                f"• {p.place}: {problem_text(p.problem)}" if p.place else problem_text(p.problem)
                for p in shown
            ]
            rest = len(error.problems) - len(shown)
            if rest:
                lines.append(self.tr("… and %n more.", "", rest))
        self._report(QMessageBox.Icon.Warning, "\n".join(lines))

    # Export

    def choose_export(self, kind: str) -> None:
        if kind == EXPORT_JSON:
            dialog = QFileDialog(
                self._window,
                self.tr("Export the directory as HSDS JSON"),
                str(Path(_documents_folder()) / "verzeichnis-hsds.json"),
            )
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("json")
            dialog.setNameFilter(self.tr("JSON files (*.json)"))
        else:
            dialog = QFileDialog(
                self._window, self.tr("Folder for the HSDS data package"), _documents_folder()
            )
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self._open(dialog, lambda path: self.export_to(kind, path))

    def export_to(self, kind: str, path: Path) -> None:
        from desktop_app.core.hsds import export_csv_package, export_json

        write = export_json if kind == EXPORT_JSON else export_csv_package
        directory = self._services.directory

        def export() -> tuple[Path, "ExportSummary"]:
            return path, write(directory.partners_to_export(path.name), path)

        self._runner.run(
            export,
            on_done=self._on_exported,
            on_error=self._on_export_failed,
            control=self._export_button,
        )

    def _on_exported(self, exported: tuple[Path, "ExportSummary"]) -> None:
        path, summary = exported
        lines = [self.tr("Exported to {path}").format(path=path)]
        if summary.notes:
            lines += ["", self.tr("Notes:"), *summary.notes]
        self._report(QMessageBox.Icon.Information, "\n".join(lines))
        self.exported.emit(path)

    def _on_export_failed(self, error: TresenError) -> None:
        self._report(QMessageBox.Icon.Warning, error_text(error), self.tr("Export"))

    # Dialogs that do not block, so that the desk (and the tests) keep running.

    def _open(self, dialog: QFileDialog, chosen: Callable[[Path], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # What the choice leads to is kept here, with bound methods as slots: a lambda
        # connected to a dialog that deletes itself on close corrupted the heap (seen with
        # PySide6 6.11.3 and 6.12.0).
        self._chosen = chosen
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        dialog.finished.connect(self._on_file_dialog_finished)
        self.file_dialog = dialog
        dialog.open()

    def _on_file_dialog_file_selected(self, name: str) -> None:
        if name and self._chosen is not None:
            self._chosen(Path(name))

    def _on_file_dialog_finished(self, _result: int) -> None:
        self.file_dialog = None
        self._chosen = None

    def _report(self, icon: QMessageBox.Icon, text: str, title: str = "") -> None:
        box = warn(self._window, title or self.tr("Directory"), text, icon)
        box.finished.connect(self._on_report_finished)
        self.report = box

    def _on_report_finished(self, _result: int) -> None:
        self.report = None

    # Slots

    def _on_import_button_clicked(self) -> None:
        self.choose_import()

    def _on_json_action_triggered(self) -> None:
        self.choose_export(EXPORT_JSON)

    def _on_csv_action_triggered(self) -> None:
        self.choose_export(EXPORT_CSV)
