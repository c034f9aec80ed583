"""The screen lock: after inactivity and on Ctrl+L, unlocking, and a colleague taking over."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.core.access import PermissionDenied, Role
from desktop_app.core.records import OfferDraft
from desktop_app.core.services import Services
from desktop_app.core.services.accounts import AccountDraft
from desktop_app.gui.main_window import MainWindow, Screen
from tests.gui.keyboard import press, type_text

ANNA_PASSWORD = "Anna-Passwort-1"
ROLF_PASSWORD = "Rolf-Passwort-1"


@pytest.fixture
def staff(services: Services) -> None:
    """Anna (admin) on duty, and Rolf at reception."""
    services.accounts.create_first_admin(
        AccountDraft("Anna Admin", "anna", Role.ADMIN), ANNA_PASSWORD
    )
    services.accounts.add_account(AccountDraft("Rolf Empfang", "rolf", Role.RECEPTION), "x" * 12)
    rolf = next(a for a in services.accounts.list_accounts() if a.user_name == "rolf")
    services.accounts.reset_password(rolf.id, ROLF_PASSWORD)


def _open_visitor_form(qtbot: QtBot, window: MainWindow, name: str) -> None:
    checkin = window.checkin_view
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: checkin.visitor_dialog is not None)
    dialog = checkin.visitor_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.form.first_name_edit, name)


def _submit(qtbot: QtBot, window: MainWindow, secret: str) -> None:
    edit = window.sign_in_page.form.password_edit
    qtbot.waitUntil(edit.isVisible)
    type_text(qtbot, edit, secret)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_inactivity_locks_and_hides_everything_until_the_same_person_unlocks(
    qtbot: QtBot, staff: None, window: MainWindow
) -> None:
    window.lock()  # Anna's own account is on duty from here on
    _submit(qtbot, window, ANNA_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)
    _open_visitor_form(qtbot, window, "Mehmet")
    dialog = window.checkin_view.visitor_dialog
    assert dialog is not None

    # Nobody touches the desk: it locks on its own.
    window.inactivity.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.locked)
    window.inactivity.set_minutes(10)
    assert not dialog.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.checkin_view.isVisible()
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if w is not window and w.isWindow()
    )
    # The desk's shortcuts do nothing while locked.
    assert not window.form.settings_action.isEnabled()
    assert not window.form.sync_now_action.isEnabled()
    page = window.sign_in_page
    assert "Anna Admin is signed in" in page.form.message_label.text()

    _submit(qtbot, window, "falsch-falsch")
    qtbot.waitUntil(lambda: "not correct" in page.form.error_label.text())
    assert window.locked and not dialog.isVisible()

    _submit(qtbot, window, ANNA_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)
    # Anna goes on where she left: her form is back with what she typed.
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.form.first_name_edit.text() == "Mehmet"
    assert window.menuBar().isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: window.checkin_view.visitor_dialog is None)

    # Ctrl+L locks at once, for the walk to the room with a visitor.
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_a_colleague_takes_over_from_the_lock_and_gets_what_reception_may_do(
    qtbot: QtBot, staff: None, window: MainWindow, services: Services
) -> None:
    window.lock()
    _submit(qtbot, window, ANNA_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)
    _open_visitor_form(qtbot, window, "Privat")
    dialog = window.checkin_view.visitor_dialog
    assert dialog is not None

    window.inactivity.set_interval_ms(50)
    qtbot.waitUntil(lambda: window.locked)
    window.inactivity.set_minutes(10)
    page = window.sign_in_page
    qtbot.mouseClick(page.form.other_person_button, Qt.MouseButton.LeftButton)
    assert page.form.user_name_edit.isVisible()
    type_text(qtbot, page.form.user_name_edit, "rolf")
    _submit(qtbot, window, ROLF_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked)

    # Anna's open form is gone; Rolf starts afresh, with the desk's screens only.
    qtbot.waitUntil(lambda: window.checkin_view.visitor_dialog is None)
    assert not window.form.settings_action.isEnabled()
    assert not window.form.conflicts_action.isEnabled()
    assert window.form.checkin_action.isEnabled()
    staff_label = window.findChild(QLabel, "staff_label")
    assert staff_label is not None and staff_label.text() == "Rolf Empfang · Reception"
    press(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is None
    # The offers and the directory are there to read; changing them is not offered.
    window.show_screen(Screen.OFFERS)
    offers = window.offers_view
    assert not offers.form.new_button.isVisible() and not offers.form.edit_button.isVisible()
    window.show_screen(Screen.DIRECTORY)
    directory = window.directory_view
    assert directory.form.new_button.isHidden() and directory.form.export_button.isHidden()
    # Whatever the path, the services refuse what reception may not do.
    with pytest.raises(PermissionDenied):
        services.offers.create(OfferDraft(title="Nähcafé"))
    with pytest.raises(PermissionDenied):
        services.accounts.list_accounts()
