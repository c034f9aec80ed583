"""statistics

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

Visits per person and month (``visit_month``), kept by triggers on the visits, so that a
year's figures read one row per person and offer instead of every visit. Each live visit
adds one to its month in two rows: the person's row at the offer, and the person's row at
the house (``offer_key`` ""). The house row is filed under the person's age band in that
year and gender (both "" on offer rows), so that a year's house rows come in the order the
figures are broken down by; it also holds the day they were registered and their first
visit ever. A row whose months fall to zero is removed with the visits it counted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONTHS = tuple(f"m{number}" for number in range(1, 13))
HOUSE = "''"
# The tops of the age bands 0-5 … 65-79 (80+ above), as reference.AGE_BANDS has them.
_BAND_TOPS: tuple[tuple[int, str], ...] = (
    (5, "0-5"),
    (13, "6-13"),
    (17, "14-17"),
    (26, "18-26"),
    (50, "27-50"),
    (64, "51-64"),
    (79, "65-79"),
)


def _band(year: str, person: str) -> str:
    """The age band in ``year`` of the visitor row ``person``, else the band stored, else ""."""
    whens = " ".join(
        f"WHEN {year} - {person}.birth_year <= {top} THEN '{code}'" for top, code in _BAND_TOPS
    )
    return (
        f"CASE WHEN {person}.birth_year IS NULL THEN coalesce({person}.age_band, '') "
        f"ELSE CASE {whens} ELSE '80+' END END"
    )


def _month_flags(day: str) -> list[str]:
    """Twelve 0/1 values: which month of its year ``day`` (an ISO date) falls in."""
    return [f"(CAST(substr({day}, 6, 2) AS INTEGER) = {number})" for number in range(1, 13)]


def _year(day: str) -> str:
    return f"CAST(substr({day}, 1, 4) AS INTEGER)"


def _first_visit(visitor: str) -> str:
    return (
        f"(SELECT min(visited_on) FROM visit WHERE visitor_id = {visitor} AND deleted_at IS NULL)"
    )


def _known_first(row: str) -> str:
    """The person's first visit: as their other years' rows know it, or this one."""
    known = (
        f"(SELECT min(first_on) FROM visit_month WHERE visitor_id = {row}.visitor_id "
        f"AND offer_key = {HOUSE})"
    )
    return f"min(coalesce({known}, {row}.visited_on), {row}.visited_on)"


_ADD_UP = ", ".join(f"{m} = {m} + excluded.{m}" for m in MONTHS)
_TAKE_AWAY = ", ".join(
    f"{m} = {m} - (CAST(substr(OLD.visited_on, 6, 2) AS INTEGER) = {number})"
    for number, m in enumerate(MONTHS, start=1)
)
_EMPTY = " + ".join(MONTHS) + " <= 0"
_COLUMNS = f"facility_id, year, offer_key, band, gender, visitor_id, {', '.join(MONTHS)}"


def _add(row: str) -> str:
    """The statements that count the live visit ``row`` (NEW)."""
    year = _year(f"{row}.visited_on")
    flags = ", ".join(_month_flags(f"{row}.visited_on"))
    return f"""
INSERT INTO visit_month ({_COLUMNS})
VALUES ({row}.facility_id, {year}, {row}.offer_id, '', '', {row}.visitor_id, {flags})
ON CONFLICT DO UPDATE SET {_ADD_UP};
UPDATE visit_month SET first_on = {row}.visited_on
WHERE visitor_id = {row}.visitor_id AND offer_key = {HOUSE} AND first_on > {row}.visited_on;
INSERT INTO visit_month ({_COLUMNS}, registered_on, first_on)
SELECT {row}.facility_id, {year}, {HOUSE}, {_band(year, "p")}, coalesce(p.gender, ''),
    {row}.visitor_id, {flags}, substr(p.created_at, 1, 10), {_known_first(row)}
FROM (SELECT 1) LEFT JOIN visitor p ON p.id = {row}.visitor_id WHERE true
ON CONFLICT DO UPDATE SET {_ADD_UP};"""


def _remove(row: str) -> str:
    """The statements that take back the visit ``row`` (OLD), live until now."""
    where = (
        f"visitor_id = {row}.visitor_id AND facility_id = {row}.facility_id "
        f"AND year = {_year(f'{row}.visited_on')} AND offer_key IN ({row}.offer_id, {HOUSE})"
    )
    return f"""
UPDATE visit_month SET {_TAKE_AWAY} WHERE {where};
DELETE FROM visit_month WHERE {where} AND {_EMPTY};
UPDATE visit_month SET first_on = {_first_visit(f"{row}.visitor_id")}
WHERE visitor_id = {row}.visitor_id AND offer_key = {HOUSE} AND first_on = {row}.visited_on;"""


_COUNTED = ("deleted_at", "offer_id", "visitor_id", "visited_on", "facility_id")
_CHANGED = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in _COUNTED)
# The person's house rows follow their record (which may also arrive after their visits).
_REFILE = (
    f"UPDATE visit_month SET band = {_band('year', 'NEW')}, gender = NEW.gender, "
    "registered_on = substr(NEW.created_at, 1, 10) "
    f"WHERE visitor_id = NEW.id AND offer_key = {HOUSE};"
)

TRIGGERS: tuple[str, ...] = (
    "CREATE TRIGGER visit_month_insert AFTER INSERT ON visit "
    f"WHEN NEW.deleted_at IS NULL BEGIN {_add('NEW')} END",
    "CREATE TRIGGER visit_month_delete AFTER DELETE ON visit "
    f"WHEN OLD.deleted_at IS NULL BEGIN {_remove('OLD')} END",
    f"CREATE TRIGGER visit_month_update_old AFTER UPDATE OF {', '.join(_COUNTED)} ON visit "
    f"WHEN OLD.deleted_at IS NULL AND ({_CHANGED}) BEGIN {_remove('OLD')} END",
    f"CREATE TRIGGER visit_month_update_new AFTER UPDATE OF {', '.join(_COUNTED)} ON visit "
    f"WHEN NEW.deleted_at IS NULL AND ({_CHANGED}) BEGIN {_add('NEW')} END",
    "CREATE TRIGGER visit_month_visitor_update AFTER UPDATE OF birth_year, age_band, gender, "
    f"created_at ON visitor BEGIN {_REFILE} END",
    f"CREATE TRIGGER visit_month_visitor_insert AFTER INSERT ON visitor BEGIN {_REFILE} END",
)
TRIGGER_NAMES = tuple(statement.split()[2] for statement in TRIGGERS)


def _sums(day: str) -> str:
    return ", ".join(f"sum({flag})" for flag in _month_flags(day))


# Every row from the visits as they are: what the triggers keep from then on.
REBUILD: tuple[str, ...] = (
    "DELETE FROM visit_month",
    f"""INSERT INTO visit_month ({_COLUMNS})
SELECT facility_id, {_year("visited_on")}, offer_id, '', '', visitor_id, {_sums("visited_on")}
FROM visit WHERE deleted_at IS NULL
GROUP BY facility_id, {_year("visited_on")}, offer_id, visitor_id""",
    f"""INSERT INTO visit_month ({_COLUMNS}, registered_on, first_on)
SELECT m.facility_id, m.year, {HOUSE}, {_band("m.year", "p")}, coalesce(p.gender, ''),
    m.visitor_id, {", ".join(f"sum(m.{m})" for m in MONTHS)}, substr(p.created_at, 1, 10),
    {_first_visit("m.visitor_id")}
FROM visit_month m
LEFT JOIN visitor p ON p.id = m.visitor_id
GROUP BY m.facility_id, m.year, m.visitor_id""",
)


def upgrade() -> None:
    op.create_table(
        "visit_month",
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("offer_key", sa.String(length=32), nullable=False),
        sa.Column("band", sa.String(length=8), nullable=False),
        sa.Column("gender", sa.String(length=12), nullable=False),
        sa.Column("visitor_id", sa.Uuid(), nullable=False),
        *(sa.Column(m, sa.Integer(), nullable=False) for m in MONTHS),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("first_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint(
            "facility_id",
            "year",
            "offer_key",
            "band",
            "gender",
            "visitor_id",
            name=op.f("pk_visit_month"),
        ),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_visit_month_visitor_id"), "visit_month", ["visitor_id"])
    for statement in (*REBUILD, *TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f("ix_visit_month_visitor_id"), table_name="visit_month")
    op.drop_table("visit_month")
