"""Counting visits by person and month (``visit_month``) outside the triggers.

The triggers of migration 0006 keep the table as visits come and go, one visit at a time.
Writes of many visits at once count them here instead, in one write: the demo data adds
the visits it makes; pulled pages (``counted_in_bulk``) add the difference between their
visits before and after. ``rebuild_visit_months`` recounts the whole table from the visits.
"""

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import add
from typing import Any

from desktop_app.core.models import VisitMonth
from desktop_app.core.reference import age_band_for

MONTHS = tuple(f"m{number}" for number in range(1, 13))
HOUSE = ""
# The triggers that count new visits and fill in new people's rows; a bulk load of new
# people and their visits drops them while it writes.
VISIT_TRIGGER = "visit_month_insert"
VISITOR_TRIGGER = "visit_month_visitor_insert"
# Every trigger that counts visits as they are added, changed or removed.
VISIT_TRIGGERS = (
    VISIT_TRIGGER,
    "visit_month_delete",
    "visit_month_update_old",
    "visit_month_update_new",
)
# How many keys go into one ``IN (…)``: well below SQLite's limit of bound values.
_CHUNK = 500

_TABLE = VisitMonth.__tablename__
_KEY = ("facility_id", "year", "offer_key", "band", "gender", "visitor_id")
_ADD = (
    f"INSERT INTO {_TABLE} ({', '.join((*_KEY, *MONTHS, 'registered_on', 'first_on'))}) "
    f"VALUES ({', '.join('?' * (len(_KEY) + len(MONTHS) + 2))}) "
    f"ON CONFLICT DO UPDATE SET {', '.join(f'{m} = {m} + excluded.{m}' for m in MONTHS)}, "
    "first_on = min(first_on, excluded.first_on)"
)
_PEOPLE = "SELECT id, birth_year, age_band, gender, substr(created_at, 1, 10) FROM visitor"
_EMPTY = " + ".join(MONTHS) + " <= 0"
_VISITS = "SELECT facility_id, visitor_id, offer_id, visited_on FROM visit"
# A person's first visit, from their visits, or as the earliest of their house rows has it.
_FIRST_VISIT = "(SELECT min(visited_on) FROM visit WHERE visitor_id = ?1 AND deleted_at IS NULL)"
_FIRST_KNOWN = (
    f"(SELECT min(first_on) FROM {_TABLE} WHERE visitor_id = ?1 AND offer_key = '{HOUSE}')"
)


class VisitMonthCounter:
    """Visits counted in memory by facility, year, offer (and house) and person."""

    def __init__(self) -> None:
        # Visits by facility, person, offer and month ("2025-03"): counted in C by Counter,
        # spread over the table's rows once, when written.
        self._by_month: Counter[tuple[str, str, str, str]] = Counter()
        # Rows counted elsewhere (``add_rows``): by facility, year, offer and person.
        self._rows: dict[tuple[str, int, str, str], list[int]] = {}
        self._first: dict[str, str] = {}
        # The people some of whose visits were taken away.
        self._taken: set[str] = set()

    def add(self, visits: Iterable[tuple[str, str, str, str]], step: int = 1) -> None:
        """Count ``(facility_id, visitor_id, offer_id, visited_on)`` as stored (hex, ISO).

        A ``step`` of -1 takes the visits away again.
        """
        visits = list(visits)
        keys = ((facility, visitor, offer, day[:7]) for facility, visitor, offer, day in visits)
        if step > 0:
            self._by_month.update(keys)
        else:
            self._by_month.subtract(keys)
            self._taken.update(visitor for _, visitor, _, _ in visits)
        first = self._first
        for _, visitor, _, day in visits:
            known = first.get(visitor)
            if known is None or day < known:
                first[visitor] = day

    def add_rows(
        self, rows: Mapping[tuple[str, int, str, str], list[int]], first: Mapping[str, str]
    ) -> None:
        """Add visits counted already: twelve months per facility, year, offer and person,
        and each person's first visit (for a writer that counts the visits as it makes them)."""
        for key, months in rows.items():
            known = self._rows.get(key)
            self._rows[key] = months[:] if known is None else list(map(add, known, months))
        for visitor, day in first.items():
            known_day = self._first.get(visitor)
            if known_day is None or day < known_day:
                self._first[visitor] = day

    def _counts(self) -> dict[tuple[str, int, str, str], list[int]]:
        """The months of each row: by facility, year, offer (or the house) and person; rows
        whose counts all came to nothing are left out."""
        offers: defaultdict[tuple[str, int, str, str], list[int]] = defaultdict(lambda: [0] * 12)
        for key, row in self._rows.items():
            offers[key] = row[:]
        months: dict[str, tuple[int, int]] = {}
        for (facility, visitor, offer, month), number in self._by_month.items():
            if not number:
                continue
            known = months.get(month)
            if known is None:
                known = months[month] = (int(month[:4]), int(month[5:]) - 1)
            year, index = known
            offers[facility, year, offer, visitor][index] += number
        # A person's house row is the sum of their offer rows of the year.
        counts: dict[tuple[str, int, str, str], list[int]] = {}
        for (facility, year, _, visitor), row in offers.items():
            key = (facility, year, HOUSE, visitor)
            known_row = counts.get(key)
            counts[key] = row[:] if known_row is None else list(map(add, known_row, row))
        counts.update(offers)
        return {key: row for key, row in counts.items() if any(row)}

    def write(self, connection: sqlite3.Connection) -> int:
        """Add the counts to the table (inside the caller's transaction); return the rows."""
        people = {row[0]: row[1:] for row in connection.execute(_PEOPLE)}
        return self._write(connection, people, self._counts())

    def write_changes(self, connection: sqlite3.Connection) -> int:
        """Add counts that may be negative, reading only the people counted; return the rows.

        Where visits were taken away, emptied rows go and the first visit is looked up in
        the visits again; elsewhere it is the earliest the person's rows know.
        """
        counts = self._counts()
        visitors = sorted({key[3] for key in counts})
        people: dict[str, tuple[Any, ...]] = {}
        for chunk in _chunks(visitors):
            people.update(
                (row[0], row[1:])
                for row in connection.execute(f"{_PEOPLE} WHERE id IN ({_marks(chunk)})", chunk)
            )
        written = self._write(connection, people, counts)
        taken = sorted(self._taken.intersection(visitors))
        for chunk in _chunks(taken):
            connection.execute(
                f"DELETE FROM {_TABLE} WHERE visitor_id IN ({_marks(chunk)}) AND {_EMPTY}", chunk
            )
        # Only the rows whose first visit differs are written.
        for first, people_here in (
            (_FIRST_VISIT, taken),
            (_FIRST_KNOWN, sorted(set(visitors).difference(taken))),
        ):
            connection.executemany(
                f"UPDATE {_TABLE} SET first_on = {first} "
                f"WHERE visitor_id = ?1 AND offer_key = '{HOUSE}' AND first_on IS NOT {first}",
                [(visitor,) for visitor in people_here],
            )
        return written

    def _write(
        self,
        connection: sqlite3.Connection,
        people: dict[str, tuple[Any, ...]],
        counts: dict[tuple[str, int, str, str], list[int]],
    ) -> int:
        rows = []
        for (facility, year, offer, visitor), months in counts.items():
            if offer == HOUSE:
                birth_year, stored_band, gender, registered_on = people.get(
                    visitor, (None, None, "", None)
                )
                band = stored_band or "" if birth_year is None else age_band_for(birth_year, year)
                key = (facility, year, offer, band, gender, visitor)
                rows.append((*key, *months, registered_on, self._first.get(visitor)))
            else:
                rows.append((facility, year, offer, "", "", visitor, *months, None, None))
        rows.sort()
        connection.executemany(_ADD, rows)
        return len(rows)


def _chunks(keys: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(keys), _CHUNK):
        yield keys[start : start + _CHUNK]


def _marks(keys: Sequence[str]) -> str:
    return ", ".join("?" * len(keys))


def _live_visits(
    connection: sqlite3.Connection, ids: Sequence[str]
) -> list[tuple[str, str, str, str]]:
    visits = []
    for chunk in _chunks(ids):
        visits += connection.execute(
            f"{_VISITS} WHERE id IN ({_marks(chunk)}) AND deleted_at IS NULL", chunk
        ).fetchall()
    return visits


@contextmanager
def counted_in_bulk(connection: sqlite3.Connection, ids: Sequence[str]) -> Iterator[None]:
    """Write the visits ``ids`` (32 hex digits) in the block, counted once at its end.

    The per-visit triggers are dropped for the block and made again after it, inside one
    transaction (the caller's, or one begun here), so no other connection ever sees them
    missing; an error in the block rolls the drop back with the rest. The visits as they
    were before are taken away and as they are after added: a page of pulled check-ins is
    counted in a few statements instead of three per visit.
    """
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(VISIT_TRIGGERS))})",
        VISIT_TRIGGERS,
    ).fetchall()
    if not connection.in_transaction:
        # Dropped triggers must come back in the same transaction, or not be dropped at all.
        connection.execute("BEGIN IMMEDIATE")
    counter = VisitMonthCounter()
    counter.add(_live_visits(connection, ids), step=-1)
    for name, _ in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    yield
    counter.add(_live_visits(connection, ids))
    counter.write_changes(connection)
    for _, sql in triggers:
        connection.execute(sql)


def rebuild_visit_months(connection: sqlite3.Connection) -> int:
    """Recount the whole table from the live visits; return its rows."""
    counter = VisitMonthCounter()
    counter.add(connection.execute(f"{_VISITS} WHERE deleted_at IS NULL"))
    connection.execute(f"DELETE FROM {_TABLE}")
    return counter.write(connection)
