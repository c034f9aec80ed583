"""The desk's side of a sync: the outbox, the pull cursors, the clock and applying pages.

Everything here runs on the desk's SQLite database. Pulled rows are applied with capture
paused (``sync_clock.applying``) and with foreign keys off for that transaction only: a
visit may arrive a page before its visitor; the shared database holds both.
"""

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.dialects import sqlite

from desktop_app.core import capture
from desktop_app.core.db import Database
from desktop_app.core.sharing import BY_NAME, SYNC_TABLES, SyncTable

_DIALECT = sqlite.dialect()
_CHUNK = 500

CLIENT_KEY = "sync_client_id"
EPOCH_KEY = "sync_epoch"
ACKED_KEY = "sync_acked_seq"


@dataclass
class RowChange:
    """The outbox entries of one row, folded: new or edited, and each column's first old value."""

    inserted: bool = False
    old: dict[str, Any] = field(default_factory=dict)
    hlc: int = 0


@dataclass
class Batch:
    """Every unacknowledged change, folded per row, with the outbox range it covers."""

    first_seq: int
    last_seq: int
    changes: dict[str, dict[uuid.UUID, RowChange]]
    entries: int

    def rows(self) -> int:
        return sum(len(rows) for rows in self.changes.values())


def _converter(table: SyncTable, column: str) -> Callable[[Any], Any]:
    """SQLite's stored value of ``column`` to the Python value the models use."""
    processor = table.table.c[column].type.result_processor(_DIALECT, None)
    return processor if processor is not None else (lambda value: value)


class LocalSide:
    def __init__(self, database: Database) -> None:
        self._database = database

    # Small state kept in ``local_state``.

    def _state(self, connection: Connection, key: str) -> str | None:
        return connection.execute(
            text("SELECT value FROM local_state WHERE key = :key"), {"key": key}
        ).scalar()

    def _set_state(self, connection: Connection, key: str, value: str) -> None:
        connection.execute(
            text("INSERT OR REPLACE INTO local_state (key, value) VALUES (:key, :value)"),
            {"key": key, "value": value},
        )

    def state(self, key: str) -> str | None:
        with self._database.engine.connect() as connection:
            return self._state(connection, key)

    def set_state(self, key: str, value: str) -> None:
        with self._database.engine.begin() as connection:
            self._set_state(connection, key, value)

    def client_id(self) -> uuid.UUID:
        """This desk's id towards the shared database, made once."""
        with self._database.engine.begin() as connection:
            stored = self._state(connection, CLIENT_KEY)
            if stored is not None:
                return uuid.UUID(stored)
            client = uuid.uuid4()
            self._set_state(connection, CLIENT_KEY, str(client))
            return client

    def acked_seq(self) -> int:
        return int(self.state(ACKED_KEY) or 0)

    def pending(self) -> int:
        """How many changes wait to be sent."""
        with self._database.engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())

    # Pushing.

    def batch(self) -> Batch | None:
        """All unacknowledged changes, folded per row; None when there are none."""
        changes: dict[str, dict[uuid.UUID, RowChange]] = defaultdict(dict)
        first = last = entries = 0
        with self._database.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT seq, table_name, row_id, column_name, old_json, hlc "
                    "FROM sync_outbox ORDER BY seq"
                )
            )
            for seq, table_name, row_hex, column, old_json, hlc in rows:
                first = first or seq
                last = seq
                entries += 1
                change = changes[table_name].setdefault(uuid.UUID(row_hex), RowChange())
                change.hlc = max(change.hlc, hlc)
                if column is None:
                    change.inserted = True
                elif column not in change.old:
                    change.old[column] = json.loads(old_json)
        if not entries:
            return None
        return Batch(first_seq=first, last_seq=last, changes=dict(changes), entries=entries)

    def current_rows(
        self, table: SyncTable, ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, dict[str, Any]]:
        """The rows as they are now, with the columns that leave the desk."""
        found: dict[uuid.UUID, dict[str, Any]] = {}
        wanted = list(ids)
        columns = [table.table.c[name] for name in table.column_names]
        with self._database.engine.connect() as connection:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                for row in connection.execute(
                    select(*columns).where(table.table.c.id.in_(chunk))
                ).mappings():
                    found[row["id"]] = dict(row)
        return found

    @staticmethod
    def old_values(table: SyncTable, change: RowChange) -> dict[str, Any]:
        return {
            column: _converter(table, column)(raw)
            for column, raw in change.old.items()
            if column in table.table.c
        }

    def acknowledge(self, last_seq: int) -> None:
        """The shared database holds everything up to ``last_seq``: drop it from the outbox."""
        with self._database.engine.begin() as connection:
            connection.execute(text("DELETE FROM sync_outbox WHERE seq <= :seq"), {"seq": last_seq})
            acked = int(self._state(connection, ACKED_KEY) or 0)
            self._set_state(connection, ACKED_KEY, str(max(acked, last_seq)))

    def enqueue_everything_of(self, facility_id: uuid.UUID) -> int:
        """Queue every row of this facility to be sent whole (joining, or a full resync)."""
        queued = 0
        with self._database.engine.begin() as connection:
            hlc = int(connection.execute(text("SELECT hlc FROM sync_clock")).scalar_one())
            for table in SYNC_TABLES:
                result = connection.execute(
                    text(
                        "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
                        f"SELECT :name, id, NULL, NULL, :hlc FROM {table.name} "
                        f"WHERE {table.owner_column} = :facility"
                    ),
                    {"name": table.name, "hlc": hlc, "facility": facility_id.hex},
                )
                queued += result.rowcount
        return queued

    # Pulling.

    def cursors(self) -> dict[str, tuple[int, int]]:
        with self._database.engine.connect() as connection:
            stored = {
                name: (txid, seq)
                for name, txid, seq in connection.execute(
                    text("SELECT table_name, txid, seq FROM sync_cursor")
                )
            }
        return {table.name: stored.get(table.name, (0, 0)) for table in SYNC_TABLES}

    def reset_cursors(self) -> None:
        with self._database.engine.begin() as connection:
            connection.execute(text("DELETE FROM sync_cursor"))

    @contextmanager
    def applying(self) -> Iterator[Connection]:
        """A transaction for pulled rows: capture paused, foreign keys off, on one connection."""
        with unchecked(self._database) as connection, connection.begin():
            capture.set_applying(connection, True)
            yield connection
            capture.set_applying(connection, False)

    def apply_page(
        self,
        connection: Connection,
        table: SyncTable,
        rows: Sequence[dict[str, Any]],
        cursor: tuple[int, int],
    ) -> None:
        """Write pulled rows, sparing columns with unsent local edits; move the cursor."""
        pending = self._pending(connection, table, [row["id"] for row in rows])
        names = table.column_names
        plain = [{name: row[name] for name in names} for row in rows if row["id"] not in pending]
        if plain:
            connection.execute(_upsert(table, names), plain)
        for row in rows:
            held = pending.get(row["id"])
            if held is None or None in held:
                continue  # not pending, or a new row of this desk that waits to be sent
            columns = tuple(name for name in table.column_names if name not in held)
            connection.execute(_upsert(table, columns), [{name: row[name] for name in columns}])
        connection.execute(
            text(
                "INSERT OR REPLACE INTO sync_cursor (table_name, txid, seq) "
                "VALUES (:name, :txid, :seq)"
            ),
            {"name": table.name, "txid": cursor[0], "seq": cursor[1]},
        )

    @staticmethod
    def _pending(
        connection: Connection, table: SyncTable, ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, set[str | None]]:
        held: dict[uuid.UUID, set[str | None]] = defaultdict(set)
        for start in range(0, len(ids), _CHUNK):
            chunk = [row_id.hex for row_id in ids[start : start + _CHUNK]]
            marks = ", ".join(f":i{n}" for n in range(len(chunk)))
            for row_hex, column in connection.execute(
                text(
                    "SELECT row_id, column_name FROM sync_outbox "
                    f"WHERE table_name = :name AND row_id IN ({marks})"
                ),
                {"name": table.name, **{f"i{n}": value for n, value in enumerate(chunk)}},
            ):
                held[uuid.UUID(row_hex)].add(column)
        return held

    @staticmethod
    def advance_clock(connection: Connection, hlc: int) -> None:
        connection.execute(
            text("UPDATE sync_clock SET hlc = max(hlc, :hlc) WHERE id = 1"), {"hlc": hlc}
        )

    @staticmethod
    def forget_unseen(connection: Connection, table: SyncTable, seen_table: str) -> int:
        """After a full pull: remove rows the shared database no longer has, unless unsent."""
        result = connection.execute(
            text(
                f"DELETE FROM {table.name} WHERE id NOT IN "
                f"(SELECT row_id FROM {seen_table} WHERE table_name = :name) "
                "AND id NOT IN (SELECT row_id FROM sync_outbox WHERE table_name = :name)"
            ),
            {"name": table.name},
        )
        return result.rowcount


@contextmanager
def unchecked(database: Database) -> Iterator[Connection]:
    """A connection with foreign keys off (outside any transaction, as SQLite wants)."""
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            yield connection
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


def _upsert(table: SyncTable, columns: Sequence[str]) -> Any:
    statement = sqlite.insert(table.table)
    updates = {name: statement.excluded[name] for name in columns if name != "id"}
    return statement.on_conflict_do_update(index_elements=["id"], set_=updates)


def table_named(name: str) -> SyncTable:
    return BY_NAME[name]
