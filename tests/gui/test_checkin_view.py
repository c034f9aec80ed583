"""The check-in screen, driven by keyboard as at the desk."""

import threading
import uuid
from datetime import date, time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.records import (
    OfferDraft,
    OfferRecord,
    ScheduleSlot,
    VisitorDraft,
    VisitorQuery,
    VisitorRecord,
)
from desktop_app.core.services import Services
from desktop_app.gui.checkin_view import CheckinView, name_parts
from desktop_app.gui.models.visitor_matches_model import Column, VisitorMatchesModel
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.visitor_dialog import VisitorDialog
from tests.conftest import FakeClock
from tests.gui.conftest import ReportedErrors
from tests.gui.keyboard import type_text


def _offer(
    services: Services, title: str = "Offenes Café", start: int = 10, end: int = 12, day: int = 0
) -> OfferRecord:
    slot = ScheduleSlot(weekday=day, start=time(start), end=time(end))
    return services.offers.create(OfferDraft(title=title, schedule=(slot,)))


def _visitor(services: Services, first: str, last: str = "") -> VisitorRecord:
    return services.visitors.register(VisitorDraft(first_name=first, last_name=last))


def _view(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, *, offers: bool = True
) -> CheckinView:
    view = CheckinView(services, runner, clock=clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    if offers:
        qtbot.waitUntil(lambda: view.current_offer() is not None)
    else:
        qtbot.waitUntil(view.form.no_offers_label.isVisible)
    return view


def _search(qtbot: QtBot, view: CheckinView, text: str) -> list[VisitorRecord]:
    type_text(qtbot, view.form.search_edit, text)
    qtbot.waitUntil(lambda: not view.search_pending)
    return view.matches_model.records()


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """A key press where the keyboard focus is, as the user's keyboard would send it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    if modifier is None:
        qtbot.keyClick(focus, key)
    else:
        qtbot.keyClick(focus, key, modifier)


def _names(records: list[VisitorRecord]) -> list[str]:
    return [record.display_name for record in records]


def _selected_id(view: CheckinView) -> uuid.UUID | None:
    selected = view.selected_visitor()
    return selected.id if selected is not None else None


@pytest.fixture
def cafe(services: Services) -> OfferRecord:
    return _offer(services)


@pytest.fixture
def regulars(services: Services, clock: FakeClock, cafe: OfferRecord) -> dict[str, VisitorRecord]:
    """Müller-like names with past visits: Jonas came yesterday, Anna last week."""
    people = {
        "anna": _visitor(services, "Anna", "Müller"),
        "jonas": _visitor(services, "Jonas", "Müller"),
        "petra": _visitor(services, "Petra", "Müllner"),
        "emre": _visitor(services, "Emre", "Özdemir"),
        "maria": _visitor(services, "Maria", "Schmidt"),
    }
    clock.advance(days=-7)
    services.visits.check_in(people["anna"].id, cafe.id)
    clock.advance(days=6)
    services.visits.check_in(people["jonas"].id, cafe.id)
    clock.advance(days=1)
    return people


def test_search_field_has_focus_when_shown(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert QApplication.focusWidget() is view.form.search_edit


def test_returning_visitor_checked_in_by_keyboard_alone(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    cafe: OfferRecord,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert QApplication.focusWidget() is view.form.search_edit
    matches = _search(qtbot, view, "müll")
    # The most recent visitor first: Jonas (yesterday), Anna (last week), Petra (never).
    assert _names(matches) == ["Jonas Müller", "Anna Müller", "Petra Müllner"]
    assert _selected_id(view) == regulars["jonas"].id
    assert view.form.results_view.model().index(1, Column.LAST_VISIT).data() != ""

    keys_after_prefix = [Qt.Key.Key_Down, Qt.Key.Key_Return]
    assert len(keys_after_prefix) <= 3
    with qtbot.waitSignal(view.visit_recorded) as recorded:
        for key in keys_after_prefix:
            _press(qtbot, key)
            # Arrow keys move the choice in the list; the typing focus stays put.
            assert QApplication.focusWidget() is view.form.search_edit
    visit = recorded.args[0]
    assert visit.visitor_id == regulars["anna"].id
    assert visit.offer_id == cafe.id
    assert [v.id for v in services.visits.today()] == [visit.id]
    assert view.form.search_edit.text() == ""
    assert QApplication.focusWidget() is view.form.search_edit
    assert view.status_text() == "Anna Müller checked in to Offenes Café."
    assert view.form.undo_button.isEnabled()


def test_up_and_down_stay_within_the_list(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    _search(qtbot, view, "müll")
    _press(qtbot, Qt.Key.Key_Up)
    assert _selected_id(view) == regulars["jonas"].id
    for _ in range(5):
        _press(qtbot, Qt.Key.Key_Down)
    assert _selected_id(view) == regulars["petra"].id
    _press(qtbot, Qt.Key.Key_Up)
    assert _selected_id(view) == regulars["anna"].id
    assert QApplication.focusWidget() is view.form.search_edit


@pytest.mark.parametrize("typed", ["muller", "mueller", "Müller", "MÜLLER", "müller anna"])
def test_search_folds_accents_and_umlauts(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
    typed: str,
) -> None:
    view = _view(qtbot, services, runner, clock)
    names = _names(_search(qtbot, view, typed))
    assert "Anna Müller" in names
    assert "Maria Schmidt" not in names
    assert "Petra Müllner" not in names


def test_search_finds_oezdemir_by_ozdemir_and_name_parts_in_any_order(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert _names(_search(qtbot, view, "ozdemir")) == ["Emre Özdemir"]
    view.form.search_edit.clear()
    assert _names(_search(qtbot, view, "özd em")) == ["Emre Özdemir"]


def test_search_by_visitor_number(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    maria = regulars["maria"]
    matches = _search(qtbot, view, maria.number.lower())
    assert matches[0].id == maria.id
    assert _selected_id(view) == maria.id
    assert view.form.results_view.model().index(0, Column.NUMBER).data() == maria.number


def test_answers_to_text_typed_over_are_dropped(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    cafe: OfferRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna = _visitor(services, "Anna", "Arslan")
    _visitor(services, "Ali", "Demir")
    view = _view(qtbot, services, runner, clock)
    release = threading.Event()
    real_search = services.visitors.search

    def slow_search(text: str) -> list[VisitorRecord]:
        if text == "a":
            release.wait(10)
        return real_search(text)

    monkeypatch.setattr(services.visitors, "search", slow_search)
    shown: list[list[str]] = []
    view.matches_model.modelReset.connect(
        lambda: shown.append(_names(view.matches_model.records()))
    )
    qtbot.keyClicks(view.form.search_edit, "a")
    qtbot.keyClicks(view.form.search_edit, "n")
    # Enter before the answers came: it waits for the answer to "an", not "a".
    _press(qtbot, Qt.Key.Key_Return)
    assert view.search_pending
    with qtbot.waitSignal(view.visit_recorded) as recorded:
        release.set()
    assert shown[0] == ["Anna Arslan"]
    assert all("Ali Demir" not in names for names in shown)
    assert recorded.args[0].visitor_id == anna.id


def test_undo_last_check_in_with_ctrl_z(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    _search(qtbot, view, "maria")
    with qtbot.waitSignal(view.visit_recorded) as recorded:
        _press(qtbot, Qt.Key.Key_Return)
    visit = recorded.args[0]
    assert view.last_visit_id == visit.id
    with qtbot.waitSignal(view.visit_undone) as undone:
        _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert undone.args == [visit.id]
    assert services.visits.today() == []
    assert view.status_text() == "Check-in of Maria Schmidt to Offenes Café undone."
    assert not view.form.undo_button.isEnabled()
    assert QApplication.focusWidget() is view.form.search_edit


def test_undo_button_takes_back_only_the_last_check_in(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert not view.form.undo_button.isEnabled()
    for name in ("maria", "emre"):
        _search(qtbot, view, name)
        with qtbot.waitSignal(view.visit_recorded):
            _press(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.visit_undone):
        qtbot.mouseClick(view.form.undo_button, Qt.MouseButton.LeftButton)
    assert [v.visitor_name for v in services.visits.today()] == ["Maria Schmidt"]


def test_undo_of_a_check_in_from_yesterday_is_refused(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
) -> None:
    view = _view(qtbot, services, runner, clock)
    _search(qtbot, view, "maria")
    with qtbot.waitSignal(view.visit_recorded):
        _press(qtbot, Qt.Key.Key_Return)
    clock.advance(days=1)
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not view.form.undo_button.isEnabled() and not runner.busy)
    assert view.status_text() == "Only today's check-ins can be undone."


def test_second_check_in_the_same_day_shows_the_rule(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    regulars: dict[str, VisitorRecord],
    reported_errors: ReportedErrors,
) -> None:
    view = _view(qtbot, services, runner, clock)
    for _ in range(2):
        _search(qtbot, view, "anna")
        assert _selected_id(view) == regulars["anna"].id
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not runner.busy)
    assert view.status_text() == "Anna Müller is already checked in to “Offenes Café” today."
    assert view.form.status_label.property("errorLabel") is True
    assert len(services.visits.today()) == 1
    assert view.form.search_edit.text() == "anna"
    assert not reported_errors


def test_enter_without_a_match_hints_at_registering(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert _search(qtbot, view, "nobody") == []
    _press(qtbot, Qt.Key.Key_Return)
    assert view.status_text() == "No visitor found. Ctrl+N registers a new visitor."
    assert services.visits.today() == []


def _reactivate(qtbot: QtBot, view: CheckinView) -> None:
    """Give the view's window back the activation a window manager gives a dialog's parent.

    The offscreen platform has no window manager: nothing is active after a dialog closes.
    """
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)


def _open_dialog_with_ctrl_n(qtbot: QtBot, view: CheckinView) -> VisitorDialog:
    _press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.visitor_dialog is not None)
    dialog = view.visitor_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_new_visitor_registered_and_checked_in_at_once(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    view = _view(qtbot, services, runner, clock)
    assert _search(qtbot, view, "Lena Schulz-Ağaoğlu") == []
    dialog = _open_dialog_with_ctrl_n(qtbot, view)
    assert dialog.form.first_name_edit.text() == "Lena"
    assert dialog.form.last_name_edit.text() == "Schulz-Ağaoğlu"
    # Both names came along: the form continues with the year of birth.
    assert QApplication.focusWidget() is dialog.form.birth_year_edit
    qtbot.keyClicks(dialog.form.birth_year_edit, "1990")
    with (
        qtbot.waitSignal(view.visitor_registered) as registered,
        qtbot.waitSignal(view.visit_recorded) as recorded,
    ):
        _press(qtbot, Qt.Key.Key_Return)  # the default button: "Save and check in"
    visitor = registered.args[0]
    assert visitor.display_name == "Lena Schulz-Ağaoğlu"
    assert visitor.birth_year == 1990
    assert visitor.age_band == "27-50"
    visit = recorded.args[0]
    assert (visit.visitor_id, visit.offer_id) == (visitor.id, cafe.id)
    assert services.visits.today() == [visit]
    qtbot.waitUntil(lambda: view.visitor_dialog is None)
    assert view.status_text() == "Lena Schulz-Ağaoğlu checked in to Offenes Café."
    _reactivate(qtbot, view)
    assert QApplication.focusWidget() is view.form.search_edit


def test_new_visitor_saved_without_check_in_is_one_enter_away(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    view = _view(qtbot, services, runner, clock)
    qtbot.mouseClick(view.form.new_visitor_button, Qt.MouseButton.LeftButton)
    dialog = view.visitor_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.form.first_name_edit.text() == ""
    qtbot.keyClicks(dialog.form.first_name_edit, "Kim")
    with qtbot.waitSignal(view.visitor_registered) as registered:
        qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    visitor = registered.args[0]
    assert services.visitors.count(VisitorQuery()) == 1
    assert services.visits.today() == []
    assert view.status_text() == f"Kim registered with visitor number {visitor.number}."
    qtbot.waitUntil(lambda: _selected_id(view) == visitor.id and not view.search_pending)
    qtbot.waitUntil(lambda: view.visitor_dialog is None)
    _reactivate(qtbot, view)
    assert QApplication.focusWidget() is view.form.search_edit
    with qtbot.waitSignal(view.visit_recorded):
        _press(qtbot, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("first", "last"),
    [("محمد", "العلي"), ("Zoë 😀", "O'Brien"), ('Anna "Anni"', "Nguyễn")],
)
def test_names_in_any_script_are_shown_exactly(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    clock: FakeClock,
    cafe: OfferRecord,
    first: str,
    last: str,
) -> None:
    visitor = _visitor(services, first, last)
    view = _view(qtbot, services, runner, clock)
    matches = _search(qtbot, view, last)
    assert matches == [visitor]
    shown = view.form.results_view.model().index(0, Column.NAME).data()
    assert shown == f"{first} {last}"
    with qtbot.waitSignal(view.visit_recorded) as recorded:
        _press(qtbot, Qt.Key.Key_Return)
    assert recorded.args[0].visitor_name == f"{first} {last}"
    assert view.status_text() == f"{first} {last} checked in to Offenes Café."


def test_offers_of_today_come_first_with_their_times(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    _offer(services, "Sprachcafé", 14, 16, day=2)  # Wednesday
    _offer(services, "Offenes Café", 10, 12)
    _offer(services, "Frühstück", 8, 9)
    view = _view(qtbot, services, runner, clock)
    combo = view.form.offer_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "Frühstück – today 08:00–09:00",
        "Offenes Café – today 10:00–12:00",
        "Sprachcafé",
    ]
    # At 10:00 breakfast is over: the café, on now, is chosen.
    assert view.current_offer() is not None
    assert view.current_offer().title == "Offenes Café"  # type: ignore[union-attr]


def test_alt_o_chooses_the_offer_and_reload_keeps_it(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    _offer(services, "Sprachcafé", 14, 16, day=2)
    view = _view(qtbot, services, runner, clock)
    _press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.form.offer_combo
    _press(qtbot, Qt.Key.Key_Down)
    assert view.current_offer() is not None
    assert view.current_offer().title == "Sprachcafé"  # type: ignore[union-attr]
    _offer(services, "Anmeldung", 9, 17)
    view.reload_offers()
    qtbot.waitUntil(lambda: view.form.offer_combo.count() == 3)
    assert view.current_offer().title == "Sprachcafé"  # type: ignore[union-attr]
    # Deactivated meanwhile: the choice falls back to what runs now.
    chosen = view.current_offer()
    assert chosen is not None
    services.offers.set_active(chosen.id, False)
    view.reload_offers()
    qtbot.waitUntil(lambda: view.form.offer_combo.count() == 2)
    assert view.current_offer().title == "Anmeldung"  # type: ignore[union-attr]


def test_without_offers_check_in_is_off_and_says_why(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    anna = _visitor(services, "Anna", "Müller")
    view = _view(qtbot, services, runner, clock, offers=False)
    assert "no active offers" in view.form.no_offers_label.text()
    assert not view.form.check_in_button.isEnabled()
    assert not view.form.offer_combo.isEnabled()
    assert _search(qtbot, view, "anna") == [anna]
    _press(qtbot, Qt.Key.Key_Return)
    assert view.status_text() == "Check-in needs an offer. Create the facility's offers first."
    assert services.visits.today() == []
    # Registering still works; "Save and check in" is not offered.
    dialog = _open_dialog_with_ctrl_n(qtbot, view)
    assert not dialog.form.save_and_check_in_button.isVisible()
    assert dialog.form.save_button.isDefault()
    # An offer created elsewhere: the main window calls reload_offers.
    _offer(services)
    dialog.reject()
    view.reload_offers()
    qtbot.waitUntil(view.form.check_in_button.isEnabled)
    assert not view.form.no_offers_label.isVisible()


def test_controls_have_accessible_names(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    view = _view(qtbot, services, runner, clock)
    form = view.form
    controls: list[QWidget] = [
        form.search_edit,
        form.results_view,
        form.offer_combo,
        form.check_in_button,
        form.new_visitor_button,
        form.undo_button,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()


def test_name_parts_split_the_search_text() -> None:
    assert name_parts("Anna Maria Müller") == ("Anna", "Maria Müller")
    assert name_parts("  Anna ") == ("Anna", "")
    assert name_parts("") == ("", "")
    assert name_parts("K3M 4P9X") == ("", "")


def test_matches_model(qtmodeltester: ModelTester, services: Services) -> None:
    model = VisitorMatchesModel()
    records = [
        _visitor(services, "Anna", "Müller"),
        _visitor(services, "محمد", ""),
        _visitor(services, "Zoë 😀", "O'Brien"),
    ]
    model.set_records(records)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.columnCount() == len(Column)
    assert model.index(1, Column.NAME).data() == "محمد"
    assert model.index(0, Column.LAST_VISIT).data() == ""
    assert model.headerData(Column.NUMBER, Qt.Orientation.Horizontal) == "Visitor number"
    assert model.record(2) == records[2]
    assert model.record(3) is None
    model.set_records([])
    qtmodeltester.check(model)


def test_matches_model_shows_the_last_visit(services: Services, cafe: OfferRecord) -> None:
    anna = _visitor(services, "Anna", "Müller")
    services.visits.check_in(anna.id, cafe.id)
    model = VisitorMatchesModel()
    model.set_records(services.visitors.search("anna"))
    record = model.record(0)
    assert record is not None and record.last_visit_on == date(2026, 11, 23)
    assert model.index(0, Column.LAST_VISIT).data() != ""


def test_language_change_keeps_texts_set_in_code(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock, cafe: OfferRecord
) -> None:
    _offer(services, "Sprachcafé", 14, 16, day=2)
    view = _view(qtbot, services, runner, clock)
    view.form.offer_combo.setCurrentIndex(1)
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    combo = view.form.offer_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Offenes Café – today 10:00–12:00",
        "Sprachcafé",
    ]
    assert view.current_offer() is not None
    assert view.current_offer().title == "Sprachcafé"  # type: ignore[union-attr]
    assert view.form.search_label.text() == "&Search"
