"""The main window: hosts the screens and wires their signals; it does no work itself."""

import uuid
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.core.access import ROLE_LABELS, OnDuty, Permission, StaffMember
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Clock, Services
from desktop_app.core.settings import Settings
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.document_records import Letterhead
    from desktop_app.core.records import VisitorRecord
    from desktop_app.core.referral_records import ReferralRecord
    from desktop_app.core.services.accounts import AccountRecord
    from desktop_app.core.services.setup import SetupService
    from desktop_app.gui.account_dialog import AccountDialog
    from desktop_app.gui.accounts_dialog import AccountsDialog
    from desktop_app.gui.checkin_view import CheckinView
    from desktop_app.gui.conflicts_dialog import ConflictsDialog
    from desktop_app.gui.consents_dialog import ConsentsDialog
    from desktop_app.gui.desk_lock import InactivityWatch
    from desktop_app.gui.directory_view import DirectoryView
    from desktop_app.gui.district_dialog import DistrictDialog
    from desktop_app.gui.offers_view import OffersView
    from desktop_app.gui.privacy_dialog import PrivacyDialog
    from desktop_app.gui.refer_dialog import ReferDialog
    from desktop_app.gui.referrals_view import ReferralsView
    from desktop_app.gui.settings_dialog import SettingsDialog
    from desktop_app.gui.slips import SlipPresenter
    from desktop_app.gui.statistics_view import StatisticsView
    from desktop_app.gui.sync_status import SyncController
    from desktop_app.gui.tally_view import TallyView
    from desktop_app.gui.today_view import TodayView
    from desktop_app.gui.visitors_view import VisitorsView
    from desktop_app.gui.volunteers_view import VolunteersView

_GEOMETRY_KEY = "main_window/geometry"


class Screen(IntEnum):
    """The tabs, in order."""

    CHECKIN = 0
    TALLY = 1
    TODAY = 2
    VISITORS = 3
    OFFERS = 4
    REFERRALS = 5
    DIRECTORY = 6
    VOLUNTEERS = 7
    STATISTICS = 8


# Buttons of a screen that a role may not use are not offered (the services refuse them
# whichever way they are asked).
ROLE_BUTTONS: dict[Screen, dict[str, Permission]] = {
    Screen.OFFERS: {
        "new_button": Permission.SETTINGS,
        "edit_button": Permission.SETTINGS,
        "toggle_active_button": Permission.SETTINGS,
    },
    Screen.DIRECTORY: {
        "new_button": Permission.SETTINGS,
        "edit_button": Permission.SETTINGS,
        "delete_button": Permission.DELETE,
        "import_button": Permission.SETTINGS,
        "export_button": Permission.EXPORT,
    },
    Screen.STATISTICS: {
        "pdf_button": Permission.EXPORT,
        "xlsx_button": Permission.EXPORT,
    },
}


class MainWindow(QMainWindow):
    """Check-in, head count, today's visits, visitors and offers, one tab each.

    The screens (and their modules) are built on first use, so that the window shows as
    early as possible: the check-in screen with the window when someone is signed in, else
    when the sign-in page first gives way to it; the others when first opened.
    """

    settings_changed = Signal(object)  # Settings
    closed = Signal()

    def __init__(
        self,
        *,
        services: Services,
        setup: "SetupService",
        runner: TaskRunner,
        facility: FacilityRecord,
        settings: Settings,
        demo: bool,
        data_path: Path,
        clock: Clock,
        on_duty: OnDuty,
        sync: "SyncController | None" = None,
        parent: QWidget | None = None,
    ) -> None:
        """``sync`` syncs the desk with the shared database; None for the demo desk.

        ``on_duty`` names who is signed in: nobody at start, so the sign-in page shows.
        """
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self._on_duty = on_duty
        self._services = services
        self._setup = setup
        self._runner = runner
        self._facility = facility
        self._settings = settings
        self._demo = demo
        self._data_path = data_path
        self._clock = clock
        self.settings_dialog: SettingsDialog | None = None
        self.refer_dialog: ReferDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.account_dialog: AccountDialog | None = None
        self._slips: SlipPresenter | None = None
        self.sync = sync

        self._views: dict[Screen, QWidget] = {}
        # The check-in tab holds a stand-in until the screen itself takes its place (see
        # _install_checkin_view); the other tabs hold a page their screen is built into.
        self.form.tabs.addTab(QWidget(self), "")
        self._pages: dict[Screen, tuple[QWidget, QVBoxLayout]] = {}
        for screen in list(Screen)[1:]:
            page = QWidget(self)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages[screen] = (page, layout)
            self.form.tabs.addTab(page, "")
        self._facility_label = QLabel(self)
        self._facility_label.setObjectName("facility_label")
        self.form.status_bar.addPermanentWidget(self._facility_label)
        if sync is not None:
            sync.setParent(self)
            sync.install(self.form.status_bar)
        self._staff_label = QLabel(self)
        self._staff_label.setObjectName("staff_label")
        self.form.status_bar.addPermanentWidget(self._staff_label)
        self._build_lock(settings.lock_after_minutes)
        self._connect()
        self._retranslate()
        self._restore_geometry()
        self.form.tabs.setCurrentIndex(Screen.CHECKIN)
        member = on_duty.member
        if member is None:
            self._cover(None)
        else:
            self._uncover(member)

    # Signing in and the lock

    def _build_lock(self, minutes: int) -> None:
        """The sign-in page on a stack in front of the screens, and the inactivity watch."""
        from desktop_app.gui.desk_lock import InactivityWatch, SignInPage

        work = self.takeCentralWidget()
        assert work is not None
        self._stack = QStackedWidget(self)
        self._stack.addWidget(work)
        hint = self.tr("Demo: user names admin, koordination or empfang; password tresen-demo")
        self.sign_in_page = SignInPage(
            self._services.accounts,
            self._runner,
            demo_hint=hint if self._demo else "",
            parent=self._stack,
        )
        self._stack.addWidget(self.sign_in_page)
        self.setCentralWidget(self._stack)
        self.sign_in_page.signed_in.connect(self._on_sign_in_page_signed_in)
        self._idle = InactivityWatch(minutes, self)
        self._idle.idle.connect(self.lock)
        self._covered_windows: list[QWidget] = []

    @property
    def locked(self) -> bool:
        return self._stack.currentWidget() is self.sign_in_page

    @property
    def inactivity(self) -> "InactivityWatch":
        return self._idle

    def lock(self) -> None:
        """Cover the desk: nothing of it stays visible until someone signs in."""
        member = self._on_duty.member
        if member is None or self.locked:
            return
        self._cover(member)

    def _cover(self, member: StaffMember | None) -> None:
        # Open dialogs (a visitor's record, a slip) are hidden with the screens behind them.
        self._covered_windows = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self and widget.isVisible() and self._owns(widget)
        ]
        for widget in self._covered_windows:
            widget.hide()
        self._idle.pause()
        self._stack.setCurrentWidget(self.sign_in_page)
        self.menuBar().hide()
        self.form.status_bar.hide()
        for action in self._actions():
            action.setEnabled(False)
        page = self.sign_in_page
        if member is not None and member.id is not None:
            page.ask_unlock(member)
        else:
            page.ask_sign_in()
            self._runner.run(self._services.accounts.has_accounts, on_done=self._on_accounts_known)
        page.focus_first_field()

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def _on_accounts_known(self, has_accounts: bool) -> None:
        if not has_accounts:
            self.sign_in_page.ask_first_admin()
            self.sign_in_page.focus_first_field()

    def _on_sign_in_page_signed_in(self, account: "AccountRecord") -> None:
        member = account.member
        locked_by = self.sign_in_page.locked_by
        covered, self._covered_windows = self._covered_windows, []
        for widget in covered:
            # The same person goes on where they left; another person starts afresh.
            if locked_by is not None and locked_by.id == member.id:
                widget.show()
            elif isinstance(widget, QDialog):
                widget.reject()  # close() would not finish a hidden dialog
            else:
                widget.close()
        self._uncover(member)
        if account.must_change_password:
            self.open_account(
                self.tr(
                    "Your password was set by an administrator. Please choose a password of"
                    " your own now."
                )
            )

    def _uncover(self, member: StaffMember) -> None:
        # Built before it shows: at the first sign-in, the check-in screen.
        view = self.current_view()
        self._stack.setCurrentIndex(0)
        self.menuBar().show()
        self.form.status_bar.show()
        for action in self._actions():
            action.setEnabled(True)
        self._apply_role(member)
        self._idle.resume()
        view.setFocus()

    def _apply_role(self, member: StaffMember) -> None:
        """What this person's role offers: settings and conflicts need coordination."""
        form = self.form
        form.settings_action.setEnabled(
            member.may(Permission.SETTINGS) or member.may(Permission.ACCOUNTS)
        )
        form.conflicts_action.setEnabled(member.may(Permission.SETTINGS))
        form.accounts_action.setEnabled(member.may(Permission.ACCOUNTS))
        form.privacy_action.setEnabled(member.may(Permission.PRIVACY_OFFICE))
        # The district's figures are saved as files, as reports are.
        form.district_action.setEnabled(member.may(Permission.EXPORT))
        # The command line's member has no account of its own to change.
        form.account_action.setEnabled(member.id is not None)
        role = QCoreApplication.translate("reference", ROLE_LABELS[member.role])
        self._staff_label.setText(f"{member.name} · {role}")
        for screen, view in self._views.items():
            self._offer_buttons(screen, view, member)

    @staticmethod
    def _offer_buttons(screen: "Screen", view: QWidget, member: StaffMember) -> None:
        """Show a screen's buttons only to those whose role may use them."""
        form = getattr(view, "form", None)
        for name, permission in ROLE_BUTTONS.get(screen, {}).items():
            button = getattr(form, name)
            assert isinstance(button, QWidget)
            button.setVisible(member.may(permission))

    def _actions(self) -> list[QAction]:
        form = self.form
        return [
            action
            for action in self.findChildren(QAction)
            if action is not form.quit_action and not action.isSeparator()
        ]

    def _on_lock_action_triggered(self) -> None:
        self.lock()

    # Accounts

    def open_account(self, intro: str = "") -> "AccountDialog":
        """The signed-in person's password and PIN."""
        from desktop_app.gui.account_dialog import AccountDialog

        if self.account_dialog is not None:
            self.account_dialog.close()
        dialog = AccountDialog(self._services.accounts, self._runner, intro, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_account_dialog_finished)
        self.account_dialog = dialog
        dialog.open()
        return dialog

    def _on_account_dialog_finished(self, _result: int) -> None:
        self.account_dialog = None

    def open_accounts(self) -> "AccountsDialog":
        """The administrator's list of staff accounts."""
        from desktop_app.gui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self._services.accounts, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_privacy_office(self) -> "PrivacyDialog":
        """Requests and deadlines, the audit trail and the register."""
        from desktop_app.gui.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self._services, self._runner, self.letterhead, self._clock, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_consents(self, visitor: "VisitorRecord") -> "ConsentsDialog":
        """The visitor's consents: record, withdraw, print the form."""
        from desktop_app.gui.consents_dialog import ConsentsDialog

        dialog = ConsentsDialog(self._services, self._runner, visitor, self.letterhead, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.visitor_changed.connect(self._on_consents_dialog_visitor_changed)
        dialog.open()
        return dialog

    def _on_consents_requested(self, visitor: "VisitorRecord") -> None:
        self.open_consents(visitor)

    def _on_consents_dialog_visitor_changed(self) -> None:
        """A withdrawal changed or deleted a registration: the lists read it anew."""
        self._on_visitor_registered()
        self._on_visits_changed()

    def _on_privacy_action_triggered(self) -> None:
        self.open_privacy_office()

    def _on_account_action_triggered(self) -> None:
        self.open_account()

    def _on_accounts_action_triggered(self) -> None:
        self.open_accounts()

    # The screens, built when first shown or asked for.

    @property
    def checkin_view(self) -> "CheckinView":
        from desktop_app.gui.checkin_view import CheckinView

        return cast(CheckinView, self._view(Screen.CHECKIN))

    @property
    def tally_view(self) -> "TallyView":
        from desktop_app.gui.tally_view import TallyView

        return cast(TallyView, self._view(Screen.TALLY))

    @property
    def today_view(self) -> "TodayView":
        from desktop_app.gui.today_view import TodayView

        return cast(TodayView, self._view(Screen.TODAY))

    @property
    def visitors_view(self) -> "VisitorsView":
        from desktop_app.gui.visitors_view import VisitorsView

        return cast(VisitorsView, self._view(Screen.VISITORS))

    @property
    def offers_view(self) -> "OffersView":
        from desktop_app.gui.offers_view import OffersView

        return cast(OffersView, self._view(Screen.OFFERS))

    @property
    def referrals_view(self) -> "ReferralsView":
        from desktop_app.gui.referrals_view import ReferralsView

        return cast(ReferralsView, self._view(Screen.REFERRALS))

    @property
    def directory_view(self) -> "DirectoryView":
        from desktop_app.gui.directory_view import DirectoryView

        return cast(DirectoryView, self._view(Screen.DIRECTORY))

    @property
    def volunteers_view(self) -> "VolunteersView":
        from desktop_app.gui.volunteers_view import VolunteersView

        return cast(VolunteersView, self._view(Screen.VOLUNTEERS))

    @property
    def statistics_view(self) -> "StatisticsView":
        from desktop_app.gui.statistics_view import StatisticsView

        return cast(StatisticsView, self._view(Screen.STATISTICS))

    def letterhead(self) -> "Letterhead":
        """The facility as the documents printed here show it, logo from the settings."""
        from desktop_app.core.document_records import Letterhead

        return Letterhead.of(self._facility, self._settings.logo_file)

    @property
    def slips(self) -> "SlipPresenter":
        """Shows referral slips; made on first use (it loads the PDF and print modules)."""
        if self._slips is None:
            from desktop_app.gui.slips import SlipPresenter

            self._slips = SlipPresenter(self._services, self._runner, lambda: self._settings, self)
            self._slips.referral_changed.connect(self._on_referral_changed)
        return self._slips

    def _view(self, screen: Screen) -> QWidget:
        view = self._views.get(screen)
        if view is None:
            view = self._views[screen] = self._create(screen)
            if screen is Screen.CHECKIN:
                self._install_checkin_view(view)
            else:
                page, layout = self._pages[screen]
                layout.addWidget(view)
                # A layout shows a widget added to a visible page only on the next event
                # loop turn; showing it now lets it take the focus at once.
                view.show()
                page.setFocusProxy(view)
            member = self._on_duty.member
            if member is not None:
                self._offer_buttons(screen, view, member)
        return view

    def _install_checkin_view(self, view: QWidget) -> None:
        """The check-in screen takes its stand-in's place as the first tab."""
        tabs = self.form.tabs
        current = tabs.currentIndex()
        stand_in = tabs.widget(Screen.CHECKIN)
        assert stand_in is not None
        title = tabs.tabText(Screen.CHECKIN)
        # Quietly: the tab that was current stays current, and no other screen is built.
        blocked = tabs.blockSignals(True)
        tabs.removeTab(Screen.CHECKIN)
        tabs.insertTab(Screen.CHECKIN, view, title)
        tabs.setCurrentIndex(current)
        tabs.blockSignals(blocked)
        stand_in.deleteLater()

    def _create(self, screen: Screen) -> QWidget:
        services, runner = self._services, self._runner
        if screen is Screen.CHECKIN:
            from desktop_app.gui.checkin_view import CheckinView

            checkin = CheckinView(
                services, runner, self._facility.last_name_required, self, clock=self._clock
            )
            checkin.visit_recorded.connect(self._on_visits_changed)
            checkin.visit_undone.connect(self._on_visits_changed)
            checkin.visitor_registered.connect(self._on_visitor_registered)
            checkin.referral_requested.connect(self._on_referral_requested)
            checkin.referral_code_entered.connect(self._on_referral_code_entered)
            return checkin
        if screen is Screen.TALLY:
            from desktop_app.gui.tally_view import TallyView

            return TallyView(services, runner)
        if screen is Screen.TODAY:
            from desktop_app.gui.today_view import TodayView

            return TodayView(services, runner)
        if screen is Screen.VISITORS:
            from desktop_app.gui.visitors_view import VisitorsView

            visitors = VisitorsView(
                services, runner, self._facility.last_name_required, clock=self._clock
            )
            visitors.visitor_changed.connect(self._on_visits_changed)
            visitors.referral_requested.connect(self._on_referral_requested)
            visitors.consents_requested.connect(self._on_consents_requested)
            visitors.slip_requested.connect(self._on_slip_requested)
            return visitors
        if screen is Screen.REFERRALS:
            from desktop_app.gui.referrals_view import ReferralsView

            referrals = ReferralsView(
                services, runner, self._settings.follow_up_days, clock=self._clock
            )
            referrals.slip_requested.connect(self._on_slip_requested)
            referrals.referral_changed.connect(self._on_referrals_view_referral_changed)
            return referrals
        if screen is Screen.DIRECTORY:
            from desktop_app.gui.directory_view import DirectoryView

            return DirectoryView(services, runner, clock=self._clock)
        if screen is Screen.VOLUNTEERS:
            from desktop_app.gui.volunteers_view import VolunteersView

            return VolunteersView(services, runner, self.letterhead, clock=self._clock)
        if screen is Screen.STATISTICS:
            from desktop_app.gui.statistics_view import StatisticsView

            return StatisticsView(
                services,
                runner,
                self._settings.counting_rules(),
                self.letterhead,
                lambda: self._settings.language,
                self._on_duty,
                clock=self._clock,
            )
        from desktop_app.gui.offers_view import OffersView

        offers = OffersView(services, runner)
        offers.offers_changed.connect(self._on_offers_changed)
        return offers

    def current_view(self) -> QWidget:
        """The screen the user is looking at."""
        return self._view(Screen(self.form.tabs.currentIndex()))

    def _built(self, screen: Screen) -> QWidget | None:
        return self._views.get(screen)

    def _connect(self) -> None:
        form = self.form
        form.quit_action.triggered.connect(self.close)
        form.lock_action.triggered.connect(self._on_lock_action_triggered)
        form.account_action.triggered.connect(self._on_account_action_triggered)
        form.accounts_action.triggered.connect(self._on_accounts_action_triggered)
        form.privacy_action.triggered.connect(self._on_privacy_action_triggered)
        form.district_action.triggered.connect(self._on_district_action_triggered)
        form.settings_action.triggered.connect(self._on_settings_action_triggered)
        form.about_action.triggered.connect(self._on_about_action_triggered)
        form.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self._connect_sync()
        actions = (
            form.checkin_action,
            form.tally_action,
            form.today_action,
            form.visitors_action,
            form.offers_action,
            form.referrals_action,
            form.directory_action,
            form.volunteers_action,
            form.statistics_action,
        )
        for action, screen in zip(actions, Screen, strict=True):
            action.triggered.connect(lambda _=False, s=screen: self.show_screen(s))
        form.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _connect_sync(self) -> None:
        form, sync = self.form, self.sync
        if sync is None:
            # The demo desk is never shared.
            form.sync_now_action.setVisible(False)
            form.conflicts_action.setVisible(False)
            return
        form.sync_now_action.triggered.connect(self._on_sync_now_action_triggered)
        form.conflicts_action.triggered.connect(self._on_conflicts_action_triggered)
        sync.rows_received.connect(self._on_sync_rows_received)
        sync.conflicts_requested.connect(self._on_sync_conflicts_requested)
        sync.settings_requested.connect(self._on_sync_settings_requested)

    def show_screen(self, screen: Screen) -> None:
        if screen is Screen.CHECKIN:
            self._view(screen)  # takes its tab's place before the tab is chosen
        self.form.tabs.setCurrentIndex(screen)
        self._view(screen).setFocus()

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(Screen):
            self._view(Screen(index)).setFocus()

    # Cross-screen updates: only screens already built need to hear of them.

    def _on_visits_changed(self) -> None:
        today = self._built(Screen.TODAY)
        if today is not None:
            self.today_view.refresh()

    def _on_visitor_registered(self) -> None:
        if self._built(Screen.VISITORS) is not None:
            self.visitors_view.refresh()

    def _on_offers_changed(self) -> None:
        if self._built(Screen.CHECKIN) is not None:
            self.checkin_view.reload_offers()
        if self._built(Screen.TALLY) is not None:
            self.tally_view.reload_offers()
        if self._built(Screen.TODAY) is not None:
            self.today_view.refresh()

    # The shared database

    def _on_sync_now_action_triggered(self) -> None:
        assert self.sync is not None
        self.sync.sync_now()

    def _on_sync_rows_received(self) -> None:
        """Records from other desks arrived: the screens built so far read them."""
        if self._built(Screen.CHECKIN) is not None:
            self.checkin_view.reload_offers()
        if self._built(Screen.TALLY) is not None:
            self.tally_view.refresh()
        if self._built(Screen.TODAY) is not None:
            self.today_view.refresh()
        if self._built(Screen.VISITORS) is not None:
            self.visitors_view.refresh()
            self.visitors_view.reload_referrals()
        if self._built(Screen.OFFERS) is not None:
            self.offers_view.reload()
        if self._built(Screen.REFERRALS) is not None:
            self.referrals_view.reload()
        if self._built(Screen.DIRECTORY) is not None:
            self.directory_view.reload()
        if self._built(Screen.VOLUNTEERS) is not None:
            self.volunteers_view.reload()
        if self._built(Screen.STATISTICS) is not None:
            self.statistics_view.records_changed()

    def open_conflicts(self) -> "ConflictsDialog":
        """The conflicts to review, with both values of each."""
        from desktop_app.gui.conflicts_dialog import ConflictsDialog

        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
        dialog = ConflictsDialog(self._services.conflicts, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.conflict_resolved.connect(self._on_conflicts_dialog_conflict_resolved)
        dialog.finished.connect(self._on_conflicts_dialog_finished)
        self.conflicts_dialog = dialog
        dialog.open()
        return dialog

    def _on_conflicts_action_triggered(self) -> None:
        self.open_conflicts()

    def open_district(self) -> "DistrictDialog":
        """Every facility's figures, read from the shared database with the district's account."""
        from desktop_app.gui.district_dialog import DistrictDialog

        dialog = DistrictDialog(
            self._runner, today=self._clock().date(), language=self._settings.language, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_district_action_triggered(self) -> None:
        self.open_district()

    def _on_sync_conflicts_requested(self) -> None:
        self.open_conflicts()

    def _on_conflicts_dialog_conflict_resolved(self) -> None:
        # The other value may have changed a record on any screen.
        self._on_sync_rows_received()
        if self.sync is not None:
            self.sync.refresh_status()

    def _on_conflicts_dialog_finished(self, _result: int) -> None:
        self.conflicts_dialog = None

    def _on_sync_settings_requested(self) -> None:
        self.open_settings(shared_database=True)

    # Referrals

    def refer(self, visitor: "VisitorRecord") -> "ReferDialog":
        """Open the referral dialog for ``visitor``; its slip is shown once it is created."""
        from desktop_app.core.referral_records import PaperSize
        from desktop_app.gui.refer_dialog import ReferDialog

        if self.refer_dialog is not None:
            self.refer_dialog.close()
        dialog = ReferDialog(
            self._services,
            self._runner,
            visitor,
            paper=PaperSize(self._settings.slip_paper),
            clock=self._clock,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.referral_issued.connect(self._on_refer_dialog_referral_issued)
        dialog.finished.connect(self._on_refer_dialog_finished)
        self.refer_dialog = dialog
        dialog.open()
        return dialog

    def _on_referral_requested(self, visitor: "VisitorRecord") -> None:
        self.refer(visitor)

    def _on_refer_dialog_referral_issued(self, referral: "ReferralRecord", paper: str) -> None:
        from desktop_app.core.referral_records import PaperSize

        self.slips.show(referral.id, PaperSize(paper))
        self._on_referral_changed(referral)

    def _on_refer_dialog_finished(self, _result: int) -> None:
        self.refer_dialog = None

    def _on_slip_requested(self, referral_id: object) -> None:
        assert isinstance(referral_id, uuid.UUID)
        self.slips.show(referral_id)

    def _on_referral_changed(self, referral: object) -> None:
        del referral
        if self._built(Screen.REFERRALS) is not None:
            self.referrals_view.reload()
        if self._built(Screen.VISITORS) is not None:
            self.visitors_view.reload_referrals()

    def _on_referrals_view_referral_changed(self, referral: object) -> None:
        """A status set on the referrals screen (which reloads itself) shows on the visitor's."""
        del referral
        if self._built(Screen.VISITORS) is not None:
            self.visitors_view.reload_referrals()

    def _on_referral_code_entered(self, code: str) -> None:
        self.show_screen(Screen.REFERRALS)
        self.referrals_view.look_up(code)

    def _on_settings_action_triggered(self) -> None:
        self.open_settings()

    def open_settings(self, *, shared_database: bool = False) -> "SettingsDialog":
        """The settings; ``shared_database`` opens them at the page that connects the desk."""
        from desktop_app.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._setup,
            self._services.offers,
            self._runner,
            self._settings,
            self._facility,
            self,
            logo_dir=self._data_path.parent,
            sync=self.sync,
        )
        dialog.settings_saved.connect(self._on_settings_saved)
        dialog.facility_saved.connect(self._on_facility_saved)
        dialog.fields_of_action_saved.connect(self._on_fields_of_action_saved)
        self.settings_dialog = dialog
        if shared_database:
            dialog.show_shared_database()
        dialog.open()
        return dialog

    def _on_fields_of_action_saved(self) -> None:
        if self._built(Screen.OFFERS) is not None:
            self.offers_view.reload()

    def _on_settings_saved(self, settings: Settings) -> None:
        self._settings = settings
        if self._built(Screen.REFERRALS) is not None:
            self.referrals_view.set_follow_up_days(settings.follow_up_days)
        if self._built(Screen.STATISTICS) is not None:
            self.statistics_view.set_counting_rules(settings.counting_rules())
        if self.sync is not None:
            self.sync.set_interval(settings.sync_interval_minutes)
        self.settings_changed.emit(settings)

    def _on_facility_saved(self, facility: FacilityRecord) -> None:
        self._facility = facility
        if self._built(Screen.CHECKIN) is not None:
            self.checkin_view.set_last_name_required(facility.last_name_required)
        if self._built(Screen.VISITORS) is not None:
            self.visitors_view.set_last_name_required(facility.last_name_required)
        self._retranslate()

    def _on_about_action_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Tresen"),
            self.tr(
                "Tresen {version}\n\nThe front desk of the neighbourhood facilities of "
                "Berlin-Mitte.\n\nDatabase: {path}"
            ).format(version=__version__, path=self._data_path),
        )

    def _on_shortcuts_action_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        native = QKeySequence.SequenceFormat.NativeText
        lines = [
            f"{action.shortcut().toString(native)}\t{action.text().replace('&', '')}"
            for action in self.findChildren(type(self.form.quit_action))
            if not action.shortcut().isEmpty() and action.isVisible()
        ]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(sorted(lines)))

    def _retranslate(self) -> None:
        # No mnemonics on the tabs: Alt+letters belong to the screens' own fields, and
        # Ctrl+1 … Ctrl+9 switch screens (the "Go to" menu).
        titles = (
            self.tr("Check-in"),
            self.tr("Head count"),
            self.tr("Today's visits"),
            self.tr("Visitors"),
            self.tr("Offers"),
            self.tr("Referrals"),
            self.tr("Directory"),
            self.tr("Volunteers"),
            self.tr("Statistics"),
        )
        for index, title in enumerate(titles):
            self.form.tabs.setTabText(index, title)
        name = self._facility.name
        if self._demo:
            name = self.tr("{name} – demo data, not real").format(name=name)
        self._facility_label.setText(name)
        self.setWindowTitle(self.tr("Tresen – {name}").format(name=name))
        if self.sync is not None:
            self.sync.retranslate()

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
        self._idle.stop()
        if self.sync is not None:
            self.sync.stop()
        self.closed.emit()
