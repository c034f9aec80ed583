"""Visits pulled from another desk are counted for the statistics as the desk's own are."""

import sqlite3

from desktop_app.core.statistics_records import Period
from desktop_app.core.visit_months import rebuild_visit_months
from tests.conftest import cafe_and_advice
from tests.sync.conftest import Desk, Network, assert_converged, sync_all

_ROWS = "SELECT * FROM visit_month ORDER BY facility_id, year, offer_key, visitor_id"


def _counts(desk: Desk) -> list[tuple[object, ...]]:
    with sqlite3.connect(desk.database.path) as connection:
        return connection.execute(_ROWS).fetchall()


def _recounted(desk: Desk) -> list[tuple[object, ...]]:
    """The counts made anew from the desk's visits (and not kept)."""
    connection = sqlite3.connect(desk.database.path)
    try:
        rebuild_visit_months(connection)
        return connection.execute(_ROWS).fetchall()
    finally:
        connection.rollback()
        connection.close()


def test_pulled_visits_corrections_and_removals_are_counted_at_the_other_desk(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    made = cafe_and_advice(first.services)
    cafe, advice, people = made.cafe, made.advice, made.people
    visits = [first.services.visits.check_in(person.id, cafe.id) for person in people]
    sync_all(first, second)

    first.services.visits.change_offer(visits[0].id, advice.id)
    first.services.visits.remove(visits[1].id)
    second.services.visits.check_in(people[2].id, advice.id)
    sync_all(first, second)

    for desk in (first, second):
        assert _counts(desk) == _recounted(desk) != []
    today = first.clock().date()
    figures = second.services.statistics.figures(Period.month(today.year, today.month))
    # Amal at the advice, Chen at the café and the advice; Bora's visit removed.
    assert (figures.visits, figures.visitors) == (3, 2)
    assert_converged(network, first, second)
