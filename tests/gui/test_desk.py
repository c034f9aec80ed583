"""The whole program as a user meets it: first start, problems at start, language."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.app import Desk
from desktop_app.core.errors import DatabaseCorrupt
from desktop_app.core.local_file import DATABASE_FILE
from desktop_app.core.settings import Settings, load_settings, save_settings
from desktop_app.gui.main_window import MainWindow
from tests.conftest import TEST_ADMIN, FakeClock, open_on_duty
from tests.gui.keyboard import type_text


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def make_desk(
    qtbot: QtBot, data_dir: Path, settings_dir: Path, clock: FakeClock
) -> Iterator["DeskFactory"]:
    desks: list[Desk] = []

    def make(*, signed_in: bool = True, **options: object) -> Desk:
        """A desk; ``signed_in``: an admin is on duty, as after the sign-in page."""
        desk = Desk(data_dir, settings_dir, clock=clock, **options)  # type: ignore[arg-type]
        if signed_in:
            desk.on_duty.sign_in(TEST_ADMIN)
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        if desk.main_window is not None:
            desk.main_window.close()
        desk.shutdown()


DeskFactory = type(lambda **options: Desk)  # for annotations only


def _started(qtbot: QtBot, desk: Desk) -> MainWindow:
    with qtbot.waitSignal(desk.main_window_shown) as shown:
        desk.start()
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    return window


def test_first_start_asks_for_the_facility_and_the_admin_account_then_opens_check_in(
    qtbot: QtBot, make_desk: DeskFactory
) -> None:
    desk = make_desk(signed_in=False)
    desk.start()
    dialog = desk.setup_dialog
    assert dialog is not None and desk.main_window is None
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.form.name_edit, "Begegnungsstätte Tiergarten")
    qtbot.keyClicks(dialog.form.phone_edit, "030 9018 1234")
    with qtbot.waitSignal(desk.main_window_shown):
        qtbot.keyClick(dialog.form.phone_edit, Qt.Key.Key_Return)
    window = desk.main_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    # Nobody works anonymously: the first start creates the administrator's account.
    page = window.sign_in_page
    assert window.locked and not window.menuBar().isVisible()
    qtbot.waitUntil(page.form.display_name_edit.isVisible)
    # The offscreen platform does not hand the activation back from the closed set-up.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(page.form.display_name_edit.hasFocus)
    type_text(qtbot, page.form.display_name_edit, "Jana Köhler")
    qtbot.keyClick(page.form.display_name_edit, Qt.Key.Key_Tab)
    type_text(qtbot, page.form.user_name_edit, "jana")
    qtbot.keyClick(page.form.user_name_edit, Qt.Key.Key_Tab)
    type_text(qtbot, page.form.password_edit, "kurz")
    qtbot.keyClick(page.form.password_edit, Qt.Key.Key_Tab)
    type_text(qtbot, page.form.repeat_edit, "kurz")
    qtbot.keyClick(page.form.repeat_edit, Qt.Key.Key_Return)
    # The desk speaks German by default: "Passwort: Mindestens 10 Zeichen."
    qtbot.waitUntil(lambda: "Mindestens 10 Zeichen" in page.form.error_label.text())
    assert window.locked
    for edit in (page.form.password_edit, page.form.repeat_edit):
        edit.clear()
        type_text(qtbot, edit, "Tiergarten-2026")
    qtbot.keyClick(page.form.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked)
    assert desk.on_duty.member is not None and desk.on_duty.member.name == "Jana Köhler"
    assert window.menuBar().isVisible()
    assert window.form.tabs.currentWidget() is window.checkin_view
    assert "Begegnungsstätte Tiergarten" in window.windowTitle()


def test_second_start_goes_straight_to_check_in(qtbot: QtBot, make_desk: DeskFactory) -> None:
    desk = make_desk()
    desk.start()
    assert desk.setup_dialog is not None
    qtbot.keyClicks(desk.setup_dialog.form.name_edit, "STZ Moabit")
    with qtbot.waitSignal(desk.main_window_shown):
        desk.setup_dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert desk.main_window is not None
    desk.main_window.close()
    desk.shutdown()
    again = make_desk()
    window = _started(qtbot, again)
    assert again.setup_dialog is None
    assert "STZ Moabit" in window.windowTitle()


def _problem_text(qtbot: QtBot, desk: Desk) -> str:
    with qtbot.waitSignal(desk.finished):
        desk.start()
        box = desk.problem_box
        assert box is not None
        qtbot.waitExposed(box)
        text = box.text()
        box.button(QMessageBox.StandardButton.Close).click()
    assert desk.main_window is None and desk.setup_dialog is None
    return text


def test_a_locked_database_gets_a_dialog_naming_the_file(
    qtbot: QtBot, make_desk: DeskFactory, data_dir: Path, settings_dir: Path
) -> None:
    save_settings(settings_dir, Settings(language="en"))
    open_on_duty(data_dir).close()
    holder = sqlite3.connect(data_dir / DATABASE_FILE)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        text = _problem_text(qtbot, make_desk())
    finally:
        holder.rollback()
        holder.close()
    assert str(data_dir / DATABASE_FILE) in text
    assert "in use by another program" in text


def test_a_corrupt_database_gets_a_dialog_and_stays_untouched(
    qtbot: QtBot, make_desk: DeskFactory, data_dir: Path, settings_dir: Path
) -> None:
    save_settings(settings_dir, Settings(language="en"))
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_FILE
    path.write_bytes(b"\x00garbage" * 512)
    text = _problem_text(qtbot, make_desk())
    assert str(path) in text
    assert "cannot be read" in text
    assert path.read_bytes() == b"\x00garbage" * 512


def test_the_problem_dialog_speaks_german_by_default(
    qtbot: QtBot, make_desk: DeskFactory, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_FILE).write_bytes(b"\x00garbage" * 512)
    desk = make_desk()
    assert desk.settings == Settings(language="de")
    text = _problem_text(qtbot, desk)
    assert "kann nicht gelesen werden" in text


def test_switching_the_language_retranslates_the_running_window(
    qtbot: QtBot, make_desk: DeskFactory, settings_dir: Path
) -> None:
    first = make_desk()
    first.start()
    dialog = first.setup_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.name_edit, "MGH Wedding")
    with qtbot.waitSignal(first.main_window_shown):
        dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    window = first.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.form.tabs.tabText(0) == "Empfang"
    window.form.settings_action.trigger()
    settings_dialog = window.settings_dialog
    assert settings_dialog is not None
    qtbot.waitExposed(settings_dialog)
    combo = settings_dialog.form.language_combo
    combo.setCurrentIndex(combo.findData("en"))
    ok = settings_dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled)  # once the fields of action have loaded
    with qtbot.waitSignal(window.settings_changed):
        ok.click()
    qtbot.waitUntil(lambda: window.form.tabs.tabText(0) == "Check-in")
    assert load_settings(settings_dir).language == "en"
    assert QApplication.translate("MainWindow", "&Visitors") == "&Visitors"


def test_a_database_that_fails_behind_the_shown_window_closes_it_and_says_why(
    qtbot: QtBot,
    make_desk: DeskFactory,
    data_dir: Path,
    settings_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_settings(settings_dir, Settings(language="en"))
    first = make_desk()
    first.start()
    assert first.setup_dialog is not None
    qtbot.keyClicks(first.setup_dialog.form.name_edit, "STZ Moabit")
    with qtbot.waitSignal(first.main_window_shown):
        first.setup_dialog.form.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert first.main_window is not None
    first.main_window.close()
    first.shutdown()

    def damaged(directory: Path, on_duty: object = None) -> None:
        raise DatabaseCorrupt(directory / DATABASE_FILE)

    # The file looked fine to the quick look, then turns out damaged when opened.
    monkeypatch.setattr("desktop_app.core.db.open_database", damaged)
    desk = make_desk()
    with qtbot.waitSignal(desk.main_window_shown):
        desk.start()
    qtbot.waitUntil(lambda: desk.problem_box is not None and desk.problem_box.isVisible())
    assert desk.main_window is None
    assert desk.problem_box is not None
    assert "cannot be read" in desk.problem_box.text()
    with qtbot.waitSignal(desk.finished):
        desk.problem_box.button(QMessageBox.StandardButton.Close).click()
    # Calls that waited for the opening fail with it quietly: one dialog, not one per call.
    assert desk.reporter.box is None
