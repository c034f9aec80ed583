"""The shared database keeps its counts for the district as the desks' work comes and goes.

What desks push (check-ins, an offer changed, a visit removed or undone, head counts and an
undone one) and what the shared database's own housekeeping does (a row deleted outright, a
day moved into another year, many rows in one statement) leaves the monthly counts and the
first visits exactly as counting the visits and head counts anew gives them.
"""

from datetime import date
from typing import Any

from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.reference import Gender
from desktop_app.sync.schema import FIRST_VISIT, MONTHS, SCHEMA, TALLY_MONTHS, VISIT_MONTHS
from tests.conftest import cafe_and_advice
from tests.sync.conftest import Network, assert_converged, sync_all


def _by_month(day: str) -> str:
    return ", ".join(
        f"count(*) FILTER (WHERE date_part('month', {day}) = {number})::int"
        for number in range(1, 13)
    )


_RECOUNTS = {
    VISIT_MONTHS.name: f"""
SELECT facility_id, date_part('year', visited_on)::smallint, visitor_id, offer_id,
       {_by_month("visited_on")}
FROM {SCHEMA}.visit WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""",
    TALLY_MONTHS.name: f"""
SELECT facility_id, date_part('year', counted_on)::smallint, offer_id,
       coalesce(age_band, ''), coalesce(gender, ''), {_by_month("counted_on")}
FROM {SCHEMA}.tally_mark WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5""",
    FIRST_VISIT: f"""
SELECT visitor_id, min(visited_on) FROM {SCHEMA}.visit WHERE deleted_at IS NULL
GROUP BY 1 ORDER BY 1""",
}


def _kept(table: str) -> str:
    if table == FIRST_VISIT:
        return f"SELECT visitor_id, first_on FROM {FIRST_VISIT} ORDER BY 1"
    summary = VISIT_MONTHS if table == VISIT_MONTHS.name else TALLY_MONTHS
    key = ", ".join(summary.primary_key)
    return f"SELECT {key}, {', '.join(MONTHS)} FROM {table} ORDER BY {key}"


def _assert_counts_agree(network: Network) -> list[list[Any]]:
    kept = []
    with network.admin() as connection:
        for table, recount in _RECOUNTS.items():
            rows = connection.execute(_kept(table)).fetchall()
            assert rows == connection.execute(recount).fetchall(), table
            kept.append(rows)
    return kept


def test_the_counts_follow_pushed_corrections_and_the_databases_own_changes(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    other = network.desk("Treffpunkt Nord")
    made = cafe_and_advice(first.services)
    cafe, advice, people = made.cafe, made.advice, made.people
    visits = [first.services.visits.check_in(person.id, cafe.id) for person in people]
    visits.append(first.services.visits.check_in(people[0].id, advice.id))
    for _ in range(3):
        first.services.tallies.count(cafe.id, age_band="27-50", gender=Gender.FEMALE)
    first.services.tallies.count(advice.id)
    north_cafe = other.services.offers.create(OfferDraft(title="Nachbarschaftscafé"))
    neighbour = other.services.visitors.register(VisitorDraft(first_name="Dana"))
    other.services.visits.check_in(neighbour.id, north_cafe.id)
    sync_all(first, second, other)
    counted = _assert_counts_agree(network)
    assert [len(rows) for rows in counted] == [5, 2, 4]

    first.services.visits.change_offer(visits[1].id, advice.id)
    first.services.visits.remove(visits[0].id)
    second.services.visits.undo(visits[2].id)
    second.services.tallies.undo_last(advice.id)
    second.services.visits.check_in(people[2].id, advice.id)
    sync_all(first, second, other)
    _assert_counts_agree(network)
    assert_converged(network, first, second)

    with network.admin() as connection:
        # Amal's last visit deleted outright, Bora's moved a year back (the first visit with
        # it), and every head count of the café in one statement moved a month on.
        connection.execute(f"DELETE FROM {SCHEMA}.visit WHERE id = %s", (visits[3].id,))
        connection.execute(
            f"UPDATE {SCHEMA}.visit SET visited_on = %s WHERE id = %s",
            (date(date.today().year - 1, 3, 1), visits[1].id),
        )
        connection.execute(
            f"UPDATE {SCHEMA}.tally_mark SET counted_on = counted_on + interval '1 month' "
            "WHERE offer_id = %s",
            (cafe.id,),
        )
    visit_rows, _, first_visits = _assert_counts_agree(network)
    assert len({row[1] for row in visit_rows}) == 2
    assert len(first_visits) == 3
