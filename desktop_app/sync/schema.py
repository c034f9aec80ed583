"""The shared database's schema, read off the sync plan: tables, cursors, roles, policies.

Every shared table mirrors the desk's table (minus the columns that never leave a desk)
plus the sync columns:

- ``_txid``/``_seq``: the transaction that last wrote the row and a sequence number, set
  by a trigger; pulls read rows in (``_txid``, ``_seq``) order below the oldest running
  transaction, so a transaction that commits late is never skipped.
- ``_ins_hlc``/``_ins_client``: the clock and desk of the row's first version, and
  ``_ver``: ``{column: [hlc, desk]}`` for every column edited since; merging compares them.
- ``_max_hlc``: the newest clock reading in the row, which advances the desks' clocks.
- ``_echo``: the desk whose new row this is, exactly as it sent it; that desk need not
  pull it back. Any later change clears it.

There are no foreign keys here: desks push and pull in pages, in any order, and each
desk's own database checks its references when people edit.
"""

import re
from dataclasses import dataclass

from sqlalchemy import JSON, Boolean, Column, Date, Integer, SmallInteger, String, Text, Uuid

from desktop_app.core.models import UtcDateTime
from desktop_app.core.sharing import SYNC_TABLES, Scope, SyncTable
from desktop_app.core.statistics_records import AGE_GROUP_OF_BAND, SMALL_COUNT, AgeGroup

SCHEMA = "tresen"
DISTRICT_SCHEMA = "tresen_district"
# Raised whenever desks and shared database must change together; checked at each sync.
PROTOCOL_VERSION = 1
SYNC_COLUMNS = ("_ins_hlc", "_ins_client", "_ver", "_max_hlc", "_echo", "_txid", "_seq")


def pg_type(column: Column[object]) -> str:
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return "timestamptz"
    if isinstance(kind, Uuid):
        return "uuid"
    if isinstance(kind, JSON):
        return "jsonb"
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, SmallInteger):
        return "smallint"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, String | Text):
        return "text"
    raise TypeError(f"no PostgreSQL type for {column.table.name}.{column.name}: {kind!r}")


def qualified(table: SyncTable) -> str:
    return f"{SCHEMA}.{table.name}"


def _table_statements(table: SyncTable) -> list[str]:
    name = qualified(table)
    columns = ",\n  ".join(
        f"{column.name} {pg_type(column)}{'' if column.nullable else ' NOT NULL'}"
        for column in table.columns
    )
    owner = table.owner_column
    return [
        f"""CREATE TABLE IF NOT EXISTS {name} (
  {columns},
  _ins_hlc bigint NOT NULL,
  _ins_client uuid NOT NULL,
  _ver jsonb NOT NULL DEFAULT '{{}}',
  _max_hlc bigint NOT NULL,
  _echo uuid,
  _txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  _seq bigint NOT NULL DEFAULT nextval('{SCHEMA}.change_seq'),
  PRIMARY KEY (id)
)""",
        # An older shared database gains the columns added since (as nullable ones).
        *(
            f"ALTER TABLE {name} ADD COLUMN IF NOT EXISTS {column.name} {pg_type(column)}"
            for column in table.columns
        ),
        f"CREATE INDEX IF NOT EXISTS {table.name}_changes ON {name} (_txid, _seq)",
        f"CREATE INDEX IF NOT EXISTS {table.name}_owner ON {name} ({owner})",
        # A new row takes its stamp from the column defaults; every update stamps anew.
        f"DROP TRIGGER IF EXISTS stamp ON {name}",
        f"CREATE TRIGGER stamp BEFORE UPDATE ON {name} "
        f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.stamp_change()",
        *_owner_statements(table),
        *_receiver_statements(table),
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        *_policies(table),
    ]


# What a receiving facility may change on a referral: its arrival and outcome.
RECEIVER_COLUMNS = ("status", "status_changed_at", "updated_at")


def _receiver_statements(table: SyncTable) -> list[str]:
    """The receiving facility records what happened; what the slip says stays the issuer's."""
    if table.scope is not Scope.REFERRAL:
        return []
    name = qualified(table)
    return [
        f"DROP TRIGGER IF EXISTS guard_received ON {name}",
        f"CREATE TRIGGER guard_received BEFORE UPDATE ON {name} FOR EACH ROW "
        f"EXECUTE FUNCTION {SCHEMA}.guard_received_referral()",
    ]


def _owner_statements(table: SyncTable) -> list[str]:
    """A record never moves to another facility: the policies check only the new row, so
    without this a facility could take over another's offer or referral step by an update
    that names itself as the owner."""
    name = qualified(table)
    statements = [f"DROP TRIGGER IF EXISTS keep_owner ON {name}"]
    if table.owner_column == "facility_id":
        statements.append(
            f"CREATE TRIGGER keep_owner BEFORE UPDATE ON {name} FOR EACH ROW "
            "WHEN (OLD.facility_id IS DISTINCT FROM NEW.facility_id) "
            f"EXECUTE FUNCTION {SCHEMA}.refuse_owner_change()"
        )
    return statements


def _policies(table: SyncTable) -> list[str]:
    """Row-level security: who reads and who writes which rows of ``table``."""
    name = qualified(table)
    # A sub-query, so that it is evaluated once per statement instead of once per row.
    me = f"(SELECT {SCHEMA}.current_facility())"
    own = f"{table.owner_column} = {me}"
    add: str | None = None
    if table.scope is Scope.SHARED:
        read = "true"
        write = own
    elif table.scope is Scope.REFERRAL:
        read = f"{own} OR (receiving_facility_id = {me} AND shared_with_receiver)"
        # The receiving desk records arrival and outcome on the referral itself; only the
        # issuing facility adds referrals.
        add = own
        write = read
    elif table.scope is Scope.REFERRAL_EVENT:
        # Policies of the referral table apply inside the sub-query too.
        read = f"{own} OR EXISTS (SELECT 1 FROM {SCHEMA}.referral r WHERE r.id = referral_id)"
        write = f"{own} AND EXISTS (SELECT 1 FROM {SCHEMA}.referral r WHERE r.id = referral_id)"
    else:
        read = own
        write = own
    return [
        f"DROP POLICY IF EXISTS reading ON {name}",
        f"CREATE POLICY reading ON {name} FOR SELECT USING ({read})",
        f"DROP POLICY IF EXISTS adding ON {name}",
        f"CREATE POLICY adding ON {name} FOR INSERT WITH CHECK ({add or write})",
        f"DROP POLICY IF EXISTS changing ON {name}",
        f"CREATE POLICY changing ON {name} FOR UPDATE USING ({read}) WITH CHECK ({write})",
    ]


def _base_statements() -> list[str]:
    return [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"CREATE SEQUENCE IF NOT EXISTS {SCHEMA}.change_seq",
        f"""CREATE TABLE IF NOT EXISTS {SCHEMA}.meta (
  id integer PRIMARY KEY CHECK (id = 1),
  protocol integer NOT NULL,
  schema_revision text NOT NULL,
  role_prefix text NOT NULL,
  epoch uuid NOT NULL,
  -- Per table: the newest change among purged deletions; a desk behind it resyncs.
  purged jsonb NOT NULL DEFAULT '{{}}',
  created_at timestamptz NOT NULL DEFAULT now()
)""",
        f"""CREATE TABLE IF NOT EXISTS {SCHEMA}.facility_role (
  role_name name PRIMARY KEY,
  facility_id uuid NOT NULL
)""",
        f"""CREATE TABLE IF NOT EXISTS {SCHEMA}.sync_client (
  client_id uuid PRIMARY KEY,
  facility_id uuid NOT NULL,
  last_seq bigint NOT NULL DEFAULT 0,
  last_seen timestamptz NOT NULL DEFAULT now()
)""",
        f"""CREATE OR REPLACE FUNCTION {SCHEMA}.current_facility() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT facility_id FROM {SCHEMA}.facility_role WHERE role_name = session_user
$$""",
        f"""CREATE OR REPLACE FUNCTION {SCHEMA}.stamp_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW._txid := pg_current_xact_id();
  NEW._seq := nextval('{SCHEMA}.change_seq');
  RETURN NEW;
END
$$""",
        f"""CREATE OR REPLACE FUNCTION {SCHEMA}.refuse_owner_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a record of one facility cannot be handed to another'
    USING ERRCODE = 'insufficient_privilege';
END
$$""",
        f"""CREATE OR REPLACE FUNCTION {SCHEMA}.guard_received_referral() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  me uuid := {SCHEMA}.current_facility();
  free text[] := ARRAY[{", ".join(f"'{c}'" for c in (*RECEIVER_COLUMNS, *SYNC_COLUMNS))}];
BEGIN
  IF me IS NOT NULL AND me IS DISTINCT FROM OLD.facility_id
     AND (to_jsonb(NEW) - free) IS DISTINCT FROM (to_jsonb(OLD) - free) THEN
    RAISE EXCEPTION 'a receiving facility records only the arrival and outcome of a referral'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$""",
        f"ALTER TABLE {SCHEMA}.sync_client ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS own ON {SCHEMA}.sync_client",
        f"CREATE POLICY own ON {SCHEMA}.sync_client "
        f"USING (facility_id = {SCHEMA}.current_facility())",
    ]


def schema_statements() -> list[str]:
    """Everything ``init-shared-db`` creates or renews, safe to run again."""
    statements = _base_statements()
    for table in SYNC_TABLES:
        statements += _table_statements(table)
    return statements


def grant_statements(desk_role: str, owner_role: str) -> list[str]:
    tables = ", ".join(qualified(table) for table in SYNC_TABLES)
    return [
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {desk_role}",
        f"GRANT SELECT, INSERT, UPDATE ON {tables} TO {desk_role}",
        f"GRANT SELECT ON {SCHEMA}.meta TO {desk_role}",
        f"GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.sync_client TO {desk_role}",
        f"GRANT USAGE ON SEQUENCE {SCHEMA}.change_seq TO {desk_role}",
        f"REVOKE ALL ON FUNCTION {SCHEMA}.current_facility() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SCHEMA}.current_facility() TO {desk_role}, {owner_role}",
    ]


def district_statements(owner_role: str, district_role: str) -> list[str]:
    """Aggregates for the district: counts per facility, offer and month; no person at all.

    The views belong to the tables' owner, so they read every facility's rows; the
    district role may read the views and nothing else. The functions (``DISTRICT_FUNCTIONS``)
    count a period's figures for the district's view, withholding counts of one or two
    people; the indexes they read by come first.
    """
    views = {
        "visits_by_month": f"""
SELECT f.id AS facility_id, f.name AS facility, o.id AS offer_id, o.title AS offer,
       coalesce(a.name, '') AS field_of_action, o.jobcenter_suited,
       date_trunc('month', v.visited_on)::date AS month,
       count(*) AS visits, count(DISTINCT v.visitor_id) AS visitors
FROM {SCHEMA}.visit v
JOIN {SCHEMA}.offer o ON o.id = v.offer_id
JOIN {SCHEMA}.facility f ON f.id = v.facility_id
LEFT JOIN {SCHEMA}.field_of_action a ON a.id = o.field_of_action_id
WHERE v.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7""",
        "tallies_by_month": f"""
SELECT f.id AS facility_id, f.name AS facility, o.id AS offer_id, o.title AS offer,
       date_trunc('month', t.counted_on)::date AS month, t.age_band, t.gender,
       count(*) AS people
FROM {SCHEMA}.tally_mark t
JOIN {SCHEMA}.offer o ON o.id = t.offer_id
JOIN {SCHEMA}.facility f ON f.id = t.facility_id
WHERE t.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7""",
        "referrals_by_month": f"""
SELECT f.id AS facility_id, f.name AS facility, r.receiving_facility_id,
       coalesce(r.target ->> 'name', '') AS target, r.field_of_action, r.status,
       date_trunc('month', r.issued_on)::date AS month, count(*) AS referrals
FROM {SCHEMA}.referral r
JOIN {SCHEMA}.facility f ON f.id = r.facility_id
WHERE r.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7""",
        "volunteer_hours_by_month": f"""
SELECT f.id AS facility_id, f.name AS facility,
       date_trunc('month', h.worked_on)::date AS month,
       count(DISTINCT h.volunteer_id) AS volunteers, sum(h.minutes) / 60.0 AS hours
FROM {SCHEMA}.volunteer_hours h
JOIN {SCHEMA}.facility f ON f.id = h.facility_id
WHERE h.status = 'active' AND h.deleted_at IS NULL
GROUP BY 1, 2, 3""",
        "offers": f"""
SELECT f.id AS facility_id, f.name AS facility, o.id AS offer_id, o.title AS offer,
       coalesce(a.name, '') AS field_of_action, o.target_groups, o.languages,
       o.is_counselling, o.jobcenter_suited, o.active
FROM {SCHEMA}.offer o
JOIN {SCHEMA}.facility f ON f.id = o.facility_id
LEFT JOIN {SCHEMA}.field_of_action a ON a.id = o.field_of_action_id
WHERE o.deleted_at IS NULL""",
    }
    statements = [
        f"CREATE SCHEMA IF NOT EXISTS {DISTRICT_SCHEMA}",
        f"ALTER SCHEMA {DISTRICT_SCHEMA} OWNER TO {owner_role}",
    ]
    for name, query in views.items():
        view = f"{DISTRICT_SCHEMA}.{name}"
        statements += [
            f"CREATE OR REPLACE VIEW {view} AS {query.strip()}",
            f"ALTER VIEW {view} OWNER TO {owner_role}",
        ]
    statements += [
        f"GRANT USAGE ON SCHEMA {DISTRICT_SCHEMA} TO {district_role}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {DISTRICT_SCHEMA} TO {district_role}",
    ]
    return [
        *DISTRICT_INDEXES,
        *_summary_statements(owner_role),
        *statements,
        *_district_function_statements(owner_role, district_role),
    ]


# What the district's figures read by: a facility's visits of some days in day order (the
# days of a period outside its whole months), and a visitor's visits in day order (their
# first visit, when one is taken back). Block ranges find the head counts of some days and
# the referrals and hours of a period, as the desks push them in about day order.
DISTRICT_INDEXES = (
    f"CREATE INDEX IF NOT EXISTS visit_facility_day ON {SCHEMA}.visit "
    "(facility_id, visited_on) INCLUDE (visitor_id, offer_id) WHERE deleted_at IS NULL",
    f"CREATE INDEX IF NOT EXISTS visit_visitor_day ON {SCHEMA}.visit "
    "(visitor_id, visited_on) WHERE deleted_at IS NULL",
    f"CREATE INDEX IF NOT EXISTS tally_mark_day ON {SCHEMA}.tally_mark USING brin (counted_on)",
    f"CREATE INDEX IF NOT EXISTS referral_day ON {SCHEMA}.referral USING brin (issued_on)",
    f"CREATE INDEX IF NOT EXISTS volunteer_hours_day ON {SCHEMA}.volunteer_hours "
    "USING brin (worked_on)",
)

# What the district's figures count from instead of every visit and head count, per
# facility and year: each visitor's visits at each offer month by month, and the head
# counts by offer, age band and gender month by month. A period's distinct visitors are
# those with a visit in its months, as in the desks' own ``visit_month`` (migration 0006);
# the days of a period outside its whole months are counted from the visits and head
# counts themselves. Beside them, each visitor's first visit tells who is new.
MONTHS = tuple(f"m{number}" for number in range(1, 13))
FIRST_VISIT = f"{SCHEMA}.first_visit"


@dataclass(frozen=True)
class MonthlySummary:
    """The live rows of ``source`` counted by facility, year, ``keys`` and month of ``day``.

    ``keys`` are (column, type, its value for a source row ``{r}``). A facility's rows lie
    together (the key begins with the facility, and pushes come facility by facility), so
    that its figures are counted from a few pages in a small table of their own.
    """

    table: str
    source: str
    day: str
    keys: tuple[tuple[str, str, str], ...]

    @property
    def name(self) -> str:
        return f"{SCHEMA}.{self.table}"

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of a change: the facility, the keys and the day."""
        return ("facility_id", *(column for column, _, _ in self.keys), self.day)

    @property
    def primary_key(self) -> tuple[str, ...]:
        return ("facility_id", "year", *(column for column, _, _ in self.keys))

    def values(self, row: str) -> list[str]:
        """The values of ``columns`` for the source row ``row``."""
        keys = [value.format(r=row) for _, _, value in self.keys]
        return [f"{row}.facility_id", *keys, f"{row}.{self.day}"]

    def key_values(self, row: str) -> str:
        """The values of ``primary_key`` for ``row``, a source row or a change."""
        year = f"date_part('year', {row}.{self.day})::smallint"
        keys = (value.format(r=row) for _, _, value in self.keys)
        return ", ".join((f"{row}.facility_id", year, *keys))


VISIT_MONTHS = MonthlySummary(
    "visit_months",
    "visit",
    "visited_on",
    (("visitor_id", "uuid", "{r}.visitor_id"), ("offer_id", "uuid", "{r}.offer_id")),
)
# A head count without age band or gender is filed under ''; the figures read both alike.
TALLY_MONTHS = MonthlySummary(
    "tally_months",
    "tally_mark",
    "counted_on",
    (
        ("offer_id", "uuid", "{r}.offer_id"),
        ("age_band", "text", "coalesce({r}.age_band, '')"),
        ("gender", "text", "coalesce({r}.gender, '')"),
    ),
)
SUMMARIES = (VISIT_MONTHS, TALLY_MONTHS)

# A trigger per event, each with the rows its statement changed.
_EVENTS = {
    "INSERT": ("added", "REFERENCING NEW TABLE AS new_rows"),
    "UPDATE": ("changed", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
    "DELETE": ("removed", "REFERENCING OLD TABLE AS old_rows"),
}


def _changes(summary: MonthlySummary, event: str) -> str:
    """What a statement changed, as ``columns`` and a sign: the live rows it inserted (+1)
    or deleted (-1); of the rows it updated, those counted otherwise than before: the old
    row (-1, if it was live) and the new one (+1, if it is)."""
    columns = ", ".join(summary.columns)
    if event == "UPDATE":
        before, after = (
            f"({row}.deleted_at IS NULL, {', '.join(summary.values(row))})" for row in "on"
        )
        return f"""SELECT c.* FROM old_rows o JOIN new_rows n ON n.id = o.id
  CROSS JOIN LATERAL (
    VALUES ({", ".join(summary.values("o"))}, -1, o.deleted_at IS NULL),
           ({", ".join(summary.values("n"))}, 1, n.deleted_at IS NULL)
  ) c({columns}, sign, live)
  WHERE c.live AND {before} IS DISTINCT FROM {after}"""
    rows, sign = ("new_rows", 1) if event == "INSERT" else ("old_rows", -1)
    values = ", ".join(
        f"{value} AS {column}"
        for value, column in zip(summary.values("r"), summary.columns, strict=True)
    )
    return f"SELECT {values}, {sign} AS sign FROM {rows} r WHERE r.deleted_at IS NULL"


def _by_month(day: str, count: str) -> str:
    """Twelve sums of ``count``: each over the rows whose ``day`` falls in that month."""
    return ", ".join(
        f"sum(CASE WHEN date_part('month', {day}) = {number} THEN {count} ELSE 0 END)"
        for number in range(1, 13)
    )


def _count_in(summary: MonthlySummary, changes: str) -> str:
    """Add the signs of the changes to their months, one row per key; in key order, so
    that two pushes at once lock the rows they share in the same order."""
    key = ", ".join(summary.primary_key)
    by = ", ".join(str(position) for position in range(1, len(summary.primary_key) + 1))
    added_up = ", ".join(f"{month} = s.{month} + excluded.{month}" for month in MONTHS)
    return f"""INSERT INTO {summary.name} AS s ({key}, {", ".join(MONTHS)})
  SELECT {summary.key_values("c")}, {_by_month(f"c.{summary.day}", "c.sign")}
  FROM ({changes}) c
  GROUP BY {by} ORDER BY {by}
  ON CONFLICT ({key}) DO UPDATE SET {added_up}"""


def _tidy(summary: MonthlySummary, changes: str) -> str:
    """Remove the rows whose last visits or marks the changes took away."""
    key = ", ".join(f"s.{column}" for column in summary.primary_key)
    return f"""DELETE FROM {summary.name} s
  WHERE ({key}) IN (SELECT {summary.key_values("c")} FROM ({changes}) c WHERE c.sign < 0)
    AND ({", ".join(f"s.{month}" for month in MONTHS)}) = ({", ".join("0" for _ in MONTHS)})"""


def _first_visits(event: str, changes: str) -> list[str]:
    """Keep each visitor's first live visit: an earlier one added replaces it; when it is
    taken back, the next is looked up (none left: the visitor has no row)."""
    added = f"""INSERT INTO {FIRST_VISIT} AS f (visitor_id, first_on)
  SELECT c.visitor_id, min(c.visited_on) FROM ({changes}) c WHERE c.sign > 0
  GROUP BY 1 ORDER BY 1
  ON CONFLICT (visitor_id) DO UPDATE SET first_on = excluded.first_on
  WHERE excluded.first_on < f.first_on"""
    taken_back = f"""WITH gone AS (
    SELECT DISTINCT c.visitor_id FROM ({changes}) c
    JOIN {FIRST_VISIT} f ON f.visitor_id = c.visitor_id AND f.first_on >= c.visited_on
    WHERE c.sign < 0
  ),
  found AS (
    SELECT g.visitor_id, (
      SELECT min(v.visited_on) FROM {SCHEMA}.visit v
      WHERE v.visitor_id = g.visitor_id AND v.deleted_at IS NULL
    ) AS first_on
    FROM gone g
  ),
  emptied AS (
    DELETE FROM {FIRST_VISIT} f USING found n
    WHERE f.visitor_id = n.visitor_id AND n.first_on IS NULL
  )
  UPDATE {FIRST_VISIT} f SET first_on = n.first_on FROM found n
  WHERE f.visitor_id = n.visitor_id AND n.first_on <> f.first_on"""
    return {"INSERT": [added], "UPDATE": [added, taken_back], "DELETE": [taken_back]}[event]


def _trigger_statements(summary: MonthlySummary, owner_role: str) -> list[str]:
    """One statement-level trigger per event on the source table: a grouped upsert per
    statement that writes the source, never a trigger per row, so pushes stay fast. The
    functions run as the owner, whoever writes the source."""
    statements = []
    for event, (suffix, transitions) in _EVENTS.items():
        changes = _changes(summary, event)
        body = [_count_in(summary, changes)]
        if event != "INSERT":
            body.append(_tidy(summary, changes))
        if summary is VISIT_MONTHS:
            body += _first_visits(event, changes)
        name = f"{summary.table}_{suffix}"
        function = f"{SCHEMA}.{name}()"
        source = f"{SCHEMA}.{summary.source}"
        steps = "".join(f"  {statement};\n" for statement in body)
        statements += [
            f"CREATE OR REPLACE FUNCTION {function} RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$\nBEGIN\n"
            # Most updates of a push change no count (they touch the row, or edit a time).
            f"  IF NOT EXISTS ({changes}) THEN\n    RETURN NULL;\n  END IF;\n"
            f"{steps}  RETURN NULL;\nEND\n$body$",
            f"ALTER FUNCTION {function} OWNER TO {owner_role}",
            f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC",
            f"DROP TRIGGER IF EXISTS {name} ON {source}",
            f"CREATE TRIGGER {name} AFTER {event} ON {source} {transitions} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {function}",
        ]
    return statements


def _summary_statements(owner_role: str) -> list[str]:
    """The summaries, the triggers that keep them, and their first filling.

    They belong to the tables' owner and nobody else may read them. The triggers come
    before the filling: creating them waits for running pushes and holds off new ones
    until ``init-shared-db`` commits, so no row is missed or counted twice. A summary is
    filled from the live rows only while it is empty (new, or an upgrade from before it
    existed), in key order.
    """
    statements = []
    for summary in SUMMARIES:
        keys = (f"{column} {kind} NOT NULL" for column, kind, _ in summary.keys)
        months = (f"{month} integer NOT NULL" for month in MONTHS)
        statements += [
            f"CREATE TABLE IF NOT EXISTS {summary.name} (facility_id uuid NOT NULL, "
            f"year smallint NOT NULL, {', '.join(keys)}, "
            # The year's visits (or marks) before its months: a whole year reads no month.
            f"total integer GENERATED ALWAYS AS ({' + '.join(MONTHS)}) STORED, "
            f"{', '.join(months)}, PRIMARY KEY ({', '.join(summary.primary_key)})) "
            # Room to update a row's months in its own page.
            "WITH (fillfactor = 80)",
            f"ALTER TABLE {summary.name} OWNER TO {owner_role}",
        ]
    statements += [
        f"CREATE TABLE IF NOT EXISTS {FIRST_VISIT} "
        "(visitor_id uuid PRIMARY KEY, first_on date NOT NULL)",
        f"ALTER TABLE {FIRST_VISIT} OWNER TO {owner_role}",
    ]
    for summary in SUMMARIES:
        statements += _trigger_statements(summary, owner_role)
    for summary in SUMMARIES:
        by = ", ".join(str(position) for position in range(1, len(summary.primary_key) + 1))
        statements.append(
            f"INSERT INTO {summary.name} ({', '.join(summary.primary_key)}, "
            f"{', '.join(MONTHS)}) "
            f"SELECT {summary.key_values('r')}, {_by_month(f'r.{summary.day}', '1')} "
            f"FROM {SCHEMA}.{summary.source} r "
            f"WHERE r.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM {summary.name}) "
            f"GROUP BY {by} ORDER BY {by}"
        )
    statements.append(
        f"INSERT INTO {FIRST_VISIT} (visitor_id, first_on) "
        f"SELECT visitor_id, min(visited_on) FROM {SCHEMA}.visit "
        f"WHERE deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM {FIRST_VISIT}) GROUP BY 1"
    )
    return statements


def _shown(count: str) -> str:
    """A person-level count from 1 to 2 leaves the database as NULL: the district never
    sees it (``statistics_records.is_small``)."""
    return f"CASE WHEN {count} BETWEEN 1 AND {SMALL_COUNT - 1} THEN NULL ELSE {count} END"


def _age_group(birth_year: str, age_band: str, year: str) -> str:
    """The Mehrgenerationenhaus group (``AgeGroup``): from the age at the end of ``year``
    when the year of birth is known, else from the stored age band; '' when neither is."""
    age = f"({year} - {birth_year})"
    by_band = " ".join(
        f"WHEN '{band}' THEN '{group.value}'" for band, group in AGE_GROUP_OF_BAND.items()
    )
    *younger, oldest = list(AgeGroup)
    by_age = " ".join(
        f"WHEN {age} <= {group.value.split('-')[1]} THEN '{group.value}'" for group in younger
    )
    return (
        f"CASE WHEN {birth_year} IS NULL THEN (CASE {age_band} {by_band} ELSE '' END) "
        f"{by_age} ELSE '{oldest.value}' END"
    )


def _people_counts(row: str) -> dict[str, str]:
    """How ``row`` of the figures leaves the database: counts of people from 1 to 2 as NULL;
    broken down by age group or gender, every count is one of people."""
    by_person = f"({row}.age_group IS NOT NULL OR {row}.gender IS NOT NULL)"

    def people(column: str) -> str:
        return f"CASE WHEN {by_person} THEN {_shown(f'{row}.{column}')} ELSE {row}.{column} END"

    return {
        "visits": people("visits"),
        "visitors": _shown(f"{row}.visitors"),
        "new_visitors": _shown(f"{row}.new_visitors"),
        "returning_visitors": _shown(f"({row}.visitors - {row}.new_visitors)"),
        "tallied": people("tallied"),
        "counselling_visits": people("counselling_visits"),
        "counselling_visitors": _shown(f"{row}.counselling_visitors"),
        "counselling_tallied": people("counselling_tallied"),
    }


_COUNTS = ", ".join(f"{expression}::bigint" for expression in _people_counts("found").values())

# Visits, visitors and head counts of a period: per facility (field of action, age group and
# gender NULL), per facility and field of action, per facility by age group and gender (and
# each alone), and the same over all facilities (facility_id NULL).
# The period's whole months run from ``p_whole_from`` (its first day, if that is the first of
# a month) to ``p_whole_to`` (its last day, if that ends a month); when the period lies
# within one month, ``p_whole_to`` comes first. The summaries count the whole months, the
# visits and head counts themselves the days before and after them.
_WHOLE_FROM = (
    "CASE WHEN extract(day FROM p_from) = 1 THEN p_from "
    "ELSE (date_trunc('month', p_from::timestamp) + interval '1 month')::date END"
)
_WHOLE_TO = "(date_trunc('month', (p_to + 1)::timestamp) - interval '1 day')::date"
_FIRST_YEAR = "extract(year FROM p_whole_from)::int"
_FIRST_MONTH = "extract(month FROM p_whole_from)::int"
_LAST_YEAR = "extract(year FROM p_whole_to)::int"
_LAST_MONTH = "extract(month FROM p_whole_to)::int"


def _on_days(query: str, indent: str = "    ") -> str:
    """``query`` (ending in its day column) on the days before the whole months, and on
    those after them; none is read when there are none."""
    ranges = (
        ("p_from", "least(p_to, p_whole_from - 1)"),
        ("greatest(p_from, p_whole_to + 1, p_whole_from)", "p_to"),
    )
    return f"\n{indent}UNION ALL\n{indent}".join(
        f"{query} BETWEEN {first} AND {last} AND {first} <= {last}" for first, last in ranges
    )


def _in_whole_months(row: str) -> str:
    """The visits (or marks) of the summary row ``row`` in the period's whole months: all
    of its year's, or those from the first whole month and up to the last."""
    first = f"CASE WHEN {row}.year = {_FIRST_YEAR} THEN {_FIRST_MONTH} ELSE 1 END"
    last = f"CASE WHEN {row}.year = {_LAST_YEAR} THEN {_LAST_MONTH} ELSE 12 END"
    some = " + ".join(
        f"CASE WHEN {number} BETWEEN {first} AND {last} THEN {row}.{month} ELSE 0 END"
        for number, month in enumerate(MONTHS, start=1)
    )
    whole_year = (
        f"({row}.year > {_FIRST_YEAR} OR {_FIRST_MONTH} = 1) "
        f"AND ({row}.year < {_LAST_YEAR} OR {_LAST_MONTH} = 12)"
    )
    return f"CASE WHEN {whole_year} THEN {row}.total ELSE {some} END"


def _in_whole_years(row: str) -> str:
    """Whether the summary row ``row`` is of a year the period's whole months touch."""
    return f"{row}.year BETWEEN {_FIRST_YEAR} AND {_LAST_YEAR} AND p_whole_from <= p_whole_to"


# Visits and head counts of some days, one by one (a facility's visits in day order).
_VISITS_ON = f"""SELECT v.visitor_id, v.offer_id, 1 FROM {SCHEMA}.visit v
      WHERE v.facility_id = f.id AND v.deleted_at IS NULL AND v.visited_on"""
_MARKS_ON = f"""SELECT t.facility_id, t.offer_id, t.age_band, t.gender, 1
    FROM {SCHEMA}.tally_mark t
    WHERE t.deleted_at IS NULL AND t.counted_on"""

VISIT_FIGURES = f"""
WITH fields AS (
  SELECT id, name FROM {SCHEMA}.field_of_action
),
-- Each visitor's visits in each field of action (by its id: names are compared last), and
-- in all (field_of_action_id NULL, whole), counted facility by facility: many small tables
-- to count in are faster than one of every visitor in the district. A visitor counts only
-- where they have visits: a summary row may have none in the months a period covers.
by_visitor AS MATERIALIZED (
  SELECT f.id AS facility_id, x.visitor_id, x.field_of_action_id, x.whole, x.visits,
         x.counselling
  FROM {SCHEMA}.facility f
  CROSS JOIN LATERAL (
    SELECT c.visitor_id, o.field_of_action_id, GROUPING(o.field_of_action_id) = 1 AS whole,
           sum(c.visits) AS visits,
           coalesce(sum(c.visits) FILTER (WHERE o.is_counselling), 0) AS counselling
    FROM (
      SELECT m.visitor_id, m.offer_id, {_in_whole_months("m")} AS visits
      FROM {VISIT_MONTHS.name} m
      WHERE m.facility_id = f.id AND {_in_whole_years("m")}
      UNION ALL
      {_on_days(_VISITS_ON, "      ")}
    ) c
    LEFT JOIN {SCHEMA}.offer o ON o.id = c.offer_id
    GROUP BY GROUPING SETS ((c.visitor_id, o.field_of_action_id), (c.visitor_id))
  ) x
),
-- One row per visitor: age group at the end of the period, gender, and whether they are
-- new (no visit before the period).
people AS (
  SELECT p.facility_id, p.visits, p.counselling,
         {_age_group("r.birth_year", "r.age_band", "extract(year FROM p_to)::int")} AS age_group,
         coalesce(nullif(r.gender, ''), 'unspecified') AS gender,
         coalesce(n.first_on >= p_from, true) AS new
  FROM by_visitor p
  LEFT JOIN {SCHEMA}.visitor r ON r.id = p.visitor_id
  LEFT JOIN {FIRST_VISIT} n ON n.visitor_id = p.visitor_id
  WHERE p.whole
),
heads AS MATERIALIZED (
  SELECT t.facility_id, o.field_of_action_id,
         {_age_group("NULL::int", "t.age_band", "0")} AS age_group,
         coalesce(nullif(t.gender, ''), 'unspecified') AS gender,
         sum(t.marks) AS tallied,
         coalesce(sum(t.marks) FILTER (WHERE o.is_counselling), 0) AS counselling
  FROM (
    SELECT m.facility_id, m.offer_id, m.age_band, m.gender, {_in_whole_months("m")} AS marks
    FROM {TALLY_MONTHS.name} m
    WHERE {_in_whole_years("m")}
    UNION ALL
    {_on_days(_MARKS_ON)}
  ) t
  LEFT JOIN {SCHEMA}.offer o ON o.id = t.offer_id
  GROUP BY 1, 2, 3, 4
  HAVING sum(t.marks) > 0
),
-- Visitors and head counts summed by facility, age group and gender: a visitor is in one
-- such cell, so every other breakdown adds the cells up.
cells AS (
  SELECT facility_id, age_group, gender, sum(visits) AS visits,
         count(*) FILTER (WHERE visits > 0) AS visitors,
         count(*) FILTER (WHERE visits > 0 AND new) AS new_visitors, 0 AS tallied,
         sum(counselling) AS counselling_visits,
         count(*) FILTER (WHERE counselling > 0) AS counselling_visitors,
         0 AS counselling_tallied
  FROM people GROUP BY 1, 2, 3 HAVING sum(visits) > 0
  UNION ALL
  SELECT facility_id, age_group, gender, 0, 0, 0, tallied, 0, 0, counselling FROM heads
),
by_person AS (
  SELECT facility_id, NULL::text AS field_of_action, age_group, gender,
         sum(visits) AS visits, sum(visitors) AS visitors, sum(new_visitors) AS new_visitors,
         sum(tallied) AS tallied, sum(counselling_visits) AS counselling_visits,
         sum(counselling_visitors) AS counselling_visitors,
         sum(counselling_tallied) AS counselling_tallied
  FROM cells
  GROUP BY GROUPING SETS ((facility_id), (facility_id, age_group, gender),
    (facility_id, age_group), (facility_id, gender), (), (age_group, gender), (age_group),
    (gender))
),
field_cells AS (
  SELECT c.facility_id, coalesce(a.name, '') AS field_of_action, c.visits, c.visitors,
         c.tallied, c.counselling_visits, c.counselling_visitors, c.counselling_tallied
  FROM (
    SELECT facility_id, field_of_action_id, sum(visits) AS visits,
           count(*) FILTER (WHERE visits > 0) AS visitors, 0 AS tallied,
           sum(counselling) AS counselling_visits,
           count(*) FILTER (WHERE counselling > 0) AS counselling_visitors,
           0 AS counselling_tallied
    FROM by_visitor WHERE NOT whole GROUP BY 1, 2 HAVING sum(visits) > 0
    UNION ALL
    SELECT facility_id, field_of_action_id, 0, 0, tallied, 0, 0, counselling FROM heads
  ) c
  LEFT JOIN fields a ON a.id = c.field_of_action_id
),
by_field_of_action AS (
  SELECT facility_id, field_of_action, NULL::text, NULL::text, sum(visits), sum(visitors),
         NULL::numeric, sum(tallied), sum(counselling_visits), sum(counselling_visitors),
         sum(counselling_tallied)
  FROM field_cells
  GROUP BY GROUPING SETS ((facility_id, field_of_action), (field_of_action))
),
found AS (
  SELECT * FROM by_person UNION ALL SELECT * FROM by_field_of_action
)
SELECT found.facility_id, f.name, found.field_of_action, found.age_group, found.gender,
       {_COUNTS}
FROM found LEFT JOIN {SCHEMA}.facility f ON f.id = found.facility_id
"""
VISIT_FIGURE_COLUMNS = (
    "facility_id uuid, facility text, field_of_action text, age_group text, gender text, "
    + ", ".join(f"{name} bigint" for name in _people_counts("found"))
)

# Per facility (and over all, facility_id NULL): referrals issued there, referrals received
# there from another facility, volunteers with hours, and their minutes.
FACILITY_ACTIVITY = f"""
WITH referrals AS (
  SELECT facility_id, receiving_facility_id
  FROM {SCHEMA}.referral
  WHERE issued_on BETWEEN p_from AND p_to AND deleted_at IS NULL
),
issued AS (
  SELECT facility_id, count(*) AS referrals FROM referrals GROUP BY 1
),
received AS (
  SELECT receiving_facility_id AS facility_id, count(*) AS referrals
  FROM referrals
  WHERE receiving_facility_id IS NOT NULL AND receiving_facility_id <> facility_id
  GROUP BY 1
),
-- Each volunteer's minutes first: counting them then needs no sorting.
volunteering AS (
  SELECT facility_id, count(volunteer_id) AS volunteers, sum(minutes)::bigint AS minutes
  FROM (
    SELECT facility_id, volunteer_id, sum(minutes) AS minutes
    FROM {SCHEMA}.volunteer_hours
    WHERE worked_on BETWEEN p_from AND p_to AND status = 'active' AND deleted_at IS NULL
    GROUP BY 1, 2
  ) h
  GROUP BY 1
),
found AS (
  SELECT f.id AS facility_id, f.name AS facility,
         coalesce(i.referrals, 0) AS issued, coalesce(r.referrals, 0) AS received,
         coalesce(v.volunteers, 0) AS volunteers, coalesce(v.minutes, 0) AS minutes
  FROM {SCHEMA}.facility f
  LEFT JOIN issued i ON i.facility_id = f.id
  LEFT JOIN received r ON r.facility_id = f.id
  LEFT JOIN volunteering v ON v.facility_id = f.id
)
SELECT facility_id, facility, issued, received, {_shown("volunteers")}, minutes FROM found
UNION ALL
SELECT NULL, NULL, sum(issued)::bigint, sum(received)::bigint,
       {_shown("sum(volunteers)")}::bigint, sum(minutes)::bigint
FROM found
"""
FACILITY_ACTIVITY_COLUMNS = (
    "facility_id uuid, facility text, referrals_issued bigint, referrals_received bigint, "
    "volunteers bigint, volunteer_minutes bigint"
)

# Referrals of a period from each facility to another facility of the network (named by
# the network) or to a target outside it (named as the slip printed it), by field of
# action and status.
REFERRAL_FLOWS = f"""
SELECT r.facility_id, f.name, r.receiving_facility_id,
       CASE WHEN r.receiving_facility_id IS NULL THEN coalesce(r.target ->> 'name', '')
            ELSE coalesce(g.name, r.target ->> 'name', '') END,
       r.field_of_action, r.status, count(*)
FROM {SCHEMA}.referral r
JOIN {SCHEMA}.facility f ON f.id = r.facility_id
LEFT JOIN {SCHEMA}.facility g ON g.id = r.receiving_facility_id
WHERE r.issued_on BETWEEN p_from AND p_to AND r.deleted_at IS NULL
GROUP BY 1, 2, 3, 4, 5, 6
"""
REFERRAL_FLOW_COLUMNS = (
    "facility_id uuid, facility text, receiving_facility_id uuid, receiving text, "
    "field_of_action text, status text, referrals bigint"
)

# The offers suited to the Jobcenter cooperation by field of action, target group ('' for
# none named) and facility, with the referrals of that field the facility issued to, and
# received from, the other facilities in the period.
JOBCENTER_OFFERS = f"""
WITH suited AS (
  SELECT o.facility_id, coalesce(a.name, '') AS field_of_action,
         coalesce(g.target_group, '') AS target_group, o.title
  FROM {SCHEMA}.offer o
  LEFT JOIN {SCHEMA}.field_of_action a ON a.id = o.field_of_action_id
  LEFT JOIN LATERAL jsonb_array_elements_text(
    CASE WHEN jsonb_typeof(o.target_groups) = 'array' THEN o.target_groups ELSE '[]' END
  ) AS g(target_group) ON true
  WHERE o.jobcenter_suited AND o.active AND o.deleted_at IS NULL
),
network AS (
  SELECT facility_id, receiving_facility_id, field_of_action
  FROM {SCHEMA}.referral
  WHERE issued_on BETWEEN p_from AND p_to AND deleted_at IS NULL
    AND receiving_facility_id IS NOT NULL AND receiving_facility_id <> facility_id
),
issued AS (
  SELECT facility_id, field_of_action, count(*) AS referrals FROM network GROUP BY 1, 2
),
received AS (
  SELECT receiving_facility_id AS facility_id, field_of_action, count(*) AS referrals
  FROM network GROUP BY 1, 2
)
SELECT s.field_of_action, s.target_group, s.facility_id, f.name,
       count(*), array_agg(s.title ORDER BY s.title),
       coalesce(max(i.referrals), 0), coalesce(max(r.referrals), 0)
FROM suited s
JOIN {SCHEMA}.facility f ON f.id = s.facility_id
LEFT JOIN issued i ON i.facility_id = s.facility_id AND i.field_of_action = s.field_of_action
LEFT JOIN received r ON r.facility_id = s.facility_id AND r.field_of_action = s.field_of_action
GROUP BY 1, 2, 3, 4
"""
JOBCENTER_OFFER_COLUMNS = (
    "field_of_action text, target_group text, facility_id uuid, facility text, offers bigint, "
    "titles text[], referrals_issued bigint, referrals_received bigint"
)

# The district's functions: name, what they return, their query (over p_from … p_to).
DISTRICT_FUNCTIONS = (
    ("visit_figures", VISIT_FIGURE_COLUMNS, VISIT_FIGURES),
    ("facility_activity", FACILITY_ACTIVITY_COLUMNS, FACILITY_ACTIVITY),
    ("referral_flows", REFERRAL_FLOW_COLUMNS, REFERRAL_FLOWS),
    ("jobcenter_offers", JOBCENTER_OFFER_COLUMNS, JOBCENTER_OFFERS),
)


def _district_function_statements(owner_role: str, district_role: str) -> list[str]:
    """Set-returning functions over a period: they run as the tables' owner, so they count
    every facility's rows, and return counts only. Dropped and made anew, so that an upgrade
    may change what they return; only the district role may run them.

    Each query is planned anew for the period at hand (``EXECUTE … USING``): how many of
    the summaries' rows a period reads decides how best to count them.
    """
    statements = []
    parameters = {"p_from": "$1", "p_to": "$2", "p_whole_from": "$3", "p_whole_to": "$4"}
    for name, columns, query in DISTRICT_FUNCTIONS:
        function = f"{DISTRICT_SCHEMA}.{name}(p_from date, p_to date)"
        text = re.sub(r"\bp_\w+\b", lambda found: parameters[found.group()], query)
        statements += [
            f"DROP FUNCTION IF EXISTS {function}",
            f"CREATE FUNCTION {function} RETURNS TABLE ({columns}) "
            "LANGUAGE plpgsql STABLE SECURITY DEFINER "
            # Only the database's own objects (every name in the query is qualified), room
            # to count a year of visits in memory, and no compiling of a query run once.
            "SET search_path = pg_catalog, pg_temp SET work_mem = '64MB' SET jit = off "
            f"AS $body$\nBEGIN\n  RETURN QUERY EXECUTE $query${text}$query$\n"
            f"  USING p_from, p_to, {_WHOLE_FROM}, {_WHOLE_TO};\nEND\n$body$",
            f"ALTER FUNCTION {function} OWNER TO {owner_role}",
            f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC",
            f"GRANT EXECUTE ON FUNCTION {function} TO {district_role}",
        ]
    return statements
