"""The statistics screen: a period chosen by keys and clicks shows the hand-counted figures
of a small desk, beside the year before; reception reads them; reports are saved."""

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.access import Role, StaffMember
from desktop_app.core.db import Database
from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from desktop_app.core.settings import Settings
from desktop_app.core.statistics_records import Period, PeriodKind
from desktop_app.gui.main_window import MainWindow, Screen
from desktop_app.gui.statistics_view import (
    FigureTableModel,
    StatisticsView,
    change_text,
    last_day_of_twelve_months,
    people_text,
    report_file_stem,
)
from tests.conftest import FakeClock
from tests.gui.keyboard import press
from tests.pdf_tools import plain, text_of

# The people of the small desk; none of their names may reach a report.
VISITORS = {
    "Anna": ("Anna", "Albers", "27-50", Gender.FEMALE),
    "Ben": ("Ben", "Brandt", "65-79", Gender.MALE),
    "Cem": ("Cem", "Celik", "18-26", Gender.DIVERSE),
    "Dora": ("Dora", "Dietz", "27-50", Gender.FEMALE),
    "Eva": ("Eva", "Engel", "51-64", Gender.FEMALE),
}


def _at(clock: FakeClock, year: int, month: int, day: int) -> None:
    clock.now = datetime(year, month, day, 10, 0).astimezone()


@pytest.fixture
def small_desk(services: Services, clock: FakeClock) -> Iterator[None]:
    """Counted by hand:

    November 2025: Anna at the café (1 check-in, 1 visitor).
    October 2026: Ben at the café.
    November 2026: Anna, Ben, Cem, Dora and Eva at the café on the 2nd, three more people
    counted there by head; Anna at the café and in counselling on the 9th. That is
    7 check-ins + 3 head counts = 10 visits by 5 visitors; Cem, Dora and Eva came for the
    first time (3 new), Anna and Ben came before (2 returning: "< 3").
    """
    fields = services.offers.save_fields_of_action([(None, "Begegnung"), (None, "Beratung")])
    by_name = {field.name: field.id for field in fields}
    cafe = services.offers.create(
        OfferDraft(title="Offenes Café", field_of_action_id=by_name["Begegnung"])
    ).id
    counselling = services.offers.create(
        OfferDraft(
            title="Sozialberatung", field_of_action_id=by_name["Beratung"], is_counselling=True
        )
    ).id
    people: dict[str, uuid.UUID] = {}
    for key, (first, last, band, gender) in VISITORS.items():
        people[key] = services.visitors.register(
            VisitorDraft(first_name=first, last_name=last, age_band=band, gender=gender)
        ).id
    _at(clock, 2025, 11, 10)
    services.visits.check_in(people["Anna"], cafe)
    _at(clock, 2026, 10, 5)
    services.visits.check_in(people["Ben"], cafe)
    _at(clock, 2026, 11, 2)
    for key in ("Anna", "Ben", "Cem", "Dora", "Eva"):
        services.visits.check_in(people[key], cafe)
    for _ in range(3):
        services.tallies.count(cafe)
    _at(clock, 2026, 11, 9)
    services.visits.check_in(people["Anna"], cafe)
    services.visits.check_in(people["Anna"], counselling)
    _at(clock, 2026, 11, 23)
    yield


def _show_statistics(qtbot: QtBot, window: MainWindow) -> StatisticsView:
    """Ctrl+9, as a user goes there; waits for the figures of the current month."""
    press(qtbot, window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    view = window.statistics_view
    assert window.form.tabs.currentIndex() == Screen.STATISTICS
    qtbot.waitUntil(lambda: view.comparison is not None and not view.busy)
    return view


def _figures(view: StatisticsView) -> dict[str, tuple[str, str, str]]:
    """The key figures table: label -> (this period, a year earlier, change)."""
    return {row[0]: row[1:] for row in view.table_rows(view.form.key_figures_table)}


def _wait_for(qtbot: QtBot, view: StatisticsView, period: Period) -> None:
    qtbot.waitUntil(
        lambda: (
            view.comparison is not None
            and view.comparison.current.period == period
            and not view.busy
        )
    )


@pytest.mark.usefixtures("small_desk")
def test_the_month_shows_visits_and_visitors_apart_and_hides_small_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = _show_statistics(qtbot, window)
    assert view.period == Period.month(2026, 11)
    assert QApplication.focusWidget() is view.form.kind_combo
    figures = _figures(view)
    assert figures["Visits (check-ins and head counts)"] == ("10", "1", "+900 %")
    assert figures["of which check-ins"] == ("7", "1", "+600 %")
    assert figures["of which people in head counts"] == ("3", "0", "–")
    # Five people, counted once each however often they came; a year earlier only Anna.
    assert figures["Visitors"] == ("5", "< 3", "–")
    assert figures["New visitors"] == ("3", "< 3", "–")
    assert figures["Returning visitors"] == ("< 3", "0", "–")
    assert figures["Counselling contacts"] == ("1", "0", "–")
    assert figures["Visitors in counselling"] == ("< 3", "0", "–")
    form = view.form
    assert form.visits_value_label.text() == "10"
    assert form.visitors_value_label.text() == "5"
    assert "November 2026, compared with November 2025" in form.period_summary_label.text()

    offers = {row[0]: row[1:] for row in view.table_rows(form.offers_table)}
    # Visits, of which head counts, visitors, visits a year earlier.
    assert offers["Offenes Café"] == ("9", "3", "5", "1")
    assert offers["Sozialberatung"] == ("1", "0", "< 3", "0")
    genders = {row[0]: row[1:] for row in view.table_rows(form.genders_table)}
    # Every figure of a gender describes its few people: Anna's three visits, Dora's and
    # Eva's are the women's; the head counts have no gender.
    assert genders["female"] == ("5", "3", "< 3")
    assert genders["male"] == ("< 3", "< 3", "0")
    assert genders["not stated"] == ("3", "0", "0")
    groups = {row[0]: row[1:] for row in view.table_rows(form.age_groups_table)}
    assert groups["Adults up to 50"] == ("4", "< 3", "< 3")
    assert groups["Children and youth (0–26)"] == ("< 3", "< 3", "0")


@pytest.mark.usefixtures("small_desk")
def test_the_period_is_chosen_by_keys_and_clicks(qtbot: QtBot, window: MainWindow) -> None:
    view = _show_statistics(qtbot, window)
    form = view.form

    # Alt+Left: the month before, where Ben came alone.
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    _wait_for(qtbot, view, Period.month(2026, 10))
    assert _figures(view)["Visits (check-ins and head counts)"] == ("1", "0", "–")
    assert _figures(view)["Visitors"] == ("< 3", "0", "–")

    # The kind of period by keyboard: the year holding the month shown.
    form.kind_combo.setFocus()
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Down)
    assert view.period == Period.year(2026)
    assert form.year_spin.isVisible() and not form.month_combo.isVisible()
    _wait_for(qtbot, view, Period.year(2026))
    figures = _figures(view)
    assert figures["Visits (check-ins and head counts)"] == ("11", "1", "+1,000 %")
    assert figures["Visitors"] == ("5", "< 3", "–")
    # Ben's first visit was in October: in the year he is new, as are Cem, Dora and Eva.
    assert figures["New visitors"] == ("4", "< 3", "–")

    # Alt+Y and a year typed: 2025, compared with 2024.
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.year_spin
    qtbot.keyClick(form.year_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.year_spin, "2025")
    assert form.year_spin.text() == "2025"
    _wait_for(qtbot, view, Period.year(2025))
    assert _figures(view)["Visits (check-ins and head counts)"] == ("1", "0", "–")

    # A custom period by clicks on the kind and the next-period button.
    form.kind_combo.setCurrentIndex(3)
    assert form.from_edit.isVisible() and form.to_edit.isVisible()
    assert view.period == Period(Period.year(2025).start, Period.year(2025).end)
    # At most twelve months: the last day offered is the end of the twelfth month.
    assert form.to_edit.maximumDate() == QDate(2025, 12, 31)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, view, Period.year(2026))
    assert view.period.kind is PeriodKind.CUSTOM
    assert _figures(view)["Visits (check-ins and head counts)"][0] == "11"


@pytest.mark.usefixtures("small_desk")
def test_the_counting_rules_of_the_settings_are_used_and_said(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = _show_statistics(qtbot, window)
    rules_text = view.form.rules_label.text()
    assert "every person in a head count is one visit" in rules_text
    assert "first visit to this facility falls in the period" in rules_text

    settings = Settings(
        language="en", statistics_visit_rule="check_ins", statistics_new_visitor_rule="registered"
    )
    with qtbot.waitSignal(view.figures_shown):
        window._on_settings_saved(settings)
    figures = _figures(view)
    assert figures["Visits (check-ins)"] == ("7", "1", "+600 %")
    assert figures["People in head counts (apart)"] == ("3", "0", "–")
    # All five were registered in November 2026, when the test desk was filled.
    assert figures["New visitors"] == ("5", "0", "–")
    assert "head counts are shown apart" in view.form.rules_label.text()
    assert "registered in the period" in view.form.rules_label.text()


def _told(qtbot: QtBot, view: StatisticsView) -> QMessageBox:
    qtbot.waitUntil(lambda: view.report is not None)
    report = view.report
    assert report is not None
    return report


@pytest.fixture
def reception_window(database: Database, request: pytest.FixtureRequest) -> MainWindow:
    """The main window as ``window`` builds it, with reception signed in first."""
    database.on_duty.sign_in(StaffMember(id=None, name="Rolf Empfang", role=Role.RECEPTION))
    main = request.getfixturevalue("window")
    assert isinstance(main, MainWindow)
    return main


@pytest.mark.usefixtures("small_desk")
def test_reception_reads_the_figures_without_the_report_buttons(
    qtbot: QtBot, reception_window: MainWindow, tmp_path: Path
) -> None:
    view = _show_statistics(qtbot, reception_window)
    assert _figures(view)["Visitors"][0] == "5"
    assert view.form.pdf_button.isHidden() and view.form.xlsx_button.isHidden()
    # Asked some other way, the file is still refused.
    path = tmp_path / "Statistik.xlsx"
    view.save_xlsx_to(path)
    report = _told(qtbot, view)
    assert "Your role does not allow this" in report.text()
    report.close()
    assert not path.exists()


@pytest.mark.usefixtures("small_desk")
def test_coordination_sees_the_report_buttons(qtbot: QtBot, window: MainWindow) -> None:
    view = _show_statistics(qtbot, window)
    assert view.form.pdf_button.isVisible() and view.form.xlsx_button.isEnabled()


@pytest.mark.usefixtures("small_desk")
def test_the_workbook_is_saved_through_the_file_dialog_without_names(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = _show_statistics(qtbot, window)
    qtbot.mouseClick(view.form.xlsx_button, Qt.MouseButton.LeftButton)
    dialog = view.file_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitExposed(dialog)
    assert dialog.selectedFiles()[0].endswith("Statistik-2026-11.xlsx")
    path = tmp_path / "Statistik.xlsx"
    with qtbot.waitSignal(view.saved, timeout=20_000) as saved:
        dialog.selectFile(str(path))
        dialog.accept()
    assert saved.args == [path]
    report = _told(qtbot, view)
    assert str(path) in report.text()
    report.close()

    workbook = openpyxl.load_workbook(path)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert "Offenes Café" in cells and "< 3" in cells
    names = {part for person in VISITORS.values() for part in person[:2]}
    assert not [cell for cell in cells if any(name in cell for name in names)]


@pytest.mark.usefixtures("small_desk")
def test_the_report_is_saved_as_pdf_without_names(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = _show_statistics(qtbot, window)
    path = tmp_path / "Bericht.pdf"
    with qtbot.waitSignal(view.saved, timeout=30_000):
        view.save_pdf_to(path)
    _told(qtbot, view).close()
    text = plain(text_of(path))
    assert "Offenes Café" in text
    names = {part for person in VISITORS.values() for part in person[:2]}
    assert not [name for name in names if name in text]


@pytest.mark.usefixtures("small_desk")
def test_a_file_that_cannot_be_written_is_told(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    view = _show_statistics(qtbot, window)
    view.save_xlsx_to(tmp_path / "no-such-folder" / "Statistik.xlsx")
    report = _told(qtbot, view)
    assert "could not be written" in report.text()
    report.close()


def test_the_figure_table_model(qtmodeltester: ModelTester) -> None:
    model = FigureTableModel(label_columns=1)
    model.set_rows(
        ["Figure", "This period"], [("Visits", "9"), ("Visitors", "< 3")], frozenset({0})
    )
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "< 3"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    model.set_rows(["Figure"], [])
    qtmodeltester.check(model)


def test_small_counts_and_changes_give_no_one_away(english: None) -> None:
    assert [people_text(n) for n in (0, 1, 2, 3)] == ["0", "< 3", "< 3", "3"]
    assert change_text(12, 10) == "+20 %"
    assert change_text(9, 10) == "−10 %"
    assert change_text(5, 0) == "–"
    # From two people to four is "+100 %": that would tell the hidden two.
    assert change_text(4, 2, person_level=True) == "–"
    assert change_text(4, 2) == "+100 %"


def test_custom_periods_and_file_names() -> None:
    assert last_day_of_twelve_months(Period.month(2026, 3).start).isoformat() == "2027-02-28"
    assert report_file_stem(Period.quarter(2026, 4)) == "Statistik-2026-Q4"
    assert report_file_stem(Period.year(2025)) == "Statistik-2025"
    start, end = Period.month(2026, 3).start, Period.month(2026, 5).end
    assert report_file_stem(Period(start, end)) == "Statistik-2026-03-01-bis-2026-05-31"


def test_every_table_has_an_accessible_name(qtbot: QtBot, window: MainWindow) -> None:
    window.show_screen(Screen.STATISTICS)
    view = window.statistics_view
    qtbot.waitUntil(lambda: not view.busy)
    for table in view.findChildren(QTableView):
        assert table.accessibleName(), table.objectName()
