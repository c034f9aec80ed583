"""Today's visits: the list, changing a visit's offer, removing one after confirmation."""

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.records import OfferDraft, OfferRecord, VisitorDraft, VisitRecord
from desktop_app.core.services import Services
from desktop_app.gui.models.visits_model import VISIT_ROLE, Column, VisitsModel, time_text
from desktop_app.gui.tasks import TaskRunner
from desktop_app.gui.today_view import TodayView
from tests.conftest import FakeClock

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@dataclass(frozen=True)
class Day:
    cafe: OfferRecord
    beratung: OfferRecord
    ayse_cafe: VisitRecord  # 10:00
    jan_cafe: VisitRecord  # 10:15
    ayse_beratung: VisitRecord  # 10:30


def _day(services: Services, clock: FakeClock) -> Day:
    cafe = services.offers.create(OfferDraft(title="Offenes Café"))
    beratung = services.offers.create(OfferDraft(title="Sozialberatung"))
    ayse = services.visitors.register(VisitorDraft(first_name="Ayşe", last_name="Yılmaz"))
    jan = services.visitors.register(VisitorDraft(first_name="Jan", last_name="Kowalski"))
    ayse_cafe = services.visits.check_in(ayse.id, cafe.id)
    clock.advance(minutes=15)
    jan_cafe = services.visits.check_in(jan.id, cafe.id)
    clock.advance(minutes=15)
    ayse_beratung = services.visits.check_in(ayse.id, beratung.id)
    return Day(cafe, beratung, ayse_cafe, jan_cafe, ayse_beratung)


def _view(qtbot: QtBot, services: Services, runner: TaskRunner, rows: int) -> TodayView:
    view = TodayView(services, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: view.isActiveWindow())
    qtbot.waitUntil(lambda: view.model.rowCount() == rows and view.form.offer_combo.count() > 0)
    qtbot.waitUntil(lambda: not runner.busy)
    view.setFocus()
    return view


def _press(
    qtbot: QtBot, view: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER
) -> None:
    """Press a key where the keyboard focus is, as the user does; it must be in the view."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget)
    assert focus is view or view.isAncestorOf(focus), focus
    qtbot.keyClick(focus, key, modifier)


def _cell(view: TodayView, row: int, column: Column) -> str:
    return str(view.model.index(row, column).data())


def _confirmation(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def _box_button(box: QMessageBox, name: str) -> QAbstractButton:
    button = box.findChild(QAbstractButton, name)
    assert button is not None
    return button


def test_lists_todays_check_ins_newest_first(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    day = _day(services, clock)
    view = _view(qtbot, services, runner, rows=3)

    assert [_cell(view, row, Column.VISITOR_NAME) for row in range(3)] == [
        "Ayşe Yılmaz",
        "Jan Kowalski",
        "Ayşe Yılmaz",
    ]
    assert _cell(view, 0, Column.OFFER) == "Sozialberatung"
    assert _cell(view, 1, Column.VISITOR_NUMBER) == day.jan_cafe.visitor_number
    assert _cell(view, 1, Column.TIME) == QTime(10, 15).toString(
        view.locale().timeFormat(view.locale().FormatType.ShortFormat)
    )
    assert view.form.summary_label.text() == "Visits today: 3"
    # The newest visit is chosen, so Delete or F2 act at once.
    assert view.selected_visit() == day.ayse_beratung

    # A later check-in appears after F5.
    carla = services.visitors.register(VisitorDraft(first_name="Carla"))
    clock.advance(minutes=5)
    services.visits.check_in(carla.id, day.beratung.id)
    _press(qtbot, view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert _cell(view, 0, Column.VISITOR_NAME) == "Carla"
    assert view.form.summary_label.text() == "Visits today: 4"
    # The chosen visit stays chosen.
    assert view.selected_visit() == day.ayse_beratung


def test_change_offer_by_keyboard(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    day = _day(services, clock)
    view = _view(qtbot, services, runner, rows=3)
    _press(qtbot, view, Qt.Key.Key_Down)
    assert view.selected_visit() == day.jan_cafe
    assert view.form.offer_combo.currentText() == "Offenes Café"

    _press(qtbot, view, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is view.form.offer_combo
    qtbot.keyClicks(view.form.offer_combo, "S")
    assert view.form.offer_combo.currentText() == "Sozialberatung"
    with qtbot.waitSignal(view.visits_changed):
        _press(qtbot, view, Qt.Key.Key_Return)

    assert _cell(view, 1, Column.OFFER) == "Sozialberatung"
    assert QApplication.focusWidget() is view.form.visits_table
    offers = {visit.id: visit.offer_id for visit in services.visits.today()}
    assert offers[day.jan_cafe.id] == day.beratung.id
    assert offers[day.ayse_cafe.id] == day.cafe.id


def test_change_offer_refused_shows_why(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    day = _day(services, clock)
    view = _view(qtbot, services, runner, rows=3)
    assert view.select_visit(day.ayse_cafe.id)
    view.form.offer_combo.setCurrentIndex(view.form.offer_combo.findText("Sozialberatung"))

    with qtbot.assertNotEmitted(view.visits_changed):
        qtbot.mouseClick(view.form.change_offer_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.form.message_label.isVisible())
        qtbot.waitUntil(lambda: not runner.busy)
    assert view.form.message_label.text() == (
        "Ayşe Yılmaz is already checked in to “Sozialberatung” today."
    )
    offers = {visit.id: visit.offer_id for visit in services.visits.today()}
    assert offers[day.ayse_cafe.id] == day.cafe.id


def test_remove_after_confirmation(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    day = _day(services, clock)
    view = _view(qtbot, services, runner, rows=3)
    _press(qtbot, view, Qt.Key.Key_Down)
    assert view.selected_visit() == day.jan_cafe

    _press(qtbot, view, Qt.Key.Key_Delete)
    box = _confirmation(qtbot)
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert "Jan Kowalski" in box.text()
    assert "Offenes Café" in box.text()
    with qtbot.waitSignal(view.visits_changed):
        qtbot.mouseClick(_box_button(box, "remove_confirm_button"), Qt.MouseButton.LeftButton)

    assert view.model.row_of(day.jan_cafe.id) is None
    assert view.form.summary_label.text() == "Visits today: 2"
    assert [visit.id for visit in services.visits.today()] == [
        day.ayse_beratung.id,
        day.ayse_cafe.id,
    ]
    # The next visit is chosen, so several can be removed in a row. (The window's focus
    # widget: the offscreen platform does not give the window back its activation.)
    assert view.selected_visit() == day.ayse_cafe
    assert view.focusWidget() is view.form.visits_table


def test_remove_cancelled_keeps_the_visit(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    day = _day(services, clock)
    view = _view(qtbot, services, runner, rows=3)

    with qtbot.assertNotEmitted(view.visits_changed):
        # Cancel by the button...
        qtbot.mouseClick(view.form.remove_button, Qt.MouseButton.LeftButton)
        box = _confirmation(qtbot)
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        # ...and by a hasty Enter: Cancel is the default button.
        _press(qtbot, view, Qt.Key.Key_Delete)
        box = _confirmation(qtbot)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        qtbot.waitUntil(lambda: not runner.busy)

    assert view.model.rowCount() == 3
    assert len(services.visits.today()) == 3
    assert view.selected_visit() == day.ayse_beratung


def test_nothing_to_correct_on_an_empty_day(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    services.offers.create(OfferDraft(title="Offenes Café"))
    view = _view(qtbot, services, runner, rows=0)
    assert view.form.summary_label.text() == "Visits today: 0"
    assert not view.form.remove_button.isEnabled()
    assert not view.form.change_offer_button.isEnabled()
    _press(qtbot, view, Qt.Key.Key_Delete)
    assert QApplication.activeModalWidget() is None


def test_visits_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, clock: FakeClock
) -> None:
    day = _day(services, clock)
    model = VisitsModel()
    model.set_visits(services.visits.today())
    qtmodeltester.check(model)

    assert model.rowCount() == 3
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.OFFER, Qt.Orientation.Horizontal) == "Offer"
    assert model.index(2, Column.TIME).data(VISIT_ROLE) == day.ayse_cafe
    assert model.index(2, Column.TIME).data() == time_text(day.ayse_cafe)
    # The tester stays attached and checks every change below.
    moved = services.visits.change_offer(day.jan_cafe.id, day.beratung.id)
    model.replace(moved)
    assert model.index(1, Column.OFFER).data() == "Sozialberatung"
    model.remove(day.ayse_beratung.id)
    assert model.rowCount() == 2
    model.retranslate()
    model.set_visits([])
    assert model.rowCount() == 0


def test_texts_survive_a_language_change(
    qtbot: QtBot, services: Services, runner: TaskRunner, clock: FakeClock
) -> None:
    _day(services, clock)
    view = _view(qtbot, services, runner, rows=3)
    with qtbot.waitSignal(view.model.headerDataChanged):
        QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.form.summary_label.text() == "Visits today: 3"
    assert "F2" in view.form.keys_label.text()
    assert (
        "Delete" in view.form.remove_button.toolTip() or "Del" in view.form.remove_button.toolTip()
    )
