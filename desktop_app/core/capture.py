"""Capturing local changes: SQLite triggers that fill the outbox in the edit's transaction.

Every insert into a shared table adds one outbox row, every edit one row per changed
column with the value it had before (the base for merging on the shared database), each
stamped by the desk's hybrid logical clock.

The triggers are TEMP triggers that every connection of the program's engine creates
when it opens (``db.make_engine``), so every way the program writes is captured: services,
bulk imports, the demo generator. Pulled rows are written through an engine without
them, so they are not captured again (and bulk pulls pay no trigger cost); the clock's
``applying`` flag pauses capture for a transaction or a block that must not be shared.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

from desktop_app.core.sharing import SYNC_TABLES, SyncTable

# Milliseconds since 1970 from SQLite's clock, as the high bits of the hybrid logical clock.
_NOW_HLC = "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) * 65536)"
_TICK = f"UPDATE sync_clock SET hlc = max(hlc + 1, {_NOW_HLC}) WHERE id = 1;"
_CAPTURING = "(SELECT applying FROM sync_clock WHERE id = 1) = 0"
_HLC = "(SELECT hlc FROM sync_clock WHERE id = 1)"


def _triggers(table: SyncTable) -> list[str]:
    name = table.name
    insert = (
        f"CREATE TEMP TRIGGER sync_{name}_insert AFTER INSERT ON main.{name} "
        f"WHEN {_CAPTURING} BEGIN {_TICK} "
        "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
        f"VALUES ('{name}', NEW.id, NULL, NULL, {_HLC}); END"
    )
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in table.edited_columns)
    selects = " UNION ALL ".join(
        f"SELECT '{name}', NEW.id, '{c}', json_quote(OLD.{c}), {_HLC} WHERE OLD.{c} IS NOT NEW.{c}"
        for c in table.edited_columns
    )
    update = (
        f"CREATE TEMP TRIGGER sync_{name}_update AFTER UPDATE ON main.{name} "
        f"WHEN {_CAPTURING} AND ({changed}) BEGIN {_TICK} "
        "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
        f"{selects}; END"
    )
    return [insert, update]


_SCRIPT = ";\n".join(statement for table in SYNC_TABLES for statement in _triggers(table)) + ";"


def add_triggers(connection: sqlite3.Connection) -> None:
    """Create the capture triggers on a new connection, once the schema has the outbox.

    A connection opened before the migration that adds it has none; ``open_database``
    renews its connections after migrating.
    """
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_outbox'"
    ).fetchone()
    if found is not None:
        connection.executescript(_SCRIPT)


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
