"""Capturing local changes: SQLite triggers that fill the outbox in the edit's transaction.

Every insert into a shared table adds one outbox row, every edit one row per changed
column with the value it had before (the base for merging on the shared database), each
stamped by the desk's hybrid logical clock. Pulled rows are applied with the clock's
``applying`` flag set, so they are not captured again. Triggers catch every way of writing:
the services, bulk imports and anything else that uses the database file.
"""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

from desktop_app.core.sharing import SYNC_TABLES, SyncTable

# Milliseconds since 1970 from SQLite's clock, as the high bits of the hybrid logical clock.
_NOW_HLC = "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536)"
_TICK = f"UPDATE sync_clock SET hlc = max(hlc + 1, {_NOW_HLC}) WHERE id = 1;"
_CAPTURING = "(SELECT applying FROM sync_clock WHERE id = 1) = 0"
_HLC = "(SELECT hlc FROM sync_clock WHERE id = 1)"
CLOCK_KEY = "capture_triggers"


def _triggers(table: SyncTable) -> list[str]:
    name = table.name
    insert = (
        f"CREATE TRIGGER sync_{name}_insert AFTER INSERT ON {name} WHEN {_CAPTURING} BEGIN "
        f"{_TICK} "
        "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
        f"VALUES ('{name}', NEW.id, NULL, NULL, {_HLC}); END"
    )
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in table.edited_columns)
    selects = " UNION ALL ".join(
        f"SELECT '{name}', NEW.id, '{c}', json_quote(OLD.{c}), {_HLC} WHERE OLD.{c} IS NOT NEW.{c}"
        for c in table.edited_columns
    )
    update = (
        f"CREATE TRIGGER sync_{name}_update AFTER UPDATE ON {name} "
        f"WHEN {_CAPTURING} AND ({changed}) BEGIN {_TICK} "
        "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
        f"{selects}; END"
    )
    return [insert, update]


def trigger_statements() -> list[str]:
    return [statement for table in SYNC_TABLES for statement in _triggers(table)]


def _fingerprint(statements: list[str]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()[:16]


def install(connection: Connection) -> None:
    """(Re)create the capture triggers and the clock row, unless they are current.

    Called after every migration: a new column needs its trigger, and triggers follow
    the models rather than frozen migration scripts.
    """
    statements = trigger_statements()
    fingerprint = _fingerprint(statements)
    stored = connection.execute(
        text("SELECT value FROM local_state WHERE key = :key"), {"key": CLOCK_KEY}
    ).scalar()
    if stored == fingerprint:
        return
    existing = connection.execute(
        text(
            "SELECT name FROM sqlite_master "
            "WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'"
        )
    ).scalars()
    for trigger in list(existing):
        connection.exec_driver_sql(f"DROP TRIGGER {trigger}")
    for statement in statements:
        connection.exec_driver_sql(statement)
    connection.execute(
        text("INSERT OR IGNORE INTO sync_clock (id, hlc, applying) VALUES (1, 0, 0)")
    )
    connection.execute(
        text("INSERT OR REPLACE INTO local_state (key, value) VALUES (:key, :value)"),
        {"key": CLOCK_KEY, "value": fingerprint},
    )


def set_applying(connection: Connection, applying: bool) -> None:
    """Within the caller's transaction: stop (or resume) capturing this transaction's writes.

    SQLite lets one transaction write at a time, so no other desk process writes while the
    flag is set; it is cleared again before the transaction commits.
    """
    connection.execute(
        text("UPDATE sync_clock SET applying = :applying WHERE id = 1"),
        {"applying": 1 if applying else 0},
    )


@contextmanager
def paused(engine: Engine) -> Iterator[None]:
    """Capture nothing while the block runs: for demo data, which is never to be shared.

    The flag is committed, so it holds across the block's own transactions; it is cleared
    again however the block ends.
    """
    with engine.begin() as connection:
        set_applying(connection, True)
    try:
        yield
    finally:
        with engine.begin() as connection:
            set_applying(connection, False)
