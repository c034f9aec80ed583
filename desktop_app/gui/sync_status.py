"""The desk and its shared database, in the window: background syncs, the status, connecting.

``SyncController`` syncs on a timer and on "Sync now", on the task runner's network lane
and never two at once. Its two status-bar buttons say how the desk stands (not connected;
synced at …, with the changes still waiting; offline, and why) and how many conflicts
wait for review. The Qt-free work is in ``desktop_app.sync.desk``; the synchronizer built
there lives in a ``DeskLink`` and is used on the network lane only.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

from desktop_app.core.errors import TresenError
from desktop_app.gui.i18n import local_date, translate
from desktop_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.core.db import Database
    from desktop_app.core.services.conflicts import ConflictService
    from desktop_app.sync.connection import ServerAddress
    from desktop_app.sync.desk import SyncStatus
    from desktop_app.sync.engine import Synchronizer, SyncReport

# The first sync after the window appears waits this long, so that it does not compete
# with opening the database and painting the window.
FIRST_SYNC_DELAY_MS = 3000
# How often the status line reads the waiting changes and open conflicts anew (a count
# on the desk's database; edits anywhere in the program show within this time).
STATUS_INTERVAL_MS = 15_000
# Longest problem text in the status bar, in average characters; the whole is the tooltip.
_PROBLEM_CHARS = 70


class DeskLink:
    """The desk's side of the shared database: connecting and syncing.

    Plain Python, used on the network lane only (one thread), so the synchronizer and its
    connection never see two threads. ``database`` is called there and may wait until the
    desk's database is open.
    """

    def __init__(self, database: Callable[[], "Database"], facility_id: uuid.UUID) -> None:
        self._database = database
        self._facility_id = facility_id
        self._synchronizer: Synchronizer | None = None

    def sync(self) -> "SyncReport":
        """One sync; its outcome is kept for the status line. Raises a ``SyncProblem``."""
        from desktop_app.sync import desk, problems

        database = self._database()
        if self._synchronizer is None:
            self._synchronizer = desk.synchronizer_for(database, self._facility_id)
        try:
            return desk.run_sync(database, self._synchronizer)
        except problems.SyncProblem:
            raise
        except Exception as exc:
            # Logged with its traceback and kept as the last problem by run_sync; the desk
            # hears of it in the status line, not in a box every few minutes.
            raise problems.SyncProblem(problems.UNEXPECTED) from exc

    def connect(self, address: "ServerAddress", password: str) -> uuid.UUID:
        """Join the facility on the shared database; return its id there."""
        import psycopg

        from desktop_app.sync import desk, problems

        database = self._database()
        self.close()
        try:
            return desk.connect_desk(database, self._facility_id, address, password)
        except psycopg.OperationalError as exc:
            raise problems.ConnectionLost() from exc

    def saved_address(self) -> "ServerAddress | None":
        from desktop_app.sync import desk

        return desk.saved_address(self._database())

    def close(self) -> None:
        if self._synchronizer is not None:
            self._synchronizer.close()
            self._synchronizer = None


@dataclass(frozen=True)
class DeskSyncState:
    status: "SyncStatus"
    conflicts: int


def read_state(database: Callable[[], "Database"], conflicts: "ConflictService") -> DeskSyncState:
    """The status line's facts, read on the database lane."""
    from desktop_app.sync import desk

    return DeskSyncState(status=desk.status(database()), conflicts=conflicts.count_open())


def problem_text(status: "SyncStatus") -> str:
    """The last problem in the user's language, with its values filled in."""
    if not status.problem:
        return ""
    return translate("errors", status.problem).format(**status.problem_params)


def warning_text(status: "SyncStatus") -> str:
    """What the last successful sync noticed, in the user's language."""
    if not status.warning:
        return ""
    return translate("errors", status.warning).format(**(status.warning_params or {}))


def _first_sentence(text: str) -> str:
    head, dot, rest = text.partition(". ")
    return head + "." if dot and rest else text


def _mark(button: QPushButton, alarming: bool) -> None:
    """Red text for what needs attention (the style sheet's error colour)."""
    if button.property("errorLabel") != alarming:
        button.setProperty("errorLabel", alarming)
        # A button not polished yet reads the property when it first is; polishing it
        # now would only load QStyle's Python type while the program starts.
        if button.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            button.style().unpolish(button)
            button.style().polish(button)


class SyncController(QObject):
    """Syncs the desk in the background and shows how it stands in the status bar.

    Built by the composition root for a desk that is not the demo; the main window adds
    its buttons to the status bar (``install``), wires "Sync now" and stops it when closed.
    """

    # The facility's id on the shared database: connecting succeeded.
    connected = Signal(object)
    # The problem (a TresenError) that stopped connecting.
    connect_failed = Signal(object)
    # Joining gave the desk the facility's id on the shared database, another than its own:
    # the window is built anew for it.
    facility_changed = Signal(object)
    # A sync brought records from other desks: the screens read them.
    rows_received = Signal()
    # A sync ended (well or not) and the status line shows its outcome.
    sync_finished = Signal()
    conflicts_requested = Signal()
    # "Sync now" on a desk that is not connected yet: the settings' page to connect it.
    settings_requested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        database: Callable[[], "Database"],
        facility_id: uuid.UUID,
        conflicts: "ConflictService",
        *,
        interval_minutes: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._database = database
        self._facility_id = facility_id
        self._conflicts = conflicts
        self._link = DeskLink(database, facility_id)
        self._state: DeskSyncState | None = None
        self._syncing = False
        self._stopped = False
        # Set while a sync the user asked for runs: its outcome is read out.
        self._announce = False

        self.status_button = QPushButton()
        self.status_button.setObjectName("sync_status_button")
        self.status_button.setFlat(True)
        self.status_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.status_button.setAutoDefault(False)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("sync_conflicts_button")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.conflicts_button.setAutoDefault(False)
        _mark(self.conflicts_button, True)
        self.conflicts_button.clicked.connect(self._on_conflicts_button_clicked)

        self._timer = QTimer(self)
        self._timer.setInterval(interval_minutes * 60_000)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_INTERVAL_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._first_sync = QTimer(self)
        self._first_sync.setSingleShot(True)
        self._first_sync.timeout.connect(self._on_timer_timeout)
        self.retranslate()

    # Set-up and lifetime

    def install(self, status_bar: QStatusBar) -> None:
        """Put the buttons into the window's status bar, before its other permanent widgets."""
        status_bar.insertPermanentWidget(0, self.status_button)
        status_bar.insertPermanentWidget(1, self.conflicts_button)
        self._show()

    def start(self, first_sync_after_ms: int = FIRST_SYNC_DELAY_MS) -> None:
        """Read the status now, sync soon, then every interval."""
        self._timer.start()
        self._status_timer.start()
        self._first_sync.start(first_sync_after_ms)
        self.refresh_status()

    def set_interval(self, minutes: int) -> None:
        self._timer.setInterval(minutes * 60_000)

    def stop(self) -> None:
        """No more syncs; the connection to the shared database closes after a running sync."""
        if self._stopped:
            return
        self._stopped = True
        for timer in (self._timer, self._status_timer, self._first_sync):
            timer.stop()
        self._runner.run(self._link.close, lane="network")

    # State

    @property
    def facility_id(self) -> uuid.UUID:
        return self._facility_id

    @property
    def syncing(self) -> bool:
        return self._syncing

    @property
    def state(self) -> DeskSyncState | None:
        """What the status line shows, once read."""
        return self._state

    def status_text(self) -> str:
        return self.status_button.text().replace("&&", "&")

    # Syncing

    def sync_now(self) -> None:
        """Sync at once (menu, F9, the status button); a desk not connected is connected first."""
        if self._state is not None and not self._state.status.connected:
            self.settings_requested.emit()
            return
        self._announce = True
        self._start_sync()

    def _on_timer_timeout(self) -> None:
        if self._state is None or self._state.status.connected:
            self._start_sync()

    def _start_sync(self) -> None:
        if self._syncing or self._stopped:
            return
        self._syncing = True
        self._show()
        self._runner.run(
            self._link.sync,
            on_done=self._on_synced,
            on_error=self._on_sync_failed,
            lane="network",
        )

    def _on_synced(self, report: "SyncReport") -> None:
        self._syncing = False
        if report.pulled:
            self.rows_received.emit()
        self._read_state(self._on_state_read_after_sync)

    def _on_sync_failed(self, error: TresenError) -> None:
        del error  # kept in the desk's database by run_sync, read with the status
        self._syncing = False
        self._read_state(self._on_state_read_after_sync)

    # Connecting (the settings' page)

    def load_address(self, on_done: Callable[["ServerAddress | None"], None]) -> None:
        """The server this desk is connected to, for the settings' page."""
        self._runner.run(self._link.saved_address, on_done=on_done)

    def connect_desk(
        self, address: "ServerAddress", password: str, control: QWidget | None = None
    ) -> None:
        """Check the account and join the facility; ``connected`` or ``connect_failed`` tells."""
        self._runner.run(
            self._link.connect,
            address,
            password,
            on_done=self._on_connected,
            on_error=self._on_connect_failed,
            control=control,
            lane="network",
        )

    def _on_connected(self, shared_id: uuid.UUID) -> None:
        self.connected.emit(shared_id)
        if shared_id != self._facility_id:
            self.stop()
            self.facility_changed.emit(shared_id)
            return
        self._announce = True
        self._start_sync()

    def _on_connect_failed(self, error: TresenError) -> None:
        self.connect_failed.emit(error)

    # The status line

    def refresh_status(self) -> None:
        """Read the waiting changes, the last sync and the open conflicts anew."""
        self._read_state(self._on_state_read)

    def _read_state(self, on_done: Callable[[DeskSyncState], None]) -> None:
        if not self._stopped:
            self._runner.run(read_state, self._database, self._conflicts, on_done=on_done)

    def _on_state_read(self, state: DeskSyncState) -> None:
        self._state = state
        self._show()

    def _on_state_read_after_sync(self, state: DeskSyncState) -> None:
        self._on_state_read(state)
        if self._announce:
            self._announce = False
            self._read_out(self.status_text())
        self.sync_finished.emit()

    def retranslate(self) -> None:
        self.status_button.setAccessibleName(self.tr("Shared database"))
        self.conflicts_button.setAccessibleName(self.tr("Conflicts to review"))
        self._show()

    def _show(self) -> None:
        text, details = self._texts()
        offline = self._state is not None and bool(self._state.status.problem)
        _mark(self.status_button, offline and not self._syncing)
        self.status_button.setText(text.replace("&", "&&"))
        self.status_button.setToolTip(details)
        self.status_button.setAccessibleDescription(details)
        count = self._state.conflicts if self._state is not None else 0
        self.conflicts_button.setText(self.tr("%n conflicts to review", "", count))
        self.conflicts_button.setToolTip(
            self.tr("Two desks changed the same fields: review which value stays")
        )
        # Shown in the status bar only (a button without a parent would be a window).
        if self.status_button.parentWidget() is not None:
            self.status_button.setVisible(bool(text))
            self.conflicts_button.setVisible(count > 0)

    def _texts(self) -> tuple[str, str]:
        """The short status for the bar, and the whole story for tooltip and screen reader."""
        state = self._state
        if state is None:
            return (self.tr("Syncing…"), "") if self._syncing else ("", "")
        status = state.status
        if not status.connected:
            return (
                self.tr("Shared database: not connected"),
                self.tr(
                    "This desk works on its own. To share its records, connect it to the "
                    "shared database in the settings (click here)."
                ),
            )
        waiting = self.tr("%n changes waiting", "", status.pending)
        synced = self._synced_text(status.last_success)
        if self._syncing:
            return self.tr("Syncing… · {waiting}").format(waiting=waiting), synced
        problem = problem_text(status)
        if problem:
            short = _first_sentence(problem)
            metrics = self.status_button.fontMetrics()
            short = metrics.elidedText(
                short, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * _PROBLEM_CHARS
            )
            details = "\n".join(filter(None, (problem, synced)))
            if status.offline:
                text = self.tr("Offline · {waiting} · {problem}")
            else:
                text = self.tr("Not synced · {waiting} · {problem}")
            return text.format(waiting=waiting, problem=short), details
        if status.last_success is None:
            return self.tr("Not synced yet · {waiting}").format(waiting=waiting), ""
        warning = warning_text(status)
        if warning:
            return f"{synced} · {waiting} · {_first_sentence(warning)}", warning
        return f"{synced} · {waiting}", self.tr("Click here to sync now.")

    def _synced_text(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        local = moment.astimezone()
        time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == datetime.now().astimezone().date():
            return self.tr("Synced at {time}").format(time=time)
        return self.tr("Synced on {day} at {time}").format(day=local_date(local.date()), time=time)

    def _read_out(self, text: str) -> None:
        # Imported here: loading QAccessible's Python type (with its many enums) takes a few
        # milliseconds that the program's start need not spend.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if text and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.status_button, text))

    def _on_status_button_clicked(self) -> None:
        self.sync_now()

    def _on_conflicts_button_clicked(self) -> None:
        self.conflicts_requested.emit()
