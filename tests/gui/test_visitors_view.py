"""The visitors screen, driven as at the desk: filter, sort, scroll, history, edit."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.core.records import OfferDraft, OfferRecord, VisitorDraft, VisitorRecord
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from desktop_app.gui.models.visitors_model import PAGE_SIZE, Column, HistoryColumn
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.visitor_dialog import VisitorDialog
from desktop_app.gui.visitors_view import VisitorsView
from tests.conftest import FakeClock
from tests.gui.keyboard import type_text
from tests.gui.test_visitors_model import register_many


@pytest.fixture
def people(services: Services) -> dict[str, VisitorRecord]:
    drafts = {
        "anna": VisitorDraft(
            first_name="Anna", last_name="Müller", birth_year=1984, gender=Gender.FEMALE
        ),
        "jonas": VisitorDraft(first_name="Jonas", last_name="Mueller", postcode="13353"),
        "omer": VisitorDraft(first_name="Ömer", last_name="Özdemir", age_band="27-50"),
        "zoe": VisitorDraft(first_name="Zoë", last_name="Adler", email="zoe@example.org"),
        "rania": VisitorDraft(first_name="رانيا", last_name="Haddad"),
    }
    return {key: services.visitors.register(draft) for key, draft in drafts.items()}


@pytest.fixture
def cafe(services: Services) -> OfferRecord:
    return services.offers.create(OfferDraft(title="Offenes Café"))


def _view(qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock) -> VisitorsView:
    view = VisitorsView(services, runner, False, clock=clock)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _names(view: VisitorsView) -> list[str]:
    model = view.model
    return [str(model.index(row, Column.NAME).data()) for row in range(model.rowCount())]


def _filter(qtbot: QtBot, view: VisitorsView, text: str) -> list[str]:
    edit = view.form.filter_edit
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(view.filter_applied):
        type_text(qtbot, edit, text)
    return _names(view)


def _click_header(qtbot: QtBot, view: VisitorsView, column: Column) -> None:
    header = view.form.visitors_table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _choose(qtbot: QtBot, view: VisitorsView, name: str) -> VisitorRecord:
    """Filter for ``name`` and go down into the list; the first match is chosen."""
    _filter(qtbot, view, name)
    qtbot.keyClick(view.form.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.form.visitors_table
    chosen = view.selected_visitor()
    assert chosen is not None
    return chosen


def _open_editor(qtbot: QtBot, view: VisitorsView, key: Qt.Key) -> VisitorDialog:
    qtbot.keyClick(view.form.visitors_table, key)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitorDialog))
    dialog = view.visitor_dialog
    assert dialog is not None and dialog is QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    return dialog


def _replace_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


# --- the list ------------------------------------------------------------------------------


def test_opens_with_everyone_by_name_and_the_first_chosen(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert _names(view) == [
        "Adler, Zoë",
        "Haddad, رانيا",
        "Mueller, Jonas",
        "Müller, Anna",
        "Özdemir, Ömer",
    ]
    assert view.form.count_label.text() == "5 visitors"
    assert view.selected_visitor() == people["zoe"]
    assert view.form.edit_button.isEnabled()
    # The screen's focus goes to the filter, so that typing filters at once.
    view.setFocus()
    assert QApplication.focusWidget() is view.form.filter_edit


def test_typing_filters_accent_insensitively(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert _filter(qtbot, view, "muller") == ["Müller, Anna"]
    assert view.form.count_label.text() == "1 visitors"
    assert _filter(qtbot, view, "mueller") == ["Mueller, Jonas", "Müller, Anna"]
    assert _filter(qtbot, view, "ÖZDEM") == ["Özdemir, Ömer"]
    assert _filter(qtbot, view, "zoe adl") == ["Adler, Zoë"]
    assert _filter(qtbot, view, "رانيا") == ["Haddad, رانيا"]
    assert _filter(qtbot, view, people["jonas"].number.lower()) == ["Mueller, Jonas"]
    assert _filter(qtbot, view, "nobody") == []
    assert view.form.count_label.text() == "0 visitors"
    assert view.selected_visitor() is None
    assert not view.form.edit_button.isEnabled()
    assert view.form.history_status_label.text() == "Choose a visitor to see their visits."
    with qtbot.waitSignal(view.filter_applied):
        view.form.filter_edit.clear()
    assert len(_names(view)) == 5


def test_clicking_column_titles_sorts(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    header = view.form.visitors_table.horizontalHeader()
    by_name = _names(view)
    _click_header(qtbot, view, Column.NAME)  # sorted by name already: now the other way
    assert _names(view) == by_name[::-1]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    _click_header(qtbot, view, Column.NUMBER)
    numbers = [view.model.record_at(row).number for row in range(view.model.rowCount())]
    assert numbers == sorted(person.number for person in people.values())
    assert header.sortIndicatorSection() == Column.NUMBER

    _click_header(qtbot, view, Column.POSTCODE)
    _click_header(qtbot, view, Column.POSTCODE)
    assert _names(view)[0] == "Mueller, Jonas"  # the only postcode, first when descending

    # The last visit cannot be sorted by: the order and its mark stay as they were.
    before = _names(view)
    with qtbot.assertNotEmitted(view.model.modelReset):
        _click_header(qtbot, view, Column.LAST_VISIT)
    assert _names(view) == before
    assert header.sortIndicatorSection() == Column.POSTCODE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # Filtering keeps the chosen order.
    assert _filter(qtbot, view, "mu") == ["Mueller, Jonas", "Müller, Anna"]


def test_scrolling_down_fetches_the_next_pages(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    total = 2 * PAGE_SIZE + 50
    register_many(services, total)
    view = _view(qtbot, services, runner, clock)
    table = view.form.visitors_table
    # Only the first page is read when the screen opens.
    assert view.model.rowCount() == PAGE_SIZE < total
    assert view.form.count_label.text() == f"{total} visitors"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.rowCount() > PAGE_SIZE)
    # Each jump to the end of what is loaded fetches more (Qt may ask twice per jump).
    for _ in range(3):
        if view.model.rowCount() == total:
            break
        qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == total
    assert not view.model.canFetchMore(QModelIndex())
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_visitor() == view.model.record_at(total - 1)
    assert view.form.count_label.text() == f"{total} visitors"


def test_refresh_shows_a_new_registration_and_keeps_the_chosen_visitor(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert view.select_visitor(people["omer"].id)
    services.visitors.register(VisitorDraft(first_name="Aaron", last_name="Aal"))
    view.refresh()
    assert _names(view)[0] == "Aal, Aaron"
    assert view.form.count_label.text() == "6 visitors"
    assert view.selected_visitor() == people["omer"]


def test_a_hidden_screen_reads_the_list_only_when_shown(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = VisitorsView(services, runner, False, clock=clock)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0, "nothing read at start, behind another tab"
    services.visitors.register(VisitorDraft(first_name="Aaron", last_name="Aal"))
    view.refresh()  # a registration on the check-in screen
    assert view.model.rowCount() == 0
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 6
    assert _names(view)[0] == "Aal, Aaron"
    view.hide()
    services.visitors.register(VisitorDraft(first_name="Abel", last_name="Aal"))
    view.refresh()
    assert view.model.rowCount() == 6
    view.show()
    assert _names(view)[:2] == ["Aal, Aaron", "Aal, Abel"]


# --- the history ---------------------------------------------------------------------------


def test_choosing_a_visitor_shows_their_visits(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
    cafe: OfferRecord,
) -> None:
    counselling = services.offers.create(OfferDraft(title="Sozialberatung"))
    anna = people["anna"]
    services.visits.check_in(anna.id, cafe.id)
    clock.advance(days=3, hours=4)
    services.visits.check_in(anna.id, counselling.id)

    view = _view(qtbot, services, runner, clock)
    history = view.history_model
    assert _choose(qtbot, view, "jonas") == people["jonas"]
    qtbot.waitUntil(lambda: view.form.history_status_label.text() == "No visits yet.")
    assert history.rowCount() == 0

    assert _choose(qtbot, view, "anna").id == anna.id
    qtbot.waitUntil(lambda: history.rowCount() == 2)
    assert view.form.history_status_label.text() == "2 visits"
    assert view.form.history_label.text() == f"Visit hi&story of Anna Müller ({anna.number})"
    newest = history.visit_at(0)
    assert newest.offer_title == "Sozialberatung"
    assert newest.visited_on == (clock.now).date()
    assert history.index(1, HistoryColumn.OFFER).data() == "Offenes Café"
    assert history.visit_at(1).visited_on == (clock.now - timedelta(days=3, hours=4)).date()
    last_visit = view.model.index(0, Column.LAST_VISIT).data()
    assert last_visit == history.index(0, HistoryColumn.DATE).data()


def test_arrows_move_the_history_along(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
    cafe: OfferRecord,
) -> None:
    services.visits.check_in(people["jonas"].id, cafe.id)
    view = _view(qtbot, services, runner, clock)
    table = view.form.visitors_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # Adler → Haddad
    qtbot.keyClick(table, Qt.Key.Key_Down)  # → Mueller
    assert view.selected_visitor().id == people["jonas"].id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 1)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # → Müller, no visits
    qtbot.waitUntil(lambda: view.form.history_status_label.text() == "No visits yet.")
    assert view.history_model.rowCount() == 0


# --- editing -------------------------------------------------------------------------------


def test_an_invalid_e_mail_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    zoe = _choose(qtbot, view, "zoe")
    dialog = _open_editor(qtbot, view, Qt.Key.Key_F2)
    assert dialog.form.first_name_edit.text() == "Zoë"
    _replace_text(qtbot, dialog.form.email_edit, "zoe@example")
    with qtbot.assertNotEmitted(view.visitor_changed):
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.form.email_error_label.isVisible)
        qtbot.waitUntil(lambda: not runner.busy)
    assert "e-mail" in dialog.form.email_error_label.text()
    assert dialog.isVisible()
    assert services.visitors.get(zoe.id).email == "zoe@example.org"
    assert view.model.record_at(0).email == "zoe@example.org"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.visitor_dialog is None)
    # The list has the focus again once the window is active again.
    assert view.focusWidget() is view.form.visitors_table


def test_a_valid_change_is_saved_and_shown_in_the_list(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    anna = _choose(qtbot, view, "müller")
    dialog = _open_editor(qtbot, view, Qt.Key.Key_Return)
    _replace_text(qtbot, dialog.form.first_name_edit, "Anna-Lena")
    _replace_text(qtbot, dialog.form.email_edit, "anna.lena@example.org")
    with qtbot.waitSignal(view.visitor_changed) as changed:
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    saved = changed.args[0]
    assert saved.id == anna.id
    assert saved.first_name == "Anna-Lena"
    assert services.visitors.get(anna.id).email == "anna.lena@example.org"
    assert _names(view) == ["Müller, Anna-Lena"]
    assert view.selected_visitor() == saved
    assert view.form.history_label.text().startswith("Visit hi&story of Anna-Lena Müller")
    qtbot.waitUntil(lambda: view.visitor_dialog is None)
    # The new name is found by the filter as well.
    assert _filter(qtbot, view, "anna-lena") == ["Müller, Anna-Lena"]


def test_edit_button_opens_the_form_and_last_name_setting_is_passed_on(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    view.set_last_name_required(True)
    _choose(qtbot, view, "zoe")
    qtbot.mouseClick(view.form.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), VisitorDialog))
    dialog = view.visitor_dialog
    assert dialog is not None
    _replace_text(qtbot, dialog.form.last_name_edit, "")
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.form.last_name_error_label.isVisible)
    assert services.visitors.get(people["zoe"].id).last_name == "Adler"
    dialog.reject()


# --- keys and language ---------------------------------------------------------------------


def test_ctrl_f_goes_back_to_the_filter(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    _choose(qtbot, view, "anna")
    qtbot.keyClick(view.form.visitors_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.form.filter_edit
    assert view.form.filter_edit.selectedText() == "anna"


def test_a_language_switch_retranslates_in_place(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    people: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    with qtbot.waitSignal(view.model.headerDataChanged):
        QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.form.count_label.text() == "5 visitors"
    assert view.form.filter_label.text() == "&Filter:"
    assert "F2" in view.form.keys_label.text()
