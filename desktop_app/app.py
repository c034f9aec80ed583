"""The composition root: builds settings, database, services, task runner and windows."""

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.db import Database, open_database
from desktop_app.core.errors import DatabaseProblem, TresenError
from desktop_app.core.logs import set_up_logging
from desktop_app.core.paths import config_dir, default_data_dir, demo_data_dir, resources_dir
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Clock, build_services, local_now
from desktop_app.core.services.setup import SetupService
from desktop_app.core.settings import Settings, load_settings, save_settings
from desktop_app.gui.error_dialogs import ErrorReporter, database_problem_box
from desktop_app.gui.garbage import GuiThreadCollector
from desktop_app.gui.i18n import Translations
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.setup_dialog import SetupDialog
from desktop_app.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


class Desk(QObject):
    """One running desk: what it opened, and the window it shows.

    ``start`` shows either the problem dialog (database cannot be opened), the first-start
    set-up, or the main window; all three are non-blocking so tests can drive them.
    """

    main_window_shown = Signal(object)  # MainWindow
    finished = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings_dir: Path,
        *,
        demo: bool = False,
        clock: Clock = local_now,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self._settings_dir = settings_dir
        self._demo = demo
        self._clock = clock
        self.log_path = set_up_logging(data_dir)
        self.reporter = ErrorReporter(self.log_path)
        self.settings = load_settings(settings_dir)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.translations = Translations(app)
        self.translations.apply(self.settings.language)
        self.runner = TaskRunner(self.reporter.report, self)
        self.database: Database | None = None
        self.main_window: MainWindow | None = None
        self.setup_dialog: SetupDialog | None = None
        self.problem_box: QMessageBox | None = None

    def start(self) -> None:
        try:
            self.database = open_database(self.data_dir)
        except DatabaseProblem as problem:
            log.warning("database not opened: %s", problem)
            self.problem_box = database_problem_box(problem)
            self.problem_box.finished.connect(self.finished)
            self.problem_box.open()
            return
        setup = SetupService(self.database.sessions)
        facility = setup.local_facility()
        if facility is None and self._demo:
            facility = self._fill_demo()
        if facility is None:
            self.setup_dialog = SetupDialog(setup, self.runner)
            self.setup_dialog.facility_created.connect(self._show_main_window)
            self.setup_dialog.rejected.connect(self.finished)
            self.setup_dialog.open()
        else:
            self._show_main_window(facility)

    def _fill_demo(self) -> FacilityRecord | None:
        from desktop_app.core.demo import DEMO_SEED, DEMO_VISITORS, DEMO_VISITS, fill_demo_data

        assert self.database is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fill_demo_data(
                self.database, visitors=DEMO_VISITORS, visits=DEMO_VISITS, seed=DEMO_SEED
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        return SetupService(self.database.sessions).local_facility()

    def _show_main_window(self, facility: FacilityRecord) -> None:
        assert self.database is not None
        services = build_services(self.database.sessions, facility.id, self._clock)
        window = MainWindow(
            services=services,
            setup=SetupService(self.database.sessions),
            runner=self.runner,
            facility=facility,
            settings=self.settings,
            demo=self._demo,
            data_path=self.database.path,
            clock=self._clock,
        )
        window.settings_changed.connect(self._on_window_settings_changed)
        window.closed.connect(self.finished)
        self.main_window = window
        window.show()
        self.main_window_shown.emit(window)

    def _on_window_settings_changed(self, settings: Settings) -> None:
        try:
            save_settings(self._settings_dir, settings)
        except OSError as exc:
            log.error("settings not saved", exc_info=exc)
            self.reporter.report(exc)
        if settings.language != self.settings.language:
            self.translations.apply(settings.language)
        self.settings = settings

    def shutdown(self) -> None:
        """Let running work finish, then close the database."""
        self.runner.shutdown()
        self.translations.remove()
        if self.database is not None:
            self.database.close()


def run_gui(*, data_dir: Path | None, demo: bool, quit_after_start: bool) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tresen")
    app.setApplicationDisplayName("Tresen")
    app.setOrganizationName("Tresen")
    app.setStyle("Fusion")
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    if data_dir is None:
        data_dir = demo_data_dir() if demo else default_data_dir()
    try:
        desk = Desk(data_dir, config_dir(), demo=demo)
    except OSError as exc:
        print(f"Tresen cannot write to {data_dir}: {exc}", file=sys.stderr)
        return 2
    collector = GuiThreadCollector(app)
    desk.reporter.install_excepthook()
    desk.finished.connect(app.quit)
    if quit_after_start:
        desk.main_window_shown.connect(lambda window: QTimer.singleShot(0, window.close))
    QTimer.singleShot(0, desk.start)
    try:
        code = app.exec()
    except TresenError as error:  # pragma: no cover - excepthook normally handles it
        desk.reporter.report(error)
        code = 1
    desk.shutdown()
    collector.stop()
    if desk.problem_box is not None:
        return 2
    return code
