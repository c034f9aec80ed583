"""The composition root: builds settings, database, services, task runner and windows."""

import logging
import sys
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, fields
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop_app.core.access import OnDuty
from desktop_app.core.errors import DatabaseProblem, TresenError
from desktop_app.core.local_file import DATABASE_FILE, peek_facility
from desktop_app.core.logs import set_up_logging
from desktop_app.core.paths import config_dir, default_data_dir, demo_data_dir, resources_dir
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Clock, Services, build_services, local_now
from desktop_app.core.settings import Settings, load_settings, save_settings
from desktop_app.gui.error_dialogs import ErrorReporter, database_problem_box, warn
from desktop_app.gui.garbage import GuiThreadCollector
from desktop_app.gui.i18n import Translations
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.core.db import Database
    from desktop_app.core.services.setup import SetupService
    from desktop_app.gui.setup_dialog import SetupDialog
    from desktop_app.gui.sync_status import SyncController

log = logging.getLogger(__name__)

# How long the database opening waits for the first paint before it goes ahead anyway.
_PAINT_WAIT_SECONDS = 2.0


@dataclass(frozen=True)
class _Opened:
    database: "Database"
    services: Services
    setup: "SetupService"


class _WhenOpen:
    """A service whose database is still being opened: each method call waits for it.

    Calls handed to the task runner run on its worker after the opening (the worker takes
    work in order), so they never wait; a call on the GUI thread waits at most until the
    database is open. If opening failed, every call raises that failure.
    """

    def __init__(self, opened: "Future[_Opened]", pick: Callable[[_Opened], object]) -> None:
        self._opened = opened
        self._pick = pick

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(self._pick(self._opened.result()), name)(*args, **kwargs)

        call.__name__ = name
        return call


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
        first_sync_after_ms: int | None = None,
    ) -> None:
        """``first_sync_after_ms``: when the first sync with the shared database starts
        after the window appears (the default lets the window settle first)."""
        super().__init__()
        self.data_dir = data_dir
        self._settings_dir = settings_dir
        self._demo = demo
        self._clock = clock
        self._first_sync_after_ms = first_sync_after_ms
        self.log_path = set_up_logging(data_dir)
        self.reporter = ErrorReporter(self.log_path)
        self.settings = load_settings(settings_dir)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.translations = Translations(app)
        self.translations.apply(self.settings.language)
        self.runner = TaskRunner(self._report, self)
        # Nobody is signed in until the sign-in page has checked a password.
        self.on_duty = OnDuty()
        self.database: Database | None = None
        self._opened: Future[_Opened] | None = None
        self.main_window: MainWindow | None = None
        self.setup_dialog: SetupDialog | None = None
        # Set once the main window has been painted: the database opening waits for it, so
        # that loading the database layer does not compete with the window for the GIL.
        self._painted = threading.Event()
        self.problem_box: QMessageBox | None = None

    def start(self) -> None:
        """Show the main window at once if this desk was set up before; else go carefully.

        The database of a set-up desk opens on the worker while the window appears: the
        search field takes typing at once and the first search waits for the opening.
        """
        facility = peek_facility(self.data_dir)
        if facility is None:
            self._start_carefully()
            return
        opened: Future[_Opened] = Future()
        self._opened = opened
        self.runner.run(self._open, opened, on_error=self._on_open_failed)
        services = Services(
            **{
                field.name: cast(Any, _WhenOpen(opened, attrgetter(f"services.{field.name}")))
                for field in fields(Services)
            }
        )
        self._show_main_window(facility, services, cast(Any, _WhenOpen(opened, lambda o: o.setup)))

    def _open(self, opened: "Future[_Opened]") -> None:
        """On the worker: open the database and build the services behind the window."""
        self._painted.wait(_PAINT_WAIT_SECONDS)
        from desktop_app.core.db import open_database
        from desktop_app.core.services.setup import SetupService

        try:
            database = open_database(self.data_dir, self.on_duty)
            facility = SetupService(database.sessions).local_facility()
            assert facility is not None, "peeked at a set-up desk"
            services = self._build_services(database, facility.id)
        except BaseException as error:
            opened.set_exception(error)
            raise
        opened.set_result(_Opened(database, services, SetupService(database.sessions)))

    def _database_when_open(self) -> "Database":
        """The desk's database; on a worker, waits until it is open."""
        if self._opened is not None:
            return self._opened.result().database
        assert self.database is not None
        return self.database

    def _build_services(self, database: "Database", facility_id: uuid.UUID) -> Services:
        """The desk's services, with the volunteering rules of its settings folder."""
        from desktop_app.core.volunteering_rules import load_rules

        return build_services(
            database.sessions, facility_id, self._clock, load_rules(self._settings_dir)
        )

    def _report(self, error: BaseException) -> None:
        """Errors for the user, except a failed opening repeated by every waiting call."""
        opened = self._opened
        if opened is not None and opened.done() and error is opened.exception():
            return
        self.reporter.report(error)

    def _on_open_failed(self, error: TresenError) -> None:
        """The file changed between the peek and the opening (locked, damaged meanwhile)."""
        window = self.main_window
        if window is not None:
            window.closed.disconnect(self.finished)
            window.close()
            self.main_window = None
        if isinstance(error, DatabaseProblem):
            self._show_problem(error)
        else:
            self.reporter.report(error)

    def _show_problem(self, problem: DatabaseProblem) -> None:
        log.warning("database not opened: %s", problem)
        self.problem_box = database_problem_box(problem)
        self.problem_box.finished.connect(self.finished)
        self.problem_box.open()

    def _start_carefully(self) -> None:
        """First start, a migration due, or a file that needs a closer look."""
        from desktop_app.core.db import open_database
        from desktop_app.core.services.setup import SetupService

        try:
            self.database = open_database(self.data_dir, self.on_duty)
        except DatabaseProblem as problem:
            self._show_problem(problem)
            return
        setup = SetupService(self.database.sessions)
        facility = setup.local_facility()
        if facility is None and self._demo:
            facility = self._fill_demo()
        if facility is None:
            from desktop_app.gui.setup_dialog import SetupDialog

            self.setup_dialog = SetupDialog(setup, self.runner)
            self.setup_dialog.facility_created.connect(self._on_setup_dialog_facility_created)
            self.setup_dialog.rejected.connect(self.finished)
            self.setup_dialog.open()
        else:
            self._show_main_window_on_database(facility)

    def _on_setup_dialog_facility_created(self, facility: FacilityRecord) -> None:
        self._show_main_window_on_database(facility)

    def _show_main_window_on_database(self, facility: FacilityRecord) -> None:
        from desktop_app.core.services.setup import SetupService

        assert self.database is not None
        services = self._build_services(self.database, facility.id)
        self._show_main_window(facility, services, SetupService(self.database.sessions))

    def _fill_demo(self) -> FacilityRecord | None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from desktop_app.core.demo import DEMO_SEED, DEMO_VISITORS, DEMO_VISITS, fill_demo_data
        from desktop_app.core.services.setup import SetupService

        assert self.database is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fill_demo_data(
                self.database, visitors=DEMO_VISITORS, visits=DEMO_VISITS, seed=DEMO_SEED
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        return SetupService(self.database.sessions).local_facility()

    def _show_main_window(
        self, facility: FacilityRecord, services: Services, setup: "SetupService"
    ) -> None:
        sync = self._sync_controller(facility.id, services)
        window = MainWindow(
            services=services,
            setup=setup,
            runner=self.runner,
            facility=facility,
            settings=self.settings,
            demo=self._demo,
            data_path=self.data_dir / DATABASE_FILE,
            clock=self._clock,
            on_duty=self.on_duty,
            sync=sync,
        )
        window.settings_changed.connect(self._on_window_settings_changed)
        window.closed.connect(self.finished)
        self.main_window = window
        window.show()
        # A zero timer fires once the events of showing (the first paint among them) are done.
        QTimer.singleShot(0, self._painted.set)
        if sync is not None:
            if self._first_sync_after_ms is None:
                sync.start()
            else:
                sync.start(self._first_sync_after_ms)
        self.main_window_shown.emit(window)

    def _sync_controller(
        self, facility_id: uuid.UUID, services: Services
    ) -> "SyncController | None":
        """Syncing with the shared database, for every desk but the demo."""
        if self._demo:
            return None
        from desktop_app.gui.sync_status import SyncController

        sync = SyncController(
            self.runner,
            self._database_when_open,
            facility_id,
            services.conflicts,
            interval_minutes=self.settings.sync_interval_minutes,
        )
        sync.facility_changed.connect(self._on_sync_facility_changed)
        return sync

    def _on_sync_facility_changed(self, facility_id: uuid.UUID) -> None:
        """Joining the shared database gave this desk its facility's id there: the window
        and the services are built anew for it (the records moved along)."""
        self.runner.run(self._rebuild_for, facility_id, on_done=self._on_rebuilt)

    def _rebuild_for(
        self, facility_id: uuid.UUID
    ) -> tuple[FacilityRecord, Services, "SetupService"]:
        """On the database worker: the joined facility, its services and the set-up."""
        from desktop_app.core.services.setup import SetupService

        database = self._database_when_open()
        setup = SetupService(database.sessions)
        facility = setup.local_facility()
        assert facility is not None and facility.id == facility_id, "joined a facility"
        return facility, self._build_services(database, facility.id), setup

    def _on_rebuilt(self, built: tuple[FacilityRecord, Services, "SetupService"]) -> None:
        from PySide6.QtWidgets import QMessageBox

        facility, services, setup = built
        old = self.main_window
        # The new window first: closing the old one then does not end the program.
        self._show_main_window(facility, services, setup)
        if old is not None:
            old.closed.disconnect(self.finished)
            old.close()
            old.deleteLater()
        window = self.main_window
        assert window is not None
        warn(
            window,
            self.tr("Shared database"),
            self.tr(
                "This desk is now connected to the shared database as {name}. Its records "
                "are being sent; the status bar shows when the sync is done."
            ).format(name=facility.name),
            QMessageBox.Icon.Information,
        )

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
        if self._opened is not None and self._opened.exception() is None:
            self.database = self._opened.result().database
        if self.database is not None:
            self.database.close()


def run_gui(*, data_dir: Path | None, demo: bool, quit_after_start: bool) -> int:
    # The Fusion style is named on the command line that QApplication reads: the same as
    # app.setStyle("Fusion"), but without loading QStyle's Python type (with its many
    # enums, some milliseconds) before the window shows.
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setApplicationName("Tresen")
    app.setApplicationDisplayName("Tresen")
    app.setOrganizationName("Tresen")
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
