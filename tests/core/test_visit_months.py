"""Visits written many at once are counted as the per-visit triggers would count them."""

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.core.db import Database
from desktop_app.core.services import Services
from desktop_app.core.visit_months import VISIT_TRIGGERS, counted_in_bulk, rebuild_visit_months
from tests.conftest import cafe_and_advice

_ROWS = "SELECT * FROM visit_month ORDER BY facility_id, year, offer_key, visitor_id"


@pytest.fixture
def visits(services: Services) -> list[str]:
    """Six visits of three people to two offers, as 32 hex digits."""
    made = cafe_and_advice(services)
    return [
        services.visits.check_in(person.id, offer.id).id.hex
        for person in made.people
        for offer in (made.cafe, made.advice)
    ]


@pytest.fixture
def connection(database: Database) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(database.path)) as connection:
        yield connection


def _recounted(path: Path) -> list[tuple[object, ...]]:
    """The table made anew from the visits, and not kept."""
    with closing(sqlite3.connect(path)) as connection:
        rebuild_visit_months(connection)
        rows = connection.execute(_ROWS).fetchall()
        connection.rollback()
    return rows


def _triggers(connection: sqlite3.Connection) -> list[str]:
    return sorted(
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        if name in VISIT_TRIGGERS
    )


def _copy(connection: sqlite3.Connection, visit: str, new_id: str, **values: str) -> None:
    """Insert a copy of ``visit`` as ``new_id``, with the ``values`` given.

    A value is SQL over the copied row's columns (``date(visited_on, '-1 year')``).
    """
    values["id"] = f"'{new_id}'"
    columns = [row[1] for row in connection.execute("PRAGMA table_info(visit)")]
    copied = ", ".join(values.get(name, name) for name in columns)
    connection.execute(
        f"INSERT INTO visit ({', '.join(columns)}) SELECT {copied} FROM visit WHERE id = ?",
        (visit,),
    )


def test_changed_removed_moved_and_new_visits_are_counted_once_at_the_end(
    database: Database, connection: sqlite3.Connection, visits: list[str]
) -> None:
    new_visit, stranger = uuid.uuid4().hex, uuid.uuid4().hex
    offer = connection.execute("SELECT offer_id FROM visit WHERE id = ?", (visits[1],)).fetchone()

    with connection, counted_in_bulk(connection, [*visits, new_visit]):
        connection.execute("UPDATE visit SET offer_id = ? WHERE id = ?", (*offer, visits[0]))
        connection.execute("UPDATE visit SET deleted_at = created_at WHERE id = ?", (visits[2],))
        connection.execute("DELETE FROM visit WHERE id = ?", (visits[3],))
        # A year earlier: the person's first visit moves back, into a year of its own.
        connection.execute(
            "UPDATE visit SET visited_on = date(visited_on, '-1 year') WHERE id = ?", (visits[4],)
        )
        # A visit that arrives before its visitor does.
        _copy(connection, visits[5], new_visit, visitor_id=f"'{stranger}'")
        assert _triggers(connection) == []

    assert _triggers(connection) == sorted(VISIT_TRIGGERS)
    rows = connection.execute(_ROWS).fetchall()
    assert rows == _recounted(database.path)
    assert stranger in {row[5] for row in rows}
    assert len({row[1] for row in rows}) == 2


def test_only_new_visits_move_the_first_visit_of_every_year_back(
    database: Database, connection: sqlite3.Connection, visits: list[str]
) -> None:
    earlier, later = uuid.uuid4().hex, uuid.uuid4().hex
    with connection, counted_in_bulk(connection, [earlier, later]):
        _copy(connection, visits[0], earlier, visited_on="date(visited_on, '-2 years')")
        _copy(connection, visits[2], later, visited_on="date(visited_on, '-1 month')")

    rows = connection.execute(_ROWS).fetchall()
    assert rows == _recounted(database.path)
    assert len({row[1] for row in rows}) == 2
    # Each person's house rows (offer_key "") of every year know the same first visit.
    first_visits = {(row[5], row[-1]) for row in rows if row[2] == ""}
    assert len(first_visits) == len({visitor for visitor, _ in first_visits}) == 3
    assert len({day for _, day in first_visits}) == 3


def test_an_error_in_the_block_leaves_the_counts_and_the_triggers_as_they_were(
    connection: sqlite3.Connection, visits: list[str]
) -> None:
    before = connection.execute(_ROWS).fetchall()

    with pytest.raises(sqlite3.IntegrityError), connection, counted_in_bulk(connection, visits):
        connection.execute("UPDATE visit SET deleted_at = created_at WHERE id = ?", (visits[0],))
        connection.execute("INSERT INTO visit (id) VALUES (?)", (visits[1],))

    assert _triggers(connection) == sorted(VISIT_TRIGGERS)
    assert connection.execute(_ROWS).fetchall() == before
    # The triggers count again: a visit removed one by one is taken away.
    with connection:
        connection.execute("UPDATE visit SET deleted_at = created_at WHERE id = ?", (visits[0],))
    assert connection.execute(_ROWS).fetchall() != before
