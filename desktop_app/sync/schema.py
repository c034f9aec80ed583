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

from sqlalchemy import JSON, Boolean, Column, Date, Integer, SmallInteger, String, Text, Uuid

from desktop_app.core.models import UtcDateTime
from desktop_app.core.sharing import SYNC_TABLES, Scope, SyncTable

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
    district role may read the views and nothing else.
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
    return statements
