"""The main window: hosts the screens and wires their signals; it does no work itself."""

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Clock, Services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.settings import Settings
from desktop_app.gui.checkin_view import CheckinView
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow
from desktop_app.gui.offers_view import OffersView
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.gui.tally_view import TallyView
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.today_view import TodayView
from desktop_app.gui.visitors_view import VisitorsView

_GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    """Check-in, head count, today's visits, visitors and offers, one tab each."""

    settings_changed = Signal(object)  # Settings
    closed = Signal()

    def __init__(
        self,
        *,
        services: Services,
        setup: SetupService,
        runner: TaskRunner,
        facility: FacilityRecord,
        settings: Settings,
        demo: bool,
        data_path: Path,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self._services = services
        self._setup = setup
        self._runner = runner
        self._facility = facility
        self._settings = settings
        self._demo = demo
        self._data_path = data_path
        self.settings_dialog: SettingsDialog | None = None

        self.checkin_view = CheckinView(
            services, runner, facility.last_name_required, self, clock=clock
        )
        self.tally_view = TallyView(services, runner, self)
        self.today_view = TodayView(services, runner, self)
        self.visitors_view = VisitorsView(
            services, runner, facility.last_name_required, self, clock=clock
        )
        self.offers_view = OffersView(services, runner, self)
        self._screens: list[QWidget] = [
            self.checkin_view,
            self.tally_view,
            self.today_view,
            self.visitors_view,
            self.offers_view,
        ]
        for screen in self._screens:
            self.form.tabs.addTab(screen, "")
        self._facility_label = QLabel(self)
        self._facility_label.setObjectName("facility_label")
        self.form.status_bar.addPermanentWidget(self._facility_label)
        self._connect()
        self._retranslate()
        self._restore_geometry()
        self.form.tabs.setCurrentWidget(self.checkin_view)
        self.checkin_view.setFocus()

    def _connect(self) -> None:
        form = self.form
        form.quit_action.triggered.connect(self.close)
        form.settings_action.triggered.connect(self._on_settings_action_triggered)
        form.about_action.triggered.connect(self._on_about_action_triggered)
        form.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        for action, screen in zip(
            (
                form.checkin_action,
                form.tally_action,
                form.today_action,
                form.visitors_action,
                form.offers_action,
            ),
            self._screens,
            strict=True,
        ):
            action.triggered.connect(lambda _=False, s=screen: self.show_screen(s))
        form.tabs.currentChanged.connect(self._on_tabs_current_changed)

        checkin, today, visitors = self.checkin_view, self.today_view, self.visitors_view
        checkin.visit_recorded.connect(today.refresh)
        checkin.visit_undone.connect(today.refresh)
        checkin.visitor_registered.connect(visitors.refresh)
        visitors.visitor_changed.connect(today.refresh)
        self.offers_view.offers_changed.connect(self._on_offers_changed)

    def show_screen(self, screen: QWidget) -> None:
        self.form.tabs.setCurrentWidget(screen)
        screen.setFocus()

    def _on_tabs_current_changed(self, index: int) -> None:
        widget = self.form.tabs.widget(index)
        if widget is not None:
            widget.setFocus()

    def _on_offers_changed(self) -> None:
        self.checkin_view.reload_offers()
        self.tally_view.reload_offers()
        self.today_view.refresh()

    def _on_settings_action_triggered(self) -> None:
        dialog = SettingsDialog(
            self._setup,
            self._services.offers,
            self._runner,
            self._settings,
            self._facility,
            self,
        )
        dialog.settings_saved.connect(self._on_settings_saved)
        dialog.facility_saved.connect(self._on_facility_saved)
        dialog.fields_of_action_saved.connect(self.offers_view.reload)
        self.settings_dialog = dialog
        dialog.open()

    def _on_settings_saved(self, settings: Settings) -> None:
        self._settings = settings
        self.settings_changed.emit(settings)

    def _on_facility_saved(self, facility: FacilityRecord) -> None:
        self._facility = facility
        self.checkin_view.set_last_name_required(facility.last_name_required)
        self.visitors_view.set_last_name_required(facility.last_name_required)
        self._retranslate()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Tresen"),
            self.tr(
                "Tresen {version}\n\nThe front desk of the neighbourhood facilities of "
                "Berlin-Mitte.\n\nDatabase: {path}"
            ).format(version=__version__, path=self._data_path),
        )

    def _on_shortcuts_action_triggered(self) -> None:
        native = QKeySequence.SequenceFormat.NativeText
        lines = [
            f"{action.shortcut().toString(native)}\t{action.text().replace('&', '')}"
            for action in self.findChildren(type(self.form.quit_action))
            if not action.shortcut().isEmpty()
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(sorted(lines)))

    def _retranslate(self) -> None:
        # No mnemonics on the tabs: Alt+letters belong to the screens' own fields, and
        # Ctrl+1 … Ctrl+5 switch screens (the "Go to" menu).
        titles = (
            self.tr("Check-in"),
            self.tr("Head count"),
            self.tr("Today's visits"),
            self.tr("Visitors"),
            self.tr("Offers"),
        )
        for index, title in enumerate(titles):
            self.form.tabs.setTabText(index, title)
        name = self._facility.name
        if self._demo:
            name = self.tr("{name} – demo data, not real").format(name=name)
        self._facility_label.setText(name)
        self.setWindowTitle(self.tr("Tresen – {name}").format(name=name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(_GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(_GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()
