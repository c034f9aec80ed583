"""No Alt+letter does two things at once, in English or in German.

When two visible controls share a letter, Qt only cycles the focus between them: the
letter no longer does what its label promises.
"""

from pytestqt.qtbot import QtBot

from desktop_app.core.services import Services
from desktop_app.core.volunteer_records import Activity, VolunteerDraft
from desktop_app.gui.main_window import MainWindow
from tests.gui.keyboard import mnemonic_clashes_on_every_tab


def test_every_screen_and_tab_has_its_own_letters(
    qtbot: QtBot, window: MainWindow, services: Services, language: str
) -> None:
    services.volunteers.create(VolunteerDraft(first_name="Ruth", activities=(Activity("Café"),)))
    window.volunteers_view.reload()
    qtbot.waitUntil(lambda: window.volunteers_view.model.rowCount() > 0)
    window.volunteers_view.form.volunteers_table.selectRow(0)
    assert mnemonic_clashes_on_every_tab(window) == {}, language
