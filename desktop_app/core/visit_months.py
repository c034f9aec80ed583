"""Counting visits by person and month (``visit_month``) outside the triggers.

The triggers of migration 0006 keep the table as visits come and go. A bulk load that
bypasses them (the demo data) counts its visits here as it makes them and adds the sums
in one write; ``rebuild_visit_months`` recounts the whole table from the visits.
"""

import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from desktop_app.core.models import VisitMonth
from desktop_app.core.reference import age_band_for

MONTHS = tuple(f"m{number}" for number in range(1, 13))
HOUSE = ""
# The triggers that count new visits and fill in new people's rows; a bulk load of new
# people and their visits drops them while it writes.
VISIT_TRIGGER = "visit_month_insert"
VISITOR_TRIGGER = "visit_month_visitor_insert"

_TABLE = VisitMonth.__tablename__
_KEY = ("facility_id", "year", "offer_key", "band", "gender", "visitor_id")
_ADD = (
    f"INSERT INTO {_TABLE} ({', '.join((*_KEY, *MONTHS, 'registered_on', 'first_on'))}) "
    f"VALUES ({', '.join('?' * (len(_KEY) + len(MONTHS) + 2))}) "
    f"ON CONFLICT DO UPDATE SET {', '.join(f'{m} = {m} + excluded.{m}' for m in MONTHS)}, "
    "first_on = min(first_on, excluded.first_on)"
)
_PEOPLE = "SELECT id, birth_year, age_band, gender, substr(created_at, 1, 10) FROM visitor"


class VisitMonthCounter:
    """Visits counted in memory by facility, year, offer (and house) and person."""

    def __init__(self) -> None:
        self._counts: defaultdict[tuple[str, int, str, str], list[int]] = defaultdict(
            lambda: [0] * 12
        )
        self._first: dict[str, str] = {}

    def add(self, visits: Iterable[tuple[str, str, str, str]]) -> None:
        """Count ``(facility_id, visitor_id, offer_id, visited_on)`` as stored (hex, ISO)."""
        counts, first = self._counts, self._first
        for facility, visitor, offer, day in visits:
            year, month = int(day[:4]), int(day[5:7]) - 1
            counts[facility, year, offer, visitor][month] += 1
            counts[facility, year, HOUSE, visitor][month] += 1
            known = first.get(visitor)
            if known is None or day < known:
                first[visitor] = day

    def write(self, connection: sqlite3.Connection) -> int:
        """Add the counts to the table (inside the caller's transaction); return the rows."""
        people = {row[0]: row[1:] for row in connection.execute(_PEOPLE)}
        rows = []
        for (facility, year, offer, visitor), months in self._counts.items():
            if offer == HOUSE:
                birth_year, stored_band, gender, registered_on = people.get(
                    visitor, (None, None, "", None)
                )
                band = stored_band or "" if birth_year is None else age_band_for(birth_year, year)
                key = (facility, year, offer, band, gender, visitor)
                rows.append((*key, *months, registered_on, self._first[visitor]))
            else:
                rows.append((facility, year, offer, "", "", visitor, *months, None, None))
        rows.sort()
        connection.executemany(_ADD, rows)
        return len(rows)


def rebuild_visit_months(connection: sqlite3.Connection) -> int:
    """Recount the whole table from the live visits; return its rows."""
    counter = VisitMonthCounter()
    counter.add(
        connection.execute(
            "SELECT facility_id, visitor_id, offer_id, visited_on FROM visit "
            "WHERE deleted_at IS NULL"
        )
    )
    connection.execute(f"DELETE FROM {_TABLE}")
    return counter.write(connection)
