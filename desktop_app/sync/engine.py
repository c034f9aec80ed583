"""One sync: check versions and clocks, push the outbox, pull what others wrote.

Push is at-least-once: the whole outbox goes in one server transaction that also moves
this desk's "last applied" sequence, so a retry after any failure is recognised and
skipped. Pull reads each table after its cursor, only changes of transactions older than
the oldest one still running (see ``merge.pull_query``), and applies each round of pages
with the new cursors in one local transaction. A failure anywhere leaves both sides as
they were before that step; the next sync simply goes on.
"""

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

import psycopg

from desktop_app.core.db import Database
from desktop_app.core.local_file import KNOWN_REVISIONS
from desktop_app.core.sharing import SYNC_TABLES, SyncTable
from desktop_app.sync import merge, problems
from desktop_app.sync.local import EPOCH_KEY, PURGED_KEY, Batch, LocalSide, RowChange
from desktop_app.sync.schema import PROTOCOL_VERSION, SCHEMA

log = logging.getLogger(__name__)

PAGE_ROWS = 5000
# How far this desk's clock may differ from the shared database's (Anki uses five minutes).
MAX_SKEW = timedelta(minutes=5)
MAX_AHEAD_HLC = int(MAX_SKEW.total_seconds() * 1000) << 16
_SEEN = "sync_seen"
HORIZON_KEY = "sync_horizon"
HELD_BACK_WARNING = timedelta(minutes=10)

Connect = Callable[[], psycopg.Connection[Any]]


class Resync(Enum):
    """Why a desk pulls everything anew, and whether it sends everything it holds again."""

    # Never synced: everything this desk holds goes up (where the shared database lacks
    # it), everything else comes down.
    FIRST = "first sync"
    # Restored from a backup: the shared database may lack rows of this desk, or hold older
    # values of them. Every row goes up, each column dated by the row's last change here,
    # so that the newer side wins column by column.
    RESTORED = "restored"
    # Deletions were purged since this desk last looked: pull all, forget what is gone, and
    # send only what waits (resending the rest would bring purged records back).
    CATCH_UP = "catch up"


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    full_resync: bool
    seconds: float
    # How long one open transaction on the shared database has held pulls back (0: not).
    held_back_minutes: int = 0

    def describe(self) -> str:
        resync = "; full resync" if self.full_resync else ""
        held = (
            f"; pulls held back for {self.held_back_minutes} min by a long-running transaction"
            if self.held_back_minutes
            else ""
        )
        return (
            f"sent {self.pushed} change(s), received {self.pulled} row(s), "
            f"{self.conflicts} conflict(s){resync}, in {self.seconds:.2f} s{held}"
        )


@dataclass(frozen=True)
class Handshake:
    epoch: str
    purged: dict[str, int]
    next_txid: int
    horizon: int
    server_now: datetime
    facility_id: uuid.UUID | None
    last_seq: int

    @property
    def now_hlc(self) -> int:
        return int(self.server_now.timestamp() * 1000) << 16


class Synchronizer:
    """Syncs one desk's database with the shared database, one ``sync()`` at a time."""

    def __init__(
        self,
        database: Database,
        facility_id: uuid.UUID,
        connect: Connect,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        page_rows: int = PAGE_ROWS,
        step: Callable[[str], None] = lambda _name: None,
    ) -> None:
        """``step`` is called with the name of each step as it is reached ("push:staged",
        "push:committed", "pull:fetched", …): for logs, and for tests that stop a desk there."""
        self._local = LocalSide(database)
        self._facility_id = facility_id
        self._connect = connect
        self._clock = clock
        self._page_rows = page_rows
        self._step = step
        self._client = self._local.client_id()
        self._connection: psycopg.Connection[Any] | None = None
        self._staged: set[str] = set()

    @property
    def local(self) -> LocalSide:
        return self._local

    def close(self) -> None:
        self._local.close()
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _server(self) -> psycopg.Connection[Any]:
        if self._connection is None or self._connection.closed or self._connection.broken:
            self._connection = self._connect()
            self._staged = set()
        return self._connection

    def sync(self) -> SyncReport:
        """Push, then pull; raises a ``SyncProblem`` in words for the desk when it cannot."""
        started = time.perf_counter()
        try:
            return self._sync(started)
        except psycopg.OperationalError as exc:
            self.close()
            log.warning("sync broke off: %s", exc)
            raise problems.ConnectionLost() from exc
        except psycopg.Error as exc:
            self.close()
            log.exception("the shared database refused the sync")
            detail = exc.diag.message_primary or type(exc).__name__
            raise problems.Refused(detail) from exc

    def _sync(self, started: float) -> SyncReport:
        shake = self._handshake()
        resync = self._needs_full_resync(shake)
        full = resync is not None
        if full:
            log.info("full resync with the shared database (%s)", resync)
        resend = resync in (Resync.FIRST, Resync.RESTORED)
        if resend:
            self._local.enqueue_everything_of(
                self._facility_id, every_column=resync is Resync.RESTORED
            )
        # After a restore the desk sends every field again: where the restored value lost,
        # that is a repair, not two people's edits to review.
        pushed, conflicts = self._push(shake, reset=resend, review=resync is not Resync.RESTORED)
        # The horizon again, so that what was just pushed comes back in the same sync.
        horizon = self._horizon() if pushed else shake.horizon
        pulled = self._pull(shake, horizon, full=full)
        if full:
            self._local.set_state(EPOCH_KEY, shake.epoch)
            self._local.set_state(PURGED_KEY, json.dumps(shake.purged, sort_keys=True))
        return SyncReport(
            pushed=pushed,
            pulled=pulled,
            conflicts=conflicts,
            full_resync=full,
            seconds=time.perf_counter() - started,
            held_back_minutes=self._held_back(shake),
        )

    def _held_back(self, shake: Handshake) -> int:
        """Minutes the same open transaction has kept the pull horizon where it is.

        Nothing is lost meanwhile (SYNC.md), but changes of others stay behind it; from
        ``HELD_BACK_WARNING`` on, the desk says so.
        """
        if shake.horizon >= shake.next_txid:
            self._local.set_state(HORIZON_KEY, "")
            return 0
        stored = (self._local.state(HORIZON_KEY) or "").split(";")
        now = self._clock()
        if len(stored) != 2 or stored[0] != str(shake.horizon):
            self._local.set_state(HORIZON_KEY, f"{shake.horizon};{now.isoformat()}")
            return 0
        held = now - datetime.fromisoformat(stored[1])
        return int(held.total_seconds() // 60) if held >= HELD_BACK_WARNING else 0

    # Checks at the start of every sync.

    def _handshake(self) -> Handshake:
        kept = self._connection is not None and not self._connection.closed
        try:
            return self._shake()
        except psycopg.OperationalError:
            if not kept:
                raise
            # The connection kept since the last sync died meanwhile (a restarted server,
            # a router dropping idle connections): once more with a new one.
            log.info("the kept connection to the shared database had died; connecting anew")
            self.close()
            return self._shake()

    def _shake(self) -> Handshake:
        connection = self._server()
        row = connection.execute(
            "SELECT m.protocol, m.schema_revision, m.epoch::text, m.purged, "
            # The next transaction id, without taking one.
            "pg_snapshot_xmax(pg_current_snapshot())::text::bigint, "
            f"{merge.HORIZON}, clock_timestamp(), "
            f"{SCHEMA}.current_facility(), "
            f"(SELECT last_seq FROM {SCHEMA}.sync_client WHERE client_id = %s) "
            f"FROM {SCHEMA}.meta m",
            (self._client,),
        ).fetchone()
        if row is None:
            raise problems.ServerTooOld()
        protocol, revision, epoch, purged, next_txid, horizon, now, facility, last_seq = row
        if protocol > PROTOCOL_VERSION or revision not in KNOWN_REVISIONS:
            raise problems.DeskTooOld()
        if protocol < PROTOCOL_VERSION or revision != KNOWN_REVISIONS[-1]:
            raise problems.ServerTooOld()
        if facility is None:
            raise problems.NotRegistered(connection.info.user)
        if facility != self._facility_id:
            raise problems.OtherFacility()
        skew = abs(self._clock() - now)
        if skew > MAX_SKEW:
            raise problems.ClockSkew(round(skew.total_seconds() / 60))
        return Handshake(
            epoch=epoch,
            purged={name: int(value) for name, value in purged.items()},
            next_txid=next_txid,
            horizon=horizon,
            server_now=now,
            facility_id=facility,
            last_seq=last_seq or 0,
        )

    def _needs_full_resync(self, shake: Handshake) -> Resync | None:
        cursors = self._local.cursors()
        newest_seen = max(txid for txid, _ in cursors.values())
        stored_epoch = self._local.state(EPOCH_KEY)
        if stored_epoch is None:
            return Resync.FIRST
        if stored_epoch != shake.epoch:
            return Resync.RESTORED
        if newest_seen >= shake.next_txid:
            # Restored into a new cluster and not yet repaired by init-shared-db.
            raise problems.ServerRestored()
        if shake.last_seq < self._local.acked_seq():
            log.warning("the shared database lost acknowledged changes of this desk")
            return Resync.RESTORED
        # Tombstones were purged since the last full pull: a desk that was away never saw
        # those deletions, and one that saw them still keeps the purged records.
        if json.loads(self._local.state(PURGED_KEY) or "{}") != shake.purged:
            return Resync.CATCH_UP
        return None

    # Push.

    def _push(self, shake: Handshake, *, reset: bool, review: bool = True) -> tuple[int, int]:
        if shake.last_seq > self._local.acked_seq() and not reset:
            # An earlier push landed but its acknowledgement never reached this desk.
            self._local.acknowledge(shake.last_seq)
        batch = self._local.batch()
        if batch is None:
            return 0, 0
        self._step("push:read")
        connection = self._server()
        conflicts = 0
        with connection.transaction():
            with connection.pipeline():
                connection.execute(
                    f"INSERT INTO {SCHEMA}.sync_client (client_id, facility_id) "
                    "VALUES (%s, %s) ON CONFLICT (client_id) DO NOTHING",
                    (self._client, self._facility_id),
                )
                locked = connection.execute(
                    f"SELECT last_seq FROM {SCHEMA}.sync_client WHERE client_id = %s FOR UPDATE",
                    (self._client,),
                )
            row = locked.fetchone()
            last_applied = int(row[0]) if row else 0
            if not reset and batch.last_seq <= last_applied:
                fresh = False  # replayed: applied before, by this or another process
            elif not reset and batch.first_seq <= last_applied:
                raise problems.ConnectionLost()  # overlaps a push still being acknowledged
            else:
                fresh = True
                conflicts = self._merge(connection, batch, review=review)
                self._step("push:merged")
            # A reset (after a restore) sets it even below what the server remembers.
            moved = "%(seq)s" if reset else "greatest(last_seq, %(seq)s)"
            connection.execute(
                f"UPDATE {SCHEMA}.sync_client SET last_seq = {moved}, last_seen = now() "
                "WHERE client_id = %(client)s",
                {"seq": batch.last_seq, "client": self._client},
            )
        self._step("push:committed")
        self._local.acknowledge(batch.last_seq)
        self._step("push:acknowledged")
        return (batch.rows() if fresh else 0), conflicts

    def _merge(self, connection: psycopg.Connection[Any], batch: Batch, *, review: bool) -> int:
        """Stage every table's rows (COPY), then merge them all in one round trip."""
        tables = [table for table in SYNC_TABLES if batch.changes.get(table.name)]
        self._ensure_stages(connection, tables)
        for table in tables:
            rows = self._local.current_rows(table, batch.last_seq)
            self._copy_stage(connection, table, batch.changes[table.name], rows)
        self._step("push:staged")
        params = {"client": str(self._client), "max_ahead": MAX_AHEAD_HLC, "review": review}
        counted = []
        with connection.pipeline():
            for table in tables:
                for statement in merge.merge_statements(table):
                    cursor = connection.execute(statement, params)
                    if "sync_conflict" in statement:
                        counted.append(cursor)
        return sum(cursor.rowcount for cursor in counted)

    def _ensure_stages(self, connection: psycopg.Connection[Any], tables: list[SyncTable]) -> None:
        missing = [table for table in tables if table.name not in self._staged]
        if not missing:
            return
        with connection.pipeline():
            connection.execute(merge.DECISIONS_DDL)
            for table in missing:
                for statement in merge.stage_ddl(table):
                    connection.execute(statement)
        self._staged.update(table.name for table in missing)

    @staticmethod
    def _copy_stage(
        connection: psycopg.Connection[Any],
        table: SyncTable,
        changes: dict[str, RowChange],
        rows: dict[str, tuple[Any, ...]],
    ) -> None:
        """Rows and old values go as SQLite holds them; PostgreSQL reads each as text."""
        names = table.column_names
        column_list = ", ".join(names)
        with connection.cursor().copy(
            f"COPY {merge.stage(table)} ({column_list}, _inserted, _changed, _hlc) FROM STDIN"
        ) as copy:
            for row_id, change in changes.items():
                row = rows.get(row_id)
                if row is None:
                    continue  # removed here since (a full resync's clean-up)
                # The changed columns as an array literal (their names need no quoting).
                changed = "{" + ",".join(sorted(change.old)) + "}"
                copy.write_row((*row, change.inserted, changed, change.hlc))
        with connection.cursor().copy(
            f"COPY {merge.old_stage(table)} ({column_list}) FROM STDIN"
        ) as copy:
            for row_id, change in changes.items():
                if change.old and row_id in rows:
                    old = change.old
                    copy.write_row([row_id, *(old.get(name) for name in names[1:])])

    # Pull.

    def _horizon(self) -> int:
        row = self._server().execute(f"SELECT {merge.HORIZON}").fetchone()
        return int(row[0]) if row else 0

    def _pull(self, shake: Handshake, horizon: int, *, full: bool) -> int:
        if full:
            self._local.reset_cursors()
            self._start_seen()
        cursors = self._local.cursors()
        waiting = [table for table in SYNC_TABLES]
        ceiling = shake.now_hlc + MAX_AHEAD_HLC
        pulled = 0
        connection = self._server()
        while waiting:
            # A full pull takes every row, this desk's own new ones too: it checks them all.
            echo = str(uuid.UUID(int=0) if full else self._client)
            pages = self._fetch(connection, waiting, cursors, horizon, echo)
            self._step("pull:fetched")
            with self._local.applying() as local:
                newest = 0
                pending = self._local.tables_with_pending(local)
                for table, rows in pages:
                    if not rows:
                        continue
                    # Each row ends with its transaction id, sequence and newest clock.
                    cursors[table.name] = (rows[-1][-3], rows[-1][-2])
                    newest = max(newest, max(row[-1] for row in rows))
                    self._local.apply_page(
                        local, table, rows, cursors[table.name],
                        pending_here=table.name in pending,
                    )  # fmt: skip
                    if full:
                        self._mark_seen(local, table, rows)
                    pulled += len(rows)
                # Far-future clocks from another desk must not drag this one along.
                self._local.advance_clock(local, min(newest, ceiling))
            self._step("pull:applied")
            waiting = [table for table, rows in pages if len(rows) == self._page_rows]
        if full:
            self._forget_unseen()
        return pulled

    def _fetch(
        self,
        connection: psycopg.Connection[Any],
        tables: list[SyncTable],
        cursors: dict[str, tuple[int, int]],
        horizon: int,
        echo: str,
    ) -> list[tuple[SyncTable, list[tuple[Any, ...]]]]:
        """One page of every table, in one round trip (pipeline)."""
        cursors_out = []
        with connection.pipeline():
            for table in tables:
                txid, seq = cursors[table.name]
                cursor = connection.cursor()
                cursor.execute(
                    merge.pull_query(table),
                    {"txid": str(txid), "seq": seq, "horizon": str(horizon),
                     "limit": self._page_rows, "echo": echo},
                )  # fmt: skip
                cursors_out.append((table, cursor))
        return [(table, cursor.fetchall()) for table, cursor in cursors_out]

    def _start_seen(self) -> None:
        with self._local.applying() as local:
            local.exec_driver_sql(
                f"CREATE TABLE IF NOT EXISTS {_SEEN} (table_name TEXT, row_id CHAR(32), "
                "PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"
            )
            local.exec_driver_sql(f"DELETE FROM {_SEEN}")

    @staticmethod
    def _mark_seen(local: Any, table: SyncTable, rows: list[tuple[Any, ...]]) -> None:
        local.exec_driver_sql(
            f"INSERT OR IGNORE INTO {_SEEN} (table_name, row_id) VALUES (?, ?)",
            [(table.name, row[0]) for row in rows],
        )

    def _forget_unseen(self) -> None:
        with self._local.applying() as local:
            for table in reversed(SYNC_TABLES):
                removed = self._local.forget_unseen(local, table, _SEEN)
                if removed:
                    log.info("full resync removed %d %s row(s)", removed, table.name)
            local.exec_driver_sql(f"DROP TABLE {_SEEN}")
