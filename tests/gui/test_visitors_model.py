"""The visitors screen's lazy model and the visit history model."""

import uuid
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTime
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop_app.core.records import (
    OfferDraft,
    VisitorDraft,
    VisitorQuery,
    VisitorRecord,
    VisitRecord,
)
from desktop_app.core.reference import Gender
from desktop_app.core.services import Services
from desktop_app.gui.models.visitors_model import (
    PAGE_SIZE,
    VISITOR_ROLE,
    Column,
    HistoryColumn,
    VisitHistoryModel,
    VisitorsModel,
)
from tests.conftest import FakeClock

MANY = 2 * PAGE_SIZE + 50
FIRST_NAMES = ("Anna", "Ömer", "Lena", "Mehmet", "Olga", "Yusuf", "Zeynep", "Paul", "Nour")
LAST_NAMES = ("Müller", "Özdemir", "Nguyen", "Kowalski", "Weiß", "Al-Hassan", "Schmidt")


def register_many(services: Services, count: int) -> list[VisitorRecord]:
    """``count`` visitors with varied names; enough of them to need several pages."""
    return [
        services.visitors.register(
            VisitorDraft(
                first_name=f"{FIRST_NAMES[i % len(FIRST_NAMES)]}",
                last_name=f"{LAST_NAMES[i % len(LAST_NAMES)]} {i:03d}",
                birth_year=1940 + i % 80,
                gender=list(Gender)[i % len(Gender)],
                postcode=f"{10115 + i % 40}",
            )
        )
        for i in range(count)
    ]


def _model(services: Services, query: VisitorQuery | None = None) -> VisitorsModel:
    model = VisitorsModel(services.visitors.count, services.visitors.page)
    model.set_query(query or VisitorQuery())
    return model


def _names(model: VisitorsModel) -> list[str]:
    return [model.record_at(row).display_name for row in range(model.rowCount())]


def _short_date(day: date) -> str:
    """As the user's locale writes it; the tests run in whatever locale the machine has."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _record(name: str, **fields: object) -> VisitorRecord:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "number": "2345678",
        "created_at": datetime(2026, 1, 1, tzinfo=UTC),
        "first_name": name,
    }
    values.update(fields)
    return VisitorRecord(**values)  # type: ignore[arg-type]


# --- against the real service --------------------------------------------------------------


def test_model_passes_the_model_tester_while_fetching_more(
    qtmodeltester: ModelTester, services: Services
) -> None:
    register_many(services, MANY)
    model = _model(services)
    assert model.rowCount() == PAGE_SIZE
    qtmodeltester.check(model)
    # The tester asked for more rows, and the model announced them properly.
    assert model.rowCount() > PAGE_SIZE


def test_model_tester_with_a_filter_and_an_empty_list(
    qtmodeltester: ModelTester, services: Services
) -> None:
    register_many(services, 20)
    model = _model(services, VisitorQuery(text="müll"))
    assert 0 < model.rowCount() < 20
    qtmodeltester.check(model)
    model.set_query(VisitorQuery(text="nobody by this name"))
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_only_pages_are_loaded_until_more_are_fetched(services: Services) -> None:
    register_many(services, MANY)
    model = _model(services)
    assert model.total == MANY
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == MANY
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: a no-op
    assert model.rowCount() == MANY
    ids = [model.record_at(row).id for row in range(MANY)]
    assert len(set(ids)) == MANY, "no visitor twice"
    assert ids == [record.id for record in services.visitors.page(VisitorQuery(), 0, MANY)]


def test_sorting_asks_the_service_and_keeps_the_count(qtbot: QtBot, services: Services) -> None:
    register_many(services, 30)
    counted: list[VisitorQuery] = []

    def count(query: VisitorQuery) -> int:
        counted.append(query)
        return services.visitors.count(query)

    model = VisitorsModel(count, services.visitors.page)
    model.set_query(VisitorQuery())
    ascending = [model.record_at(row).number for row in range(model.rowCount())]
    with qtbot.waitSignal(model.modelReset):
        model.sort(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    assert model.query == VisitorQuery(sort="number", descending=True)
    numbers = [model.record_at(row).number for row in range(model.rowCount())]
    assert numbers == sorted(ascending, reverse=True)
    assert model.sort_column() is Column.NUMBER
    assert len(counted) == 1, "a new order needs no new count"


def test_a_column_the_service_cannot_sort_keeps_the_order(qtbot: QtBot, services: Services) -> None:
    register_many(services, 5)
    model = _model(services)
    assert not model.is_sortable(Column.LAST_VISIT)
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(Column.LAST_VISIT, Qt.SortOrder.DescendingOrder)
    assert model.query == VisitorQuery()
    assert model.sort_column() is Column.NAME


def test_reload_keeps_the_rows_loaded(services: Services) -> None:
    register_many(services, MANY)
    model = _model(services)
    model.fetchMore(QModelIndex())
    services.visitors.register(VisitorDraft(first_name="Aaron", last_name="Aal"))
    model.reload()
    assert model.total == MANY + 1
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.record_at(0).display_name == "Aaron Aal"


def test_cells_show_what_the_desk_reads(services: Services, clock: FakeClock) -> None:
    anna = services.visitors.register(
        VisitorDraft(first_name="Anna", last_name="Müller", birth_year=1984, gender=Gender.FEMALE)
    )
    services.visitors.register(VisitorDraft(first_name="Mira", age_band="18-26"))
    offer = services.offers.create(OfferDraft(title="Café"))
    services.visits.check_in(anna.id, offer.id)
    model = _model(services)

    def text(row: int, column: Column) -> str:
        return str(model.index(row, column).data())

    assert text(0, Column.NAME) == "Mira"
    assert text(0, Column.AGE) == "18-26"
    assert text(0, Column.LAST_VISIT) == ""
    assert text(1, Column.NAME) == "Müller, Anna"
    assert text(1, Column.NUMBER) == anna.number
    assert text(1, Column.AGE) == "1984 (27-50)"
    assert text(1, Column.GENDER) == "female"
    assert text(1, Column.LAST_VISIT) == _short_date(clock.now.date())
    assert model.index(1, Column.NAME).data(VISITOR_ROLE).id == anna.id
    assert model.headerData(Column.LAST_VISIT, Qt.Orientation.Horizontal) == "Last visit"


# --- against stand-in callables ------------------------------------------------------------


def test_a_visitor_repeated_by_the_next_page_is_shown_once() -> None:
    # Between two pages a visitor may move (renamed on another screen): the service's
    # next page can then repeat one already shown.
    records = [_record(f"V{i:02d}") for i in range(5)]
    pages = {0: records[0:2], 2: [records[1], records[2]], 4: records[3:5]}
    model = VisitorsModel(
        lambda query: 5, lambda query, offset, limit: pages.get(offset, []), page_size=2
    )
    model.set_query(VisitorQuery())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert _names(model) == ["V00", "V01", "V02", "V03", "V04"]


def test_a_list_that_shrank_meanwhile_ends_where_the_rows_end() -> None:
    records = [_record(f"V{i}") for i in range(3)]
    model = VisitorsModel(
        lambda query: 10,  # counted before some were removed elsewhere
        lambda query, offset, limit: records[offset : offset + limit],
        page_size=2,
    )
    model.set_query(VisitorQuery())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    assert model.total == 3
    assert not model.canFetchMore(QModelIndex())


def test_replace_shows_an_edited_visitor_in_its_row(qtbot: QtBot) -> None:
    anna = _record("Anna", last_name="Müller")
    model = VisitorsModel(lambda query: 1, lambda query, offset, limit: [anna][offset:])
    model.set_query(VisitorQuery())
    edited = VisitorRecord(**{**anna.__dict__, "first_name": "Annelie"})
    with qtbot.waitSignal(model.dataChanged):
        assert model.replace(edited)
    assert model.index(0, Column.NAME).data() == "Müller, Annelie"
    assert model.row_of(anna.id) == 0
    assert not model.replace(_record("Unknown"))


# --- the history ---------------------------------------------------------------------------


def _visit(day: int, offer: str) -> VisitRecord:
    return VisitRecord(
        id=uuid.uuid4(),
        visitor_id=uuid.uuid4(),
        visitor_number="2345678",
        visitor_name="Anna Müller",
        offer_id=uuid.uuid4(),
        offer_title=offer,
        visited_on=date(2026, 11, day),
        visited_at=datetime(2026, 11, day, 9, 30).astimezone(),
    )


@pytest.mark.parametrize("count", [0, 3])
def test_history_model_passes_the_model_tester(qtmodeltester: ModelTester, count: int) -> None:
    model = VisitHistoryModel()
    model.set_visits([_visit(20 - day, f"Offer {day}") for day in range(count)])
    qtmodeltester.check(model)
    assert model.rowCount() == count


def test_history_model_shows_date_time_and_offer() -> None:
    model = VisitHistoryModel()
    model.set_visits([_visit(23, "Sprachcafé"), _visit(16, "Beratung")])
    assert model.index(0, HistoryColumn.DATE).data() == _short_date(date(2026, 11, 23))
    short = QLocale.FormatType.ShortFormat
    assert model.index(0, HistoryColumn.TIME).data() == QLocale().toString(QTime(9, 30), short)
    assert model.index(1, HistoryColumn.OFFER).data() == "Beratung"
    assert model.headerData(HistoryColumn.OFFER, Qt.Orientation.Horizontal) == "Offer"
    model.clear()
    assert model.rowCount() == 0
