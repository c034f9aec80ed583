"""A set-up desk starts on its sign-in page and reads nothing before someone signs in."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.app import Desk
from desktop_app.core.access import Role
from desktop_app.core.records import OfferDraft
from desktop_app.core.services import Services
from desktop_app.core.services.accounts import AccountDraft
from desktop_app.core.settings import Settings, save_settings
from desktop_app.gui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.gui.keyboard import type_text

PASSWORD = "Anna-Passwort-1"


@pytest.fixture
def set_up_desk(services: Services) -> None:
    """A facility with an offer and the administrator's account."""
    services.accounts.create_first_admin(AccountDraft("Anna Admin", "anna", Role.ADMIN), PASSWORD)
    services.offers.create(OfferDraft(title="Offenes Café"))


def test_the_check_in_screen_has_its_offers_once_someone_has_signed_in(
    qtbot: QtBot, set_up_desk: None, data_dir: Path, tmp_path: Path, clock: FakeClock
) -> None:
    settings_dir = tmp_path / "config"
    save_settings(settings_dir, Settings(language="en"))
    desk = Desk(data_dir, settings_dir, clock=clock)
    window: MainWindow | None = None
    try:
        with qtbot.waitSignal(desk.main_window_shown) as shown:
            desk.start()
        window = shown.args[0]
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        assert window.locked
        page = window.sign_in_page
        type_text(qtbot, page.form.user_name_edit, "anna")
        type_text(qtbot, page.form.password_edit, PASSWORD)
        qtbot.keyClick(page.form.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked)

        checkin = window.checkin_view
        assert window.form.tabs.currentWidget() is checkin
        qtbot.waitUntil(lambda: checkin.current_offer() is not None)
        offer = checkin.current_offer()
        assert offer is not None and offer.title == "Offenes Café"
        # Nothing was asked of the services while nobody was signed in: no message came up.
        assert desk.reporter.box is None
    finally:
        if window is not None:
            window.close()
        desk.shutdown()
