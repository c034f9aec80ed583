"""The SQL that merges a desk's pushed rows into the shared database, set by set.

A pushed row arrives in a temporary stage table with its changed columns, their values
before the change (the "old" stage) and the desk's clock. For every changed column:

- the shared value still equals the desk's old value: a plain edit, taken;
- it differs: both sides changed it. The later clock (then the higher desk id) wins on
  every desk whatever the order of pushes, and the other value goes into
  ``sync_conflict`` for a coordinator (never for derived columns).

Rows the shared database lacks are inserted whole. Every pushed row that exists is
touched, so its desk pulls the merged result back. Values are compared as ``jsonb`` made
by PostgreSQL from the same column types, so equal values compare equal.
"""

from sqlalchemy import Column

from desktop_app.core.sharing import DERIVED_COLUMNS, TOUCH_COLUMN, SyncTable
from desktop_app.sync.schema import SCHEMA, pg_type, qualified

STAGE_EXTRA = ("_inserted", "_changed", "_hlc")
# Milliseconds since 1970 on the server's clock, in the hybrid logical clock's units.
NOW_HLC = "((extract(epoch FROM clock_timestamp()) * 1000)::bigint * 65536)"


def stage(table: SyncTable) -> str:
    return f"pg_temp._s_{table.name}"


def old_stage(table: SyncTable) -> str:
    return f"pg_temp._o_{table.name}"


def stage_ddl(table: SyncTable) -> list[str]:
    columns = ", ".join(f"{column.name} {pg_type(column)}" for column in table.columns)
    return [
        f"CREATE TEMP TABLE IF NOT EXISTS _s_{table.name} ({columns}, "
        "_inserted boolean, _changed text[], _hlc bigint) ON COMMIT DELETE ROWS",
        f"CREATE TEMP TABLE IF NOT EXISTS _o_{table.name} ({columns}) ON COMMIT DELETE ROWS",
    ]


DECISIONS_DDL = (
    "CREATE TEMP TABLE IF NOT EXISTS _decision (id uuid, col text, new jsonb, cur jsonb, "
    "apply boolean, conflict boolean, hlc bigint) ON COMMIT DELETE ROWS"
)


def merge_statements(table: SyncTable) -> list[str]:
    """Statements run in order after the stages are filled; ``%(client)s``,
    ``%(max_ahead)s`` (clock units a desk may be ahead of the server) and ``%(review)s``
    (whether a value that lost is kept for review) are parameters."""
    name = qualified(table)
    quiet = ", ".join(f"'{column}'" for column in sorted(DERIVED_COLUMNS))
    edited = [c for c in table.column_names if c not in ("id", TOUCH_COLUMN)]
    assignments = ", ".join(f"{column} = (u.r).{column}" for column in edited)
    columns = ", ".join(table.column_names)
    differs = "j.sj -> c.col IS DISTINCT FROM j.tj -> c.col"
    base_kept = "j.tj -> c.col IS NOT DISTINCT FROM j.oj -> c.col"
    return [
        # A desk's clock may run ahead a little; a far-future one must not win forever.
        f"UPDATE {stage(table)} SET _hlc = {NOW_HLC} + %(max_ahead)s "
        f"WHERE _hlc > {NOW_HLC} + %(max_ahead)s",
        f"SELECT 1 FROM {name} WHERE id IN (SELECT id FROM {stage(table)}) ORDER BY id FOR UPDATE",
        "TRUNCATE pg_temp._decision",
        f"""INSERT INTO pg_temp._decision (id, col, new, cur, apply, conflict, hlc)
SELECT s.id, c.col, j.sj -> c.col, j.tj -> c.col,
       {differs} AND ({base_kept} OR (s._hlc, %(client)s::text) > (v.hlc, v.client)),
       {differs} AND NOT ({base_kept}) AND c.col NOT IN ({quiet}) AND %(review)s,
       s._hlc
FROM {stage(table)} s
JOIN {name} t ON t.id = s.id
LEFT JOIN {old_stage(table)} o ON o.id = s.id
CROSS JOIN LATERAL (SELECT to_jsonb(s) AS sj, to_jsonb(t) AS tj, to_jsonb(o) AS oj) j
CROSS JOIN LATERAL unnest(s._changed) AS c(col)
CROSS JOIN LATERAL (
  SELECT coalesce((t._ver -> c.col ->> 0)::bigint, t._ins_hlc) AS hlc,
         coalesce(t._ver -> c.col ->> 1, t._ins_client::text) AS client
) v""",
        f"""INSERT INTO {SCHEMA}.sync_conflict (id, facility_id, table_name, row_id, column_name,
  kept_value, other_value, resolved_at, resolution, created_at, updated_at, deleted_at,
  _ins_hlc, _ins_client, _max_hlc)
SELECT gen_random_uuid(), {SCHEMA}.current_facility(), '{table.name}', d.id, d.col,
       CASE WHEN d.apply THEN d.new ELSE d.cur END, CASE WHEN d.apply THEN d.cur ELSE d.new END,
       NULL, '', now(), now(), NULL, d.hlc, %(client)s::uuid, d.hlc
FROM pg_temp._decision d WHERE d.conflict""",
        f"""UPDATE {name} AS t SET {assignments},
  {TOUCH_COLUMN} = greatest(t.{TOUCH_COLUMN}, u.touched),
  _ver = t._ver || u.vpatch, _max_hlc = greatest(t._max_hlc, u.hlc), _echo = NULL
FROM (
  SELECT s.id, jsonb_populate_record(t2, coalesce(p.patch, '{{}}')) AS r,
         coalesce(p.vpatch, '{{}}') AS vpatch, s._hlc AS hlc, s.{TOUCH_COLUMN} AS touched
  FROM {stage(table)} s
  JOIN {name} t2 ON t2.id = s.id
  LEFT JOIN (
    SELECT id, jsonb_object_agg(col, new) AS patch,
           jsonb_object_agg(col, jsonb_build_array(hlc, %(client)s::text)) AS vpatch
    FROM pg_temp._decision WHERE apply GROUP BY id
  ) p ON p.id = s.id
) u
WHERE t.id = u.id""",
        f"""INSERT INTO {name} ({columns}, _ins_hlc, _ins_client, _max_hlc, _echo)
SELECT {columns}, s._hlc, %(client)s::uuid, s._hlc, %(client)s::uuid FROM {stage(table)} s
WHERE NOT EXISTS (SELECT 1 FROM {name} t WHERE t.id = s.id)
ON CONFLICT (id) DO NOTHING""",
    ]


def sqlite_form(column: Column[object]) -> str:
    """``column`` in the form the desk's SQLite stores it (as SQLAlchemy writes it there)."""
    kind = pg_type(column)
    name = column.name
    if kind == "uuid":
        return f"replace({name}::text, '-', '')"
    if kind == "timestamptz":
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if kind == "date":
        return f"to_char({name}, 'YYYY-MM-DD')"
    if kind == "boolean":
        return f"{name}::int"
    if kind == "jsonb":
        return f"{name}::text"
    return name


# The pull horizon: changes of transactions below it are all committed (or rolled back).
# It is the oldest transaction still running *in this database*: one running in another
# database of the same server cannot write here, so it must not hold the desks back
# (``pg_snapshot_xmin`` would count it). A running transaction of this database shows
# its id in ``pg_stat_activity`` (to every role) or, once prepared, in
# ``pg_prepared_xacts``; one that ended between the snapshot and that look was committed
# before the pages are read, so its rows are in them.
HORIZON = """(SELECT least(pg_snapshot_xmax(snap.s), (
    SELECT min(x) FROM pg_snapshot_xip(snap.s) AS x
    WHERE mod(x::text::bigint, 4294967296) IN (
      SELECT backend_xid::text::bigint FROM pg_stat_activity
      WHERE datid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND backend_xid IS NOT NULL
      UNION ALL
      SELECT transaction::text::bigint FROM pg_prepared_xacts
      WHERE database = current_database())))::text::bigint
  FROM (SELECT pg_current_snapshot() AS s) AS snap)"""


def pull_query(table: SyncTable) -> str:
    """One page of rows changed after the cursor by transactions older than every running one.

    Values come in the desk's storage forms, so they go into SQLite without conversion.
    New rows that the pulling desk itself sent (``echo``) stay behind: it has them.
    """
    columns = ", ".join(sqlite_form(column) for column in table.columns)
    return (
        f"SELECT {columns}, _txid::text::bigint, _seq, _max_hlc FROM {qualified(table)} "
        "WHERE (_txid, _seq) > (%(txid)s::text::xid8, %(seq)s) "
        "AND _txid < %(horizon)s::text::xid8 AND _echo IS DISTINCT FROM %(echo)s::uuid "
        "ORDER BY _txid, _seq LIMIT %(limit)s"
    )
