"""Syncing from the desk's window: connecting in the settings, the status bar, conflicts.

The desks here are the whole program (``desktop_app.app.Desk``) against the real
PostgreSQL of the sync tests, driven with keys and clicks. The password goes to a keyring
kept in a file of the test's own.
"""

import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.app import Desk
from desktop_app.core.db import Database
from desktop_app.core.records import FacilityDraft, FacilityRecord, VisitorDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import Services, build_services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.settings import Settings, save_settings
from desktop_app.gui.main_window import MainWindow, Screen
from desktop_app.gui.settings_dialog import SettingsDialog
from desktop_app.gui.sync_status import SyncController
from desktop_app.gui.tasks import TaskRunner
from desktop_app.sync import admin, problems
from desktop_app.sync.connection import KEYRING_SERVICE, ServerAddress, connect
from desktop_app.sync.desk import connect_desk, saved_address
from desktop_app.sync.engine import Synchronizer
from tests.conftest import TEST_ADMIN, FakeClock, open_on_duty
from tests.gui.keyboard import mnemonic_clashes_on_every_tab, press, type_text
from tests.sync.conftest import Desk as SyncedDesk
from tests.sync.conftest import Network, assert_converged
from tests.sync.conftest import network as shared_database  # noqa: F401
from tests.sync.fault_proxy import FaultProxy
from tests.sync.file_keyring import FileKeyring
from tests.sync.pg import server_address

FACILITY = "Haus am Park"
F9 = Qt.Key.Key_F9
# Generous: on a loaded two-core machine a sync with its status read-back can take a while.
SYNC_WAIT_MS = 60_000


# The desk as the program builds it


@pytest.fixture
def network(request: pytest.FixtureRequest) -> Network:
    """A shared database of the test's own: the sync tests' ``network`` fixture."""
    shared: Network = request.getfixturevalue("shared_database")
    return shared


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The operating system's keyring, played by a file."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("TRESEN_TEST_KEYRING_FILE", str(path))
    previous: KeyringBackend = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "config"
    save_settings(directory, Settings(language="en"))
    return directory


@pytest.fixture
def desk_dir(tmp_path: Path) -> Path:
    """A desk's data folder, set up offline as a facility does on the first day."""
    data_dir = tmp_path / "desk"
    database = open_on_duty(data_dir)
    try:
        SetupService(database.sessions).set_up(
            FacilityDraft(name=FACILITY, kind=FacilityKind.NACHBARSCHAFTSHAUS, street="Hof 1")
        )
    finally:
        database.close()
    return data_dir


StartDesk = Callable[[], Desk]


@pytest.fixture
def start_desk(qtbot: QtBot, desk_dir: Path, settings_dir: Path) -> Iterator[StartDesk]:
    """Starts the program on the desk's folder; the first sync runs at once."""
    desks: list[Desk] = []

    def start() -> Desk:
        desk = Desk(desk_dir, settings_dir, first_sync_after_ms=0)
        desk.on_duty.sign_in(TEST_ADMIN)
        desks.append(desk)
        with qtbot.waitSignal(desk.main_window_shown):
            desk.start()
        qtbot.waitExposed(_window(desk))
        return desk

    yield start
    for desk in desks:
        window = desk.main_window
        if window is not None:
            # A dialog a test left open stays modal for the tests after it.
            for dialog in (window.settings_dialog, window.conflicts_dialog):
                if dialog is not None:
                    dialog.close()
            window.close()
        qtbot.waitUntil(lambda desk=desk: not desk.runner.busy, timeout=SYNC_WAIT_MS)
        desk.shutdown()


def _window(desk: Desk) -> MainWindow:
    window = desk.main_window
    assert window is not None
    return window


def _sync_of(window: MainWindow) -> SyncController:
    assert window.sync is not None
    return window.sync


def _wait_for_sync(qtbot: QtBot, sync: SyncController) -> None:
    """Until no sync runs and the status line has been read."""
    qtbot.waitUntil(lambda: sync.state is not None and not sync.syncing, timeout=SYNC_WAIT_MS)


def _wait_for_first_sync(qtbot: QtBot, sync: SyncController) -> None:
    """Until the sync at start has succeeded and its outcome shows."""
    qtbot.waitUntil(
        lambda: not sync.syncing and sync.status_text().startswith("Synced at"),
        timeout=SYNC_WAIT_MS,
    )


def _sync_now(qtbot: QtBot, window: MainWindow) -> str:
    """F9, as a receptionist presses it; the status line once the sync is done."""
    sync = _sync_of(window)
    _wait_for_sync(qtbot, sync)
    with qtbot.waitSignal(sync.sync_finished, timeout=SYNC_WAIT_MS):
        press(qtbot, window, F9)
        # The shortcut ran: a sync started (or the one running goes on).
        assert sync.syncing
    return sync.status_text()


def _register_visitor(qtbot: QtBot, window: MainWindow, first_name: str) -> None:
    """At the check-in: Ctrl+N, the first name, Save."""
    window.show_screen(Screen.CHECKIN)
    checkin = window.checkin_view
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: checkin.visitor_dialog is not None)
    dialog = checkin.visitor_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.form.first_name_edit, first_name)
    with qtbot.waitSignal(checkin.visitor_registered):
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: checkin.visitor_dialog is None)


def _pending(data_dir: Path) -> int:
    database = open_on_duty(data_dir)
    try:
        with database.engine.connect() as connection:
            return int(connection.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar_one())
    finally:
        database.close()


def _server_visitor_names(network: Network) -> list[str]:
    with network.admin() as connection:
        rows = connection.execute("SELECT first_name FROM tresen.visitor ORDER BY first_name")
        return [str(row[0]) for row in rows]


def _connect_offline(data_dir: Path, address: ServerAddress, login: admin.Login) -> None:
    """Connect the desk's folder before the program starts (as ``tresen connect`` does)."""
    database = open_on_duty(data_dir)
    try:
        facility = SetupService(database.sessions).local_facility()
        assert facility is not None
        connect_desk(database, facility.id, address, login.password)
    finally:
        database.close()


def _seen_by_the_harness(
    network: Network, data_dir: Path, login: admin.Login, address: ServerAddress
) -> SyncedDesk:
    """The window's desk as the sync tests see it, for ``assert_converged``; its services
    edit the desk's database as a second program would."""
    assert login.facility_id is not None
    database = open_on_duty(data_dir)
    facility_id = login.facility_id
    clock = FakeClock()
    clock.now = datetime.now().astimezone()
    desk = SyncedDesk(
        name="the window's desk",
        database=database,
        facility_id=facility_id,
        services=build_services(database.sessions, facility_id, clock),
        synchronizer=Synchronizer(database, facility_id, lambda: connect(address, login.password)),
        login=login,
        address=address,
        clock=clock,
    )
    network.desks.append(desk)
    return desk


def _close_information_box(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    [box] = window.findChildren(QMessageBox)
    text = box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    return text


# Connecting


def test_connecting_in_the_settings_joins_the_facility_and_sync_now_sends_a_visitor(
    qtbot: QtBot,
    network: Network,
    keyring_file: Path,
    desk_dir: Path,
    start_desk: StartDesk,
) -> None:
    login = network.add_facility(FACILITY)
    desk = start_desk()
    window = _window(desk)
    sync = _sync_of(window)
    qtbot.waitUntil(lambda: sync.status_text() == "Shared database: not connected")
    assert sync.status_button.isVisible()
    assert sync.status_button.accessibleName() == "Shared database"

    # "Sync now" on a desk that is not connected opens the page that connects it.
    press(qtbot, window, F9)
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    form = dialog.form
    assert form.tab_widget.currentWidget() is form.shared_tab
    qtbot.waitUntil(form.host_edit.hasFocus)
    assert form.tls_combo.currentData() == "verify-full"
    assert "(recommended)" in form.tls_combo.currentText()

    host, port = server_address()
    type_text(qtbot, form.host_edit, host)
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert form.port_spin.hasFocus()
    form.port_spin.selectAll()
    type_text(qtbot, form.port_spin, str(port))
    press(qtbot, dialog, Qt.Key.Key_Tab)
    form.database_edit.selectAll()
    type_text(qtbot, form.database_edit, network.database)
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, form.role_edit, login.role)
    press(qtbot, dialog, Qt.Key.Key_Tab)
    assert form.password_edit.hasFocus()
    type_text(qtbot, form.password_edit, login.password)
    # The test server speaks without TLS: the last mode, "Do not encrypt".
    qtbot.keyClick(form.password_edit, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert form.tls_combo.hasFocus()
    press(qtbot, dialog, Qt.Key.Key_End)
    assert form.tls_combo.currentData() == "disable"
    assert not form.certificate_edit.isEnabled()

    joined_ids: list[object] = []
    sync.connected.connect(joined_ids.append)
    with qtbot.waitSignal(desk.main_window_shown, timeout=SYNC_WAIT_MS):
        qtbot.keyClick(form.password_edit, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert joined_ids == [login.facility_id]

    # The facility now has its id on the shared database: the window is built anew for it.
    joined = _window(desk)
    assert joined is not window
    qtbot.waitExposed(joined)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "connected to the shared database as Haus am Park" in _close_information_box(
        qtbot, joined
    )
    joined_sync = _sync_of(joined)
    assert joined_sync.facility_id == login.facility_id
    _wait_for_first_sync(qtbot, joined_sync)
    stored = json.loads(keyring_file.read_text())
    assert list(stored.values()) == [login.password]
    assert next(iter(stored)).startswith(KEYRING_SERVICE)

    # A visitor registered at the desk reaches the shared database with "Sync now".
    _register_visitor(qtbot, joined, "Ayşe")
    assert "Ayşe" not in _server_visitor_names(network)
    status = _sync_now(qtbot, joined)
    assert re.fullmatch(r"Synced at \d{1,2}:\d{2}(\s[AP]M)? · 0 changes waiting", status), status
    assert _server_visitor_names(network) == ["Ayşe"]
    assert _pending(desk_dir) == 0

    address = network.address(login)
    assert_converged(network, _seen_by_the_harness(network, desk_dir, login, address))


def test_the_settings_page_says_which_problem_stopped_connecting(
    qtbot: QtBot,
    network: Network,
    keyring_file: Path,
    start_desk: StartDesk,
) -> None:
    login = network.add_facility(FACILITY)
    window = _window(start_desk())
    dialog = window.open_settings(shared_database=True)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form = dialog.form
    host, port = server_address()

    def attempt(port_number: int, tls_mode: str) -> str:
        form.host_edit.setText(host)
        form.port_spin.setValue(port_number)
        form.database_edit.setText(network.database)
        form.role_edit.setText(login.role)
        form.password_edit.setText(login.password)
        form.tls_combo.setCurrentIndex(form.tls_combo.findData(tls_mode))
        with qtbot.waitSignal(_sync_of(window).connect_failed, timeout=SYNC_WAIT_MS):
            qtbot.mouseClick(form.connect_button, Qt.MouseButton.LeftButton)
        assert form.connect_status_label.property("errorLabel") is True
        return form.connect_status_label.text()

    # Nothing answers: the server cannot be reached.
    with FaultProxy(host, port) as proxy:
        proxy.refuse()
        unreachable = attempt(proxy.port, "disable")
    assert unreachable.startswith(f"The shared database at {host} cannot be reached.")
    # The server speaks no TLS, but the desk insists on a checked certificate.
    certificate = attempt(port, "verify-full")
    assert certificate.startswith("The shared database's certificate could not be verified")
    # Empty fields are named before anything is tried.
    form.password_edit.clear()
    qtbot.mouseClick(form.connect_button, Qt.MouseButton.LeftButton)
    assert form.connect_status_label.text() == "Enter the password of the account."
    qtbot.waitUntil(form.password_edit.hasFocus)

    assert not keyring_file.exists(), "no password is kept before an account was accepted"
    assert _sync_of(window).status_text() == "Shared database: not connected"
    dialog.close()


def test_a_wrong_password_is_told_apart_from_an_unreachable_server() -> None:
    refused = psycopg.OperationalError(
        'connection to server at "db.example.org" (10.0.0.5), port 5432 failed: FATAL:  '
        'password authentication failed for user "tresen_haus_am_park"'
    )
    problem = problems.explain_connect_error(
        refused, host="db.example.org", role="tresen_haus_am_park"
    )
    assert isinstance(problem, problems.WrongPassword)
    assert str(problem).startswith("The shared database refused the password for tresen_haus")
    silent = psycopg.OperationalError(
        'connection to server at "db.example.org" (10.0.0.5), port 5432 failed: timeout expired'
    )
    assert isinstance(
        problems.explain_connect_error(silent, host="db.example.org", role="x"),
        problems.ServerUnreachable,
    )


# Working offline


def test_an_unreachable_server_shows_offline_in_words_and_the_changes_wait(
    qtbot: QtBot,
    network: Network,
    keyring_file: Path,
    desk_dir: Path,
    start_desk: StartDesk,
) -> None:
    login = network.add_facility(FACILITY)
    with FaultProxy(*server_address()) as proxy:
        address = network.address(login, proxy)
        _connect_offline(desk_dir, address, login)
        window = _window(start_desk())
        sync = _sync_of(window)
        _wait_for_first_sync(qtbot, sync)

        # The network goes down: open connections break, new ones are refused.
        proxy.refuse()
        proxy.cut()
        _register_visitor(qtbot, window, "Jana")
        waiting = _pending(desk_dir)
        assert waiting > 0
        status = _sync_now(qtbot, window)
        host = address.host
        assert status.startswith(f"Offline · {waiting} change"), status
        assert f"The shared database at {host} cannot be reached." in status
        assert "This desk works on" in sync.status_button.toolTip()
        assert _pending(desk_dir) == waiting
        assert "Jana" not in _server_visitor_names(network)

        # The connection is back: a click on the status sends what waited.
        proxy.refuse(False)
        with qtbot.waitSignal(sync.sync_finished, timeout=SYNC_WAIT_MS):
            qtbot.mouseClick(sync.status_button, Qt.MouseButton.LeftButton)
        assert sync.status_text().startswith("Synced at")
        assert sync.status_text().endswith("· 0 changes waiting")
        assert _server_visitor_names(network) == ["Jana"]
        assert_converged(network, _seen_by_the_harness(network, desk_dir, login, address))


# Conflicts


def test_a_coordinator_sees_a_conflict_and_uses_the_other_value(
    qtbot: QtBot,
    network: Network,
    keyring_file: Path,
    desk_dir: Path,
    start_desk: StartDesk,
) -> None:
    other_desk = network.desk(FACILITY)
    login = network.logins[FACILITY]
    visitor = other_desk.services.visitors.register(
        VisitorDraft(first_name="Ayşe", last_name="Yılmaz", phone="030 111")
    )
    other_desk.sync()
    address = network.address(login)
    _connect_offline(desk_dir, address, login)
    window = _window(start_desk())
    sync = _sync_of(window)
    _wait_for_first_sync(qtbot, sync)
    here = _seen_by_the_harness(network, desk_dir, login, address)
    assert here.services.visitors.get(visitor.id).phone == "030 111"

    # Both desks change the phone number offline; this desk's change is the later one.
    _edit_phone(other_desk.services, visitor.id, "030 222")
    time.sleep(0.02)  # a later moment on the hybrid logical clock, whatever its resolution
    _edit_phone(here.services, visitor.id, "030 333")
    other_desk.services.visitors.register(VisitorDraft(first_name="Kemal"))
    other_desk.sync()
    # The visitors' screen, open during the sync, shows what arrived without being asked.
    window.show_screen(Screen.VISITORS)
    visitors = window.visitors_view
    qtbot.waitUntil(lambda: visitors.model.rowCount() == 1)
    assert _sync_now(qtbot, window).startswith("Synced at")
    qtbot.waitUntil(lambda: visitors.model.rowCount() == 2)
    assert here.services.visitors.get(visitor.id).phone == "030 333"
    button = sync.conflicts_button
    assert button.isVisible() and button.text() == "1 conflict to review"
    assert button.accessibleName() == "Conflicts to review"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.conflicts_dialog is not None)
    dialog = window.conflicts_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    table = dialog.form.conflicts_table
    assert table.rowCount() == 1
    row = [table.item(0, column).text() for column in range(table.columnCount())]
    assert row[:5] == [f"Ayşe Yılmaz ({visitor.number})", "Visitor", "Phone", "030 333", "030 222"]
    assert dialog.selected_conflict() is not None
    assert dialog.form.other_button.isEnabled()
    assert mnemonic_clashes_on_every_tab(dialog) == {}

    with qtbot.waitSignal(dialog.conflict_resolved):
        qtbot.keyClick(table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    assert dialog.form.status_label.text() == "No conflicts to review."
    assert here.services.visitors.get(visitor.id).phone == "030 222"
    qtbot.waitUntil(lambda: not button.isVisible())
    dialog.close()

    # The choice reaches every desk like any other edit.
    assert _sync_now(qtbot, window).endswith("· 0 changes waiting")
    other_desk.sync()
    assert other_desk.services.visitors.get(visitor.id).phone == "030 222"
    assert_converged(network, other_desk, here)


def _edit_phone(services: Services, visitor_id: uuid.UUID, phone: str) -> None:
    record = services.visitors.get(visitor_id)
    services.visitors.update(visitor_id, replace(record.draft(), phone=phone))


# Keyboard and the demo desk


def test_the_shared_database_page_has_its_own_letters(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
    language: str,
) -> None:
    sync = SyncController(
        runner, lambda: database, facility.id, services.conflicts, interval_minutes=5
    )
    dialog = SettingsDialog(
        SetupService(database.sessions),
        services.offers,
        runner,
        Settings(language=language, sync_interval_minutes=15),
        facility,
        logo_dir=database.path.parent,
        sync=sync,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.form.interval_spin.value() == 15
    assert mnemonic_clashes_on_every_tab(dialog) == {}, language
    sync.stop()


def test_the_demo_desk_is_never_shared(
    qtbot: QtBot,
    database: Database,
    services: Services,
    runner: TaskRunner,
    facility: FacilityRecord,
    clock: FakeClock,
    english: None,
) -> None:
    window = MainWindow(
        services=services,
        setup=SetupService(database.sessions),
        runner=runner,
        facility=facility,
        settings=Settings(language="en"),
        demo=True,
        data_path=database.path,
        clock=clock,
        on_duty=database.on_duty,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.sync is None
    assert not window.form.sync_now_action.isVisible()
    assert window.findChild(QPushButton, "sync_status_button") is None
    dialog = window.open_settings(shared_database=True)
    qtbot.waitExposed(dialog)
    assert dialog.form.tab_widget.indexOf(dialog.form.shared_tab) == -1
    assert saved_address(database) is None
    window.close()


def test_the_page_offers_every_tls_mode_of_the_connection() -> None:
    from desktop_app.gui import settings_dialog
    from desktop_app.sync import connection

    assert settings_dialog.TLS_MODES == connection.TLS_MODES
