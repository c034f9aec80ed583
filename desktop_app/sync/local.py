"""The desk's side of a sync: the outbox, the pull cursors, the clock and applying pages.

Everything here runs on the desk's SQLite database. Pulled rows are written through
connections without capture triggers and with foreign keys off: a visit may arrive a page
before its visitor; the shared database holds both.
"""

import json
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop_app.core.db import Database, make_engine
from desktop_app.core.derived import DERIVED, Derivation
from desktop_app.core.sharing import SYNC_TABLES, TOUCH_COLUMN, SyncTable
from desktop_app.core.visit_months import counted_in_bulk

_CHUNK = 500

CLIENT_KEY = "sync_client_id"
EPOCH_KEY = "sync_epoch"
# The purged deletions (per table, the newest) as of this desk's last full pull.
PURGED_KEY = "sync_purged"
ACKED_KEY = "sync_acked_seq"


@dataclass
class RowChange:
    """The outbox entries of one row, folded: new or edited, and each column's first old value."""

    inserted: bool = False
    # Old values as SQLite stored them: they go to the shared database as text as they are.
    old: dict[str, Any] = field(default_factory=dict)
    hlc: int = 0


@dataclass
class Batch:
    """Every unacknowledged change, folded per row (by the row's 32 hex digits)."""

    first_seq: int
    last_seq: int
    changes: dict[str, dict[str, RowChange]]
    entries: int

    def rows(self) -> int:
        return sum(len(rows) for rows in self.changes.values())


class LocalSide:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._writer: Engine | None = None

    def close(self) -> None:
        if self._writer is not None:
            self._writer.dispose()
            self._writer = None

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

    def set_state(self, key: str, value: str, **more: str) -> None:
        """Keep ``key`` (and any ``more`` keys) in one transaction."""
        with self._database.engine.begin() as connection:
            for name, text_value in {key: value, **more}.items():
                self._set_state(connection, name, text_value)

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
        changes: dict[str, dict[str, RowChange]] = defaultdict(dict)
        first = last = entries = 0
        with self._database.engine.connect() as connection:
            # The driver's own cursor: tens of thousands of entries, read as plain tuples.
            rows = connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "SELECT seq, table_name, row_id, column_name, old_json, hlc "
                "FROM sync_outbox ORDER BY seq"
            )
            for seq, table_name, row_hex, column, old_json, hlc in rows:
                first = first or seq
                last = seq
                entries += 1
                change = changes[table_name].get(row_hex)
                if change is None:
                    change = changes[table_name][row_hex] = RowChange()
                change.hlc = max(change.hlc, hlc)
                if column is None:
                    change.inserted = True
                elif column not in change.old:
                    change.old[column] = json.loads(old_json)
        if not entries:
            return None
        return Batch(first_seq=first, last_seq=last, changes=dict(changes), entries=entries)

    def current_rows(self, table: SyncTable, last_seq: int) -> dict[str, tuple[Any, ...]]:
        """The outbox's rows up to ``last_seq`` as SQLite stores them, by id.

        SQLite's forms are what PostgreSQL reads as text: 32 hex digits for a uuid, UTC
        time without a zone (the connection's zone is UTC), 0/1 for booleans, JSON text.
        """
        with self._database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                f"SELECT {', '.join(table.column_names)} FROM {table.name} WHERE id IN "
                "(SELECT row_id FROM sync_outbox WHERE table_name = ? AND seq <= ?)",
                (table.name, last_seq),
            ).all()
        return {row[0]: tuple(row) for row in rows}

    def acknowledge(self, last_seq: int) -> None:
        """The shared database holds everything up to ``last_seq``: drop it from the outbox."""
        with self._database.engine.begin() as connection:
            connection.execute(text("DELETE FROM sync_outbox WHERE seq <= :seq"), {"seq": last_seq})
            acked = int(self._state(connection, ACKED_KEY) or 0)
            self._set_state(connection, ACKED_KEY, str(max(acked, last_seq)))

    def enqueue_everything_of(self, facility_id: uuid.UUID, *, every_column: bool = False) -> int:
        """Queue every row of this facility to be sent whole (a first sync, a full resync).

        The shared database takes such a row only where it lacks it. ``every_column``
        (after a restore, when it may hold older values of the row) also queues each
        column as an edit, dated by the row's last change here and based on the value here:
        where the shared value differs, the later of the two wins.
        """
        queued = 0
        with self._database.engine.begin() as connection:
            hlc = int(connection.execute(text("SELECT hlc FROM sync_clock")).scalar_one())
            for table in SYNC_TABLES:
                mine = f"FROM {table.name} WHERE {table.owner_column} = :facility"
                if not every_column:
                    selects = [f"SELECT :name, id, NULL, NULL, :hlc {mine}"]
                else:
                    # The hybrid clock's reading when the row last changed here.
                    when = (
                        f"coalesce(CAST((julianday({TOUCH_COLUMN}) - 2440587.5) * 86400000.0 "
                        "AS INTEGER) * 65536, :hlc)"
                    )
                    selects = [f"SELECT :name, id, NULL, NULL, {when} {mine}"] + [
                        f"SELECT :name, id, '{column}', json_quote({column}), {when} {mine}"
                        for column in table.edited_columns
                    ]
                result = connection.execute(
                    text(
                        "INSERT INTO sync_outbox (table_name, row_id, column_name, old_json, hlc) "
                        + " UNION ALL ".join(selects)
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
        """A transaction for pulled rows: not captured, foreign keys off, on one connection.

        Its connections come from an engine of their own that has no capture triggers.
        """
        if self._writer is None:
            self._writer = make_engine(self._database.path, capturing=False)
        with unchecked(self._writer) as connection, connection.begin():
            yield connection

    @staticmethod
    def tables_with_pending(connection: Connection) -> set[str]:
        return set(
            connection.exec_driver_sql("SELECT DISTINCT table_name FROM sync_outbox").scalars()
        )

    def apply_page(
        self,
        connection: Connection,
        table: SyncTable,
        rows: Sequence[tuple[Any, ...]],
        cursor: tuple[int, int],
        *,
        pending_here: bool,
    ) -> None:
        """Write pulled rows (in SQLite's forms), sparing columns with unsent local edits.

        The desk's own columns get their defaults in new rows; derived ones are derived.
        Visits are counted for the statistics once per page.
        """
        ids = [row[0] for row in rows]
        if table.name == "visit":
            raw = connection.connection.driver_connection
            with counted_in_bulk(raw, ids):  # type: ignore[arg-type]
                self._write_page(connection, table, rows, ids, pending_here=pending_here)
        else:
            self._write_page(connection, table, rows, ids, pending_here=pending_here)
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_cursor (table_name, txid, seq) VALUES (?, ?, ?)",
            (table.name, cursor[0], cursor[1]),
        )

    def _write_page(
        self,
        connection: Connection,
        table: SyncTable,
        rows: Sequence[tuple[Any, ...]],
        ids: list[str],
        *,
        pending_here: bool,
    ) -> None:
        pending = self._pending(connection, table, ids) if pending_here else {}
        names = table.column_names
        local = _LocalColumns.of(table)
        plain = [local.complete(row) for row in rows if row[0] not in pending]
        if plain:
            connection.exec_driver_sql(local.upsert(names), plain)
        for row in rows:
            held = pending.get(row[0])
            if held is None or None in held:
                continue  # not pending, or a new row of this desk that waits to be sent
            kept = [n for n, name in enumerate(names) if name not in held]
            values = local.complete(row, kept, derive=False)
            connection.exec_driver_sql(local.upsert([names[n] for n in kept], False), values)
            local.refresh(connection, row[0])

    @staticmethod
    def _pending(
        connection: Connection, table: SyncTable, ids: list[str]
    ) -> dict[str, set[str | None]]:
        held: dict[str, set[str | None]] = defaultdict(set)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row_hex, column in connection.exec_driver_sql(
                "SELECT row_id, column_name FROM sync_outbox "
                f"WHERE table_name = ? AND row_id IN ({marks})",
                (table.name, *chunk),
            ):
                held[row_hex].add(column)
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
def unchecked(engine: Engine) -> Iterator[Connection]:
    """A connection with foreign keys off (outside any transaction, as SQLite wants)."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        try:
            yield connection
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys = ON")
            connection.commit()


@dataclass(frozen=True)
class _LocalColumns:
    """The columns of a shared table that only the desk writes: its own and derived ones."""

    table: SyncTable
    # The desk's own (notes): their defaults in new rows, never overwritten.
    own: tuple[str, ...]
    own_defaults: tuple[Any, ...]
    derivation: Derivation | None
    sources: tuple[int, ...]

    @classmethod
    def of(cls, table: SyncTable) -> "_LocalColumns":
        derivation = DERIVED.get(table.name)
        derived = set(derivation.columns) if derivation else set()
        own = [c for c in table.table.columns if c.name not in table.column_names]
        own = [c for c in own if c.name not in derived]
        names = table.column_names
        return cls(
            table=table,
            own=tuple(c.name for c in own),
            own_defaults=tuple(c.default.arg for c in own),  # type: ignore[union-attr]
            derivation=derivation,
            sources=tuple(names.index(n) for n in derivation.sources) if derivation else (),
        )

    @property
    def derived(self) -> tuple[str, ...]:
        return self.derivation.columns if self.derivation else ()

    def complete(
        self, row: Sequence[Any], kept: Sequence[int] | None = None, *, derive: bool = True
    ) -> tuple[Any, ...]:
        """The pulled values (all, or those at ``kept``), the own defaults, the derived."""
        width = len(self.table.columns)
        values = tuple(row[:width]) if kept is None else tuple(row[n] for n in kept)
        if self.derivation is None or not derive:
            return values + self.own_defaults
        derived = self.derivation.compute(*(row[n] for n in self.sources))
        return values + self.own_defaults + derived

    def upsert(self, columns: Sequence[str], derive: bool = True) -> str:
        """INSERT … ON CONFLICT DO UPDATE of ``columns`` and (with ``derive``) the derived."""
        derived = self.derived if derive else ()
        names = [*columns, *self.own, *derived]
        updated = [name for name in (*columns, *derived) if name != "id"]
        updates = ", ".join(f"{name} = excluded.{name}" for name in updated)
        return (
            f"INSERT INTO {self.table.name} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT (id) DO {f'UPDATE SET {updates}' if updates else 'NOTHING'}"
        )

    def refresh(self, connection: Connection, row_id: str) -> None:
        """Derive again from the names the row holds now (pulled and local ones mixed)."""
        if self.derivation is None:
            return
        sources = connection.exec_driver_sql(
            f"SELECT {', '.join(self.derivation.sources)} FROM {self.table.name} WHERE id = ?",
            (row_id,),
        ).first()
        if sources is not None:
            assignments = ", ".join(f"{name} = ?" for name in self.derived)
            connection.exec_driver_sql(
                f"UPDATE {self.table.name} SET {assignments} WHERE id = ?",
                (*self.derivation.compute(*sources), row_id),
            )
